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
    loaded = ws.loaded
    qtbot.keyClicks(mn.entry, "Second point")
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert ws.loaded is loaded  # only that agenda item's entries were read again
    assert mn.entries_model.rowCount() == 2
    ws.undo_action.trigger()
    settle(qtbot, ws)
    assert mn.entries_model.rowCount() == 1

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


def test_removing_a_session_takes_its_attendance_and_minutes_and_undo_restores_all(
    qtbot, ws, ops, new_meeting
) -> None:
    from app.domain.records import AgendaItem, Attendance, Person

    person = in_vault(qtbot, ops, lambda v: v.store.add(Person(name="Keo Bopha")))
    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    pr._add_session()
    settle(qtbot, ws)
    session = in_vault(qtbot, ops, lambda v: v.store.select(Session)[0])
    in_vault(
        qtbot, ops, lambda v: v.store.add(Attendance(session_id=session.id, person_id=person.id))
    )
    ws.reload()
    settle(qtbot, ws)
    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    mn.entry.setFocus()
    qtbot.keyClicks(mn.entry, "A point")
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    settle(qtbot, ws)

    def alive(v):
        return [v.store.count(c) for c in (Session, Attendance, AgendaItem, MinuteEntry)]

    assert in_vault(qtbot, ops, alive) == [1, 1, 1, 1]
    ws.tabs.setCurrentWidget(pr)
    select_row(pr.view, 0)
    pr._remove_session()
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, alive) == [0, 0, 0, 0]
    assert pr.model.rowCount() == 0 and mn.session.count() == 0
    ws.undo_action.trigger()
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, alive) == [1, 1, 1, 1]
    assert mn.entries_model.rowCount() == 1


def test_agenda_items_and_decisions_move_and_go(qtbot, ws, ops) -> None:
    from app.domain.records import AgendaItem, Decision

    ws.programme._add_session()
    settle(qtbot, ws)
    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    for title in ("Alpha", "Beta"):
        mn.new_item.setFocus()
        qtbot.keyClicks(mn.new_item, title)
        qtbot.keyClick(mn.new_item, Qt.Key.Key_Return)
        settle(qtbot, ws)

    def items(v):
        return [a.title for a in v.store.select(AgendaItem, order_by="position")]

    select_row(mn.agenda, 1)
    mn._move_item(-1)
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, items) == ["Beta", "Alpha"]
    assert [mn.agenda_model.index(r, 0).data() for r in range(2)] == ["Beta", "Alpha"]
    select_row(mn.agenda, 0)
    mn._remove_item()
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, items) == ["Alpha"]

    dc = ws.decisions
    ws.tabs.setCurrentWidget(dc)
    for text in ("First", "Second"):
        dc.text.setFocus()
        qtbot.keyClicks(dc.text, text)
        qtbot.keyClick(dc.text, Qt.Key.Key_Return)
        settle(qtbot, ws)
    select_row(dc.view, 1)
    dc.view.setFocus()
    qtbot.keyClick(dc.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, ws)

    def decisions(v):
        return [d.text for d in v.store.select(Decision, order_by="position")]

    assert in_vault(qtbot, ops, decisions) == ["Second", "First"]
    assert dc.view.currentIndex().row() == 0  # the moved row stays selected
    qtbot.keyClick(dc.view, Qt.Key.Key_Delete)
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, decisions) == ["First"]
