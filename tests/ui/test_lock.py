"""Locking clears every view and drops the key; auto-lock after idle; the panic shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.errors import VaultLocked
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import run_op, unlock, wait_idle


def _vault_text_shown(window) -> list[str]:
    """Every piece of text a screen could be showing from the vault."""
    shell = window.shell
    texts = [window.org_label.text(), shell.directory.person_details.text()]
    texts += [shell.search.field.text(), shell.directory.org_details.text()]
    return [t for t in texts if t]


def test_lock_clears_every_view_and_closes_the_vault(qtbot, demo_window, vault_dir) -> None:
    shell = demo_window.shell
    with qtbot.waitSignal(shell.search.model.loaded):
        shell.search.search("garment")
    shell.directory.show_person(shell.directory.people.model.row_at(0).id)
    dialog = shell.directory.edit_person(shell.directory.people.model.row_at(0).id)
    qtbot.waitUntil(lambda: dialog.name_edit.text() != "")
    qtbot.waitUntil(lambda: demo_window.org_label.text() != "")
    models = [
        shell.meetings.model,
        shell.actions.model,
        shell.directory.people.model,
        shell.directory.orgs.model,
        shell.search.model,
    ]
    assert all(m.rowCount() > 0 for m in models)
    with qtbot.waitSignal(demo_window.locked):  # from inside the open dialog
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert all(m.rowCount() == 0 for m in models)
    assert shell.meetings.series_combo.count() == 1
    assert not shell.actions.owner_filter.person_chip.isVisible()
    assert _vault_text_shown(demo_window) == []
    assert demo_window.findChildren(QDialog) == [] or all(
        not d.isVisible() for d in demo_window.findChildren(QDialog)
    )
    assert dialog.name_edit.text() == ""
    assert demo_window.pages.currentWidget() is demo_window.unlock_page
    assert not demo_window.lock_action.isEnabled()
    wait_idle(qtbot, demo_window)
    # The key is gone: the worker has no vault, and the folder lock is free.
    errors: list[object] = []
    demo_window.ops.run(lambda v: v.org_name, on_error=errors.append)
    qtbot.waitUntil(lambda: errors != [])
    assert isinstance(errors[0], VaultLocked)
    open_vault(vault_dir, PASSPHRASE).close()
    # Ctrl+F does nothing behind the lock.
    qtbot.keyClick(demo_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.pages.currentWidget() is demo_window.unlock_page
    # Unlocking again loads everything again.
    unlock(qtbot, demo_window, vault_dir, PASSPHRASE)
    qtbot.waitUntil(lambda: shell.meetings.model.rowCount() == 6)


def test_results_arriving_after_a_lock_never_repaint(qtbot, demo_window) -> None:
    model = demo_window.shell.meetings.model
    model.reload()  # a page is in flight...
    demo_window.lock()  # ...and the lock comes first
    wait_idle(qtbot, demo_window)
    assert model.rowCount() == 0


def test_auto_lock_fires_after_the_idle_time(qtbot, make_window, vault, vault_dir) -> None:
    vault.close()
    window = make_window(idle_interval_ms=300)
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    assert window.idle_lock.armed
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass
    assert not window.is_unlocked
    assert window.pages.currentWidget() is window.unlock_page


def test_activity_postpones_the_auto_lock(qtbot, make_window, vault, vault_dir) -> None:
    vault.close()
    window = make_window(idle_interval_ms=2000)
    unlock(qtbot, window, vault_dir, PASSPHRASE)
    timer = window.idle_lock._timer
    field = window.shell.meetings.text_edit
    for _ in range(3):
        qtbot.waitUntil(lambda: timer.remainingTime() < 1700, timeout=5000)
        qtbot.keyClick(field, Qt.Key.Key_A)  # any key restarts the idle time
        assert timer.remainingTime() > 1800
        assert window.is_unlocked
    qtbot.mouseMove(field)
    assert timer.remainingTime() > 1800
    with qtbot.waitSignal(window.locked, timeout=5000):
        pass


def test_panic_shortcut_locks_and_minimises(qtbot, demo_window) -> None:
    with qtbot.waitSignal(demo_window.locked):
        qtbot.keyClick(
            demo_window,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert demo_window.shell.meetings.model.rowCount() == 0
    qtbot.waitUntil(demo_window.isMinimized)


def test_failed_operations_show_the_user_message_not_a_traceback(qtbot, demo_window) -> None:
    demo_window.ops.run(lambda v: 1 / 0)
    qtbot.waitUntil(lambda: demo_window.findChild(QDialog, "errorBox") is not None)
    box = demo_window.findChild(QDialog, "errorBox")
    assert box.text() == "The operation failed."
    assert "ZeroDivision" not in box.text()
    assert run_op(qtbot, demo_window, lambda v: v.org_name) == "Test Coalition"


def test_nothing_typed_survives_a_lock_in_undo_histories(qtbot, demo_window) -> None:
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    shell = demo_window.shell
    for edit in (shell.search.field, shell.meetings.text_edit, shell.actions.text_edit):
        qtbot.keyClicks(edit, "garment")
    # And every field of an open meeting's workspace.
    shell.show_meeting(shell.meetings.model.row_at(1).id)
    qtbot.waitUntil(lambda: shell.workspace.loaded is not None, timeout=5000)
    typed = 0
    for cls in (QLineEdit, QPlainTextEdit):
        for edit in shell.workspace.findChildren(cls):
            if edit.isVisible() and edit.isEnabled() and not edit.isReadOnly():
                qtbot.keyClicks(edit, "zz")
                typed += 1
    assert typed > 3
    demo_window.lock()
    texts = []
    for key in ("meetings", "actions", "directory", "search"):  # the workspace: tests/ui/meeting
        screen = demo_window.screen(key)
        texts += [e.text() for e in screen.findChildren(QLineEdit) if e.text()]
        texts += [e.toPlainText() for e in screen.findChildren(QPlainTextEdit) if e.toPlainText()]
    assert texts == []
    leftovers = []
    for edit in demo_window.findChildren(QLineEdit):
        if edit.isUndoAvailable():
            leftovers.append(edit.objectName() or type(edit.parent()).__name__)
    for cls in (QPlainTextEdit, QTextEdit):
        for edit in demo_window.findChildren(cls):
            if edit.document().isUndoAvailable():
                leftovers.append(edit.objectName() or type(edit.parent()).__name__)
    assert leftovers == []


def test_text_the_app_put_on_the_clipboard_is_cleared_by_a_lock(qtbot, demo_window) -> None:
    import pytest
    from PySide6.QtGui import QGuiApplication

    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Lobby the Ministry of Interior")
    if not clipboard.ownsClipboard():
        pytest.skip("this Qt platform does not track clipboard ownership (offscreen)")
    demo_window.lock()
    assert clipboard.text() == ""


def test_typing_waiting_for_autosave_is_saved_before_the_lock(qtbot, demo_window, vault_dir):
    from app.domain.records import Meeting

    shell = demo_window.shell
    meeting_id = shell.meetings.model.row_at(0).id
    shell.show_meeting(meeting_id)
    overview = shell.workspace.overview
    qtbot.waitUntil(lambda: overview.title.text() != "", timeout=10_000)
    overview.title.setFocus()
    overview.title.selectAll()
    qtbot.keyClicks(overview.title, "Typed just before the lock")
    demo_window.lock()  # well within the autosave pause
    wait_idle(qtbot, demo_window)
    with open_vault(vault_dir, PASSPHRASE) as vault:
        assert vault.store.get(Meeting, meeting_id).title == "Typed just before the lock"
