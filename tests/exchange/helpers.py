"""Vaults of partner organisations that know each other, and tools to forge bundles."""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pyrage

from app.crypto import bundle, kdf, signing
from app.crypto.cards import canonical_json
from app.crypto.identity import load_identity
from app.domain.records import Decision, Meeting
from app.exchange.contacts import add_contact, get_contact, own_card
from app.exchange.exporter import export_bundle, select_meetings
from app.exchange.importer import import_bundle
from app.vault import Vault, create_vault
from tests.conftest import PASSPHRASE


def make_vault(root: Path, name: str) -> Vault:
    folder = root / name.replace(" ", "_")
    return create_vault(folder, name, PASSPHRASE, params=kdf.INSECURE_TEST).vault


def introduce(*vaults: Vault, verified: bool = True) -> None:
    """Every vault adds every other vault's card."""
    cards = {v.org_id: own_card(v).raw for v in vaults}
    for v in vaults:
        for org_id, card in cards.items():
            if org_id != v.org_id:
                add_contact(v, card, verified=verified)


def seed_meeting(vault: Vault, title: str = "Quarterly leaders' meeting") -> Meeting:
    meeting = vault.store.add(Meeting(title=title, start_date="2026-01-10"))
    vault.store.add(Decision(meeting_id=meeting.id, text="Publish the joint statement"))
    return meeting


def send(
    src: Vault, dst: list[Vault], out: Path, meeting_ids: list[str] | None = None, **kw: Any
) -> Path:
    """Export every meeting (or the given ones) of `src` to `dst` (full policy by default)."""
    kw.setdefault("policy", "full")
    ids = meeting_ids or select_meetings(src.store, all_meetings=True)
    export_bundle(src, [get_contact(src.conn, d.org_id) for d in dst], ids, out, **kw)
    return out


def dump(vault: Vault) -> dict[str, list[tuple]]:
    """The logical content of a vault: every table, sorted (for before/after comparisons)."""
    conn = vault.conn
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_%' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    out: dict[str, list[tuple]] = {}
    for t in tables:
        rows = conn.execute(f"SELECT * FROM {t}").fetchall()
        out[t] = sorted(
            (tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows), key=repr
        )
    return out


_SEQ = itertools.count(1_000_000)


def bundle_id_of(path: Path) -> str:
    """The id in a bundle's outer signature comment: readable by anyone who handles the file."""
    from app.crypto.bundle_reader import OuterBundle

    with OuterBundle(path) as outer:
        comment = outer.signature.trusted_comment
        return bundle.parse_outer_comment(comment, outer.key_id).bundle_id


# --- forging ------------------------------------------------------------------------------------
def read_outer(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def write_zip(path: Path, members: list[tuple[str, bytes]], deflate: bool = False) -> Path:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of some tests
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members:
                zf.writestr(
                    name,
                    data,
                    compress_type=zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED,
                )
    return path


def decrypt_inner(path: Path, recipient: Vault) -> list[tuple[str, bytes]]:
    ident = load_identity(recipient.conn)
    payload = dict(read_outer(path))[bundle.PAYLOAD]
    plain = pyrage.decrypt(payload, [pyrage.x25519.Identity.from_str(ident.age_secret)])
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def signer_of(vault: Vault) -> signing.Signer:
    return signing.Signer.from_identity(load_identity(vault.conn))


def party_of(vault: Vault) -> bundle.Party:
    ident = load_identity(vault.conn)
    return bundle.Party(
        vault.org_id, vault.org_name, ident.sign_key_id, ident.sign_public, ident.age_recipient
    )


def forge(
    path: Path,
    *,
    signer: Vault,
    claimed_sender: Vault | None = None,
    recipients: list[Vault],
    listed: list[Vault] | None = None,
    inner_members: list[tuple[str, bytes]] | None = None,
    data_json: bytes = b'{"format":"roundtable-data/1","orgs":[],"records":[]}',
    seq: int | None = None,
    bundle_id: str | None = None,
    manifest_sig: bytes | None = None,
    deflate_inner: bool = True,
    inner_transform: Any = None,
    manifest_transform: Any = None,
) -> Path:
    """A bundle signed (outer and inner) by `signer`, built from arbitrary inner members."""
    # Fresh ids and sequence numbers far ahead, so replay checks never mask the case under test.
    seq = seq if seq is not None else next(_SEQ)
    bundle_id = bundle_id or str(uuid.uuid4())
    sender = party_of(claimed_sender or signer)
    listed = recipients if listed is None else listed
    members = inner_members if inner_members is not None else [(bundle.DATA, data_json)]
    files = {}
    for name, data in members:
        files[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    created = "2026-11-22T10:00:00.000000Z"
    manifest = {
        "format": bundle.FORMAT,
        "bundle_id": bundle_id,
        "seq": seq,
        "prev_manifest_sha256": "",
        "created": created,
        "sender": sender.as_json(),
        "recipients": [party_of(v).as_json() for v in listed],
        "files": files,
        "schema_version": 3,
    }
    if manifest_transform is not None:
        manifest = manifest_transform(manifest)
    mbytes = canonical_json(manifest)
    sha = hashlib.sha256(mbytes).hexdigest()
    s = signer_of(signer)
    msig = manifest_sig or s.sign(
        mbytes, f"roundtable/v1 manifest bundle={bundle_id} seq={seq} inner_sha256={sha}"
    )
    inner = io.BytesIO()
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(inner, "w") as zf:
            for name, data in [*members, (bundle.MANIFEST, mbytes), (bundle.MANIFEST_SIG, msig)]:
                zf.writestr(
                    name,
                    data,
                    compress_type=zipfile.ZIP_DEFLATED if deflate_inner else zipfile.ZIP_STORED,
                )
    inner_bytes = inner.getvalue() if inner_transform is None else inner_transform(inner.getvalue())
    payload = pyrage.encrypt(
        inner_bytes,
        [pyrage.x25519.Recipient.from_str(load_identity(v.conn).age_recipient) for v in recipients],
    )
    comment = bundle.outer_comment(bundle_id, sender.org_name, seq, created, sha)
    return write_zip(
        path, [(bundle.PAYLOAD, payload), (bundle.PAYLOAD_SIG, s.sign(payload, comment))]
    )


def card_and_big_bundle(root: Path, a: Vault, b: Vault, name: str, size: int) -> tuple[Path, Path]:
    """`a`'s contact card written to a file, and a bundle from `a` to `b` carrying an
    attachment of `size` random bytes (for the auditor's check, which reads both)."""
    card = root / "a.card"
    card.write_bytes(own_card(a).raw)
    data = b'{"format":"roundtable-data/1","orgs":[],"records":[]}'
    members = [(bundle.DATA, data), (f"attachments/{uuid.uuid4()}", os.urandom(size))]
    return card, forge(root / name, signer=a, recipients=[b], inner_members=members)


def import_minute_position(
    root: Path, position: Any, *, every_field: bool = False
) -> tuple[Vault, str]:
    """Org A's forged bundle of one minute entry whose position is `position` as JSON writes it,
    imported by Org B: (B, the entry's id). `every_field`: the entry's whole merge state (the
    import's uniform fast path), else four fields (its general path)."""
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    mid, eid = str(uuid.uuid4()), str(uuid.uuid4())
    fields: dict[str, Any] = {
        "text": [0, 1, "t"],
        "position": [0, 1, position],
        "meeting_id": [0, 1, mid],
        "agenda_item_id": [0, 1, ""],
    }
    if every_field:
        fields |= {
            "speaker_person_id": [0, 1, ""],
            "speaker_org_id": [0, 1, ""],
            "confidential": [0, 1, False],
            "deleted": [0, 1, False],
        }
    doc = {
        "format": "roundtable-data/1",
        "policy": "full",
        "orgs": [a.org_id],
        "records": [{"t": "minute_entries", "id": eid, "c": "", "s": {"f": fields}}],
    }
    path = forge(root / "1.rtbundle", signer=a, recipients=[b], data_json=json.dumps(doc).encode())
    import_bundle(b, path)
    return b, eid
