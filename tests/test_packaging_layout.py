"""The installed package must hold every module and asset a checkout has (issue 11)."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_under_app_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "app").rglob("__init__.py")
    } | {"app.resources"}
    assert found == listed


def test_app_resources_is_the_top_level_resources_folder() -> None:
    fonts = resources.files("app.resources").joinpath("fonts", "NotoSansKhmer-Regular.ttf")
    assert fonts.is_file()
    assert resources.files("app.resources").joinpath("i18n", "roundtable_km.qm").is_file()
    assert not (ROOT / "app" / "resources").exists()
