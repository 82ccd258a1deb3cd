"""Leaks found in review: what a redacted bundle must not carry."""

from __future__ import annotations

import json

from app.domain.records import (
    Affiliation,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MeetingOrganiser,
    MinuteEntry,
    Organisation,
    Person,
    Session,
)
from app.domain.values import RedactionPolicy
from app.exchange import merge
from app.exchange.importer import import_bundle
from app.exchange.redaction import redact_meeting
from app.exchange.state_store import save_states, values_of
from app.storage.meetings import load_meeting
from tests.exchange.helpers import decrypt_inner, introduce, make_vault, send

VENUE = "Safe house behind the market"


def _sensitive_meeting_with_session_venue(vault) -> Meeting:
    meeting = vault.store.add(
        Meeting(
            title="Legal clinic",
            start_date="2026-03-02",
            location_sensitive=True,
            location_venue=VENUE,
        )
    )
    vault.store.add(Session(meeting_id=meeting.id, date="2026-03-02", venue=VENUE))
    return meeting


def test_session_venue_of_a_sensitive_meeting_stays_out_of_partner_bundles(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = _sensitive_meeting_with_session_venue(a)
    for policy in ("partners", "public"):
        out = send(a, [b], tmp_path / f"{policy}.rtbundle", [meeting.id], policy=policy)
        data = dict(decrypt_inner(out, b))["data.json"]
        assert VENUE.encode() not in data
        assert any(r["t"] == "sessions" for r in json.loads(data)["records"])
    full = send(a, [b], tmp_path / "full.rtbundle", [meeting.id], policy="full")
    assert VENUE.encode() in dict(decrypt_inner(full, b))["data.json"]


def test_session_venue_of_a_sensitive_meeting_is_redacted_in_reports(vault) -> None:
    meeting = _sensitive_meeting_with_session_venue(vault)
    detail = load_meeting(vault.store, meeting.id)
    out = redact_meeting(detail, RedactionPolicy.PARTNERS)
    assert [s.session.venue for s in out.sessions] == [""]
    assert [s.session.venue for s in detail.sessions] == [VENUE]


def test_public_bundle_keeps_no_role_title_of_an_unnamed_attendee(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    role = "Head of the land-rights unit"
    org = a.store.add(Organisation(name="Delta Union"))
    person = a.store.add(Person(name="Chan Dara", role_title=role, organisation_id=org.id))
    a.store.add(Affiliation(person_id=person.id, organisation_id=org.id, role_title=role))
    meeting = a.store.add(Meeting(title="Open forum", start_date="2026-04-01"))
    session = a.store.add(Session(meeting_id=meeting.id, date="2026-04-01"))
    a.store.add(Attendance(session_id=session.id, person_id=person.id, organisation_id=org.id))
    public = send(a, [b], tmp_path / "public.rtbundle", [meeting.id], policy="public")
    data = dict(decrypt_inner(public, b))["data.json"]
    assert role.encode() not in data and b"Chan Dara" not in data
    assert b"Delta Union" in data  # the organisation stays (balance statistics)
    partners = send(a, [b], tmp_path / "partners.rtbundle", [meeting.id], policy="partners")
    assert role.encode() in dict(decrypt_inner(partners, b))["data.json"]


def test_partner_bundle_keeps_no_role_title_of_an_anonymous_person(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    role = "Director of the women's shelter in Kampot"
    org = a.store.add(Organisation(name="Delta Union"))
    person = a.store.add(
        Person(
            name="Sok Lina",
            code_name="Heron",
            anonymous=True,
            role_title=role,
            organisation_id=org.id,
        )
    )
    a.store.add(Affiliation(person_id=person.id, organisation_id=org.id, role_title=role))
    meeting = a.store.add(Meeting(title="Closed hearing", start_date="2026-05-01"))
    session = a.store.add(Session(meeting_id=meeting.id, date="2026-05-01"))
    a.store.add(Attendance(session_id=session.id, person_id=person.id, organisation_id=org.id))
    for policy in ("partners", "public"):
        out = send(a, [b], tmp_path / f"{policy}.rtbundle", [meeting.id], policy=policy)
        data = dict(decrypt_inner(out, b))["data.json"]
        assert role.encode() not in data and b"Sok Lina" not in data
    full = send(a, [b], tmp_path / "full.rtbundle", [meeting.id], policy="full")
    assert role.encode() in dict(decrypt_inner(full, b))["data.json"]


def test_deleted_content_stays_out_of_partner_bundles_but_the_deletion_travels(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = a.store.add(Meeting(title="Working group", start_date="2026-06-01"))
    item = a.store.add(AgendaItem(meeting_id=meeting.id, session_id="", title="Security"))
    kept = a.store.add(
        MinuteEntry(agenda_item_id=item.id, meeting_id=meeting.id, text="Agreed the plan")
    )
    secret = "Our informant in the ministry is Mr Vanna"
    gone = a.store.add(MinuteEntry(agenda_item_id=item.id, meeting_id=meeting.id, text=secret))
    a.store.add(Decision(meeting_id=meeting.id, text="Meet again in July"))
    # B already holds the entry (an earlier bundle); then A deletes it and sends again.
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle", [meeting.id], policy="partners"))
    a.store.delete(gone)
    second = send(a, [b], tmp_path / "2.rtbundle", [meeting.id], policy="partners")
    data = dict(decrypt_inner(second, b))["data.json"]
    assert secret.encode() not in data and b"Agreed the plan" in data
    import_bundle(b, second)
    assert b.store.find_any(MinuteEntry, gone.id).deleted
    assert not b.store.find_any(MinuteEntry, kept.id).deleted
    # A partner who never had it gets only the tombstone.
    c = make_vault(tmp_path, "Org C")
    introduce(a, c)
    third = send(a, [c], tmp_path / "3.rtbundle", [meeting.id], policy="partners")
    assert secret.encode() not in dict(decrypt_inner(third, c))["data.json"]
    import_bundle(c, third)
    assert c.store.find_any(MinuteEntry, gone.id).deleted


def test_a_privacy_flag_in_conflict_counts_as_set(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    person = a.store.add(Person(name="Sok Lina", code_name="Heron", role_title="Nurse"))
    meeting = a.store.add(Meeting(title="Hearing", start_date="2026-07-01"))
    session = a.store.add(Session(meeting_id=meeting.id, date="2026-07-01"))
    a.store.add(Attendance(session_id=session.id, person_id=person.id))
    # Two organisations set `anonymous` concurrently; the stored column still shows A's False
    # (as a vault from before privacy flags showed their most protective standing value).
    state = merge.RecordState()
    merge.capture(state, values_of(person), a.org_id)
    state.fields["anonymous"] = merge.FieldState(
        {a.org_id: 9, "zz-other-org": 1}, [(a.org_id, 9, False), ("zz-other-org", 1, True)]
    )
    assert state.fields["anonymous"].winner() is False and person.anonymous is False
    assert state.visible("anonymous") is True
    with a.store.transaction():
        save_states(a.conn, Person.TABLE, [(state, person)])
    out = send(a, [b], tmp_path / "p.rtbundle", [meeting.id], policy="partners")
    data = dict(decrypt_inner(out, b))["data.json"]
    assert b"Sok Lina" not in data and b"Nurse" not in data
    assert b"Heron" in data


def test_private_notes_in_a_conflict_stay_out_even_when_the_shown_value_is_empty(
    tmp_path,
) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    org = a.store.add(Organisation(name="Delta Union"))
    meeting = a.store.add(Meeting(title="Forum", start_date="2026-08-01"))
    a.store.add(MeetingOrganiser(meeting_id=meeting.id, organisation_id=org.id))
    secret = "Director under police watch since May"
    state = merge.RecordState()
    merge.capture(state, values_of(org), a.org_id)
    state.fields["notes"] = merge.FieldState(
        {a.org_id: 9, "zz-other-org": 1}, [(a.org_id, 9, ""), ("zz-other-org", 1, secret)]
    )
    assert state.visible("notes") == ""
    with a.store.transaction():
        save_states(a.conn, Organisation.TABLE, [(state, org)])
    out = send(a, [b], tmp_path / "o.rtbundle", [meeting.id], policy="partners")
    data = dict(decrypt_inner(out, b))["data.json"]
    assert secret.encode() not in data and b"Delta Union" in data
