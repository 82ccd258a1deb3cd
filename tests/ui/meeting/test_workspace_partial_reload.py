"""Which edits may reload only one agenda item's entries instead of the whole meeting."""

from __future__ import annotations

from app.domain.meeting_detail import AgendaDetail, MeetingDetail, SessionDetail
from app.domain.records import AgendaItem, Decision, Meeting, MinuteEntry, Session
from app.ui.meeting.commands import AddStep, DeleteStep, UpdateStep
from app.ui.meeting.partial import only_entries_of_one_item


def _detail() -> tuple[MeetingDetail, list[MinuteEntry], list[MinuteEntry]]:
    m = Meeting(title="M")
    s = Session(meeting_id=m.id, date="2026-01-01")
    a = AgendaItem(meeting_id=m.id, session_id=s.id, title="A")
    b = AgendaItem(meeting_id=m.id, session_id=s.id, title="B")
    ea = [MinuteEntry(agenda_item_id=a.id, meeting_id=m.id, text=f"a{i}") for i in range(2)]
    eb = [MinuteEntry(agenda_item_id=b.id, meeting_id=m.id, text="b0")]
    d = MeetingDetail(
        m,
        sessions=[
            SessionDetail(s, agenda=[AgendaDetail(a, entries=ea), AgendaDetail(b, entries=eb)])
        ],
    )
    return d, ea, eb


def test_entry_edits_of_one_item_reload_only_that_item() -> None:
    d, ea, eb = _detail()
    item_a = ea[0].agenda_item_id
    new = MinuteEntry(agenda_item_id=item_a, meeting_id=d.meeting.id, text="new")
    assert only_entries_of_one_item([AddStep(new)], d) == item_a
    swap = [
        UpdateStep(MinuteEntry, ea[0].id, {"position": 0.0}, {"position": 1.0}),
        UpdateStep(MinuteEntry, ea[1].id, {"position": 1.0}, {"position": 0.0}),
    ]
    assert only_entries_of_one_item(swap, d) == item_a
    assert only_entries_of_one_item([DeleteStep(MinuteEntry, eb[0].id)], d) == eb[0].agenda_item_id


def test_anything_else_reloads_the_meeting() -> None:
    d, ea, eb = _detail()
    two_items = [DeleteStep(MinuteEntry, ea[0].id), DeleteStep(MinuteEntry, eb[0].id)]
    assert only_entries_of_one_item(two_items, d) == ""
    new_item = AgendaItem(meeting_id=d.meeting.id, session_id="s", title="C")
    first_entry = MinuteEntry(agenda_item_id=new_item.id, meeting_id=d.meeting.id, text="x")
    assert only_entries_of_one_item([AddStep(new_item), AddStep(first_entry)], d) == ""
    assert only_entries_of_one_item([DeleteStep(Decision, "x")], d) == ""
    assert only_entries_of_one_item([DeleteStep(MinuteEntry, "unknown")], d) == ""
    assert only_entries_of_one_item(None, d) == ""
