"""The import trust rules of docs/trust-rules.md: what a sender may change, held-back privacy."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.records import (
    ALL_PRIVACY_FLAGS,
    RECORD_TYPES,
    Attendance,
    Meeting,
    MeetingOrganiser,
    MinuteEntry,
    Organisation,
    Person,
    Session,
)
from app.errors import BundleContentInvalid
from app.exchange import merge
from app.exchange.conflicts import list_conflicts, resolve_conflict
from app.exchange.contacts import own_card
from app.exchange.exporter import DATA_FORMAT
from app.exchange.importer import import_bundle
from app.exchange.state_store import load_states, save_states
from app.reports import meeting_document
from app.reports.markdown import render_markdown
from app.vault import Vault
from tests.exchange.helpers import decrypt_inner, dump, forge, introduce, make_vault, send

NAME, VENUE, SESSION_VENUE = "Sok Lina", "Safe house 3, Street 271", "Back room of the shelter"


# --- the set of privacy flags -----------------------------------------------------------------
_PRIVATE_WORDS = re.compile(
    r"anonym|sensitiv|confiden|privat|secret|hidden|hide|restrict|protect|redact|embargo|"
    r"classified|withh|mask|pseudonym|discreet|safe",
    re.IGNORECASE,
)
_NOT_PRIVACY = {"deleted", "auto_attendance"}  # every other boolean must be classified here
# Private unless the user says otherwise: an organisation's contact details (issue 9).
_PRIVATE_BY_DEFAULT = {"contact_private"}


def test_every_boolean_field_is_classified_and_privacy_flags_are_declared() -> None:
    for cls in RECORD_TYPES:
        for f in dataclasses.fields(cls):
            if str(f.type) != "bool":
                continue
            if _PRIVATE_WORDS.search(f.name):
                assert f.name in cls.PRIVACY_FLAGS, f"{cls.__name__}.{f.name}"
            assert f.name in cls.PRIVACY_FLAGS or f.name in _NOT_PRIVACY, (
                f"{cls.__name__}.{f.name}: a new boolean must be declared a privacy flag "
                "(PRIVACY_FLAGS) or listed here as not one"
            )
        for name in cls.PRIVACY_FLAGS:
            field = {f.name: f for f in dataclasses.fields(cls)}[name]
            assert str(field.type) == "bool"  # True protects
            assert field.default is (name in _PRIVATE_BY_DEFAULT)
    assert {
        "anonymous",
        "location_sensitive",
        "confidential",
        "contact_private",
    } == ALL_PRIVACY_FLAGS


# --- held-back privacy changes --------------------------------------------------------------
def _sensitive_meeting(b: Vault) -> tuple[Person, Meeting]:
    person = b.store.add(Person(name=NAME, code_name="Heron", role_title="Nurse", anonymous=True))
    meeting = b.store.add(
        Meeting(
            title="Hearing",
            start_date="2026-07-01",
            location_city="Phnom Penh",
            location_venue=VENUE,
            location_sensitive=True,
        )
    )
    session = b.store.add(Session(meeting_id=meeting.id, date="2026-07-01", venue=SESSION_VENUE))
    b.store.add(Attendance(session_id=session.id, person_id=person.id))
    return person, meeting


def _lowered_by_partner(tmp_path: Path) -> tuple[Vault, Vault, Vault, Person, Meeting]:
    """B marks a witness anonymous and a venue sensitive and sends a partners bundle to A; A
    lowers both flags with ordinary edits and replies with an ordinary, signed bundle."""
    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    person, meeting = _sensitive_meeting(b)
    import_bundle(a, send(b, [a], tmp_path / "b1.rtbundle", [meeting.id], policy="partners"))
    a.store.update(a.store.get(Person, person.id), anonymous=False)
    a.store.update(a.store.get(Meeting, meeting.id), location_sensitive=False, title="Hearing II")
    preview = import_bundle(
        b, send(a, [b], tmp_path / "a1.rtbundle", [meeting.id], policy="partners")
    )
    assert preview.summary()["held_back"] == 2
    assert preview.summary()["updated"] == 1  # the title, a change A may make
    return a, b, c, person, meeting


def test_a_partner_cannot_lower_privacy_flags(tmp_path: Path) -> None:
    a, b, c, person, meeting = _lowered_by_partner(tmp_path)
    assert b.store.get(Person, person.id).anonymous is True
    got = b.store.get(Meeting, meeting.id)
    assert got.location_sensitive is True and got.title == "Hearing II"
    held = {c.field: c for c in list_conflicts(b)}
    assert set(held) == {"anonymous", "location_sensitive"}
    assert all(c.privacy for c in held.values())
    assert ("Name", NAME) in held["anonymous"].reveals
    assert ("Venue", VENUE) in held["location_sensitive"].reveals
    assert ("Session venue", SESSION_VENUE) in held["location_sensitive"].reveals
    # B's next partners bundle and report, to a third organisation, still hide both.
    out = send(b, [c], tmp_path / "b2.rtbundle", [meeting.id], policy="partners")
    data = dict(decrypt_inner(out, c))["data.json"].decode()
    assert NAME not in data and VENUE not in data and SESSION_VENUE not in data
    assert "Heron" in data
    import_bundle(c, out)
    assert c.store.get(Person, person.id).anonymous is True
    public = send(b, [c], tmp_path / "b3.rtbundle", [meeting.id], policy="public")
    data = dict(decrypt_inner(public, c))["data.json"].decode()
    assert NAME not in data and VENUE not in data and SESSION_VENUE not in data
    report = render_markdown(meeting_document(b.store, meeting.id))
    assert NAME not in report and VENUE not in report and SESSION_VENUE not in report
    # Importing more of the same keeps the hold (one pending item per flag, not two).
    a.store.update(a.store.get(Meeting, meeting.id), title="Hearing III")
    again = import_bundle(b, send(a, [b], tmp_path / "a2.rtbundle", [meeting.id]))
    assert again.summary()["held_back"] == 0
    assert b.store.get(Person, person.id).anonymous is True
    assert len(list_conflicts(b)) == 2
    # A third organisation that only ever saw the lowered value cannot lower it either.
    import_bundle(c, send(a, [c], tmp_path / "a3.rtbundle", [meeting.id], policy="partners"))
    import_bundle(b, send(c, [b], tmp_path / "c1.rtbundle", [meeting.id], policy="partners"))
    assert b.store.get(Meeting, meeting.id).location_sensitive is True


def test_the_user_confirms_or_keeps_a_held_back_change(tmp_path: Path) -> None:
    a, b, c, person, meeting = _lowered_by_partner(tmp_path)
    held = {x.field: x for x in list_conflicts(b)}
    resolve_conflict(b, held["anonymous"].id, held["anonymous"].accept_value)
    resolve_conflict(b, held["location_sensitive"].id, True)  # keep protected
    assert list_conflicts(b) == []
    assert b.store.get(Person, person.id).anonymous is False
    assert b.store.get(Meeting, meeting.id).location_sensitive is True
    out = send(b, [c, a], tmp_path / "b2.rtbundle", [meeting.id], policy="partners")
    data = dict(decrypt_inner(out, c))["data.json"].decode()
    assert NAME in data and VENUE not in data
    # The decision travels: A now has the venue protected again (raising is never held).
    import_bundle(a, out)
    assert a.store.get(Meeting, meeting.id).location_sensitive is True
    assert list_conflicts(a) == []


def test_raising_a_flag_and_unrelated_edits_are_not_held(tmp_path: Path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = b.store.add(Meeting(title="Forum", start_date="2026-05-01", location_venue="Hall"))
    entry_owner = b.store.add(Person(name="Chan Dara"))
    session = b.store.add(Session(meeting_id=meeting.id, date="2026-05-01"))
    b.store.add(Attendance(session_id=session.id, person_id=entry_owner.id))
    import_bundle(a, send(b, [a], tmp_path / "1.rtbundle"))
    a.store.update(a.store.get(Meeting, meeting.id), location_sensitive=True)
    a.store.update(a.store.get(Person, entry_owner.id), anonymous=True)
    preview = import_bundle(b, send(a, [b], tmp_path / "2.rtbundle"))
    assert preview.summary()["held_back"] == 0 and preview.summary()["conflicting"] == 0
    assert b.store.get(Meeting, meeting.id).location_sensitive is True
    assert b.store.get(Person, entry_owner.id).anonymous is True


def test_a_lowered_confidential_entry_stays_confidential(tmp_path: Path) -> None:
    from app.domain.records import AgendaItem

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    meeting = b.store.add(Meeting(title="Forum", start_date="2026-05-01"))
    session = b.store.add(Session(meeting_id=meeting.id, date="2026-05-01"))
    item = b.store.add(AgendaItem(meeting_id=meeting.id, session_id=session.id, title="Land"))
    entry = b.store.add(
        MinuteEntry(agenda_item_id=item.id, meeting_id=meeting.id, text="Named the informant")
    )
    b.store.update(entry, confidential=True)
    import_bundle(a, send(b, [a], tmp_path / "1.rtbundle"))  # full: A is trusted with it
    a.store.update(a.store.get(MinuteEntry, entry.id), confidential=False)
    preview = import_bundle(b, send(a, [b], tmp_path / "2.rtbundle"))
    assert preview.summary()["held_back"] == 1
    assert b.store.get(MinuteEntry, entry.id).confidential is True
    (pending,) = list_conflicts(b)
    assert pending.reveals == (("Minute entry", "Named the informant"),)


# register level: a merge never lowers a raised flag; merging stays idempotent
flag_op = st.one_of(
    st.tuples(st.just("edit"), st.sampled_from(range(3)), st.booleans()),
    st.tuples(st.just("merge"), st.sampled_from(range(3)), st.sampled_from(range(3))),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(flag_op, max_size=25))
def test_merges_never_lower_a_raised_flag_and_stay_idempotent(ops) -> None:
    replicas = [merge.RecordState() for _ in range(3)]
    for kind, x, y in ops:
        if kind == "edit":
            merge.capture(replicas[x], {"anonymous": y}, "ABC"[x])
        elif x != y:
            before = replicas[y].visible("anonymous", False)
            replicas[y], _ = merge.merge_record(replicas[y], replicas[x])
            assert not (before and not replicas[y].visible("anonymous", False))
            again, changes = merge.merge_record(replicas[y], replicas[x])
            assert again.fields == replicas[y].fields and changes == []


# --- what a sender may change -------------------------------------------------------------------
def _data(orgs: list[str], *records: tuple[str, str, dict]) -> bytes:
    doc = {
        "format": DATA_FORMAT,
        "policy": "full",
        "orgs": orgs,
        "records": [
            {"t": t, "id": rid, "c": "2026-01-01T00:00:00Z", "s": {"f": f}} for t, rid, f in records
        ],
    }
    return json.dumps(doc).encode()


def _forged(tmp_path: Path, sender: Vault, to: Vault, *records: tuple[str, str, dict]) -> Path:
    data = _data([sender.org_id, to.org_id], *records)
    return forge(tmp_path / "forged.rtbundle", signer=sender, recipients=[to], data_json=data)


@pytest.fixture
def shared(tmp_path: Path):
    """B sent meeting `sent` to A; B's meeting `kept` was never sent to anyone."""
    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    sent = b.store.add(Meeting(title="Shared", start_date="2026-03-01"))
    kept = b.store.add(Meeting(title="Internal", start_date="2026-03-02"))
    import_bundle(a, send(b, [a], tmp_path / "s.rtbundle", [sent.id]))
    return a, b, c, sent, kept


def test_an_attack_claiming_every_future_edit_is_refused_whole(shared, tmp_path) -> None:
    """The issue's attack: a context claiming 2^53 - 1 edits of the recipient."""
    a, b, _, sent, kept = shared
    before = dump(b)
    for rid in (sent.id, kept.id):
        bad = _forged(
            tmp_path,
            a,
            b,
            ("meetings", rid, {"title": {"c": [[0, 1], [1, 2**53 - 1]], "s": [[0, 1, "X"]]}}),
        )
        with pytest.raises(BundleContentInvalid):
            import_bundle(b, bad)
    assert dump(b) == before


def test_a_claim_of_more_of_my_edits_than_i_sent_is_ignored(shared, tmp_path) -> None:
    """Without the false claim, A's edit meets B's unsent edit as a conflict: so it does with."""
    a, b, _, sent, kept = shared
    b.store.update(b.store.get(Meeting, sent.id), title="Shared, edited after sending")
    claim = {"title": {"c": [[0, 1], [1, 2]], "s": [[0, 1, "Overwritten"]]}}  # B sent only 1
    preview = import_bundle(b, _forged(tmp_path, a, b, ("meetings", sent.id, claim)))
    assert preview.summary()["claims_ignored"] == 1 and preview.summary()["conflicting"] == 1
    assert any("never sent" in w for w in preview.warnings)
    assert b.store.get(Meeting, sent.id).title == "Shared, edited after sending"
    assert {x.field for x in list_conflicts(b)} == {"title"}
    # An edit in B's name that B never made is dropped; so is a claim on a never-sent record.
    mine = {"summary": {"c": [[0, 1], [1, 5]], "s": [[1, 5, "In your name"]]}}
    preview = import_bundle(b, _forged(tmp_path, a, b, ("meetings", sent.id, mine)))
    assert preview.summary()["claims_ignored"] == 1
    assert b.store.get(Meeting, sent.id).summary == ""
    never = {"title": {"c": [[0, 1], [1, 1]], "s": [[0, 1, "Overwritten"]]}}
    preview = import_bundle(b, _forged(tmp_path, a, b, ("meetings", kept.id, never)))
    assert preview.summary()["claims_ignored"] == 1 and preview.summary()["refused"] == 1
    assert b.store.get(Meeting, kept.id).title == "Internal"


def test_a_false_claim_relayed_by_an_honest_partner_does_not_block_its_bundles(
    shared, tmp_path
) -> None:
    """A claims (to B) to have seen 1000 of C's edits of a meeting C shared; B passes the
    meeting on to C. C ignores the claim and imports the rest of B's bundle."""
    a, b, c, _, _ = shared
    meeting = c.store.add(Meeting(title="C's meeting", start_date="2026-03-05"))
    import_bundle(a, send(c, [a, b], tmp_path / "c.rtbundle", [meeting.id]))
    import_bundle(b, tmp_path / "c.rtbundle")
    import_bundle(a, send(b, [a], tmp_path / "b0.rtbundle", [meeting.id]))  # A may edit it
    orgs = [a.org_id, b.org_id, c.org_id]
    doc = {
        "format": DATA_FORMAT,
        "policy": "full",
        "orgs": orgs,
        "records": [
            {
                "t": "meetings",
                "id": meeting.id,
                "c": "2026-01-01T00:00:00Z",
                "s": {"f": {"summary": {"c": [[0, 1], [2, 1000]], "s": [[0, 1, "by A"]]}}},
            }
        ],
    }
    bad = forge(
        tmp_path / "f.rtbundle", signer=a, recipients=[b], data_json=json.dumps(doc).encode()
    )
    # B cannot know what C sent A: a third organisation's counter is taken as claimed.
    assert import_bundle(b, bad).summary()["updated"] == 1
    b.store.update(b.store.get(Meeting, meeting.id), title="Retitled by B")
    preview = import_bundle(c, send(b, [c], tmp_path / "b.rtbundle", [meeting.id]))
    assert preview.summary()["claims_ignored"] == 1
    assert c.store.get(Meeting, meeting.id).title == "Retitled by B"


def test_records_never_sent_are_refused_and_reported(shared, tmp_path) -> None:
    a, b, _, sent, kept = shared
    new_id = "0b0e6a52-94f4-4f3e-9d1c-7d1f1e0f0a11"
    preview = import_bundle(
        b,
        _forged(
            tmp_path,
            a,
            b,
            ("meetings", kept.id, {"title": [0, 1, "Retitled"]}),
            ("meetings", kept.id + "x", {}),  # a fresh id: a new record, allowed
            ("meetings", sent.id, {"title": [0, 1, "Edited by A"]}),  # concurrent: a conflict
            ("meetings", new_id, {"title": [0, 1, "A's new meeting"], "deleted": [0, 1, False]}),
        ),
    )
    assert [(c.record_id, c.kind) for c in preview.refused] == [(kept.id, "refused")]
    assert preview.summary()["refused"] == 1 and preview.summary()["new"] == 2
    assert preview.summary()["conflicting"] == 1
    assert b.store.get(Meeting, kept.id).title == "Internal"
    assert b.store.get(Meeting, new_id).title == "A's new meeting"
    deleted = _forged(tmp_path, a, b, ("meetings", kept.id, {"deleted": [0, 2, True]}))
    assert import_bundle(b, deleted).summary()["refused"] == 1
    assert not b.store.get(Meeting, kept.id).deleted


def test_the_recipients_own_organisation_is_never_changed(shared, tmp_path) -> None:
    """Even by an honest partner who was sent it (as a meeting's organiser)."""
    a, b, _, sent, _ = shared
    b.store.add(MeetingOrganiser(meeting_id=sent.id, organisation_id=b.org_id))
    import_bundle(a, send(b, [a], tmp_path / "2.rtbundle", [sent.id]))
    a.store.update(a.store.get(Organisation, b.org_id), name="Renamed by A")
    a.store.update(a.store.get(Meeting, sent.id), title="Title by A")
    preview = import_bundle(b, send(a, [b], tmp_path / "3.rtbundle", [sent.id]))
    assert [(c.table, c.record_id) for c in preview.refused] == [("organisations", b.org_id)]
    assert b.org_name == "Org B" and b"Renamed" not in own_card(b).raw
    assert b.store.get(Meeting, sent.id).title == "Title by A"  # the rest of the bundle applies
    forged = _forged(tmp_path, a, b, ("organisations", b.org_id, {"name": [0, 9, "Pwned"]}))
    assert import_bundle(b, forged).summary()["refused"] == 1
    assert b.org_name == "Org B"


def test_resharing_who_was_sent_what(tmp_path: Path) -> None:
    """B sends R to A and C: C may edit R. B's S reached A only through C: A may not edit S.
    A record A made that reached B through C: A may still edit it, and so may C."""
    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    r = b.store.add(Meeting(title="R", start_date="2026-04-01"))
    s = b.store.add(Meeting(title="S", start_date="2026-04-02"))
    t = a.store.add(Meeting(title="T", start_date="2026-04-03"))
    import_bundle(a, send(b, [a], tmp_path / "1.rtbundle", [r.id]))
    import_bundle(c, send(b, [c], tmp_path / "2.rtbundle", [r.id, s.id]))
    import_bundle(c, send(a, [c], tmp_path / "3.rtbundle", [t.id]))
    import_bundle(a, send(c, [a], tmp_path / "4.rtbundle", [s.id]))  # C forwards S to A
    import_bundle(b, send(c, [b], tmp_path / "5.rtbundle", [t.id]))  # and T to B
    # C brought T to B (its origin there): C may edit it too.
    c.store.update(c.store.get(Meeting, t.id), summary="Notes by C")
    assert import_bundle(b, send(c, [b], tmp_path / "5b.rtbundle", [t.id])).refused == []
    assert b.store.get(Meeting, t.id).summary == "Notes by C"
    c.store.update(c.store.get(Meeting, r.id), title="R by C")
    assert import_bundle(b, send(c, [b], tmp_path / "6.rtbundle", [r.id])).summary()["updated"]
    assert b.store.get(Meeting, r.id).title == "R by C"
    a.store.update(a.store.get(Meeting, s.id), title="S by A")
    a.store.update(a.store.get(Meeting, t.id), title="T by A")
    preview = import_bundle(b, send(a, [b], tmp_path / "7.rtbundle", [s.id, t.id]))
    assert [c.record_id for c in preview.refused] == [s.id]
    assert b.store.get(Meeting, s.id).title == "S"
    assert b.store.get(Meeting, t.id).title == "T by A"
    # Once B shares S with A, A's edit (still in A's state) comes through.
    import_bundle(a, send(b, [a], tmp_path / "8.rtbundle", [s.id]))
    preview = import_bundle(b, send(a, [b], tmp_path / "9.rtbundle", [s.id]))
    assert preview.refused == []
    assert b.store.get(Meeting, s.id).title == "S by A"


def test_an_inflated_counter_from_an_older_version_no_longer_bricks_a_record(
    shared, tmp_path
) -> None:
    a, b, _, sent, _ = shared
    a.store.update(a.store.get(Meeting, sent.id), title="Retitled by A")
    import_bundle(b, send(a, [b], tmp_path / "a.rtbundle", [sent.id]))
    record = b.store.get(Meeting, sent.id)
    state = load_states(b.conn, "meetings", [record])[sent.id]
    huge = 2**53 - 1  # what an older version accepted from a partner's claim
    state.fields["title"] = merge.FieldState(
        {a.org_id: 1, b.org_id: huge}, [(a.org_id, 1, record.title)]
    )
    with b.store.transaction():
        save_states(b.conn, "meetings", [(state, record)])
    b.store.update(b.store.get(Meeting, sent.id), title="Edited after the attack")
    out = send(b, [a], tmp_path / "after.rtbundle", [sent.id])
    import_bundle(a, out)  # an edit numbered 2^53 here was refused by every partner
    assert a.store.get(Meeting, sent.id).title == "Edited after the attack"
    assert b"9007199254740992" not in dict(decrypt_inner(out, a))["data.json"]


def test_counters_above_the_bound_are_refused(shared, tmp_path) -> None:
    a, b, _, _, _ = shared
    fresh = "5d2e4a0c-4b43-4e0f-9a55-1a2b3c4d5e6f"
    ok = _forged(tmp_path, a, b, ("meetings", fresh, {"title": [0, merge.MAX_COUNTER, "T"]}))
    import_bundle(b, ok)
    too_big = _forged(
        tmp_path, a, b, ("meetings", fresh + "1", {"title": [0, merge.MAX_COUNTER + 1, "T"]})
    )
    with pytest.raises(BundleContentInvalid):
        import_bundle(b, too_big)


def test_a_placeholder_cannot_stand_in_for_a_privacy_flag(shared, tmp_path) -> None:
    a, b, _, _, _ = shared
    doc = json.loads(_data([a.org_id], ("people", "p-1", {"name": [0, 1, "X"]})))
    doc["records"][0]["s"]["p"] = {"anonymous": False}
    bad = forge(
        tmp_path / "p.rtbundle", signer=a, recipients=[b], data_json=json.dumps(doc).encode()
    )
    with pytest.raises(BundleContentInvalid):
        import_bundle(b, bad)


def test_upgrade_allows_what_was_sent_before_the_bookkeeping(shared, tmp_path) -> None:
    """Vaults that exchanged bundles before schema step 5 keep exchanging: what was sent
    before counts as sent to every organisation a bundle went to, up to our edits then."""
    from app.storage import schema

    a, b, _, sent, kept = shared
    with b.store.transaction():
        b.conn.execute("DROP TABLE sent_records")
        b.conn.execute("DROP TABLE own_edits_sent")
        schema._sent_records(b.conn)
    a.store.update(a.store.get(Meeting, sent.id), title="After the upgrade")
    preview = import_bundle(b, send(a, [b], tmp_path / "u.rtbundle", [sent.id]))
    assert preview.refused == [] and b.store.get(Meeting, sent.id).title == "After the upgrade"
    claim = {"title": {"c": [[0, 9], [1, 7]], "s": [[0, 9, "X"]]}}
    preview = import_bundle(b, _forged(tmp_path, a, b, ("meetings", sent.id, claim)))
    assert preview.summary()["claims_ignored"] == 1
    assert b.store.get(Meeting, kept.id).title == "Internal"


def test_a_session_cannot_be_moved_out_of_a_sensitive_meeting(tmp_path: Path) -> None:
    """Its venue is hidden because its meeting's location is sensitive; moved to a meeting that
    is not, the venue would travel in B's next partners bundle."""
    from app.domain.records import Affiliation

    a, b, c = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Org C"))
    introduce(a, b, c)
    person, meeting = _sensitive_meeting(b)
    plain = b.store.add(Meeting(title="Plain", start_date="2026-07-02"))
    named = b.store.add(Person(name="Chan Dara"))
    session = b.store.add(Session(meeting_id=plain.id, date="2026-07-02"))
    b.store.add(Attendance(session_id=session.id, person_id=named.id))
    role = b.store.add(Affiliation(person_id=person.id, organisation_id="", role_title="Nurse"))
    import_bundle(
        a, send(b, [a], tmp_path / "1.rtbundle", [meeting.id, plain.id], policy="partners")
    )
    (moved,) = a.store.select(Session, "meeting_id = ?", [meeting.id])
    a.store.update(moved, meeting_id=plain.id)
    a.store.update(a.store.get(Affiliation, role.id), person_id=named.id)
    preview = import_bundle(
        b, send(a, [b], tmp_path / "2.rtbundle", [meeting.id, plain.id], policy="partners")
    )
    assert {c.table for c in preview.refused} == {"sessions", "affiliations"}
    assert b.store.get(Session, moved.id).meeting_id == meeting.id
    out = send(b, [c], tmp_path / "3.rtbundle", [plain.id], policy="partners")
    data = dict(decrypt_inner(out, c))["data.json"].decode()
    assert SESSION_VENUE not in data and "Nurse" not in data
