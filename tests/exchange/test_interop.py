"""Interop with the stock `minisign` and `age` programs (Debian packages, see scripts/test)."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from app.crypto import bundle, bundle_reader, signing
from app.crypto.identity import load_identity
from app.exchange.importer import import_bundle
from tests.exchange.helpers import (
    forge,
    introduce,
    make_vault,
    read_outer,
    seed_meeting,
    send,
    write_zip,
)

MINISIGN = shutil.which("minisign")
AGE = shutil.which("age")
AGE_KEYGEN = shutil.which("age-keygen")
needs_minisign = pytest.mark.skipif(
    MINISIGN is None, reason="the minisign program is not installed"
)
needs_age = pytest.mark.skipif(
    AGE is None or AGE_KEYGEN is None, reason="the age program is not installed"
)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    root = tmp_path_factory.mktemp("interop")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    seed_meeting(a)
    yield a, b, root
    a.close()
    b.close()


def _run(
    *args: str, cwd: Path | None = None, stdin: bytes | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(args), cwd=cwd, input=stdin, capture_output=True, timeout=60, check=False
    )


@needs_minisign
def test_minisign_verifies_our_bundle_like_the_readme_says(pair, tmp_path) -> None:
    a, b, _ = pair
    path = send(a, [b], tmp_path / "x.rtbundle")
    ident = load_identity(a.conn)
    (tmp_path / "ORG.pub").write_bytes(
        signing.public_key_file(ident.sign_key_id, ident.sign_public)
    )
    with zipfile.ZipFile(path) as zf:
        zf.extractall(tmp_path, members=[bundle.PAYLOAD, bundle.PAYLOAD_SIG])
    done = _run(MINISIGN, "-V", "-H", "-p", "ORG.pub", "-m", "payload.age", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"roundtable/v1 bundle=" in done.stdout
    # and a single flipped bit makes it fail
    payload = bytearray((tmp_path / "payload.age").read_bytes())
    payload[-1] ^= 1
    (tmp_path / "payload.age").write_bytes(bytes(payload))
    assert (
        _run(MINISIGN, "-V", "-H", "-p", "ORG.pub", "-m", "payload.age", cwd=tmp_path).returncode
        != 0
    )


@needs_age
def test_age_decrypts_our_payload_with_a_recipients_identity(pair, tmp_path) -> None:
    a, b, _ = pair
    path = send(a, [b], tmp_path / "x.rtbundle")
    (tmp_path / "identity.txt").write_text(load_identity(b.conn).age_secret + "\n")
    (tmp_path / "payload.age").write_bytes(dict(read_outer(path))[bundle.PAYLOAD])
    done = _run(AGE, "-d", "-i", "identity.txt", "payload.age", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(io.BytesIO(done.stdout)) as zf:
        # log.json: the change log's proof of growth; history.json: `full` bundles only
        # (docs/history.md).
        assert sorted(zf.namelist()) == sorted(
            [bundle.DATA, bundle.MANIFEST, bundle.MANIFEST_SIG, bundle.LOG, bundle.HISTORY]
        )


@needs_minisign
def test_we_verify_signatures_made_by_minisign(tmp_path) -> None:
    done = _run(MINISIGN, "-G", "-W", "-p", "k.pub", "-s", "k.key", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (tmp_path / "doc.bin").write_bytes(b"minutes of the meeting" * 1000)
    done = _run(
        MINISIGN, "-S", "-s", "k.key", "-m", "doc.bin", "-t", "made by minisign", cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    key_id, public = signing.read_public_key((tmp_path / "k.pub").read_bytes())
    info = signing.parse_signature((tmp_path / "doc.bin.minisig").read_bytes())
    with open(tmp_path / "doc.bin", "rb") as f:
        assert signing.verify(key_id, public, f, info) == "made by minisign"


@needs_age
@needs_minisign
def test_we_read_a_bundle_whose_payload_age_and_minisign_made(pair, tmp_path) -> None:
    """A bundle made by the stock programs from our inner ZIP opens and verifies with our code."""
    a, b, _ = pair
    # our inner ZIP, taken from a bundle A sent to B
    from tests.exchange.helpers import decrypt_inner

    source = forge(tmp_path / "src.rtbundle", signer=a, recipients=[b])
    inner = decrypt_inner(source, b)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in inner:
            zf.writestr(name, data)
    (tmp_path / "inner.zip").write_bytes(buf.getvalue())
    recipient = load_identity(b.conn).age_recipient
    done = _run(AGE, "-r", recipient, "-o", "payload.age", "inner.zip", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # minisign signs with a key of its own: we verify with that key's .pub
    assert _run(MINISIGN, "-G", "-W", "-p", "k.pub", "-s", "k.key", cwd=tmp_path).returncode == 0
    outer_sig = dict(read_outer(source))[bundle.PAYLOAD_SIG]
    comment = outer_sig.splitlines()[2].decode().removeprefix("trusted comment: ")
    done = _run(MINISIGN, "-S", "-s", "k.key", "-m", "payload.age", "-t", comment, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    made = write_zip(
        tmp_path / "made.rtbundle",
        [
            (bundle.PAYLOAD, (tmp_path / "payload.age").read_bytes()),
            (bundle.PAYLOAD_SIG, (tmp_path / "payload.age.minisig").read_bytes()),
        ],
    )
    key_id, public = signing.read_public_key((tmp_path / "k.pub").read_bytes())
    with bundle_reader.OuterBundle(made) as outer:
        header = outer.verify(key_id, public)
        plain = outer.decrypt(load_identity(b.conn).age_secret)
    assert hashlib.sha256(plain.getvalue()).digest() == hashlib.sha256(buf.getvalue()).digest()
    assert header.seq >= 1


@needs_minisign
def test_cli_verify_matches_minisign(pair, tmp_path) -> None:
    from app.cli import main

    a, b, _ = pair
    path = send(a, [b], tmp_path / "x.rtbundle")
    ident = load_identity(a.conn)
    pub = tmp_path / "a.pub"
    pub.write_bytes(signing.public_key_file(ident.sign_key_id, ident.sign_public))
    assert main(["verify", str(path), "--signer", str(pub)]) == 0
    assert import_bundle(b, path).summary()["new"] >= 1
