"""Organisations' contact details (issue 9 item 3): sensitive like a person's, unless the
organisation publishes them itself; the same rule in bundles and in reports."""

from __future__ import annotations

from app.domain.records import Meeting, MeetingOrganiser, Organisation
from app.domain.values import RedactionPolicy
from app.exchange import merge
from app.exchange.importer import import_bundle
from app.exchange.redaction import redact_meeting
from app.exchange.state_store import save_states, values_of
from app.storage.meetings import load_meeting
from tests.exchange.helpers import decrypt_inner, introduce, make_vault, send

CONTACT = {
    "address": "Rue de Varembé 3, 1202 Geneva, Switzerland",
    "phone": "+41 (0) 22 321 77 70",
    "email": "info@upr-info.org",
    "website": "http://www.upr.info",
}


def _meeting_organised_by(vault, org: Organisation) -> Meeting:
    meeting = vault.store.add(Meeting(title="Pre-session", start_date="2018-11-14"))
    vault.store.add(MeetingOrganiser(meeting_id=meeting.id, organisation_id=org.id))
    return meeting


def test_private_org_contacts_stay_out_of_partner_and_public_bundles(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    org = a.store.add(Organisation(name="Safe Shelter", **CONTACT))
    meeting = _meeting_organised_by(a, org)
    for policy in ("partners", "public"):
        out = send(a, [b], tmp_path / f"{policy}.rtbundle", [meeting.id], policy=policy)
        data = dict(decrypt_inner(out, b))["data.json"]
        assert b"Safe Shelter" in data
        for value in CONTACT.values():
            assert value.encode() not in data
    full = send(a, [b], tmp_path / "full.rtbundle", [meeting.id], policy="full")
    import_bundle(b, full)
    got = b.store.get(Organisation, org.id)
    assert {k: getattr(got, k) for k in CONTACT} == CONTACT


def test_published_org_contacts_travel_and_print(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    org = a.store.add(Organisation(name="UPR Info", contact_private=False, **CONTACT))
    meeting = _meeting_organised_by(a, org)
    out = send(a, [b], tmp_path / "p.rtbundle", [meeting.id], policy="public")
    import_bundle(b, out)
    got = b.store.get(Organisation, org.id)
    assert not got.contact_private and got.email == CONTACT["email"]
    report = redact_meeting(load_meeting(a.store, meeting.id), RedactionPolicy.PUBLIC)
    assert report.organisers[0].website == CONTACT["website"]


def test_private_org_contacts_are_redacted_in_reports(vault) -> None:
    org = vault.store.add(Organisation(name="Safe Shelter", **CONTACT))
    meeting = _meeting_organised_by(vault, org)
    detail = load_meeting(vault.store, meeting.id)
    for policy in (RedactionPolicy.PARTNERS, RedactionPolicy.PUBLIC):
        out = redact_meeting(detail, policy)
        shown = out.organisers[0]
        assert all(getattr(shown, k) == "" for k in CONTACT)
    assert redact_meeting(detail, RedactionPolicy.FULL).organisers[0].phone == CONTACT["phone"]


def test_publishing_in_conflict_counts_as_not_published(tmp_path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    org = a.store.add(Organisation(name="Delta Union", contact_private=False, **CONTACT))
    meeting = _meeting_organised_by(a, org)
    state = merge.RecordState()
    merge.capture(state, values_of(org), a.org_id)
    state.fields["contact_private"] = merge.FieldState(
        {a.org_id: 9, "zz-other-org": 1}, [(a.org_id, 9, False), ("zz-other-org", 1, True)]
    )
    with a.store.transaction():
        save_states(a.conn, Organisation.TABLE, [(state, org)])
    out = send(a, [b], tmp_path / "o.rtbundle", [meeting.id], policy="partners")
    data = dict(decrypt_inner(out, b))["data.json"]
    assert CONTACT["phone"].encode() not in data and b"Delta Union" in data


def test_an_import_never_publishes_contact_details_kept_private_here(tmp_path) -> None:
    """`contact_private` is a privacy flag: a partner's "published" does not lower it."""
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    org = a.store.add(Organisation(name="Shared Org", **CONTACT))
    meeting = _meeting_organised_by(a, org)
    import_bundle(b, send(a, [b], tmp_path / "1.rtbundle", [meeting.id], policy="full"))
    theirs = b.store.get(Organisation, org.id)
    b.store.update(theirs, contact_private=False)
    import_bundle(a, send(b, [a], tmp_path / "2.rtbundle", [meeting.id], policy="full"))
    assert a.store.get(Organisation, org.id).contact_private is True


def test_incoming_headcounts_and_sections_are_validated() -> None:
    """The new records' fields are checked like every other incoming value."""
    from app.domain.records import Headcount, NarrativeSection
    from app.exchange.validate import field_checks

    counts = field_checks(Headcount)
    assert counts["count"](60) and not counts["count"](-1) and not counts["count"](10**12)
    assert not counts["count"](True) and not counts["count"]("60")
    assert counts["gender"]("woman") and not counts["gender"]("x" * 1000)
    sections = field_checks(NarrativeSection)
    assert sections["placement"]("results") and not sections["placement"]("x" * 1000)
    assert sections["text"]("Way forward…") and not sections["text"]("nul\x00")
    org = field_checks(Organisation)
    assert org["contact_private"](True) and not org["contact_private"](1)
