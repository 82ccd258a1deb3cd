"""Entering the reference reports through the real widgets (issue 9 items 17-19)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from app.domain.records import AgendaItem, MinuteEntry
from app.ui.meeting.widgets import select_row
from tests.ui.meeting.helpers import in_vault, make_workspace, open_meeting, settle


def _agenda(qtbot, ws, titles: list[str]) -> None:
    mn = ws.minutes
    ws.tabs.setCurrentWidget(mn)
    mn.new_item.setFocus()
    for title in titles:
        qtbot.keyClicks(mn.new_item, title)
        qtbot.keyClick(mn.new_item, Qt.Key.Key_Return)
        settle(qtbot, ws)
        assert mn.new_item.hasFocus() and mn.new_item.text() == ""


def _confirm_box(ws) -> QMessageBox:
    boxes = [b for b in ws.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_enter_in_new_agenda_item_stays_there(qtbot, ws, ops) -> None:
    ws.programme._add_session()
    settle(qtbot, ws)
    _agenda(qtbot, ws, ["Day one", "Day two", "Day three"])
    titles = in_vault(
        qtbot, ops, lambda v: [a.title for a in v.store.select(AgendaItem, order_by="position")]
    )
    assert titles == ["Day one", "Day two", "Day three"]
    assert in_vault(qtbot, ops, lambda v: v.store.count(MinuteEntry)) == 0


def test_removing_an_agenda_item_with_entries_asks_and_is_undoable(qtbot, ws, ops) -> None:
    ws.programme._add_session()
    settle(qtbot, ws)
    _agenda(qtbot, ws, ["Empty", "Full"])
    mn = ws.minutes
    select_row(mn.agenda, 1)
    mn.entry.setFocus()
    qtbot.keyClicks(mn.entry, "Forum Asia has a role.")
    qtbot.keyClick(mn.entry, Qt.Key.Key_Return)
    settle(qtbot, ws)

    def live(v):
        return sorted(a.title for a in v.store.select(AgendaItem)), v.store.count(MinuteEntry)

    # With entries: a question; Cancel (the default) keeps everything.
    select_row(mn.agenda, 1)
    mn._remove_item()
    box = _confirm_box(ws)
    assert "Full" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, live) == (["Empty", "Full"], 1)
    # Confirmed: gone with its entries, and Undo brings both back.
    select_row(mn.agenda, 1)
    mn._remove_item()
    box = _confirm_box(ws)
    remove = next(b for b in box.buttons() if b.text() == "Remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, live) == (["Empty"], 0)
    ws.undo_action.trigger()
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, live) == (["Empty", "Full"], 1)
    # Without entries: no question.
    select_row(mn.agenda, 0)
    mn._remove_item()
    settle(qtbot, ws)
    assert not [b for b in ws.findChildren(QMessageBox) if b.isVisible()]
    assert in_vault(qtbot, ops, live) == (["Full"], 1)


def test_date_banner_goes_on_a_valid_date_and_nothing_moves(qtbot, ws, ops) -> None:
    ov = ws.overview
    top = ws.tabs.mapTo(ws, ws.tabs.rect().topLeft()).y()
    ov.start_date.setFocus()
    ov.start_date.selectAll()
    qtbot.keyClicks(ov.start_date, "the fourteenth")
    qtbot.keyClick(ov.start_date, Qt.Key.Key_Return)
    assert ws.error.isVisible()
    assert ws.tabs.mapTo(ws, ws.tabs.rect().topLeft()).y() == top  # no jump when shown
    ov.start_date.selectAll()
    qtbot.keyClicks(ov.start_date, "2026-03-01")
    qtbot.keyClick(ov.start_date, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert not ws.error.isVisible()
    assert ws.tabs.mapTo(ws, ws.tabs.rect().topLeft()).y() == top  # nor when it goes
    # A valid date equal to the saved one (nothing to save) also takes the complaint back.
    ov.end_date.setFocus()
    ov.end_date.selectAll()
    qtbot.keyClicks(ov.end_date, "soon")
    qtbot.keyClick(ov.end_date, Qt.Key.Key_Return)
    assert ws.error.isVisible()
    ov.end_date.selectAll()
    qtbot.keyClicks(ov.end_date, "2026-03-03")
    qtbot.keyClick(ov.end_date, Qt.Key.Key_Return)
    settle(qtbot, ws)
    assert not ws.error.isVisible()


def test_narrative_sections_are_named_ordered_and_placed(qtbot, ws, ops) -> None:
    """Issue 9 item 5: "Achievements", "Lessons learnt", "Way forward" under their headings."""
    from app.domain.records import Meeting, NarrativeSection

    nt = ws.narrative
    ws.tabs.setCurrentWidget(nt)
    for heading, text in (
        ("Way forward", "In December, UPR Info hosts a Pre-session in Geneva."),
        ("Achievements", "The Pre-session succeeded.\n\n- Strengthening collaboration;\n- ✓ More"),
    ):
        nt.new_heading.setFocus()
        qtbot.keyClicks(nt.new_heading, heading)
        qtbot.keyClick(nt.new_heading, Qt.Key.Key_Return)
        assert nt.text.hasFocus()
        nt.text.setPlainText(text)
        nt.new_heading.setFocus()  # leaving the text saves it
        settle(qtbot, ws)
    # Achievements first: Alt+Up on the selected section.
    select_row(nt.view, 1)
    nt.view.setFocus()
    qtbot.keyClick(nt.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, ws)
    select_row(nt.view, 1)
    nt.placement.setCurrentIndex(nt.placement.findData("next_plan"))
    settle(qtbot, ws)
    nt.auto_attendance.setChecked(False)
    settle(qtbot, ws)

    def read(v):
        rows = v.store.select(NarrativeSection, order_by="position")
        return [(n.heading, n.placement, n.text) for n in rows], v.store.select(Meeting)[0]

    rows, meeting = in_vault(qtbot, ops, read)
    assert rows == [
        (
            "Achievements",
            "discussion",
            "The Pre-session succeeded.\n\n- Strengthening collaboration;\n- ✓ More",
        ),
        ("Way forward", "next_plan", "In December, UPR Info hosts a Pre-session in Geneva."),
    ]
    assert meeting.auto_attendance is False
    # Shown again after a reload, the selected section's text is in the editor.
    select_row(nt.view, 0)
    assert nt.text.toPlainText().startswith("The Pre-session succeeded.")
    assert not nt.auto_attendance.isChecked()


def test_set_next_meeting_creates_the_planned_meeting_in_the_series(qtbot, ws, ops) -> None:
    """Issue 9 item 4: "Next NGOs leader meeting will be held on 18-21 May 2019 at BKK"."""
    from app.domain.records import Meeting, Series
    from app.reports.narrative import build_narrative
    from app.storage.meetings import load_meeting

    ov = ws.overview
    assert ov.next_label.text() == "None planned"
    qtbot.mouseClick(ov.next_button, Qt.MouseButton.LeftButton)
    dialog = ov.findChild(QWidget, "nextMeetingDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.start_edit.setText("2026-02-01")  # before this meeting: refused
    dialog.try_accept()
    assert dialog.isVisible() and "after this one" in dialog.error_label.text()
    dialog.start_edit.setText("2026-05-18")
    dialog.end_edit.setText("2026-05-21")
    dialog.city_edit.setText("Bangkok")
    dialog.country_edit.setText("Thailand")
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
        Qt.MouseButton.LeftButton,
    )
    settle(qtbot, ws)

    def read(v):
        meetings = v.store.select(Meeting, order_by="start_date")
        return meetings, v.store.select(Series)

    meetings, series = in_vault(qtbot, ops, read)
    assert len(meetings) == 2 and len(series) == 1
    this, nxt = meetings
    assert this.series_id == nxt.series_id == series[0].id
    assert (nxt.start_date, nxt.end_date, nxt.location_city) == (
        "2026-05-18",
        "2026-05-21",
        "Bangkok",
    )
    assert nxt.status == "planned" and nxt.title == this.title
    assert "2026-05-18 – 2026-05-21" in ov.next_label.text()
    doc = in_vault(qtbot, ops, lambda v: build_narrative(load_meeting(v.store, this.id)))
    assert "18–21 May 2026" in doc.all_text() and "Bangkok" in doc.all_text()
    # One action, one undo.
    ws.undo_action.trigger()
    settle(qtbot, ws)
    meetings, series = in_vault(qtbot, ops, read)
    assert len(meetings) == 1 and meetings[0].series_id == ""
    # Set again, then changed: the planned meeting is moved, not duplicated.
    ws.redo_action.trigger()
    settle(qtbot, ws)
    qtbot.mouseClick(ov.next_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in ov.findChildren(QWidget, "nextMeetingDialog") if d.isVisible())
    assert dialog.start_edit.text() == "2026-05-18"
    dialog.venue_edit.setText("BKK")
    dialog.try_accept()
    settle(qtbot, ws)
    meetings, _ = in_vault(qtbot, ops, read)
    assert len(meetings) == 2 and meetings[1].location_venue == "BKK"


def _answer(qtbot, picker, label: str) -> None:
    qtbot.waitUntil(lambda: picker.question is not None and picker.question.isVisible())
    box = picker.question
    button = next(b for b in box.buttons() if b.text() == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_pickers_create_an_unknown_organisation_or_person(qtbot, ws, ops) -> None:
    """Issue 9 item 15: Enter on an unknown name offers to add it, then picks it."""
    from app.domain.records import MeetingOrganiser, Organisation, Person, Session

    organisers = ws.overview.organisers.picker
    organisers.setFocus()
    qtbot.keyClicks(organisers, "UPR Info")
    qtbot.keyClick(organisers, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: organisers.question is not None)
    assert [b.text() for b in organisers.question.buttons() if b.text() != "Cancel"] == [
        "New organisation"
    ]
    _answer(qtbot, organisers, "New organisation")
    settle(qtbot, ws)

    def organisers_of(v):
        links = v.store.select(MeetingOrganiser)
        return [v.store.get(Organisation, link.organisation_id).name for link in links]

    assert in_vault(qtbot, ops, organisers_of) == ["UPR Info"]
    assert ws.overview.organisers.model.rowCount() == 1
    # Cancel adds nothing.
    organisers.question = None
    qtbot.keyClicks(organisers, "Nobody Org")
    qtbot.keyClick(organisers, Qt.Key.Key_Return)
    _answer(qtbot, organisers, "Cancel")
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, lambda v: v.store.count(Organisation, "name = 'Nobody Org'")) == 0

    # A picker for people or organisations asks which; its list ends with "Add … as new".
    ws.programme._add_session()
    settle(qtbot, ws)
    ws.tabs.setCurrentWidget(ws.programme)
    select_row(ws.programme.view, 0)
    fac = ws.programme.facilitator
    fac.setFocus()
    qtbot.keyClicks(fac, "UPR")
    qtbot.waitUntil(fac.has_results, timeout=5_000)
    labels = [fac.model.choice(r).label for r in range(fac.model.rowCount())]
    assert labels == ["UPR Info", "Add “UPR” as new…"]
    fac.clear()
    qtbot.keyClicks(fac, "Hans Fridlund")
    qtbot.keyClick(fac, Qt.Key.Key_Return)
    _answer(qtbot, fac, "New person")
    settle(qtbot, ws)
    hans = in_vault(qtbot, ops, lambda v: v.store.select(Person, "name = 'Hans Fridlund'"))
    session = in_vault(qtbot, ops, lambda v: v.store.select(Session)[0])
    assert len(hans) == 1 and session.facilitator_person_id == hans[0].id


def test_pasting_a_bulleted_list_makes_one_entry_per_line(qtbot, ws, ops) -> None:
    """Issue 9 item 14, with the day-two list of the NGO leaders' report."""
    from PySide6.QtGui import QGuiApplication

    from app.domain.records import Organisation

    forum = in_vault(qtbot, ops, lambda v: v.store.add(Organisation(name="Forum Asia")))
    ws.programme._add_session()
    settle(qtbot, ws)
    _agenda(qtbot, ws, ["Regional partners"])
    mn = ws.minutes
    QGuiApplication.clipboard().setText(
        "- Forum Asia: has a role to provide digital security training and research.\n"
        "- A training on Digital security will be soon organized for Cambodian NGOs.\n"
        "\n"
        "- SEAPA: has roles to monitor and alert on the political situation.\n"
    )
    mn.entry.setFocus()
    qtbot.keyClick(mn.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ws)

    def entries(v):
        rows = v.store.select(MinuteEntry, order_by="position")
        return [(e.text, e.speaker_org_id) for e in rows]

    assert in_vault(qtbot, ops, entries) == [
        ("has a role to provide digital security training and research.", forum.id),
        ("A training on Digital security will be soon organized for Cambodian NGOs.", ""),
        ("SEAPA: has roles to monitor and alert on the political situation.", ""),
    ]
    assert mn.entry.toPlainText() == ""
    assert mn.entries_model.index(0, 0).data() == "Forum Asia"
    ws.undo_action.trigger()  # one paste, one undo
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, entries) == []
    # One line pasted is ordinary typing.
    QGuiApplication.clipboard().setText("Just one line")
    qtbot.keyClick(mn.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert mn.entry.toPlainText() == "Just one line"


def _count(qtbot, ws, role: str, gender: str, kind: str, n: int) -> None:
    hc = ws.programme.headcounts
    for combo, value in ((hc.role, role), (hc.gender, gender), (hc.kind, kind)):
        combo.setCurrentIndex(combo.findData(value))
    hc.count.setValue(n)
    hc.count.setFocus()
    qtbot.keyClick(hc.count, Qt.Key.Key_Return)
    settle(qtbot, ws)


def test_headcounts_beside_named_attendance(qtbot, ws, ops) -> None:
    """Issue 9 item 2: "some 60 CSO representatives", speakers 54% women."""
    from app.domain.meeting_detail import session_counts
    from app.domain.records import Headcount

    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    pr._add_session()
    settle(qtbot, ws)
    select_row(pr.view, 0)
    _count(qtbot, ws, "", "", "", 50)
    _count(qtbot, ws, "", "", "", 60)  # the same slice again: corrected, not doubled
    _count(qtbot, ws, "", "woman", "", 31)
    _count(qtbot, ws, "", "man", "", 29)
    _count(qtbot, ws, "speaker", "woman", "", 7)
    _count(qtbot, ws, "speaker", "man", "", 6)
    _count(qtbot, ws, "", "", "ngo", 52)
    rows = in_vault(qtbot, ops, lambda v: v.store.count(Headcount))
    assert rows == 6
    hc = pr.headcounts
    assert hc.model.rowCount() == 6
    assert "60 people in all, 0 of them named" in hc.summary.text()
    counts = session_counts(ws.loaded.detail.sessions[0])
    assert counts.total == 60 and counts.by_gender == {"woman": 31, "man": 29}
    assert counts.gender_of_role("speaker") == ({"woman": 7, "man": 6}, 13)
    assert counts.by_kind == {"ngo": 52}
    select_row(hc.view, 0)
    hc.view.setFocus()
    qtbot.keyClick(hc.view, Qt.Key.Key_Delete)
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, lambda v: v.store.count(Headcount)) == 5


def test_attendance_import_with_preview_and_one_undo(qtbot, ws, ops, tmp_path) -> None:
    """Issue 9 item 13: a sign-in sheet into a session, columns mapped, known people matched."""
    from app.domain.records import Attendance, Organisation, Person

    in_vault(qtbot, ops, lambda v: v.store.add(Organisation(name="Forum Asia")))
    orgs_before = in_vault(qtbot, ops, lambda v: v.store.count(Organisation))
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text(
        "Participant,Institution,Gender,Phone\n"
        "Ramana Sorn,CCHR,F,012 111 222\n"
        "Hans Fridlund,UPR Info,M,\n"
        "Yuthyia Soun,Forum Asia,M,\n",
        encoding="utf-8",
    )
    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    pr._add_session()
    settle(qtbot, ws)
    select_row(pr.view, 0)
    dialog = pr.attendance.import_sheet()
    dialog.load_file(sheet)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=5_000)
    assert dialog.header.isChecked()
    assert dialog.columns["name"].currentData() == 0
    assert dialog.columns["organisation"].currentData() == 1
    assert dialog.columns["role"].currentData() == -1
    assert dialog.preview.rowCount() == 3
    assert dialog.preview.item(2, 4).text() == "new"  # Yuthyia is new; Forum Asia is known
    assert "3 attendees to add: 3 new people, 2 new organisations" in dialog.summary.text()
    # Remapping re-plans: no organisation column, no new organisations.
    dialog.columns["organisation"].setCurrentIndex(0)
    qtbot.waitUntil(lambda: "0 new organisations" in dialog.summary.text(), timeout=5_000)
    dialog.columns["organisation"].setCurrentIndex(dialog.columns["organisation"].findData(1))
    qtbot.waitUntil(lambda: "2 new organisations" in dialog.summary.text(), timeout=5_000)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ws)

    def read(v):
        return (
            v.store.count(Attendance),
            sorted(p.name for p in v.store.select(Person)),
            v.store.count(Organisation) - orgs_before,
        )

    assert in_vault(qtbot, ops, read) == (
        3,
        ["Hans Fridlund", "Ramana Sorn", "Yuthyia Soun"],
        2,
    )
    assert pr.attendance.model.rowCount() == 3
    ws.undo_action.trigger()  # the whole import is one edit
    settle(qtbot, ws)
    assert in_vault(qtbot, ops, read) == (0, [], 0)


def test_programme_balance_combines_headcount_and_names(qtbot, ops) -> None:
    """Issue 9 item 2: 3 names typed in and "some 60" counted: the Programme tab says 60."""
    from tests.reports.test_headcount_outputs import counted_meeting

    meeting_id = in_vault(qtbot, ops, counted_meeting)
    ws = make_workspace(qtbot, ops)
    open_meeting(qtbot, ws, meeting_id)
    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    select_row(pr.view, 0)
    settle(qtbot, ws)
    assert pr.model.index(0, 5).data() == "60"
    assert "60 people" in pr.total.text() and "3 people" not in pr.total.text()
    assert "60 people" in pr.attendance.stats.text()
    assert "52% women" in pr.attendance.stats.text()  # 31 of 60, not 2 of 3


def test_attendance_import_shows_hostile_cells_without_bidi_tricks(
    qtbot, ws, ops, tmp_path
) -> None:
    """Review: sheet cells reach the preview and the column choices as clean plain text."""
    sheet = tmp_path / "sign-in.csv"
    sheet.write_text("Name \u202eeman,Organisation\nSok\u202e Lina\x1b[2J,CCHR\n", encoding="utf-8")
    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    pr._add_session()
    settle(qtbot, ws)
    select_row(pr.view, 0)
    dialog = pr.attendance.import_sheet()
    dialog.load_file(sheet)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=5_000)
    assert dialog.preview.item(0, 0).text() == "Sok Lina\ufffd[2J"
    labels = [dialog.columns["name"].itemText(i) for i in range(dialog.columns["name"].count())]
    assert not any("\u202e" in label for label in labels)
