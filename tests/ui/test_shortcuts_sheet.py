"""Help → Keyboard shortcuts (issue 16): F1 opens a sheet listing the keys the app answers to,
read from its actions, in the interface's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.ui import language
from tests.ui.conftest import wait_idle


def _open_with_f1(qtbot, window):
    window.activateWindow()
    window.navigation.sidebar.setFocus()
    qtbot.keyClick(window.navigation.sidebar, Qt.Key.Key_F1)
    from app.ui.shortcuts_sheet import ShortcutsSheet

    qtbot.waitUntil(lambda: window.findChild(ShortcutsSheet) is not None, timeout=5_000)
    sheet = window.findChild(ShortcutsSheet)
    qtbot.waitUntil(sheet.isVisible, timeout=5_000)
    return sheet


def test_f1_lists_the_windows_shortcuts(qtbot, demo_window) -> None:
    demo_window.shell.show_meeting  # noqa: B018 - the workspace (Ctrl+P, Ctrl+Z) exists
    wait_idle(qtbot, demo_window)
    sheet = _open_with_f1(qtbot, demo_window)
    rows = {(keys, what) for _section, keys, what in sheet.rows()}
    for expected in (
        ("Ctrl+L", "Lock"),
        ("Ctrl+Shift+L", "Lock and hide"),
        ("Ctrl+1", "Meetings"),
        ("Ctrl+2", "Action items"),
        ("Ctrl+F", "Search"),
        ("Ctrl+N", "New meeting"),
        ("Ctrl+E", "Export bundle for partners"),
        ("Ctrl+P", "Print the report"),
        ("Ctrl+Z", "Undo"),
        ("F1", "Keyboard shortcuts"),
        ("Del", "Remove the selected row of a table"),
        ("Tab", "Next field or button"),
    ):
        assert expected in rows, (expected, sorted(rows))
    assert sheet.windowTitle() == "Keyboard shortcuts"
    sheet.reject()


def test_ctrl_number_goes_to_a_screen(qtbot, demo_window) -> None:
    from app.ui import shell

    demo_window.activateWindow()
    demo_window.navigation.sidebar.setFocus()
    qtbot.keyClick(
        demo_window.navigation.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
    )
    assert demo_window.navigation.current_key == shell.ACTIONS


@pytest.mark.parametrize("code", ["km"])
def test_the_sheet_is_in_khmer(qtbot, qapp, code, demo_window) -> None:
    language.switch_language(code)
    try:
        sheet = _open_with_f1(qtbot, demo_window)
        sections = {section for section, _k, _w in sheet.rows()}
        assert "Everywhere" not in sections and len(sections) == 3
        assert all(any("\u1780" <= c <= "\u17ff" for c in s) for s in sections)
        assert any("\u1780" <= c <= "\u17ff" for c in sheet.windowTitle())
        sheet.reject()
    finally:
        language.switch_language("en")


def test_menu_texts_lose_their_mnemonics() -> None:
    from app.ui.shortcuts_sheet import _plain

    assert _plain("&Lock") == "Lock"
    assert _plain("ចាក់សោ (&L)") == "ចាក់សោ"
    assert _plain("ការកំណត់ (&S)…") == "ការកំណត់"
    assert _plain("Save && close") == "Save & close"
