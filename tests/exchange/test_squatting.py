"""Names, bundle ids and key ids that one partner cannot take from another (issue 17, items 1,
3 and 4). Each attack runs against the real code: a hostile contact S against an honest
partner P, seen from a receiving vault R."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from app.crypto.cards import make_card
from app.crypto.identity import generate_identity, load_identity, store_identity
from app.domain.records import Meeting
from app.errors import (
    BundleAlreadyImported,
    ContactKeyConflict,
    ContactNameClash,
    ContentAltered,
    RenameNotConfirmed,
)
from app.exchange.contacts import (
    add_contact,
    check_card,
    contacts_by_key_id,
    find_contact,
    get_contact,
    list_contacts,
    name_key,
    own_card,
)
from app.exchange.importer import import_bundle, prepare_import
from tests.exchange.helpers import (
    bundle_id_of,
    dump,
    forge,
    introduce,
    make_vault,
    read_outer,
    seed_meeting,
    send,
    write_zip,
)


def _prs(root: Path):
    p, r, s = (make_vault(root, n) for n in ("Honest Partner", "Receiver", "Sly Org"))
    introduce(p, r, s)
    seed_meeting(p, "P's meeting")
    seed_meeting(s, "S's meeting")
    return p, r, s


@pytest.fixture
def prs(tmp_path: Path):
    vaults = _prs(tmp_path)
    yield vaults
    for v in vaults:
        v.close()


@pytest.fixture(scope="module")
def refused(tmp_path_factory: pytest.TempPathFactory):
    """For tests of what is refused: each checks that the vaults were left as they were."""
    vaults = _prs(tmp_path_factory.mktemp("refused"))
    yield vaults
    for v in vaults:
        v.close()


# --- item 1: bundle ids are remembered per sender ---------------------------------------------
def test_a_bundle_id_copied_by_another_contact_does_not_block_the_real_bundle(
    prs, tmp_path
) -> None:
    p, r, s = prs
    real = send(p, [r], tmp_path / "real.rtbundle")
    stolen_id = bundle_id_of(real)  # readable by anyone who handles the file
    squat = forge(tmp_path / "squat.rtbundle", signer=s, recipients=[r], bundle_id=stolen_id)
    import_bundle(r, squat)  # arrives first

    preview = import_bundle(r, real)  # was "already imported; nothing was changed"
    assert preview.sender == "Honest Partner" and preview.summary()["new"] >= 2
    assert {m.title for m in r.store.select(Meeting)} == {"P's meeting"}
    clash = [w for w in preview.warnings if stolen_id in w]
    assert clash and "Sly Org" in clash[0] and "copied" in clash[0]
    # P's next bundle follows on: no gap reported, since P's real bundle was imported.
    seed_meeting(p, "P's next meeting")
    assert not any(
        "earlier bundle" in w for w in import_bundle(r, send(p, [r], tmp_path / "2")).warnings
    )
    # The same bundle from the same sender again stays the harmless no-op of DESIGN §4.
    with pytest.raises(BundleAlreadyImported):
        import_bundle(r, real)
    with pytest.raises(BundleAlreadyImported):
        import_bundle(r, squat)


def test_a_copied_id_arriving_after_the_real_bundle_is_never_a_silent_no_op(prs, tmp_path) -> None:
    p, r, s = prs
    real = send(p, [r], tmp_path / "real.rtbundle")
    import_bundle(r, real)
    squat = forge(
        tmp_path / "squat.rtbundle", signer=s, recipients=[r], bundle_id=bundle_id_of(real)
    )
    with prepare_import(r, squat) as prepared:
        warnings = prepared.preview.warnings
    assert any("Honest Partner" in w and bundle_id_of(real) in w for w in warnings)
    before = r.conn.execute("SELECT count(*) FROM seen_bundles").fetchone()[0]
    import_bundle(r, squat)
    assert r.conn.execute("SELECT count(*) FROM seen_bundles").fetchone()[0] == before + 1


# --- item 4: a contact is its public key, not its self-chosen key id ---------------------------
def _take_key_id(victim, squatter) -> None:
    """The squatter's vault signs from now on with the victim's key id (its own key)."""
    ident = load_identity(squatter.conn)
    with squatter.store.transaction():
        store_identity(
            squatter.conn,
            dataclasses.replace(ident, sign_key_id=load_identity(victim.conn).sign_key_id),
        )


@pytest.mark.parametrize("squatter_first", [True, False])
def test_two_keys_with_one_key_id_coexist_and_each_bundle_finds_its_own(
    tmp_path, squatter_first: bool
) -> None:
    p, r, s = (make_vault(tmp_path, n) for n in ("Honest Partner", "Receiver", "Sly Org"))
    _take_key_id(p, s)
    cards = [own_card(s).raw, own_card(p).raw]
    for card in cards if squatter_first else cards[::-1]:
        assert add_contact(r, card, verified=True).status == "added"  # was ContactKeyConflict
    for v in (p, s):
        add_contact(v, own_card(r).raw, verified=True)
    key_id = load_identity(p.conn).sign_key_id
    assert len(contacts_by_key_id(r.conn, key_id)) == 2

    seed_meeting(p, "P's meeting")
    seed_meeting(s, "S's meeting")
    from_p = send(p, [r], tmp_path / "p.rtbundle")
    from_s = send(s, [r], tmp_path / "s.rtbundle")
    assert import_bundle(r, from_p).sender == "Honest Partner"
    assert import_bundle(r, from_s).sender == "Sly Org"
    assert {m.title for m in r.store.select(Meeting)} == {"P's meeting", "S's meeting"}

    # A damaged bundle still gets its precise error, whichever contact is tried first.
    seed_meeting(p, "Another")
    good = send(p, [r], tmp_path / "p2.rtbundle")
    members = read_outer(good)
    payload = bytearray(dict(members)["payload.age"])
    payload[len(payload) // 2] ^= 1
    bad = write_zip(
        tmp_path / "bad.rtbundle",
        [(n, bytes(payload) if n == "payload.age" else d) for n, d in members],
    )
    before = dump(r)
    with pytest.raises(ContentAltered):
        import_bundle(r, bad)
    assert dump(r) == before
    for v in (p, r, s):
        v.close()


def test_one_signing_key_cannot_stand_for_two_organisations(tmp_path) -> None:
    p, r = make_vault(tmp_path, "Honest Partner"), make_vault(tmp_path, "Receiver")
    add_contact(r, own_card(p).raw)
    ident = dataclasses.replace(load_identity(p.conn), org_id="another-org-id")
    with pytest.raises(ContactKeyConflict):
        add_contact(r, make_card(ident, "Second Persona").raw)
    assert [c.org_name for c in list_contacts(r.conn)] == ["Honest Partner"]


# --- item 3: names that look the same, and renames -----------------------------------------
def _renamed_card(vault, name: str) -> bytes:
    return make_card(load_identity(vault.conn), name).raw


@pytest.mark.parametrize(
    "name",
    [
        "Honest Partner",
        "honest partner",
        "  HONEST\u00a0 partner ",  # a no-break space, runs of spaces
        "Honest\u200b Partner",  # a zero-width space
        "Ｈｏｎｅｓｔ Ｐａｒｔｎｅｒ",  # full-width letters
        "Receiver",  # the receiving vault's own organisation
    ],
)
def test_a_verified_contact_cannot_take_another_contacts_name(refused, name: str) -> None:
    _, r, s = refused
    assert get_contact(r.conn, s.org_id).verified
    before = dump(r)
    with pytest.raises(ContactNameClash):
        add_contact(r, _renamed_card(s, name), accept_rename=True)
    with pytest.raises(ContactNameClash):
        check_card(r, _renamed_card(s, name))
    assert dump(r) == before
    assert get_contact(r.conn, s.org_id).org_name == "Sly Org"


def test_a_new_contact_with_a_name_that_looks_taken_is_refused(refused, tmp_path) -> None:
    _, r, _ = refused
    twin = make_vault(tmp_path, "HONEST  partner")
    with pytest.raises(ContactNameClash):
        add_contact(r, own_card(twin).raw)
    assert len(list_contacts(r.conn)) == 2
    twin.close()


def test_a_rename_waits_for_confirmation_and_shows_old_and_new(prs) -> None:
    _, r, s = prs
    card = _renamed_card(s, "Sly Org (Phnom Penh)")
    check = check_card(r, card)
    assert check.renames and (check.old_name, check.card.org_name) == (
        "Sly Org",
        "Sly Org (Phnom Penh)",
    )
    before = dump(r)
    with pytest.raises(RenameNotConfirmed):
        add_contact(r, card)  # was applied at once ("renamed")
    assert dump(r) == before
    result = add_contact(r, card, accept_rename=True)
    assert (result.status, result.old_name) == ("renamed", "Sly Org")
    assert result.contact.org_name == "Sly Org (Phnom Penh)" and result.contact.verified
    # A case-only change of one's own name is still a rename (shown), but no clash with itself.
    assert check_card(r, _renamed_card(s, "SLY ORG (Phnom Penh)")).renames


def test_name_comparison_and_lookup() -> None:
    assert name_key(" Honest\u00a0 PARTNER\u200d ") == name_key("honest partner")
    assert name_key("សមាគម\u200bខ្មែរ") == name_key("សមាគមខ្មែរ")
    assert name_key("Org A") != name_key("Org B")


def test_find_contact_uses_the_same_comparison(refused) -> None:
    _, r, _ = refused
    assert find_contact(r.conn, "HONEST\u200b  partner").org_name == "Honest Partner"


def test_a_legacy_name_clash_is_flagged_with_the_fingerprint_in_the_preview(prs, tmp_path) -> None:
    """A vault from before clashing names were refused may hold two look-alike contacts: the
    preview must tell them apart."""
    p, r, s = prs
    with r.store.transaction():
        r.conn.execute(
            "UPDATE contacts SET org_name = 'honest partner' WHERE org_id = ?", (s.org_id,)
        )
    with prepare_import(r, send(s, [r], tmp_path / "s.rtbundle")) as prepared:
        preview = prepared.preview
    fp = get_contact(r.conn, s.org_id).fingerprint
    assert preview.sender_fingerprint == fp
    assert any("looks the same" in w and fp in w for w in preview.warnings)
    with prepare_import(r, send(p, [r], tmp_path / "p.rtbundle")) as prepared:
        assert any(
            get_contact(r.conn, p.org_id).fingerprint in w for w in prepared.preview.warnings
        )


def test_a_khmer_name_typed_with_zero_width_spaces_makes_a_valid_card(tmp_path) -> None:
    khmer = make_vault(tmp_path, "សមាគម\u200bអ្នកសារព័ត៌មាន\u200bខ្មែរ")
    r = make_vault(tmp_path, "Receiver")
    added = add_contact(r, own_card(khmer).raw)  # was CardInvalid: no card could be made
    assert added.contact.org_name == "សមាគម\u200bអ្នកសារព័ត៌មាន\u200bខ្មែរ"
    with pytest.raises(ContactNameClash):  # the same name without the invisible characters
        add_contact(r, make_card(generate_identity("other"), "សមាគមអ្នកសារព័ត៌មានខ្មែរ").raw)
    for v in (khmer, r):
        v.close()
