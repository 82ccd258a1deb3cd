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


def test_resource_dir_finds_what_the_import_system_finds(tmp_path, monkeypatch) -> None:
    """app/resource_paths.py looks for the folder without importlib.resources (launch time):
    the same folder in a checkout, and in an installed layout (app/resources/ beside the code);
    anything else is left to the import system."""
    from pathlib import Path

    from app import resource_paths

    for name in ("fonts", "i18n", "icons"):
        found = resource_paths.resource_dir(name)
        assert found.resolve() == Path(str(resources.files("app.resources") / name)).resolve()
    installed = tmp_path / "site" / "app"
    (installed / "resources" / "i18n").mkdir(parents=True)
    (installed / "resources" / "__init__.py").write_text("")
    monkeypatch.setattr(resource_paths, "_APP", installed)
    assert resource_paths.resource_dir("i18n") == installed / "resources" / "i18n"
    monkeypatch.setattr(resource_paths, "_APP", tmp_path / "elsewhere" / "app")
    assert resource_paths.resource_dir("i18n").resolve() == (ROOT / "resources" / "i18n").resolve()


def test_licence_metadata_and_entry_points() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "GPL-3.0-or-later"  # SPDX, not the deprecated table
    assert set(project["license-files"]) == {"LICENSE", "NOTICES.md"}
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text()
    assert "Version 3, 29 June 2007" in (ROOT / "LICENSE").read_text()
    notices = (ROOT / "NOTICES.md").read_text()
    for name in ("SQLCipher", "OpenSSL", "PySide6", "LGPL", "Noto", "OFL"):
        assert name in notices
    assert project["scripts"] == {"roundtable": "app.entry:main"}
    assert project["gui-scripts"] == {"roundtable-gui": "app.entry:gui_main"}


def test_the_window_only_entry_point_refuses_command_line_use(capsys) -> None:
    from app import entry

    assert entry.gui_main(["meetings", "--json"]) == 2  # it has no console to print to
    assert "only --vault DIR" in capsys.readouterr().err


def test_icons_desktop_entry_and_metainfo_are_resources() -> None:
    icons = resources.files("app.resources").joinpath("icons")
    for name in ("roundtable.svg", "roundtable.ico", "roundtable.icns", "roundtable-256.png"):
        assert icons.joinpath(name).is_file(), name
    linux = resources.files("app.resources").joinpath("linux")
    desktop = linux.joinpath("org.roundtable.Roundtable.desktop").read_text()
    assert "Exec=roundtable\n" in desktop and "Icon=org.roundtable.Roundtable\n" in desktop
    assert "Name[km]" in desktop or "Comment[km]" in desktop
    metainfo = linux.joinpath("org.roundtable.Roundtable.metainfo.xml").read_text()
    assert "<project_license>GPL-3.0-or-later</project_license>" in metainfo


def test_desktop_entry_and_metainfo_pass_their_validators() -> None:
    import shutil
    import subprocess

    import pytest

    linux = ROOT / "resources" / "linux"
    checked = 0
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(linux / "org.roundtable.Roundtable.desktop")],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0 and "error" not in done.stdout, done.stdout
        checked += 1
    if shutil.which("appstreamcli"):
        done = subprocess.run(
            [
                "appstreamcli",
                "validate",
                "--no-net",
                str(linux / "org.roundtable.Roundtable.metainfo.xml"),
            ],
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stdout
        checked += 1
    if not checked:
        pytest.skip("desktop-file-validate and appstreamcli are not installed")
