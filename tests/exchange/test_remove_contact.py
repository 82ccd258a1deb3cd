"""Organisation-id squatting and its way out: removing a contact (docs/trust-rules.md,
"Removing a contact").

An organisation id is chosen by its holder and read by every co-recipient in each manifest. A
hostile contact S that adds a card with partner P's id before P's real card arrives made P's card
fail for good, and nothing could be removed. Here S is a real vault that took P's id; R receives.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from app.crypto.cards import make_card, read_card
from app.crypto.identity import generate_identity, load_identity
from app.domain.records import Meeting
from app.errors import (
    BundleAlreadyImported,
    CardInvalid,
    ContactKeyConflict,
    ContactNameClash,
    ContactNotFound,
    InvalidInput,
    OwnNameClash,
    OwnOrganisationIdClaimed,
    RotationConflict,
    UnknownSigner,
)
from app.exchange.contacts import (
    add_contact,
    get_contact,
    list_contacts,
    origin_of,
    own_card,
    remove_contact,
)
from app.exchange.importer import import_bundle
from app.vault import Vault, open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import bundle_id_of, dump, introduce, make_vault, seed_meeting, send

DATA = Path(__file__).parent.parent / "data"


def squatter(root: Path, victim: Vault, name: str = "Sly Org") -> Vault:
    """A vault of its own (its own keys) that took `victim`'s organisation id."""
    v = make_vault(root, name)
    folder, own_id = v.folder, v.org_id
    with v.store.transaction():
        v.conn.execute("UPDATE vault_meta SET value = ? WHERE key = 'org_id'", (victim.org_id,))
        v.conn.execute("UPDATE identity SET org_id = ?", (victim.org_id,))
        v.conn.execute("UPDATE organisations SET id = ? WHERE id = ?", (victim.org_id, own_id))
    v.close()
    return open_vault(folder, PASSPHRASE)


def _title(vault: Vault, meeting_id: str) -> str:
    return next(m.title for m in vault.store.select(Meeting) if m.id == meeting_id)


def _edit_and_send(src: Vault, dst: Vault, meeting_id: str, title: str, out: Path) -> Path:
    meeting = next(m for m in src.store.select(Meeting) if m.id == meeting_id)
    src.store.update(dataclasses.replace(meeting, title=title))
    return send(src, [dst], out, [meeting_id])


@pytest.fixture
def prs(tmp_path: Path):
    p = make_vault(tmp_path, "Honest Partner")
    r = make_vault(tmp_path, "Receiver")
    s = squatter(tmp_path, p)
    introduce(r, s)  # S's card, with P's id, reaches R first
    add_contact(p, own_card(r).raw, verified=True)
    yield p, r, s
    for v in (p, r, s):
        v.close()


def test_a_squatted_id_names_the_holder_and_removal_lets_the_real_partner_in(prs, tmp_path) -> None:
    p, r, s = prs
    seed_meeting(s, "S's meeting")
    for n in range(3):  # S's sequence runs ahead of P's
        import_bundle(r, send(s, [r], tmp_path / f"s{n}.rtbundle"))
    squat = get_contact(r.conn, p.org_id)
    before = dump(r)
    with pytest.raises(ContactKeyConflict) as refused:
        add_contact(r, own_card(p).raw)
    message = str(refused.value)
    assert "Sly Org" in message and squat.fingerprint in message
    assert "copied" in message and "remove" in message.lower()
    assert dump(r) == before

    removal = remove_contact(r, p.org_id)
    assert removal.contact.fingerprint == squat.fingerprint
    assert removal.records_kept >= 2  # S's meeting and decision stay, as R's records now
    assert "S's meeting" in {m.title for m in r.store.select(Meeting)}
    with pytest.raises(UnknownSigner):  # its key verifies nothing any more
        import_bundle(r, send(s, [r], tmp_path / "s-late.rtbundle"))

    assert add_contact(r, own_card(p).raw, verified=True).status == "added"
    seed_meeting(p, "P's meeting")
    preview = import_bundle(r, send(p, [r], tmp_path / "p.rtbundle"))  # sequence 1: not stale
    assert preview.sender == "Honest Partner" and preview.summary()["new"] >= 2
    assert "P's meeting" in {m.title for m in r.store.select(Meeting)}
    # The records S brought are not shown as P's.
    s_meeting = next(m for m in r.store.select(Meeting) if m.title == "S's meeting")
    origin = origin_of(r.conn, "meetings", s_meeting.id)
    assert origin is not None and origin.org_id != p.org_id and origin.org_name == "Sly Org"


def test_a_bundle_id_the_squatter_used_first_does_not_block_the_real_bundle(prs, tmp_path) -> None:
    p, r, s = prs
    seed_meeting(p, "P's meeting")
    real = send(p, [r], tmp_path / "p.rtbundle")
    from tests.exchange.helpers import forge

    import_bundle(
        r, forge(tmp_path / "s.rtbundle", signer=s, recipients=[r], bundle_id=bundle_id_of(real))
    )
    remove_contact(r, p.org_id)
    add_contact(r, own_card(p).raw, verified=True)
    preview = import_bundle(r, real)
    assert "P's meeting" in {m.title for m in r.store.select(Meeting)}
    assert any("a contact since removed" in w for w in preview.warnings)


def test_what_the_squatter_was_sent_or_brought_grants_the_real_partner_nothing(
    tmp_path: Path,
) -> None:
    """R sent its meeting M to S (under P's id) and S brought meeting N. After S is removed and
    P added, P gets both through a third partner C and edits them: refused at R (rule 1), as
    for any partner never sent them. Before, P inherited S's rights to both."""
    p = make_vault(tmp_path, "Honest Partner")
    r = make_vault(tmp_path, "Receiver")
    c = make_vault(tmp_path, "Third Partner")
    s = squatter(tmp_path, p)
    introduce(r, s)
    introduce(r, c)
    introduce(p, c)
    add_contact(p, own_card(r).raw, verified=True)
    m = seed_meeting(r, "R's meeting")
    n = seed_meeting(s, "S's meeting")
    import_bundle(s, send(r, [s], tmp_path / "r-s.rtbundle", [m.id]))
    import_bundle(r, send(s, [r], tmp_path / "s-r.rtbundle", [n.id]))
    remove_contact(r, p.org_id)
    add_contact(r, own_card(p).raw, verified=True)

    import_bundle(c, send(r, [c], tmp_path / "r-c.rtbundle"))
    import_bundle(p, send(c, [p], tmp_path / "c-p.rtbundle"))
    for rid, name in ((m.id, "R's meeting"), (n.id, "S's meeting")):
        # Two edits: P's first edit numbers may coincide with S's (a known limit, documented).
        for k in (1, 2):
            preview = import_bundle(
                r, _edit_and_send(p, r, rid, f"P's edit {k}", tmp_path / f"p-{rid}-{k}.rtbundle")
            )
        assert _title(r, rid) == name
        assert [x.record_id for x in preview.refused] == [rid]
    for v in (p, r, c, s):
        v.close()


def test_what_the_real_partner_earns_after_the_removal_counts(prs, tmp_path) -> None:
    """P's own rights come from what happens after it was added: R sends it a meeting, P may
    change it; what P brings, P may change."""
    p, r, _ = prs
    remove_contact(r, p.org_id)
    add_contact(r, own_card(p).raw, verified=True)
    m = seed_meeting(r, "Sent to P")
    import_bundle(p, send(r, [p], tmp_path / "r-p.rtbundle", [m.id]))
    import_bundle(r, _edit_and_send(p, r, m.id, "Changed by P", tmp_path / "p1.rtbundle"))
    assert _title(r, m.id) == "Changed by P"
    own = seed_meeting(p, "P's own")
    import_bundle(r, send(p, [r], tmp_path / "p2.rtbundle", [own.id]))
    import_bundle(r, _edit_and_send(p, r, own.id, "P's own, renamed", tmp_path / "p3.rtbundle"))
    assert _title(r, own.id) == "P's own, renamed"


def test_a_look_alike_name_is_named_and_removal_unblocks_the_real_partner(tmp_path) -> None:
    p = make_vault(tmp_path, "Honest Partner")
    r = make_vault(tmp_path, "Receiver")
    twin = make_vault(tmp_path, "HONEST  partner")
    introduce(r, twin)
    held = get_contact(r.conn, twin.org_id)
    with pytest.raises(ContactNameClash) as refused:
        add_contact(r, own_card(p).raw)
    assert "HONEST  partner" in str(refused.value) and held.fingerprint in str(refused.value)
    remove_contact(r, twin.org_id)
    assert add_contact(r, own_card(p).raw).status == "added"
    for v in (p, r, twin):
        v.close()


def test_our_own_organisation_id_and_name_cannot_be_taken(tmp_path) -> None:
    r = make_vault(tmp_path, "Receiver")
    with pytest.raises(InvalidInput):  # our own card
        add_contact(r, own_card(r).raw)
    copier = make_card(generate_identity(r.org_id), "Someone Else")
    before = dump(r)
    with pytest.raises(OwnOrganisationIdClaimed):
        add_contact(r, copier.raw)
    with pytest.raises(OwnNameClash) as clash:
        add_contact(r, make_card(generate_identity("another-org"), "RECEIVER").raw)
    assert "Receiver" in str(clash.value)
    assert dump(r) == before
    r.close()


def test_a_forged_key_change_names_the_contact_that_holds_the_id(prs) -> None:
    from app.crypto import signing

    p, r, _ = prs
    held = get_contact(r.conn, p.org_id)
    stranger = signing.Signer.from_identity(generate_identity("stranger"))
    forged = make_card(load_identity(p.conn), "Honest Partner", previous=stranger)
    with pytest.raises(RotationConflict) as refused:
        add_contact(r, forged.raw)
    assert held.fingerprint in str(refused.value)


def test_the_first_card_binds_the_id_to_its_key(prs) -> None:
    p, r, s = prs
    assert get_contact(r.conn, p.org_id).org_name == "Sly Org"
    with pytest.raises(ContactKeyConflict):
        add_contact(r, make_card(generate_identity(p.org_id), "Sly Org").raw)
    assert get_contact(r.conn, p.org_id).fingerprint == own_card(s).fingerprint


def test_a_card_id_that_no_bundle_could_carry_is_refused(tmp_path) -> None:
    r = make_vault(tmp_path, "Receiver")
    for bad in ("removed:abc", "has space", "x" * 65):
        with pytest.raises(CardInvalid):
            read_card(make_card(generate_identity(bad), "Org").raw)
    r.close()


def test_a_contact_removed_and_added_again_cannot_replay_its_old_bundles(prs, tmp_path) -> None:
    p, r, s = prs
    seed_meeting(s, "S's meeting")
    old = send(s, [r], tmp_path / "s.rtbundle")
    import_bundle(r, old)
    remove_contact(r, p.org_id)
    add_contact(r, own_card(s).raw)
    with pytest.raises(BundleAlreadyImported):
        import_bundle(r, old)


def test_removing_an_unknown_contact_changes_nothing(prs) -> None:
    _, r, _ = prs
    before = dump(r)
    with pytest.raises(ContactNotFound):
        remove_contact(r, "no-such-org")
    assert dump(r) == before
    assert len(list_contacts(r.conn)) == 1


def test_removal_in_a_vault_migrated_from_v1(tmp_path: Path) -> None:
    shutil.copytree(DATA / "vault-v1", tmp_path / "v1")
    with open_vault(tmp_path / "v1", "fixture passphrase v1 kampot") as old:
        p = make_vault(tmp_path, "Partner")
        s = squatter(tmp_path, p)
        introduce(old, s)
        import_bundle(s, send(old, [s], tmp_path / "o-s.rtbundle"))
        remove_contact(old, p.org_id)
        assert add_contact(old, own_card(p).raw).status == "added"
        assert not old.conn.execute(
            "SELECT count(*) FROM sent_records WHERE org_id = ?", (p.org_id,)
        ).fetchone()[0]
        p.close()
        s.close()


def test_a_removed_contact_leaves_the_list_of_pre_upgrade_recipients(prs) -> None:
    """Vaults upgraded from before sent_records allow every earlier recipient once (rule 1.1,
    org '*'): a removed contact's id must not keep that allowance for its next holder."""
    from app.exchange.sent_log import sent_to

    p, r, _ = prs
    with r.store.transaction():
        r.conn.execute(
            "INSERT INTO vault_meta (key, value) VALUES ('trust_legacy_recipients', ?)",
            (f'["{p.org_id}", "someone-else"]',),
        )
        r.conn.execute("INSERT INTO sent_records (org_id, tbl, record_id) VALUES ('*', 'm', 'x')")
    assert sent_to(r.conn, p.org_id, "m", ["x"]) == {"x"}
    remove_contact(r, p.org_id)
    assert sent_to(r.conn, p.org_id, "m", ["x"]) == set()
    assert sent_to(r.conn, "someone-else", "m", ["x"]) == {"x"}


def test_the_real_partners_edits_that_reuse_the_removed_contacts_numbers_are_said(
    prs, tmp_path
) -> None:
    """P is allowed to edit S's old meeting (R sent it to P), and P's first edit of its title
    carries the dot S's edit has here. P is the authority on its own edits (rule 2,
    `merge.trust_author`): its value for that dot replaces the one S planted under P's id, and
    the import says how many fields it corrected; nothing is said to be shadowed."""
    from app.exchange.importer import FORGED_WARNING, SHADOWED_WARNING

    p, r, s = prs
    n = seed_meeting(s, "S's meeting")
    import_bundle(r, send(s, [r], tmp_path / "s.rtbundle", [n.id]))
    remove_contact(r, p.org_id)
    add_contact(r, own_card(p).raw, verified=True)
    import_bundle(p, send(r, [p], tmp_path / "r-p.rtbundle", [n.id]))
    first = import_bundle(r, _edit_and_send(p, r, n.id, "P's edit 1", tmp_path / "p1.rtbundle"))
    assert _title(r, n.id) == "P's edit 1"
    forged = FORGED_WARNING.split("}", 1)[1]
    shadowed = SHADOWED_WARNING.split("}", 1)[1]
    assert [w.split(" ")[0] for w in first.warnings if w.endswith(forged)] == ["2"]
    assert not any(w.endswith(shadowed) for w in first.warnings)
    second = import_bundle(r, _edit_and_send(p, r, n.id, "P's edit 2", tmp_path / "p2.rtbundle"))
    assert _title(r, n.id) == "P's edit 2"
    assert second.warnings == []


def test_a_refused_bundle_leaves_the_stored_merge_state_alone(prs, tmp_path) -> None:
    """Review finding: the authority rule (`merge.trust_author`) ran before the permission
    check and changed the state a refusal then saved, so a refused sender could rewrite what
    this vault's state said about a record (the removed contact's value became our own edit on
    the next export)."""
    p, r, s = prs
    n = seed_meeting(s, "S's meeting")
    import_bundle(r, send(s, [r], tmp_path / "s.rtbundle", [n.id]))
    m = next(x for x in r.store.select(Meeting) if x.id == n.id)
    r.store.update(dataclasses.replace(m, location_city="Hall B"))  # a local edit to capture
    remove_contact(r, p.org_id)
    add_contact(r, own_card(s).raw)  # the squatter again, under the same id
    with s.store.transaction():  # a new value under its old edit number, no new edit
        s.conn.execute("UPDATE meetings SET title = 'EVIL' WHERE id = ?", (n.id,))
    preview = import_bundle(r, send(s, [r], tmp_path / "s2.rtbundle", [n.id]))
    assert [c.record_id for c in preview.refused] == [n.id]
    assert _title(r, n.id) == "S's meeting"
    state = r.conn.execute(
        "SELECT state FROM record_state WHERE tbl = 'meetings' AND record_id = ?", (n.id,)
    ).fetchone()[0]
    assert "EVIL" not in state


def test_removal_forgets_which_fields_the_contact_was_sent(prs) -> None:
    """Review finding: per-contact rows of what was sent hidden or shown survived removal and
    loosened the next holder's bound on a field hidden from it."""
    p, r, _s = prs
    with r.store.transaction():
        r.conn.execute(
            "INSERT INTO own_edits_sent_to (org_id, tbl, record_id, counters) "
            "VALUES (?, 'people', 'x', '{\"name\": 3}')",
            (p.org_id,),
        )
    remove_contact(r, p.org_id)
    rows = r.conn.execute(
        "SELECT count(*) FROM own_edits_sent_to WHERE org_id = ?", (p.org_id,)
    ).fetchone()[0]
    assert rows == 0
