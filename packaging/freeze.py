"""cx_Freeze setup for the frozen Roundtable: one configuration for Linux, Windows and macOS.

Run by packaging/build.py (not by hand): `python packaging/freeze.py build_exe` on Linux and
Windows, `bdist_dmg` on macOS. It runs with a build folder as working directory so setuptools
does not mix this setup with the project's own pyproject.toml.

Why cx_Freeze and not PyInstaller: see docs/packaging.md (antivirus false positives on Windows,
as Dangerzone found; one freezer everywhere keeps one smoke test for all three).
"""

from __future__ import annotations

import sys
from pathlib import Path

from cx_Freeze import Executable, setup

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
sys.path.insert(0, str(ROOT))

from app import __version__  # noqa: E402

# What the app loads by name or lazily: the finder follows imports, these make sure.
PACKAGES = [
    "app",
    "argon2",
    "cryptography",
    "defusedxml",
    "docx",
    "minisign",
    "openpyxl",
    "platformdirs",
    "pypdf",
    "pypdfium2",
    "pypdfium2_raw",
    "pyrage",
    "segno",
    "sqlcipher3",
    "zxcvbn",
]

# Python modules and Qt modules the app never imports: smaller download, fewer libraries that
# an antivirus or a security review has to look at. The app uses QtCore, QtGui, QtWidgets and
# QtPrintSupport only (tests/packaging checks the frozen build still runs everything).
EXCLUDES = [
    "tkinter",
    "unittest",
    "pydoc_data",
    "test",
    "lib2to3",
    "pytest",
    "_pytest",
    "hypothesis",
    "setuptools",
    "pip",
    # Optional imports of the libraries (image output of segno/openpyxl, an interactive shell,
    # the OS keychain): the app uses none of them.
    "PIL",
    "readline",
    "keyring",
    "IPython",
    "numpy",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtStateMachine",
]

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
ICON = (
    RESOURCES
    / "icons"
    / ("roundtable.ico" if WINDOWS else "roundtable.icns" if MACOS else "roundtable.png")
)
SCRIPT = ROOT / "packaging" / "roundtable_main.py"
GUI_SCRIPT = ROOT / "packaging" / "roundtable_gui_main.py"

executables = [
    # The command line (and, with no sub-command, the window): a console program everywhere.
    Executable(SCRIPT, base="console", target_name="roundtable", icon=ICON),
]
if WINDOWS or MACOS:
    # The Start-menu / Applications entry: no console window behind the GUI.
    executables.append(
        Executable(
            GUI_SCRIPT,
            base="gui",
            target_name="roundtable-gui",
            icon=ICON,
            shortcut_name="Roundtable",
            copyright="GPL-3.0-or-later",
        )
    )

build_exe = {
    "packages": PACKAGES,
    "excludes": EXCLUDES,
    "path": [str(ROOT), *sys.path],
    # app.resources is the top-level resources/ folder (pyproject's package-dir); the editable
    # install's import hook is invisible to the freezer, so it is copied to where the package
    # would be. Only what the app reads at run time: no sources (.ts), no build scripts.
    "include_files": [
        (str(RESOURCES / "__init__.py"), "lib/app/resources/__init__.py"),
        (str(RESOURCES / "fonts"), "lib/app/resources/fonts"),
        (str(RESOURCES / "icons"), "lib/app/resources/icons"),
        *[
            (str(p), f"lib/app/resources/i18n/{p.name}")
            for p in sorted((RESOURCES / "i18n").glob("*.qm"))
        ],
        (str(ROOT / "LICENSE"), "LICENSE.txt"),
        (str(ROOT / "NOTICES.md"), "NOTICES.md"),
    ],
    # Packages that open their own data files by path stay as files: our own code (Qt loads
    # fonts and catalogues by name), python-docx (its default.docx template), pypdfium2.
    "zip_exclude_packages": ["app", "docx", "pypdfium2", "pypdfium2_raw"],
    "zip_include_packages": ["*"],
    "include_msvcr": True,
    "silent_level": 1,
}

bdist_mac = {
    "bundle_name": "Roundtable",
    "iconfile": str(RESOURCES / "icons" / "roundtable.icns"),
    "plist_items": [
        ("CFBundleIdentifier", "org.roundtable.Roundtable"),
        ("CFBundleShortVersionString", __version__),
        ("CFBundleVersion", __version__),
        ("NSHighResolutionCapable", True),
        ("LSMinimumSystemVersion", "12.0"),
        ("NSHumanReadableCopyright", "GPL-3.0-or-later"),
    ],
}

bdist_dmg = {
    "volume_label": f"Roundtable {__version__}",
    "applications_shortcut": True,
}

setup(
    name="Roundtable",
    version=__version__,
    description="Offline-first, encrypted meeting records for civil-society coalitions",
    license="GPL-3.0-or-later",
    executables=executables,
    options={"build_exe": build_exe, "bdist_mac": bdist_mac, "bdist_dmg": bdist_dmg},
)
