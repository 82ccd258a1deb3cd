"""Record a two-day meeting through the real widgets and read the vault back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton

from app.domain.records import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MinuteEntry,
    Organisation,
    Person,
    Session,
)
from app.domain.records import (
    Testimony as RecordedTestimony,
)
from app.ui.meeting.pickers import Picker
from app.ui.meeting.widgets import select_row
from tests.ui.meeting.helpers import in_vault, settle

KHMER = "កិច្ចប្រជុំ​អង្គការ​សង្គម​ស៊ីវិល"


def _pick(qtbot, picker: Picker, text: str) -> None:
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(picker.has_results, timeout=5_000)
    qtbot.keyClick(picker, Qt.Key.Key_Return)


def type_text(widget, text: str) -> None:
    """Type any script the way a keyboard layout delivers it: one key event per character
    (QTest.keyClicks only maps Latin-1 characters to keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _add_person(qtbot, ops, name: str, gender: str) -> Person:
    return in_vault(qtbot, ops, lambda v: v.store.add(Person(name=name, gender=gender)))


def test_overview_typing_is_saved_once_after_a_pause(qtbot, ws, ops, new_meeting) -> None:
    ov = ws.overview
    ov.title.setFocus()
    ov.title.selectAll()
    with qtbot.waitSignal(ws.meeting_changed, timeout=5_000):
        qtbot.keyClicks(ov.title, "Quarterly leaders' meeting")
    settle(qtbot, ws)
    m = in_vault(qtbot, ops, lambda v: v.store.get(Meeting, new_meeting.id))
    assert m.title == "Quarterly leaders' meeting"
    assert m.revision == 2  # one write for the whole title, not one per keystroke
    assert ws.title.text() == "Quarterly leaders' meeting"


def test_bad_date_is_refused_with_a_message_and_nothing_saved(qtbot, ws, ops, new_meeting):
    ov = ws.overview
    ov.start_date.setFocus()
    ov.start_date.selectAll()
    qtbot.keyClicks(ov.start_date, "next tuesday")
    qtbot.keyClick(ov.start_date, Qt.Key.Key_Return)
    assert ws.error.isVisible()
    assert "2025-02-23" in ws.error.text()
    settle(qtbot, ws)
    m = in_vault(qtbot, ops, lambda v: v.store.get(Meeting, new_meeting.id))
    assert m.start_date == "2026-03-02" and m.revision == 1
    assert ov.start_date.text() == "2026-03-02"


def test_two_day_programme_with_attendance_and_quick_add(qtbot, ws, ops, new_meeting) -> None:
    _add_person(qtbot, ops, "Sok Chanthea", "woman")
    _add_person(qtbot, ops, "Heng Vanna", "man")
    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    add_button = next(b for b in pr.findChildren(QPushButton) if b.text() == "Add day/session")
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ws)
    qtbot.mouseClick(add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ws)
    sessions = in_vault(
        qtbot,
        ops,
        lambda v: v.store.select(Session, "meeting_id = ?", [new_meeting.id], order_by="date"),
    )
    assert [s.date for s in sessions] == ["2026-03-02", "2026-03-03"]

    # Day 1: two people from the directory and one new person added on the spot.
    select_row(pr.view, 0)
    att = pr.attendance
    _pick(qtbot, att.person, "Sok")
    settle(qtbot, ws)
    _pick(qtbot, att.person, "Heng")
    settle(qtbot, ws)
    att.new_org_name.setFocus()
    qtbot.keyClicks(att.new_org_name, "Youth Movement")
    qtbot.keyClick(att.new_org_name, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert att.new_org_label.text() == "Youth Movement"  # becomes the new person's organisation
    att.new_gender.setCurrentIndex(att.new_gender.findData("woman"))
    att.new_name.setFocus()
    qtbot.keyClicks(att.new_name, "Ros Sreymom")
    qtbot.keyClick(att.new_name, Qt.Key.Key_Return)
    settle(qtbot, ws)

    # Day 2: one of them again, then everyone else from day 1 in one go.
    select_row(pr.view, 1)
    _pick(qtbot, att.person, "Heng")
    settle(qtbot, ws)
    assert att.copy_previous.isEnabled()
    qtbot.mouseClick(att.copy_previous, Qt.MouseButton.LeftButton)
    settle(qtbot, ws)
    pr.s_summary.setFocus()
    qtbot.keyClicks(pr.s_summary, "Briefing with diplomats.")
    pr.s_title.setFocus()  # leaving the field saves it
    settle(qtbot, ws)

    def read(v):
        people = {p.id: p for p in v.store.select(Person)}
        rows = v.store.select(Attendance)
        org = v.store.select(Organisation, "name = ?", ["Youth Movement"])[0]
        return people, rows, org

    people, rows, org = read_back = in_vault(qtbot, ops, read)
    del read_back
    by_session = {
        s.id: sorted(people[a.person_id].name for a in rows if a.session_id == s.id)
        for s in sessions
    }
    assert by_session[sessions[0].id] == ["Heng Vanna", "Ros Sreymom", "Sok Chanthea"]
    assert by_session[sessions[1].id] == ["Heng Vanna", "Ros Sreymom", "Sok Chanthea"]
    day2 = in_vault(qtbot, ops, lambda v: v.store.get(Session, sessions[1].id))
    assert day2.summary == "Briefing with diplomats."
    ros = next(p for p in people.values() if p.name == "Ros Sreymom")
    assert ros.gender == "woman" and ros.organisation_id == org.id

    # The figures shown: per session and for the whole meeting (3 distinct people).
    select_row(pr.view, 0)
    assert "3 people — 67% women, 33% men (2 women, 1 man)" in att.stats.text()
    assert "3 people — 67% women, 33% men" in pr.total.text()
    assert pr.model.rowCount() == 2


def test_minutes_by_keyboard(qtbot, ws, ops, new_meeting) -> None:
    _add_person(qtbot, ops, "Heng Vanna", "man")
    ws.tabs.setCurrentWidget(ws.programme)
    ws.programme._add_session()
    settle(qtbot, ws)
    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    mn.new_item.setFocus()
    qtbot.keyClicks(mn.new_item, "Civic space")
    qtbot.keyClick(mn.new_item, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert mn.agenda_model.rowCount() == 1
    assert mn.entry.hasFocus()  # straight on to the minutes of the new item

    qtbot.keyClicks(mn.entry, "Gatherings are watched.")
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    assert mn.entry.toPlainText() == ""  # Enter saved it and started the next entry
    assert mn.entry.hasFocus()
    qtbot.keyClicks(mn.entry, "Names of informants")
    qtbot.keyClick(
        mn, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert mn.confidential.isChecked()
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    assert not mn.confidential.isChecked()  # the flag belongs to that entry only
    qtbot.keyClick(mn.entry, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert mn.speaker.hasFocus()
    qtbot.keyClicks(mn.speaker, "Heng")
    qtbot.waitUntil(mn.speaker.has_results, timeout=5_000)
    qtbot.keyClick(mn.speaker, Qt.Key.Key_Return)
    assert mn.entry.hasFocus()
    type_text(mn.entry, KHMER)
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    settle(qtbot, ws)

    def entries(v):
        return v.store.select(MinuteEntry, "meeting_id = ?", [new_meeting.id], order_by="position")

    saved = in_vault(qtbot, ops, entries)
    assert [e.text for e in saved] == ["Gatherings are watched.", "Names of informants", KHMER]
    assert [e.confidential for e in saved] == [False, True, False]
    heng = in_vault(qtbot, ops, lambda v: v.store.select(Person, "name = ?", ["Heng Vanna"])[0])
    assert saved[2].speaker_person_id == heng.id
    assert mn.entries_model.rowCount() == 3
    assert mn.entries_model.index(2, 1).data() == KHMER
    assert mn.entries_model.index(2, 0).data() == "Heng Vanna"

    # In the list: Alt+Up moves the last entry up, Ctrl+Shift+C toggles it, Delete removes one.
    select_row(mn.entries, 2)
    mn.entries.setFocus()
    qtbot.keyClick(mn.entries, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, ws)
    assert [e.text for e in in_vault(qtbot, ops, entries)][1] == KHMER
    qtbot.keyClick(
        mn.entries,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, ws)
    assert [e.confidential for e in in_vault(qtbot, ops, entries)] == [False, True, True]
    select_row(mn.entries, 0)
    qtbot.keyClick(mn.entries, Qt.Key.Key_Delete)
    settle(qtbot, ws)
    left = in_vault(qtbot, ops, entries)
    assert [e.text for e in left] == [KHMER, "Names of informants"]
    tomb = in_vault(
        qtbot, ops, lambda v: v.store.get(MinuteEntry, saved[0].id, include_deleted=True)
    )
    assert tomb.deleted  # a tombstone, so the deletion travels in bundles

    # Themes: an existing one is linked, a new name creates a theme.
    mn.theme_tags.input.setFocus()
    qtbot.keyClicks(mn.theme_tags.input, "Digital security")
    qtbot.keyClick(mn.theme_tags.input, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert [
        mn.theme_tags.model.index(r, 0).data() for r in range(mn.theme_tags.model.rowCount())
    ] == ["Digital security"]
    item = in_vault(qtbot, ops, lambda v: v.store.select(AgendaItem)[0])
    assert item.title == "Civic space"
    tags = mn.theme_tags
    select_row(tags.view, 0)
    tags.view.setFocus()
    qtbot.keyClick(tags.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tags.model.rowCount() == 0, timeout=5_000)
    settle(qtbot, ws)
    from app.domain.records import AgendaTheme

    assert in_vault(qtbot, ops, lambda v: v.store.count(AgendaTheme)) == 0


def test_decisions_actions_and_testimonies(qtbot, ws, ops, new_meeting) -> None:
    _add_person(qtbot, ops, "Nhem Visal", "man")
    dc = ws.decisions
    ws.tabs.setCurrentWidget(dc)
    dc.kind.setCurrentIndex(dc.kind.findData("result"))
    dc.text.setFocus()
    qtbot.keyClicks(dc.text, "A joint statement was issued.")
    qtbot.keyClick(dc.text, Qt.Key.Key_Return)
    settle(qtbot, ws)
    d = in_vault(qtbot, ops, lambda v: v.store.select(Decision)[0])
    assert (d.kind, d.text, d.meeting_id) == (
        "result",
        "A joint statement was issued.",
        new_meeting.id,
    )

    ac = ws.actions
    ws.tabs.setCurrentWidget(ac)
    _pick(qtbot, ac.owner, "Nhem")
    assert ac.owner_label.text() == "Nhem Visal"
    ac.due.setText("2020-01-31")
    ac.text.setFocus()
    qtbot.keyClicks(ac.text, "Send the list to the lawyers")
    qtbot.keyClick(ac.text, Qt.Key.Key_Return)
    settle(qtbot, ws)
    item = in_vault(qtbot, ops, lambda v: v.store.select(ActionItem)[0])
    assert item.due_date == "2020-01-31" and item.origin_meeting_id == new_meeting.id
    assert item.owner_person_id
    # Overdue: shown in red and bold, and said in words.
    idx = ac.model.index(0, 2)
    assert "overdue" in idx.data()
    assert idx.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "1 overdue" in ac.legend.text()
    # Status through the cell editor's model path: done, with a completion date.
    ac.model.setData(ac.model.index(0, 3), "done")
    settle(qtbot, ws)
    item = in_vault(qtbot, ops, lambda v: v.store.get(ActionItem, item.id))
    assert item.status == "done" and item.completed_on
    assert ac.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is None

    ts = ws.testimonies
    ws.tabs.setCurrentWidget(ts)
    ts.attribution.setText("a garment worker")
    ts.text.setFocus()
    qtbot.keyClicks(ts.text, "We were followed home.")
    qtbot.keyClick(ts.text, Qt.Key.Key_Return)
    settle(qtbot, ws)
    t = in_vault(qtbot, ops, lambda v: v.store.select(RecordedTestimony)[0])
    assert (t.attribution, t.text) == ("a garment worker", "We were followed home.")
    assert ts.model.index(0, 0).data() == "a garment worker"


def test_edit_an_entry_in_place_without_deleting_it(qtbot, ws, ops, new_meeting) -> None:
    ws.programme._add_session()
    settle(qtbot, ws)
    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    mn.entry.setFocus()
    qtbot.keyClicks(mn.entry, "Draft wording")
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    settle(qtbot, ws)
    select_row(mn.entries, 0)
    mn.entries.setCurrentIndex(mn.entries_model.index(0, 1))
    mn.entries.setFocus()
    qtbot.keyClick(mn.entries, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not mn.entries and editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # edits the text; must not remove the entry
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits the editor's text in a queued call once the editor closes.
    qtbot.waitUntil(lambda: mn.entries.state() != QAbstractItemView.State.EditingState)
    qtbot.waitUntil(lambda: ws.editor.stack.count() == 3, timeout=5_000)
    settle(qtbot, ws)
    saved = in_vault(qtbot, ops, lambda v: v.store.select(MinuteEntry, include_deleted=True))
    assert [e.text for e in saved] == ["raft wordin"]


def test_overview_series_organisers_and_choices(qtbot, ws, ops, new_meeting) -> None:
    in_vault(qtbot, ops, lambda v: v.store.add(Organisation(name="Land Rights Watch")))
    ov = ws.overview
    ov.new_series.setFocus()
    qtbot.keyClicks(ov.new_series, "Quarterly leaders")
    qtbot.keyClick(ov.new_series, Qt.Key.Key_Return)
    settle(qtbot, ws)
    _pick(qtbot, ov.organisers.picker, "Land")
    settle(qtbot, ws)
    ov.sensitive.click()
    ov.status.setCurrentIndex(ov.status.findData("held"))
    ov.classification.setCurrentIndex(ov.classification.findData("partners"))
    settle(qtbot, ws)

    def read(v):
        from app.domain.records import MeetingOrganiser, Series

        return (
            v.store.get(Meeting, new_meeting.id),
            v.store.select(Series),
            v.store.select(MeetingOrganiser),
        )

    m, series, organisers = in_vault(qtbot, ops, read)
    assert [s.name for s in series] == ["Quarterly leaders"] and m.series_id == series[0].id
    assert (m.location_sensitive, m.status, m.classification) == (True, "held", "partners")
    assert len(organisers) == 1
    assert ov.series.currentText() == "Quarterly leaders"
    ov.series.setCurrentIndex(0)  # "(no series)"
    settle(qtbot, ws)
    ov.new_series.setFocus()
    qtbot.keyClicks(ov.new_series, "quarterly LEADERS")  # an existing name picks that series
    qtbot.keyClick(ov.new_series, Qt.Key.Key_Return)
    settle(qtbot, ws)
    m, series, _ = in_vault(qtbot, ops, read)
    assert len(series) == 1 and m.series_id == series[0].id
    assert ov.organisers.model.index(0, 0).data() == "Land Rights Watch"
    assert "(sensitive)" not in ws.subtitle.text()  # no place yet, so nothing to mark

    select_row(ov.organisers.view, 0)
    ov._remove_organiser(0)
    qtbot.waitUntil(lambda: ov.organisers.model.rowCount() == 0, timeout=5_000)
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, lambda v: read(v)[2]) == []


def test_decision_kind_and_text_edited_in_place(qtbot, ws, ops) -> None:
    ws.programme._add_session()
    settle(qtbot, ws)
    dc = ws.decisions
    ws.tabs.setCurrentWidget(dc)
    dc.session.setCurrentIndex(1)  # from day 1
    dc.text.setFocus()
    qtbot.keyClicks(dc.text, "Meet again in May")
    qtbot.keyClick(dc.text, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert dc.model.setData(dc.model.index(0, 0), "lesson")
    settle(qtbot, ws)
    assert dc.model.setData(dc.model.index(0, 1), "Meet again in June")
    settle(qtbot, ws)
    d = in_vault(qtbot, ops, lambda v: v.store.select(Decision)[0])
    assert (d.kind, d.text) == ("lesson", "Meet again in June")
    assert d.session_id == ws.loaded.detail.sessions[0].session.id
    assert dc.model.index(0, 0).data() == "Lesson learned"
    assert dc.model.index(0, 2).data().startswith("2026-03-02")


def test_speaker_role_and_owner_of_existing_rows(qtbot, ws, ops, new_meeting) -> None:
    _add_person(qtbot, ops, "Keo Bopha", "woman")
    in_vault(qtbot, ops, lambda v: v.store.add(Organisation(name="Defenders' Legal Aid")))
    ws.programme._add_session()
    settle(qtbot, ws)
    # Attendance: the role is edited in place; Delete removes the row.
    ws.tabs.setCurrentWidget(ws.programme)
    att = ws.programme.attendance
    _pick(qtbot, att.person, "Keo")
    settle(qtbot, ws)
    assert att.model.setData(att.model.index(0, 2), "speaker")
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, lambda v: v.store.select(Attendance)[0].role) == "speaker"
    select_row(att.view, 0)
    att.view.setFocus()
    qtbot.keyClick(att.view, Qt.Key.Key_Delete)
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, lambda v: v.store.count(Attendance)) == 0

    # Minutes: Ctrl+K from the list sets the selected entry's speaker.
    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    mn.entry.setFocus()
    qtbot.keyClicks(mn.entry, "Said something")
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    settle(qtbot, ws)
    select_row(mn.entries, 0)
    mn.entries.setFocus()
    qtbot.keyClick(mn.entries, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert mn.speaker.hasFocus()
    qtbot.keyClicks(mn.speaker, "Defenders")
    qtbot.waitUntil(mn.speaker.has_results, timeout=5_000)
    qtbot.keyClick(mn.speaker, Qt.Key.Key_Return)
    settle(qtbot, ws)
    entry = in_vault(qtbot, ops, lambda v: v.store.select(MinuteEntry)[0])
    assert entry.speaker_org_id and not entry.speaker_person_id
    assert mn.entries_model.index(0, 0).data() == "Defenders' Legal Aid"

    # Action items: the owner of the selected item changes.
    ac = ws.actions
    ws.tabs.setCurrentWidget(ac)
    ac.text.setFocus()
    qtbot.keyClicks(ac.text, "Draft the appeal")
    qtbot.keyClick(ac.text, Qt.Key.Key_Return)
    settle(qtbot, ws)
    select_row(ac.view, 0)
    ac._set_owner_of_selected()
    _pick(qtbot, ac.owner, "Keo")
    settle(qtbot, ws)
    assert ac.model.index(0, 1).data() == "Keo Bopha"
    item = in_vault(qtbot, ops, lambda v: v.store.select(ActionItem)[0])
    assert item.owner_person_id and not item.owner_org_id


def test_selection_survives_the_reload_after_each_save(qtbot, ws, ops) -> None:
    _add_person(qtbot, ops, "Meas Dara", "man")
    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    pr._add_session()
    settle(qtbot, ws)
    pr._add_session()
    settle(qtbot, ws)
    assert pr.view.currentIndex().row() == 1  # the new session is selected
    _pick(qtbot, pr.attendance.person, "Meas")
    settle(qtbot, ws)
    assert pr.view.currentIndex().row() == 1
    assert pr.attendance.model.rowCount() == 1

    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    for title in ("First item", "Second item"):
        mn.new_item.setFocus()
        qtbot.keyClicks(mn.new_item, title)
        qtbot.keyClick(mn.new_item, Qt.Key.Key_Return)
        settle(qtbot, ws)
    assert mn.agenda.currentIndex().row() == 1  # the new item is selected
    mn.entry.setFocus()
    for text in ("one", "two"):
        qtbot.keyClicks(mn.entry, text)
        qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
        settle(qtbot, ws)
    assert mn.agenda.currentIndex().row() == 1
    second = mn.agenda_model.row_at(1).item.id
    entries = in_vault(qtbot, ops, lambda v: v.store.select(MinuteEntry, order_by="position"))
    assert [(e.text, e.agenda_item_id) for e in entries] == [("one", second), ("two", second)]
