"""The translation catalogues: compiled files match their sources, the sources match the code,
and the Khmer text is well-formed."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
import shutil
from pathlib import Path
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def _script():
    loader = importlib.machinery.SourceFileLoader(
        "update_translations", str(ROOT / "scripts" / "update_translations")
    )
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script():
    module = _script()
    try:
        module.tool("lrelease")
    except SystemExit:
        pytest.skip("the Qt translation tools are not installed")
    return module


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_the_committed_qm_is_what_lrelease_builds(script, ts: Path, tmp_path) -> None:
    """The app loads the .qm: a .ts edited without rebuilding would never reach users."""
    built = tmp_path / ts.with_suffix(".qm").name
    script.lrelease(ts, built)  # also fails on an invalid translation
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing: run scripts/update_translations"
    assert built.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: run scripts/update_translations"
    )


def _messages(ts: Path) -> dict[tuple[str, str], str]:
    root = ElementTree.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "")
            found[key] = translation.get("type", "") if translation is not None else ""
    return found


@pytest.mark.parametrize("base", ["roundtable", "reports"])
def test_the_catalogue_holds_every_message_of_the_code(script, base: str, tmp_path) -> None:
    """lupdate finds nothing new and nothing gone: the catalogue was refreshed after the
    code's messages changed (and no message lost its context)."""
    committed = I18N / f"{base}_km.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    script.lupdate(script.catalogue_sources()[base], fresh, "km")
    assert set(_messages(fresh)) == set(_messages(committed)), "run scripts/update_translations"


# ំ (nikahit) typed before ា (aa) looks the same in some fonts but is the wrong order: it breaks
# search, sorting and rendering elsewhere. Also no stray spacing or empty translations.
WRONG_ORDER = re.compile("\u17c6\u17b6")


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_khmer_is_in_the_right_order(ts: Path) -> None:
    root = ElementTree.parse(ts).getroot()
    bad = [
        (m.findtext("source"), m.findtext("translation"))
        for m in root.iter("message")
        if WRONG_ORDER.search(m.findtext("translation") or "")
    ]
    assert not bad, bad


def test_qt_own_strings_are_in_khmer(qapp) -> None:
    """Qt's standard buttons, context menus and file dialog in Khmer, from qtbase_km."""
    from PySide6.QtCore import QCoreApplication

    from app.ui import language

    try:
        language.install(qapp, "km")
        tr = QCoreApplication.translate
        assert tr("QPlatformTheme", "Cancel") == "បោះបង់"
        assert tr("QPlatformTheme", "OK") == "យល់ព្រម"
        assert tr("QLineEdit", "Select All") == "ជ្រើសទាំងអស់"
        assert tr("QFileDialog", "Look in:") == "មើលក្នុង៖"
        assert tr("QFileSystemModel", "Type", "All other platforms") == "ប្រភេទ"
    finally:
        language.uninstall(qapp)
