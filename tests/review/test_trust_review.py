"""Fresh-eyes review of the import trust rules (issue 8): hostile bundles from a partner that
holds a valid, verified contact key and everything it was legitimately sent."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.records import Affiliation, Attendance, Meeting, MeetingContact, Person, Session
from app.exchange.conflicts import list_conflicts, resolve_conflict
from app.exchange.exporter import DATA_FORMAT
from app.exchange.importer import import_bundle
from app.vault import Vault
from tests.exchange.helpers import decrypt_inner, forge, introduce, make_vault, send

NAME, VENUE, SESSION_VENUE = "Sok Lina", "Safe house 3, Street 271", "Back room of the shelter"


def _data(orgs: list[str], *records: tuple[str, str, dict]) -> bytes:
    doc = {
        "format": DATA_FORMAT,
        "policy": "partners",
        "orgs": orgs,
        "records": [
            {"t": t, "id": rid, "c": "2026-01-01T00:00:00Z", "s": {"f": f}} for t, rid, f in records
        ],
    }
    return json.dumps(doc).encode()


def _forged(tmp_path: Path, name: str, sender: Vault, to: Vault, orgs, *records) -> Path:
    return forge(tmp_path / name, signer=sender, recipients=[to], data_json=_data(orgs, *records))


def _witness(tmp_path: Path) -> tuple[Vault, Vault, Vault, Person, Meeting, Session]:
    """B shares a hearing with an anonymous witness at a sensitive venue with A (partners)."""
    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    person = b.store.add(Person(name=NAME, code_name="Heron", role_title="Nurse", anonymous=True))
    meeting = b.store.add(
        Meeting(
            title="Hearing",
            start_date="2026-07-01",
            location_venue=VENUE,
            location_sensitive=True,
        )
    )
    session = b.store.add(Session(meeting_id=meeting.id, date="2026-07-01", venue=SESSION_VENUE))
    b.store.add(Attendance(session_id=session.id, person_id=person.id))
    b.store.add(Affiliation(person_id=person.id, organisation_id="", role_title="Head of shelter"))
    import_bundle(a, send(b, [a], tmp_path / "b1.rtbundle", [meeting.id], policy="partners"))
    return a, b, c, person, meeting, session


# --- the reveal shown before a lowering is accepted -------------------------------------------
def test_the_reveal_lists_every_standing_value_not_only_a_decoy(tmp_path: Path) -> None:
    """A (allowed to edit the witness and the meeting) first writes decoy values with a high edit
    number into the hidden fields, so they become the values shown, then lowers the flags. The
    user is shown "would reveal Name: <decoy>" and accepts; but the real name, venue and
    session venue still stand in the merge state and travel in B's next partners bundle."""
    a, b, c, person, meeting, session = _witness(tmp_path)
    orgs = [a.org_id]
    decoys = _forged(
        tmp_path,
        "decoy.rtbundle",
        a,
        b,
        orgs,
        ("people", person.id, {"name": [0, 500, "Decoy"], "role_title": [0, 500, ""]}),
        ("meetings", meeting.id, {"location_venue": [0, 500, "Town hall"]}),
        ("sessions", session.id, {"venue": [0, 500, "Town hall"]}),
    )
    import_bundle(b, decoys)
    lower = _forged(
        tmp_path,
        "lower.rtbundle",
        a,
        b,
        orgs,
        ("people", person.id, {"anonymous": [0, 500, False]}),
        ("meetings", meeting.id, {"location_sensitive": [0, 500, False]}),
    )
    summary = import_bundle(b, lower).summary()
    # Counted as held back (the import says so), not as ordinary conflicts.
    assert summary["held_back"] == 2 and summary["conflicting"] == 0
    held = {x.field: x for x in list_conflicts(b) if x.privacy}
    assert set(held) == {"anonymous", "location_sensitive"}
    shown = {v for x in held.values() for _, v in x.reveals}
    # What the user is shown must include every value that would travel once accepted.
    assert NAME in shown and "Nurse" in shown and "Head of shelter" in shown
    assert VENUE in shown and SESSION_VENUE in shown
    for x in held.values():
        resolve_conflict(b, x.id, x.accept_value)
    out = send(b, [c], tmp_path / "b2.rtbundle", [meeting.id], policy="partners")
    data = dict(decrypt_inner(out, c))["data.json"].decode()
    assert NAME in data  # it travels, as the user was told


# --- claims about a third organisation's edits --------------------------------------------------
def test_a_false_claim_about_a_third_organisation_cannot_swallow_its_later_raise(
    tmp_path: Path,
) -> None:
    """C shares a witness (not yet anonymous) with B; B shares the meeting with A, so A may edit
    the witness at B. A claims to have seen 2^39 of C's edits of the `anonymous` field. When C
    later makes the witness anonymous and tells B, C's raise must not be taken as already seen
    (and dropped): B's next partners bundle would name the person C has just protected."""
    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    person = c.store.add(Person(name=NAME, code_name="Heron"))
    meeting = c.store.add(Meeting(title="Hearing", start_date="2026-07-01"))
    session = c.store.add(Session(meeting_id=meeting.id, date="2026-07-01"))
    c.store.add(Attendance(session_id=session.id, person_id=person.id))
    import_bundle(b, send(c, [b], tmp_path / "c1.rtbundle", [meeting.id], policy="partners"))
    import_bundle(a, send(b, [a], tmp_path / "b1.rtbundle", [meeting.id], policy="partners"))
    claim = {"anonymous": {"c": [[0, 1], [1, 2**39]], "s": [[0, 1, False]]}}
    forged = _forged(
        tmp_path, "a1.rtbundle", a, b, [a.org_id, c.org_id], ("people", person.id, claim)
    )
    assert import_bundle(b, forged).refused == []
    c.store.update(c.store.get(Person, person.id), anonymous=True)
    c.store.update(c.store.get(Meeting, meeting.id), title="Hearing (protected)")
    import_bundle(b, send(c, [b], tmp_path / "c2.rtbundle", [meeting.id], policy="partners"))
    assert b.store.get(Meeting, meeting.id).title == "Hearing (protected)"
    assert b.store.get(Person, person.id).anonymous is True
    out = send(b, [a], tmp_path / "b2.rtbundle", [meeting.id], policy="partners")
    assert NAME not in dict(decrypt_inner(out, a))["data.json"].decode()


def test_a_false_claim_about_a_third_organisation_cannot_swallow_its_later_edits(
    tmp_path: Path,
) -> None:
    """The same claim on an ordinary field: C's own later edit meets A's value as a conflict
    instead of being dropped as already seen (C is the authority on its own edits)."""
    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    meeting = c.store.add(Meeting(title="Hearing", start_date="2026-07-01"))
    import_bundle(b, send(c, [b], tmp_path / "c1.rtbundle", [meeting.id]))
    import_bundle(a, send(b, [a], tmp_path / "b1.rtbundle", [meeting.id]))
    claim = {"title": {"c": [[0, 1], [1, 1000]], "s": [[0, 1, "Title by A"]]}}
    forged = _forged(
        tmp_path, "a1.rtbundle", a, b, [a.org_id, c.org_id], ("meetings", meeting.id, claim)
    )
    import_bundle(b, forged)
    assert b.store.get(Meeting, meeting.id).title == "Title by A"
    c.store.update(c.store.get(Meeting, meeting.id), title="Title by C")
    preview = import_bundle(b, send(c, [b], tmp_path / "c2.rtbundle", [meeting.id]))
    assert preview.summary()["conflicting"] == 1
    (conflict,) = list_conflicts(b)
    assert {conflict.local_value, *conflict.standing} >= {"Title by A", "Title by C"}
    # And once settled, C's next edit goes through as usual.
    resolve_conflict(b, conflict.id, "Title by C")


# --- fields a redaction hid -----------------------------------------------------------------
def test_a_partner_sent_only_the_code_name_cannot_overwrite_the_real_name(tmp_path: Path) -> None:
    """B sends the hearing to C in full (C is trusted with the witness's name) and to A under
    `partners` (A sees only the code name). A claims to have seen B's edit of the name (B did
    send it -- to C) and writes its own: B's record of the real name must not be silently
    replaced; it is a conflict B's user sees, at most."""
    a, b, c, person, meeting, _ = _witness(tmp_path)
    import_bundle(c, send(b, [c], tmp_path / "full.rtbundle", [meeting.id], policy="full"))
    claim = {"name": {"c": [[0, 1], [1, 1]], "s": [[0, 1, "Decoy"]]}}
    forged = _forged(
        tmp_path, "a1.rtbundle", a, b, [a.org_id, b.org_id], ("people", person.id, claim)
    )
    preview = import_bundle(b, forged)
    assert preview.summary()["claims_ignored"] == 1
    held = {x.field: x for x in list_conflicts(b)}
    assert NAME in held["name"].standing
    # A partner that was sent the name (C, in full) still supersedes it cleanly, and the
    # edits C passes on to A stay usable by A (relays keep working).
    c.store.update(c.store.get(Meeting, meeting.id), title="Hearing (by C)")
    preview = import_bundle(b, send(c, [b], tmp_path / "c1.rtbundle", [meeting.id]))
    assert preview.summary()["claims_ignored"] == 0 and preview.refused == []
    assert b.store.get(Meeting, meeting.id).title == "Hearing (by C)"


def test_a_relayed_edit_of_a_field_sent_in_clear_is_not_a_false_claim(tmp_path: Path) -> None:
    """B edits R's title twice and sends R to C; C passes R on to A (A's first copy); B then
    sends R to A too. A's edit of the title, made after B's edits, is applied cleanly at B."""
    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    r = b.store.add(Meeting(title="R", start_date="2026-04-01"))
    import_bundle(c, send(b, [c], tmp_path / "1.rtbundle", [r.id]))
    b.store.update(b.store.get(Meeting, r.id), title="R by B")
    import_bundle(c, send(b, [c], tmp_path / "2.rtbundle", [r.id]))
    import_bundle(a, send(c, [a], tmp_path / "3.rtbundle", [r.id]))
    import_bundle(a, send(b, [a], tmp_path / "4.rtbundle", [r.id], policy="partners"))
    assert a.store.get(Meeting, r.id).title == "R by B"
    a.store.update(a.store.get(Meeting, r.id), title="R by A")
    preview = import_bundle(b, send(a, [b], tmp_path / "5.rtbundle", [r.id]))
    assert preview.summary()["claims_ignored"] == 0 and preview.summary()["conflicting"] == 0
    assert b.store.get(Meeting, r.id).title == "R by A"


# --- records that change a redaction ---------------------------------------------------------
def test_a_partner_cannot_name_attendees_in_public_by_adding_meeting_contacts(
    tmp_path: Path,
) -> None:
    """Under `public`, attendees appear as "Participant"; a meeting's contacts are named. A new
    (or re-pointed) contact brought by A's import must not name an attendee in B's next public
    bundle; B's own contacts still do."""
    a, b = (make_vault(tmp_path, n) for n in ("Org A", "Org B"))
    introduce(a, b)
    meeting = b.store.add(Meeting(title="Forum", start_date="2026-01-01"))
    session = b.store.add(Session(meeting_id=meeting.id, date="2026-01-01"))
    quiet = b.store.add(Person(name="Chan Dara"))
    other = b.store.add(Person(name="Keo Sophea"))
    host = b.store.add(Person(name="Host Person"))
    for p in (quiet, other):
        b.store.add(Attendance(session_id=session.id, person_id=p.id))
    own = b.store.add(MeetingContact(meeting_id=meeting.id, person_id=host.id))
    import_bundle(a, send(b, [a], tmp_path / "b1.rtbundle", [meeting.id], policy="partners"))
    added = {
        "meeting_id": [0, 1, meeting.id],
        "person_id": [0, 1, quiet.id],
        "position": [0, 1, 1],
        "deleted": [0, 1, False],
    }
    repoint = {"person_id": [0, 7, other.id]}  # concurrent with B's: A's value shown
    preview = import_bundle(
        b,
        _forged(
            tmp_path,
            "a1.rtbundle",
            a,
            b,
            [a.org_id],
            ("meeting_contacts", "7d1f1e0f-0a11-4f3e-9d1c-0b0e6a5294f4", added),
            ("meeting_contacts", own.id, repoint),
        ),
    )
    assert preview.summary()["new"] == 1 and preview.refused == []
    out = send(b, [a], tmp_path / "b2.rtbundle", [meeting.id], policy="public")
    data = dict(decrypt_inner(out, a))["data.json"].decode()
    assert "Chan Dara" not in data and "Keo Sophea" not in data
    # B's own contact, once B's user sets it again, names its person as before.
    resolve_conflict(b, list_conflicts(b)[0].id, host.id)
    out = send(b, [a], tmp_path / "b3.rtbundle", [meeting.id], policy="public")
    assert "Host Person" in dict(decrypt_inner(out, a))["data.json"].decode()


def test_values_planted_in_a_third_organisations_name_are_replaced_when_it_sends_them(
    tmp_path: Path,
) -> None:
    """A learns the id of C's meeting (ids of records not sent travel in links, e.g. an action
    item's follow-up meeting) and brings it to B first, with C's own edit numbers and its own
    text in C's name. When C sends the meeting to B, C's text is what stands: the same edit of
    C's cannot carry two values, and C is the authority on its own edits."""
    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    meeting = c.store.add(Meeting(title="Real title", start_date="2026-05-01", summary="Real"))
    planted = {
        "title": [1, 1, "Planted title"],
        "start_date": [1, 1, "2026-05-01"],
        "summary": [1, 1, "Planted summary"],
        "deleted": [1, 1, False],
    }
    forged = _forged(
        tmp_path, "a1.rtbundle", a, b, [a.org_id, c.org_id], ("meetings", meeting.id, planted)
    )
    assert import_bundle(b, forged).summary()["new"] == 1
    preview = import_bundle(b, send(c, [b], tmp_path / "c1.rtbundle", [meeting.id]))
    got = b.store.get(Meeting, meeting.id)
    assert (got.title, got.summary) == ("Real title", "Real")
    assert any("never made" in w for w in preview.warnings)
