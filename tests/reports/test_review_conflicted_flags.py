"""Reports treat a privacy flag set by one side of an unresolved conflict as set."""

from __future__ import annotations

from app.domain.records import Attendance, Meeting, Person, Session
from app.domain.values import RedactionPolicy
from app.reports import load_redacted, meeting_document
from app.reports.render import ReportFormat, render


def _conflict(vault, table: str, record_id: str, name: str, local: str, incoming: str) -> None:
    vault.conn.execute(
        "INSERT INTO conflicts (tbl, record_id, field, local_value, incoming_value, sources, "
        "bundle_id, created_at) VALUES (?, ?, ?, ?, ?, '{}', 'b', '2026-01-01')",
        (table, record_id, name, local, incoming),
    )


def test_anonymous_in_conflict_keeps_the_name_out_of_a_partners_report(vault) -> None:
    person = vault.store.add(Person(name="Sok Lina", code_name="Heron"))
    meeting = vault.store.add(
        Meeting(title="Hearing", start_date="2026-07-01", location_venue="Back room of the temple")
    )
    session = vault.store.add(Session(meeting_id=meeting.id, date="2026-07-01"))
    vault.store.add(Attendance(session_id=session.id, person_id=person.id))
    _conflict(vault, Person.TABLE, person.id, "anonymous", "false", "true")
    _conflict(vault, Meeting.TABLE, meeting.id, "location_sensitive", "false", "[false, true]")
    detail = load_redacted(vault.store, meeting.id, RedactionPolicy.PARTNERS)
    assert detail.people[person.id].name == "Heron"
    assert detail.meeting.location_venue == ""
    text = render(meeting_document(vault.store, meeting.id), ReportFormat.MARKDOWN).decode()
    assert "Sok Lina" not in text and "Back room" not in text
    full = load_redacted(vault.store, meeting.id, RedactionPolicy.FULL)
    assert full.people[person.id].name == "Sok Lina"


def test_anonymous_in_conflict_keeps_the_owner_name_out_of_a_series_report(vault) -> None:
    from app.domain.records import ActionItem, Series
    from app.reports import series_document

    person = vault.store.add(Person(name="Sok Lina", code_name="Heron"))
    series = vault.store.add(Series(name="Quarterly"))
    meeting = vault.store.add(Meeting(title="Q1", start_date="2026-03-01", series_id=series.id))
    vault.store.add(
        ActionItem(text="Draft the letter", origin_meeting_id=meeting.id, owner_person_id=person.id)
    )
    _conflict(vault, Person.TABLE, person.id, "anonymous", "false", "true")
    text = render(series_document(vault.store, series.id), ReportFormat.MARKDOWN).decode()
    assert "Draft the letter" in text and "Sok Lina" not in text
    full = render(
        series_document(vault.store, series.id, RedactionPolicy.FULL), ReportFormat.MARKDOWN
    ).decode()
    assert "Sok Lina" in full
