from __future__ import annotations

from app.domain.values import RedactionPolicy
from app.reports import meeting_document, series_document
from app.reports.model import Table
from app.reports.wording import period
from tests.reports.conftest import PREPARED, meeting_by_title, series_id

REFERENCE_ORDER = [
    "Activities",
    "General goal",
    "Specific objectives",
    "Summary of discussion",
    "Results of the meeting",
    "Next plan",
    "Themes",
    "Testimonies",
    "Attendance and gender balance",
    "List of attachments",
]


def test_sections_follow_the_reference_reports_and_are_numbered_in_order(demo) -> None:
    doc = meeting_document(demo.store, meeting_by_title(demo, "February 2025").id)
    titles = [s.title for s in doc.sections]
    assert titles == [t for t in REFERENCE_ORDER if t != "Testimonies"] + [
        "Annex: list of participants"
    ]
    numbered = doc.numbered_titles()
    assert numbered[:3] == ["I. Activities", "II. General goal", "III. Specific objectives"]
    assert numbered[8] == "IX. List of attachments"
    assert numbered[-1] == "Annex: list of participants"


def test_empty_sections_are_left_out(demo) -> None:
    planned = meeting_by_title(demo, "December 2026")  # nothing held yet
    doc = meeting_document(demo.store, planned.id)
    titles = [s.title for s in doc.sections]
    assert titles == [
        "Activities",
        "General goal",
        "Specific objectives",
        "Results of the meeting",  # only the earlier action items due for review there
        "Next plan",
    ]
    assert "LRW will hold a 2-day meeting in Bangkok" in doc.all_text()
    assert doc.numbered_titles()[1] == "II. General goal"


def test_title_block_and_attendance_figures(demo) -> None:
    doc = meeting_document(
        demo.store, meeting_by_title(demo, "pre-session").id, prepared_on=PREPARED
    )
    facts = dict(doc.facts)
    assert facts["Organisers"] == [
        "Institute for Policy Studies Phnom Penh (IPS)",
        "UN Human Rights Office (country office) (OHCHR-CO)",
    ]
    assert facts["Project period"] == ["12–14 November 2025"]
    assert facts["Report prepared"] == ["22 November 2026"]
    text = doc.all_text()
    assert "17 people took part in the meeting (59% women, 35% men, 6% other or not stated)" in text
    assert "Contributors have been guaranteed anonymity." in text
    attendance = next(s for s in doc.sections if s.title == "Activities")
    table = next(b for b in attendance.blocks if isinstance(b, Table))
    assert table.header == ("Kind of organisation", "Day 1", "Day 2", "Day 3")
    assert table.rows[-1] == ("All participants", "12", "17", "5")
    assert "Lessons learnt" in text and "Early coordination with the host delegation" in text


def test_next_plan_lists_open_items_and_the_next_meeting(demo) -> None:
    doc = meeting_document(demo.store, meeting_by_title(demo, "February 2025").id)
    plan = next(s for s in doc.sections if s.title == "Next plan")
    table = next(b for b in plan.blocks if isinstance(b, Table))
    assert [r[0] for r in table.rows] == ["Lobby the Ministry of Interior to review the NGO law"]
    assert table.rows[0][1:] == ("Defenders' Legal Aid", "30 Sep 2025", "In progress")
    text = doc.all_text()
    # The next meeting's location is sensitive: only its country is printed.
    assert "15–16 June 2025 in Malaysia (exact location withheld)" in text
    assert "Kuala Lumpur" not in text


def test_series_report_follows_every_action_item(demo) -> None:
    doc = series_document(demo.store, series_id(demo), prepared_on=PREPARED)
    text = doc.all_text()
    tables = [b for s in doc.sections for b in s.blocks if isinstance(b, Table)]
    items = [r for t in tables if t.header[0] == "Action" for r in t.rows]
    assert len(items) == 12
    statuses = next(t for t in tables if t.header[0] == "Open")
    assert statuses.rows == (("4", "2", "5", "1", "12"),)
    done = next(r for r in items if r[0].startswith("Prepare and issue the joint statement"))
    assert done[3] == "Done" and done[5] == "10 Mar 2025"
    assert done[4] == "15 Jun 2025"  # the June meeting followed it up
    assert "Open (overdue)" in text  # e.g. the phones to replace, due March 2026


def test_periods_read_like_the_reference_reports() -> None:
    assert period("2019-02-24", "2019-02-26") == "24–26 February 2019"
    assert period("2025-06-30", "2025-07-02") == "30 June – 2 July 2025"
    assert period("2025-12-30", "2026-01-02") == "30 December 2025 – 2 January 2026"
    assert period("2025-03-01", "") == "1 March 2025"


def test_full_policy_marks_confidential_entries(demo) -> None:
    meeting = meeting_by_title(demo, "February 2025")
    full = meeting_document(demo.store, meeting.id, RedactionPolicy.FULL).all_text()
    partners = meeting_document(demo.store, meeting.id, RedactionPolicy.PARTNERS).all_text()
    assert "[Confidential] Nhem Visal (DLA): Two members received summonses" in full
    assert "summonses" not in partners


def test_locations_under_each_policy() -> None:
    from app.domain.records import Meeting
    from app.reports.wording import Wording

    open_ = Meeting(
        title="m", location_venue="Hotel", location_city="Bangkok", location_country="Thailand"
    )
    hidden = Meeting(
        title="m",
        location_venue="Embassy residence",
        location_city="Bangkok",
        location_country="Thailand",
        location_sensitive=True,
    )
    seen = {
        policy: (Wording(policy, {}, {}).location(open_), Wording(policy, {}, {}).location(hidden))
        for policy in RedactionPolicy
    }
    assert seen[RedactionPolicy.FULL] == (
        "Hotel, Bangkok, Thailand",
        "Embassy residence, Bangkok, Thailand",
    )
    assert seen[RedactionPolicy.PARTNERS] == (
        "Hotel, Bangkok, Thailand",
        "Thailand (exact location withheld)",
    )
    assert seen[RedactionPolicy.PUBLIC] == (
        "Bangkok, Thailand",
        "Thailand (exact location withheld)",
    )


def test_people_under_each_policy() -> None:
    from app.domain.records import Organisation, Person
    from app.reports.wording import ANONYMOUS, Wording

    org = Organisation(name="Land Rights Watch Cambodia", acronym="LRW")
    named = Person(name="Keo Bopha", organisation_id=org.id, contact="Signal +855 1")
    anon = Person(name="Land activist", code_name="Witness B", anonymous=True)
    words = {p: Wording(p, {}, {org.id: org}) for p in RedactionPolicy}
    assert words[RedactionPolicy.FULL].person(named, with_org=True) == "Keo Bopha (LRW)"
    assert words[RedactionPolicy.FULL].person(anon) == "Land activist"
    assert words[RedactionPolicy.PARTNERS].person(anon) == "Witness B"
    assert words[RedactionPolicy.PUBLIC].person(anon) == ANONYMOUS
    assert words[RedactionPolicy.PUBLIC].person(named) == "Land Rights Watch Cambodia"
    assert "Signal" in words[RedactionPolicy.FULL].contact(named)
    assert "Signal" not in words[RedactionPolicy.PARTNERS].contact(named)
    assert words[RedactionPolicy.PARTNERS].contact(anon) == ""


# --- issue 9: venues, the annex's roles, the attendance paragraph switch, acronyms -------------
def _one_meeting(vault, *, sensitive: bool = False, auto: bool = True):
    from app.domain.records import Attendance, Meeting, Organisation, Person, Session

    store = vault.store
    org = store.add(
        Organisation(name="Committee for Free and Fair Elections in Cambodia", acronym="COMFREL")
    )
    meeting = store.add(
        Meeting(
            title="Diplomats' day",
            start_date="2019-02-26",
            location_city="Bangkok",
            location_sensitive=sensitive,
            auto_attendance=auto,
        )
    )
    session = store.add(
        Session(
            meeting_id=meeting.id,
            date="2019-02-26",
            venue="Residence of the Belgian Ambassador",
            summary="A briefing for diplomats.",
        )
    )
    person = store.add(
        Person(name="Korng Savang", role_title="Monitoring Coordinator", organisation_id=org.id)
    )
    store.add(Attendance(session_id=session.id, person_id=person.id, role="speaker"))
    return meeting


def test_session_venue_printed_unless_the_location_is_sensitive(vault) -> None:
    open_ = _one_meeting(vault)
    text = meeting_document(vault.store, open_.id, RedactionPolicy.PARTNERS).all_text()
    assert "at Residence of the Belgian Ambassador" in text
    hidden = _one_meeting(vault, sensitive=True)
    for policy in (RedactionPolicy.PARTNERS, RedactionPolicy.PUBLIC):
        text = meeting_document(vault.store, hidden.id, policy).all_text()
        assert "Belgian Ambassador" not in text


def test_annex_role_in_the_meeting_and_job_title_apart_with_acronyms(vault) -> None:
    meeting = _one_meeting(vault)
    doc = meeting_document(vault.store, meeting.id, RedactionPolicy.PARTNERS)
    annex = next(s for s in doc.sections if s.title == "Annex: list of participants")
    table = next(b for b in annex.blocks if isinstance(b, Table))
    assert table.header == ("Name", "Organisation", "Job title", "Role in the meeting", "Days")
    assert table.rows == (
        (
            "Korng Savang",
            "Committee for Free and Fair Elections in Cambodia (COMFREL)",
            "Monitoring Coordinator",
            "speaker",
            "1",
        ),
    )


def test_the_attendance_paragraph_can_be_turned_off(vault) -> None:
    on = meeting_document(vault.store, _one_meeting(vault).id).all_text()
    assert "was attended by 1 person" in on and "Attendance by kind of organisation" in on
    off = meeting_document(vault.store, _one_meeting(vault, auto=False).id).all_text()
    assert "was attended by" not in off and "held a one-day meeting" not in off
    assert "Attendance by kind of organisation" not in off
    assert "Attendance and gender balance" in off  # the figures themselves stay
