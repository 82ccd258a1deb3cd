"""Choosing the language: the OS default, Settings, switching at once without losing work,
Qt's own strings, and zoom."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
)

from app.domain.records import Meeting
from app.ui import language, shell
from app.ui.main_window import MainWindow
from app.ui.preferences import Preferences
from tests.conftest import PASSPHRASE


@pytest.fixture
def translator(qapp):
    yield
    language.uninstall(qapp)
    from app.ui.zoom import _BASE, DEFAULT_ZOOM, apply_zoom

    if qapp.property(_BASE):
        apply_zoom(qapp, DEFAULT_ZOOM, "en")


def _prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_english_texts_pass_through_the_installed_translator(qapp, translator) -> None:
    """The translator stays installed in English; having nothing to say it must say nothing
    (an empty answer would blank every text)."""
    language.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&Vault") == "&Vault"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_qt_standard_buttons_are_khmer(qtbot, qapp, translator) -> None:
    language.install(qapp, "km")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"យល់ព្រម", "បោះបង់"}


def test_the_default_is_the_os_language_until_one_is_chosen(tmp_path, monkeypatch) -> None:
    from app.ui import preferences

    prefs = _prefs(tmp_path)
    monkeypatch.setattr(preferences, "system_language", lambda: "km")
    assert prefs.language == "km"
    monkeypatch.setattr(preferences, "system_language", lambda: "en")
    assert prefs.language == "en"
    prefs.language = "km"
    assert prefs.language == "km"


def test_settings_offer_each_language_in_its_own_script(qtbot, tmp_path) -> None:
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(_prefs(tmp_path))
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "ខ្មែរ"]


@pytest.fixture
def meeting_window(qtbot, qapp, translator, demo_vault, vault_dir, tmp_path):
    from tests.ui.conftest import unlock

    demo_vault.close()
    prefs = _prefs(tmp_path)
    prefs.language = "en"
    language.install(qapp, "en")
    window, ops = shell.build_main_window(prefs)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    box: dict[str, str] = {}
    ops.run(lambda v: v.store.select(Meeting)[0].id, on_done=lambda r: box.update(id=r))
    qtbot.waitUntil(lambda: "id" in box, timeout=10_000)
    window.shell.show_meeting(box["id"])  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not ops.is_busy, timeout=10_000)
    yield window, box["id"]
    window.lock()
    ops.shutdown()


def _choose_in_settings(qtbot, window: MainWindow, code: str) -> None:
    from app.ui.settings_dialog import SettingsDialog

    window._open_settings()
    dialog = window.findChild(SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    dialog.accept()


def test_switching_language_keeps_unsaved_typing_and_shows_it_at_once(qtbot, meeting_window):
    window, meeting_id = meeting_window
    overview = window.shell.workspace.overview  # type: ignore[attr-defined]
    overview.title.setFocus()
    overview.title.selectAll()
    qtbot.keyClicks(overview.title, "Typed but not yet saved")  # no pause: not saved yet
    start = overview.start_date.text()
    assert start[:4].isdigit()  # ISO in English

    _choose_in_settings(qtbot, window, "km")
    qtbot.waitUntil(lambda: not window.ops.is_busy, timeout=10_000)

    assert language.current_language() == "km"
    assert window.prefs.language == "km"
    assert overview.title.text() == "Typed but not yet saved"  # still there…
    box: dict[str, str] = {}
    window.ops.run(
        lambda v: v.store.get(Meeting, meeting_id).title, on_done=lambda t: box.update(t=t)
    )
    qtbot.waitUntil(lambda: "t" in box, timeout=10_000)
    assert box["t"] == "Typed but not yet saved"  # …and saved, not dropped
    # Shown in Khmer style now: the date in Khmer digits, Qt's own words in Khmer.
    assert overview.start_date.text()[0] in "០១២៣"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "បោះបង់"
    # The same meeting is still open, and back to English just as well.
    assert window.navigation.current_key == shell.MEETING
    _choose_in_settings(qtbot, window, "en")
    qtbot.waitUntil(lambda: not window.ops.is_busy, timeout=10_000)
    assert overview.start_date.text() == start
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_zoom_scales_the_text_and_nothing_is_clipped(qtbot, meeting_window) -> None:
    window, _ = meeting_window
    app = QApplication.instance()
    before = app.font().pointSizeF()  # type: ignore[union-attr]
    title = window.shell.workspace.title  # type: ignore[attr-defined]
    title_before = title.font().pointSizeF()
    for _ in range(4):
        window.zoom_in_action.trigger()
    assert window.prefs.zoom_percent == 160
    assert app.font().pointSizeF() == pytest.approx(before * 1.6)  # type: ignore[union-attr]
    assert title.font().pointSizeF() == pytest.approx(title_before * 1.6)
    QApplication.processEvents()
    for tab in range(window.shell.workspace.tabs.count()):  # type: ignore[attr-defined]
        window.shell.workspace.tabs.setCurrentIndex(tab)  # type: ignore[attr-defined]
        QApplication.processEvents()
        for view in window.findChildren(QTableView):
            if view.isVisible() and view.model() and view.model().rowCount():
                need = view.fontMetrics().height()
                assert view.rowHeight(0) >= need, view.objectName()
        for edit in window.findChildren(QLineEdit):
            if edit.isVisible():
                # A combo box's or spin box's own line edit sits inside its frame: judge the box.
                box = edit.parentWidget()
                if not isinstance(box, (QComboBox, QAbstractSpinBox)):
                    box = edit
                need = edit.fontMetrics().height()
                assert box.height() >= need, (type(box).__name__, edit.placeholderText())
        for tabs in window.findChildren(QTabWidget):
            if tabs.isVisible():
                assert tabs.tabBar().height() >= tabs.tabBar().fontMetrics().height()
    # Remembered, and Ctrl+0 goes back.
    assert _prefs_value(window, "ui/zoom_percent") == 160
    window.zoom_reset_action.trigger()
    assert app.font().pointSizeF() == pytest.approx(before)  # type: ignore[union-attr]


def _prefs_value(window: MainWindow, key: str) -> int:
    window.prefs.sync()
    return int(window.prefs._s.value(key))


def test_zoom_shortcuts(qtbot, meeting_window) -> None:
    window, _ = meeting_window
    keys = {a.text(): [s.toString() for s in a.shortcuts()] for a in window.view_menu.actions()}
    assert keys["Zoom &in"] == ["Ctrl++", "Ctrl+="]
    assert keys["Zoom &out"] == ["Ctrl+-"]
    assert keys["&Normal size"] == ["Ctrl+0"]


def test_a_count_in_an_error_is_written_in_khmer_digits(qapp, translator) -> None:
    """The wipe-after warning says how many attempts are left: Khmer digits in Khmer, as every
    count the interface states (the number was shown in Latin digits before)."""
    from app.errors import WrongPassphraseAttemptsLeft
    from app.ui.messages import error_text

    language.install(qapp, "km")
    text = error_text(WrongPassphraseAttemptsLeft(left="3"))
    assert "៣" in text and "3" not in text
    language.install(qapp, "en")
    assert "3 more wrong attempts" in error_text(WrongPassphraseAttemptsLeft(left="3"))
