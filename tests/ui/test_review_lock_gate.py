"""Lock and panic lock while a new vault's recovery key is still on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard

from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import wait_idle


def test_panic_lock_hides_a_new_vaults_recovery_key_and_closes_it(
    qtbot, window, tmp_path: Path
) -> None:
    folder = tmp_path / "new-vault"
    window.start(folder)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    page.org_edit.setText("Coalition for Testing")
    page.pass_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(page.created, timeout=10_000) as created:
        page.submit()
    keys = window.recovery_key_page
    assert window.pages.currentWidget() is keys
    assert keys.key_label.text() == created.args[0]
    with qtbot.waitSignal(window.locked, timeout=5000):
        qtbot.keyClick(
            window,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert keys.key_label.text() == ""
    assert window.pages.currentWidget() is window.unlock_page
    assert not window.is_unlocked
    wait_idle(qtbot, window)
    open_vault(folder, PASSPHRASE).close()  # the app no longer holds it open


def test_a_recovery_key_left_on_screen_auto_locks(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(idle_interval_ms=300)
    folder = tmp_path / "left-open"
    window.start(folder)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    page.org_edit.setText("Coalition for Testing")
    page.pass_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(page.created, timeout=10_000):
        page.submit()
    assert window.recovery_key_page.key_label.text()
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert window.recovery_key_page.key_label.text() == ""
    assert window.pages.currentWidget() is window.unlock_page
    wait_idle(qtbot, window)
    open_vault(folder, PASSPHRASE).close()


class _FakeClipboard:
    """Stands in for X11's clipboard (the offscreen platform has no selection)."""

    def __init__(self) -> None:
        self.cleared: list[object] = []

    def ownsClipboard(self) -> bool:
        return False

    def supportsSelection(self) -> bool:
        return True

    def ownsSelection(self) -> bool:
        return True

    def clear(self, mode: object = None) -> None:
        self.cleared.append(mode)

    Mode = QClipboard.Mode


def test_a_lock_clears_the_selection_the_app_published(qtbot, demo_window, monkeypatch) -> None:
    from PySide6.QtGui import QGuiApplication

    fake = _FakeClipboard()
    monkeypatch.setattr(QGuiApplication, "clipboard", staticmethod(lambda: fake))
    demo_window.lock()
    assert fake.cleared == [QClipboard.Mode.Selection]
