"""Deeply nested JSON in files from outside: our error, never a RecursionError traceback."""

from __future__ import annotations

import hashlib
import io
import uuid
import zipfile
from pathlib import Path

import pyrage
import pytest

from app.cli import main
from app.crypto import bundle
from app.crypto.cards import read_card
from app.crypto.identity import load_identity
from app.crypto.keyfile import KeyFile, KeyFileCorrupt
from app.errors import CardInvalid, ManifestMismatch
from app.exchange.importer import import_bundle
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import dump, forge, introduce, make_vault, signer_of, write_zip

DEEP = b"[" * 30_000 + b"]" * 30_000


def test_deep_card_is_an_invalid_card() -> None:
    with pytest.raises(CardInvalid):
        read_card(DEEP)


def test_deep_key_file_is_a_corrupt_key_file() -> None:
    with pytest.raises(KeyFileCorrupt):
        KeyFile.from_bytes(DEEP)


def test_cli_contacts_add_of_a_deep_card_fails_in_one_line(
    vault_dir: Path, vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    vault.close()
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    card = tmp_path / "deep.card"
    card.write_bytes(DEEP[:60_000])
    assert main(["contacts", "add", "--vault", str(vault_dir), str(card)]) == 1
    assert main(["verify", "--signer", str(card), str(card)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Recursion" not in err
    assert len(err.strip().splitlines()) == 2


def test_deep_manifest_signed_by_a_contact_is_rejected(tmp_path: Path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    bundle_id, seq = str(uuid.uuid4()), 7
    created = "2026-11-22T10:00:00.000000Z"
    mbytes = DEEP
    sha = hashlib.sha256(mbytes).hexdigest()
    signer = signer_of(a)
    msig = signer.sign(
        mbytes, f"roundtable/v1 manifest bundle={bundle_id} seq={seq} inner_sha256={sha}"
    )
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr(bundle.DATA, b"{}")
        zf.writestr(bundle.MANIFEST, mbytes)
        zf.writestr(bundle.MANIFEST_SIG, msig)
    recipient = pyrage.x25519.Recipient.from_str(load_identity(b.conn).age_recipient)
    payload = pyrage.encrypt(inner.getvalue(), [recipient])
    comment = bundle.outer_comment(bundle_id, a.org_name, seq, created, sha)
    path = write_zip(
        tmp_path / "deep.rtbundle",
        [(bundle.PAYLOAD, payload), (bundle.PAYLOAD_SIG, signer.sign(payload, comment))],
    )
    before = dump(b)
    with pytest.raises(ManifestMismatch):
        import_bundle(b, path)
    assert dump(b) == before


def test_the_policy_a_bundle_states_is_shown_only_if_it_is_a_policy_name(tmp_path: Path) -> None:
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    data = (
        b'{"format":"roundtable-data/1","orgs":[],"records":[],"policy":"\\u001b]0;owned\\u0007"}'
    )
    path = forge(tmp_path / "p.rtbundle", signer=a, recipients=[b], data_json=data)
    assert import_bundle(b, path, dry_run=True).policy == ""
    good = data.replace(b'"\\u001b]0;owned\\u0007"', b'"partners"')
    path = forge(tmp_path / "q.rtbundle", signer=a, recipients=[b], data_json=good)
    assert import_bundle(b, path, dry_run=True).policy == "partners"
