"""Undo and redo reach the vault; a failed edit shows a message and leaves the vault alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.domain.records import Meeting, MinuteEntry, Objective, Session
from app.ui.meeting.widgets import select_row
from tests.ui.meeting.helpers import in_vault, settle


def _meeting(qtbot, ops, meeting_id: str) -> Meeting:
    return in_vault(qtbot, ops, lambda v: v.store.get(Meeting, meeting_id))


def test_undo_and_redo_a_text_edit_in_the_vault(qtbot, ws, ops, new_meeting) -> None:
    ov = ws.overview
    ov.project_title.setFocus()
    qtbot.keyClicks(ov.project_title, "Civic space")
    qtbot.keyClick(ov.project_title, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert _meeting(qtbot, ops, new_meeting.id).project_title == "Civic space"
    assert ws.undo_action.isEnabled()

    ws.tabs.setFocus()  # out of the line edit, whose own Ctrl+Z undoes typing
    qtbot.keyClick(ws.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ws)
    reverted = _meeting(qtbot, ops, new_meeting.id)
    assert reverted.project_title == ""
    assert reverted.revision == 3  # undo is a new revision, so it travels like any edit
    assert ov.project_title.text() == ""

    qtbot.keyClick(
        ws.tabs,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, ws)
    assert _meeting(qtbot, ops, new_meeting.id).project_title == "Civic space"


def test_undo_an_added_entry_tombstones_it_and_redo_restores_it(qtbot, ws, ops, new_meeting):
    ws.programme._add_session()
    settle(qtbot, ws)
    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    mn.entry.setFocus()
    qtbot.keyClicks(mn.entry, "First point")
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    settle(qtbot, ws)
    entry = in_vault(qtbot, ops, lambda v: v.store.select(MinuteEntry)[0])

    # Keyboard-first: right after Enter, Ctrl+Z in the (empty) composer undoes the saved entry.
    assert mn.entry.hasFocus()
    qtbot.keyClick(mn.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ws)
    gone = in_vault(qtbot, ops, lambda v: v.store.get(MinuteEntry, entry.id, include_deleted=True))
    assert gone.deleted
    assert mn.entries_model.rowCount() == 0

    ws.redo_action.trigger()
    settle(qtbot, ws)
    back = in_vault(qtbot, ops, lambda v: v.store.get(MinuteEntry, entry.id))
    assert back.text == "First point" and not back.deleted
    assert mn.entries_model.rowCount() == 1


def test_undo_a_reorder(qtbot, ws, ops, new_meeting) -> None:
    ov = ws.overview
    for text in ("one", "two", "three"):
        ov.new_objective.setFocus()
        qtbot.keyClicks(ov.new_objective, text)
        qtbot.keyClick(ov.new_objective, Qt.Key.Key_Return)
        settle(qtbot, ws)

    def order(v):
        return [o.text for o in v.store.select(Objective, order_by="position")]

    assert in_vault(qtbot, ops, order) == ["one", "two", "three"]
    select_row(ov.objectives, 2)
    ov._move_objective(-1)
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, order) == ["one", "three", "two"]
    ws.undo_action.trigger()
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, order) == ["one", "two", "three"]


def test_a_failed_edit_shows_a_message_and_changes_nothing(qtbot, ws, ops, new_meeting) -> None:
    ws.programme._add_session()
    settle(qtbot, ws)
    session = in_vault(qtbot, ops, lambda v: v.store.select(Session)[0])
    # Someone else removed the session meanwhile (e.g. an imported bundle).
    in_vault(qtbot, ops, lambda v: v.store.delete(v.store.get(Session, session.id)))
    depth = ws.editor.stack.index()
    pr = ws.programme
    pr.s_title.setFocus()
    pr.s_title.selectAll()
    qtbot.keyClicks(pr.s_title, "Renamed")
    qtbot.keyClick(pr.s_title, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert ws.error.isVisible()
    assert ws.error.text() == "The record was not found."
    assert "Traceback" not in ws.error.text()
    after = in_vault(qtbot, ops, lambda v: v.store.get(Session, session.id, include_deleted=True))
    assert after.title == session.title and after.deleted
    assert ws.editor.stack.index() == depth  # the failed edit is not left as undoable
    assert pr.model.rowCount() == 0  # the view shows what the vault holds
