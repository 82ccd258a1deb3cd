"""Where the non-code assets are: the top-level `resources/` folder, installed as the package
`app.resources` (pyproject.toml maps it): a checkout, a wheel and a frozen build find it alike."""

from __future__ import annotations

from pathlib import Path

_APP = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """A folder of `resources/` (fonts, i18n, icons) as a real path: Qt loads files by name."""
    # An installed wheel and a frozen build hold the package as app/resources/, a checkout
    # as the top-level resources/ beside app/: found without importlib.resources (~7 ms of
    # imports before the first window). Anything else is asked of the import system.
    for package in (_APP / "resources", _APP.parent / "resources"):
        if (package / "__init__.py").is_file() and (package / name).is_dir():
            return package / name
    from importlib import resources

    return Path(str(resources.files("app.resources").joinpath(name)))
