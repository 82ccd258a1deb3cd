"""Where the non-code assets are: the top-level `resources/` folder, installed as the package
`app.resources` (pyproject.toml maps it): a checkout, a wheel and a frozen build find it alike."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_dir(name: str) -> Path:
    """A folder of `resources/` (fonts, i18n, icons) as a real path: Qt loads files by name."""
    return Path(str(resources.files("app.resources").joinpath(name)))
