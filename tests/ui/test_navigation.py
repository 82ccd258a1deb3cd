"""MainWindow.add_screen: any widget with the Screen protocol joins the sidebar and the lock."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock


class NotesScreen(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.opened = 0

    def on_vault_opened(self) -> None:
        self.opened += 1
        self.setText("loaded from the vault")

    def clear_vault_data(self) -> None:
        self.setText("")


def test_a_new_screen_is_opened_and_cleared_with_the_vault(qtbot, make_window, vault, vault_dir):
    vault.close()
    window = make_window()
    notes = NotesScreen()
    window.add_screen("notes", "Notes", notes)
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    assert notes.opened == 1
    window.show_screen("notes")
    assert window.navigation.current_key == "notes"
    assert window.navigation.stack.currentWidget().widget() is notes  # in its scroll area
    window.lock()
    assert notes.text() == ""


def test_a_widget_without_the_protocol_is_refused(window) -> None:
    with pytest.raises(TypeError):
        window.add_screen("plain", "Plain", QWidget())
    with pytest.raises(ValueError):
        window.add_screen("meetings", "Again", NotesScreen())
