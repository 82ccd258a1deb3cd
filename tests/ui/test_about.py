"""Help → About: version, licence and third-party notices, in English and Khmer (issue 11)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app import __version__
from app.ui import language
from app.ui.about import AboutDialog


def test_help_about_shows_version_licence_and_notices(qtbot, window) -> None:
    assert window.help_menu.actions() == [window.shortcuts_action, window.about_action]
    help_menus = [a for a in window.menuBar().actions() if a.menu() is window.help_menu]
    assert len(help_menus) == 1 and len(window.menuBar().actions()) == len(
        {a.text() for a in window.menuBar().actions()}
    )  # one Help menu, shared by the shortcuts sheet and About
    version = window.findChild(QLabel, "versionLabel")
    assert version is not None and __version__ in version.text()  # visible in the window
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.version_label.text()
    assert "GNU General Public License" in dialog.licence_label.text()
    assert "GNU GENERAL PUBLIC LICENSE" in dialog.licence_text.toPlainText()
    notices = dialog.notices_text.toPlainText()
    for name in ("SQLCipher", "OpenSSL", "PySide6", "LGPL", "Noto", "SIL Open Font License"):
        assert name in notices
    dialog.reject()


def test_about_is_in_khmer(qtbot, qapp) -> None:
    try:
        language.install(qapp, "km")
        dialog = AboutDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "អំពី Roundtable"
        assert "កំណែ" in dialog.version_label.text() and __version__ in dialog.version_label.text()
        assert "អាជ្ញាប័ណ្ណ" in dialog.licence_label.text()
        assert dialog.tabs.tabText(1) == "កម្មវិធីរបស់ភាគីទីបី"
    finally:
        language.uninstall(qapp)
