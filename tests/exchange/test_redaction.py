"""Redaction policies on a loaded meeting (the rules bundles and reports share)."""

from __future__ import annotations

from app.domain.records import Meeting, MinuteEntry, Person
from app.domain.values import RedactionPolicy
from app.exchange.redaction import (
    ANONYMOUS_NAME,
    PARTICIPANT_NAME,
    record_redaction,
    redact_meeting,
)
from app.storage.meetings import load_meeting


def _richest_meeting(vault):
    meetings = vault.store.select(Meeting)
    details = [load_meeting(vault.store, m.id) for m in meetings]
    return max(details, key=lambda d: sum(len(s.attendees) for s in d.sessions))


def _all_entries(detail):
    return [e for s in detail.sessions for a in s.agenda for e in a.entries]


def test_full_is_an_unchanged_copy(demo_vault) -> None:
    detail = _richest_meeting(demo_vault)
    out = redact_meeting(detail, RedactionPolicy.FULL)
    assert out == detail
    assert out is not detail


def test_partners_drops_contacts_confidential_entries_and_names_of_anonymous(demo_vault) -> None:
    detail = _richest_meeting(demo_vault)
    # make the case explicit: one anonymous attendee and one confidential entry
    attendee = detail.sessions[0].attendees[0].person
    attendee.anonymous = True
    attendee.code_name = "Heron"
    attendee.contact = "+855 12 345 678"
    entry = _all_entries(detail)[0]
    entry.confidential = True
    before = redact_meeting(detail, RedactionPolicy.FULL)

    out = redact_meeting(detail, "partners")
    people = [a.person for s in out.sessions for a in s.attendees if a.person]
    assert all(p.contact == "" for p in people)
    assert all(p.contact == "" for p in out.people.values())
    assert out.people[attendee.id].name == "Heron"
    assert all(p.name != attendee.name for p in people)
    assert entry.id not in {e.id for e in _all_entries(out)}
    kept = [e.id for e in _all_entries(detail) if not e.confidential]
    assert [e.id for e in _all_entries(out)] == kept
    # the input is untouched
    assert detail == before


def test_public_keeps_counts_and_balance_but_no_attendee_names(demo_vault) -> None:
    detail = _richest_meeting(demo_vault)
    out = redact_meeting(detail, RedactionPolicy.PUBLIC)
    contact_ids = {p.id for p in detail.contacts}
    for s_in, s_out in zip(detail.sessions, out.sessions, strict=True):
        assert len(s_in.attendees) == len(s_out.attendees)
        for a in s_out.attendees:
            if a.person is not None and a.person.id not in contact_ids:
                assert a.person.name == PARTICIPANT_NAME
                assert a.person.contact == ""
    assert out.gender_balance().counts == detail.gender_balance().counts
    assert len(out.unique_attendees()) == len(detail.unique_attendees())


def test_anonymous_without_code_name_gets_a_neutral_label() -> None:
    person = Person(name="Real Name", anonymous=True)
    rule = record_redaction(person, RedactionPolicy.PARTNERS)
    assert rule.hidden["name"] == ANONYMOUS_NAME


def test_confidential_entry_is_dropped_only_outside_full() -> None:
    entry = MinuteEntry(agenda_item_id="a", meeting_id="m", text="secret", confidential=True)
    assert not record_redaction(entry, RedactionPolicy.FULL).drop
    assert record_redaction(entry, RedactionPolicy.PARTNERS).drop
    assert record_redaction(entry, RedactionPolicy.PUBLIC).drop
