"""The History screen drives the real widgets: recent changes, deleted records, a record's
versions, restore as an undoable change, and the meeting's History button."""

from __future__ import annotations

from app.domain.records import Decision, Meeting
from app.storage import history
from tests.ui.conftest import run_op, wait_idle


def _decision(vault) -> Decision:
    return vault.store.select(Decision, limit=1, order_by="id")[0]


def test_restore_a_deleted_record_and_undo_it(qtbot, demo_window) -> None:
    shell = demo_window.shell
    screen = shell.history
    decision = run_op(qtbot, demo_window, _decision)
    original = decision.text
    run_op(qtbot, demo_window, lambda v: v.store.update(decision, text="Changed text"))
    run_op(qtbot, demo_window, lambda v: v.store.delete(decision))
    demo_window.show_screen("history")
    screen.show_deleted()
    wait_idle(qtbot, demo_window)
    ids = [r.record_id for r in screen._rows]
    assert decision.id in ids
    screen.records.selectRow(ids.index(decision.id))
    wait_idle(qtbot, demo_window)
    assert "(deleted)" in screen.title.text()
    kinds = [screen.entries.item(i, 2).text() for i in range(screen.entries.rowCount())]
    assert kinds[-2:] == ["Changed", "Deleted"]
    values = screen.entries.item(screen.entries.rowCount() - 2, 3).text()
    assert "→ Changed text" in values
    # Choose the version before the edit and restore it.
    screen.entries.selectRow(screen.entries.rowCount() - 3)
    assert screen.restore_button.isEnabled()
    screen.restore_button.click()
    wait_idle(qtbot, demo_window)
    now = run_op(qtbot, demo_window, lambda v: v.store.get(Decision, decision.id))
    assert now.text == original and not now.deleted
    assert screen.undo_button.isEnabled()
    screen.undo_button.click()
    wait_idle(qtbot, demo_window)
    back = run_op(
        qtbot, demo_window, lambda v: v.store.get(Decision, decision.id, include_deleted=True)
    )
    assert back.deleted and back.text == "Changed text"
    screen.redo_button.click()
    wait_idle(qtbot, demo_window)
    again = run_op(qtbot, demo_window, lambda v: v.store.get(Decision, decision.id))
    assert again.text == original
    # Nothing was rewritten: the restore and its undo are entries of their own.
    entries = run_op(qtbot, demo_window, lambda v: history.record_history(v.conn, decision.id)[1])
    assert [e.kind for e in entries][-3:] == ["restore", "delete", "restore"]


def test_the_meeting_history_button_opens_its_history(qtbot, demo_window) -> None:
    shell = demo_window.shell
    meeting = run_op(qtbot, demo_window, lambda v: v.store.select(Meeting, limit=1)[0])
    run_op(qtbot, demo_window, lambda v: v.store.update(meeting, title="Renamed meeting"))
    decision = run_op(
        qtbot,
        demo_window,
        lambda v: v.store.select(Decision, "meeting_id = ?", (meeting.id,), limit=1)[0],
    )
    run_op(qtbot, demo_window, lambda v: v.store.update(decision, text="Reworded decision"))
    shell.show_meeting(meeting.id)
    wait_idle(qtbot, demo_window)
    shell.workspace.history_button.click()
    wait_idle(qtbot, demo_window)
    assert demo_window.navigation.current_key == "history"
    assert "Renamed meeting" in shell.history.title.text()
    # Above: this meeting's changes, its decisions included, and nothing of other meetings.
    listed = {r.record_id for r in shell.history._rows}
    assert {meeting.id, decision.id} <= listed
    others = run_op(
        qtbot, demo_window, lambda v: {m.id for m in v.store.select(Meeting)} - {meeting.id}
    )
    assert not listed & others
    last = shell.history.entries.item(shell.history.entries.rowCount() - 1, 3).text()
    assert "→ Renamed meeting" in last
