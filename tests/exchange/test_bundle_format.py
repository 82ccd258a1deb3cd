"""A bundle file must be exactly what the format says (issue 8), for `import` and `verify` alike,
outer ZIP and the inner one inside payload.age; payload.age is read once (issue 17)."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import textwrap
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from app.crypto import bundle
from app.crypto.bundle_reader import OuterBundle, open_inner
from app.crypto.identity import load_identity
from app.errors import (
    BundleError,
    BundleMalformed,
    BundleNotAFile,
    BundleTooLarge,
    BundleUnsafePath,
)
from app.exchange.contacts import own_card
from app.exchange.importer import import_bundle
from app.exchange.verify import verify_bundle
from tests.exchange.helpers import dump, forge, introduce, make_vault, seed_meeting, send

ROOT = Path(__file__).resolve().parents[2]
DATA = b'{"format":"roundtable-data/1","orgs":[],"records":[]}'


@pytest.fixture(scope="module")
def orgs(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("format")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    seed_meeting(a)
    card = root / "a.card"
    card.write_bytes(own_card(a).raw)
    yield a, b, card
    a.close()
    b.close()


@pytest.fixture(scope="module")
def good(orgs, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    a, b, _ = orgs
    return send(a, [b], tmp_path_factory.mktemp("good") / "good.rtbundle").read_bytes()


def _rejected_by_both(orgs, path: Path, error: type[BundleError]) -> None:
    """`import` and `verify` refuse the file with `error`; the vault is unchanged."""
    _, b, card = orgs
    before = dump(b)
    with pytest.raises(BundleError) as info:
        import_bundle(b, path)
    assert type(info.value) is error, type(info.value).__name__
    assert dump(b) == before
    with pytest.raises(BundleError) as info:
        verify_bundle(path, card)
    assert type(info.value) is error, type(info.value).__name__


def _infos(raw: bytes) -> dict[str, zipfile.ZipInfo]:
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        return {i.filename: i for i in zf.infolist()}


def _write(tmp_path: Path, raw: bytes | bytearray, name: str = "bad.rtbundle") -> Path:
    path = tmp_path / name
    path.write_bytes(bytes(raw))
    return path


def test_the_untouched_bundle_passes_both(orgs, good, tmp_path) -> None:
    _, b, card = orgs
    path = _write(tmp_path, good)
    assert verify_bundle(path, card).seq >= 1
    assert import_bundle(b, path, dry_run=True).summary()["new"] >= 1


# --- outer ZIP ----------------------------------------------------------------------------------
def test_a_member_name_with_a_nul_is_refused(orgs, good, tmp_path) -> None:
    """zipfile reads `payload.age\\0.exe` as `payload.age`; another unzip tool does not."""
    members = []
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        for info in zf.infolist():
            name = "payload.age#.exe" if info.filename == bundle.PAYLOAD else info.filename
            members.append((name, zf.read(info)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    raw = out.getvalue().replace(b"payload.age#.exe", b"payload.age\x00.exe")
    _rejected_by_both(orgs, _write(tmp_path, raw), BundleUnsafePath)


def test_junk_before_the_zip_is_refused(orgs, good, tmp_path) -> None:
    page = b"<html><body><script>alert(1)</script></body></html>\n"
    _rejected_by_both(orgs, _write(tmp_path, page + good), BundleMalformed)


def test_an_html_zip_polyglot_with_shifted_offsets_is_refused(orgs, good, tmp_path) -> None:
    path = tmp_path / "polyglot.rtbundle"
    with open(path, "wb") as f:
        f.write(b"<html><body>an innocent page</body></html>\n")
        with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(f, "w") as zf:
            for info in src.infolist():
                zf.writestr(info.filename, src.read(info))
    with zipfile.ZipFile(path) as zf:  # a ZIP that zipfile reads without complaint
        assert zf.namelist() == [bundle.PAYLOAD, bundle.PAYLOAD_SIG]
    _rejected_by_both(orgs, path, BundleMalformed)


def test_bytes_after_the_end_record_are_refused(orgs, good, tmp_path) -> None:
    _rejected_by_both(orgs, _write(tmp_path, good + b"trailing bytes"), BundleMalformed)


def test_a_zip_comment_is_refused(orgs, good, tmp_path) -> None:
    path = _write(tmp_path, good)
    with zipfile.ZipFile(path, "a") as zf:
        zf.comment = b"see http://example.org"
    _rejected_by_both(orgs, path, BundleMalformed)


def _patched_local(good: bytes, member: str, offset: int, fmt: str, value: int) -> bytearray:
    raw = bytearray(good)
    info = _infos(good)[member]
    struct.pack_into(fmt, raw, info.header_offset + offset, value)
    return raw


def test_a_local_name_other_than_the_central_one_is_refused(orgs, good, tmp_path) -> None:
    raw = bytearray(good)
    at = _infos(good)[bundle.PAYLOAD].header_offset + 30
    assert raw[at : at + 11] == b"payload.age"
    raw[at : at + 11] = b"payload.exe"
    _rejected_by_both(orgs, _write(tmp_path, raw), BundleMalformed)


@pytest.mark.parametrize(
    ("member", "offset", "fmt", "value"),
    [
        (bundle.PAYLOAD, 6, "<H", 0x0002),  # flags
        (bundle.PAYLOAD, 8, "<H", zipfile.ZIP_DEFLATED),  # method
        (bundle.PAYLOAD_SIG, 14, "<L", 0x12345678),  # CRC
        (bundle.PAYLOAD_SIG, 22, "<L", 7),  # uncompressed size
    ],
    ids=["flags", "method", "crc", "size"],
)
def test_a_local_header_field_other_than_the_central_one_is_refused(
    orgs, good, tmp_path, member, offset, fmt, value
) -> None:
    raw = _patched_local(good, member, offset, fmt, value)
    _rejected_by_both(orgs, _write(tmp_path, raw), BundleMalformed)


def test_a_local_zip64_size_other_than_the_central_one_is_refused(orgs, good, tmp_path) -> None:
    info = _infos(good)[bundle.PAYLOAD]
    raw = bytearray(good)
    extra_at = info.header_offset + 30 + len(bundle.PAYLOAD)
    kind, _length, size, _csize = struct.unpack_from("<HHQQ", raw, extra_at)
    assert (kind, size) == (1, info.file_size)  # written with force_zip64
    struct.pack_into("<Q", raw, extra_at + 4, size - 100)
    _rejected_by_both(orgs, _write(tmp_path, raw), BundleMalformed)


# --- not a file ---------------------------------------------------------------------------------
def test_a_symlink_to_dev_zero_is_refused_without_reading(orgs, tmp_path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    link = tmp_path / "zero.rtbundle"
    link.symlink_to("/dev/zero")
    _rejected_by_both(orgs, link, BundleNotAFile)


def test_a_directory_is_refused(orgs, tmp_path) -> None:
    folder = tmp_path / "folder.rtbundle"
    folder.mkdir()
    _rejected_by_both(orgs, folder, BundleNotAFile)


def test_a_file_over_the_cap_is_refused_before_reading(orgs, tmp_path) -> None:
    path = tmp_path / "big.rtbundle"
    with open(path, "wb") as f:
        f.truncate(5 * 1024**2)  # sparse: nothing to read if the size is checked first
    with pytest.raises(BundleTooLarge):
        OuterBundle(path, bundle.Limits(max_payload_bytes=1024**2))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("command", ["verify", "import"])
def test_cli_refuses_a_fifo_and_dev_zero_in_one_line(orgs, tmp_path, command) -> None:
    """A FIFO with no writer used to block the command for ever; /dev/zero ended in
    "internal error (MemoryError)"."""
    _, _, card = orgs
    fifo = tmp_path / "fifo.rtbundle"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.rtbundle"
    zero.symlink_to("/dev/zero")
    env = {
        **os.environ,
        "ROUNDTABLE_INSECURE_TEST_KDF": "1",
        "ROUNDTABLE_PASSPHRASE": "correct horse battery staple",
    }
    for path in (fifo, zero):
        if command == "verify":
            args = ["verify", str(path), "--signer", str(card)]
        else:
            args = ["import", "--vault", str(tmp_path / "no-vault"), str(path)]
        done = subprocess.run(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.returncode == 1, done.stderr
        assert "internal error" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
        if command == "verify":
            assert BundleNotAFile.message in done.stderr
    if command == "verify":  # nor may the signer's card be a FIFO
        good = tmp_path / "good.rtbundle"
        good.write_bytes(b"PK")
        done = subprocess.run(
            [sys.executable, "-m", "app", "verify", str(good), "--signer", str(fifo)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.returncode == 1, done.stderr
        assert "could not be read" in done.stderr


# --- inner ZIP (inside payload.age) -------------------------------------------------------------
def _renamed_with_nul(inner: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(inner)) as src, zipfile.ZipFile(out, "w") as zf:
        for info in src.infolist():
            name = "data.json#.exe" if info.filename == bundle.DATA else info.filename
            zf.writestr(name, src.read(info))
    return out.getvalue().replace(b"data.json#.exe", b"data.json\x00.exe")


def _local_flag(inner: bytes) -> bytes:
    raw = bytearray(inner)
    struct.pack_into("<H", raw, _infos(inner)[bundle.DATA].header_offset + 6, 0x0002)
    return bytes(raw)


def _comment(inner: bytes) -> bytes:
    out = io.BytesIO(inner)
    with zipfile.ZipFile(out, "a") as zf:
        zf.comment = b"hello"
    return out.getvalue()


@pytest.mark.parametrize(
    ("transform", "error"),
    [
        (_renamed_with_nul, BundleUnsafePath),
        (lambda z: b"<html>junk</html>" + z, BundleMalformed),
        (lambda z: z + b"junk", BundleMalformed),
        (_comment, BundleMalformed),
        (_local_flag, BundleMalformed),
    ],
    ids=["nul-name", "prepended", "appended", "comment", "local-flags"],
)
def test_the_inner_zip_is_held_to_the_same_rules(
    orgs, tmp_path, transform: Callable[[bytes], bytes], error: type[BundleError]
) -> None:
    a, b, _ = orgs
    path = forge(
        tmp_path / "inner.rtbundle",
        signer=a,
        recipients=[b],
        data_json=DATA,
        inner_transform=transform,
    )
    before = dump(b)
    with pytest.raises(BundleError) as info:
        import_bundle(b, path)
    assert type(info.value) is error, type(info.value).__name__
    assert dump(b) == before


def test_an_exported_inner_zip_with_attachments_passes(orgs, tmp_path) -> None:
    """The exporter's own inner ZIP (data descriptors, ZIP64 attachments, an empty file)."""
    from app.storage.attachments import add_attachment

    a, b, _ = orgs
    meeting = seed_meeting(a, "With files")
    add_attachment(a.store, meeting.id, "notes.txt", io.BytesIO(b"minutes " * 5000))
    add_attachment(a.store, meeting.id, "empty.txt", io.BytesIO(b""))
    path = send(a, [b], tmp_path / "files.rtbundle", [meeting.id], include_attachments=True)
    preview = import_bundle(b, path, dry_run=True)
    assert preview.attachments == 2


# --- payload.age is read once (issue 17 item 5) -------------------------------------------------
def _big(orgs, tmp_path: Path) -> Path:
    """A bundle larger than any read buffer, so that a second read would really hit the disk."""
    a, b, _ = orgs
    members = [(bundle.DATA, DATA), (f"attachments/{uuid.uuid4()}", os.urandom(1 << 20))]
    return forge(
        tmp_path / "big.rtbundle",
        signer=a,
        recipients=[b],
        inner_members=members,
        deflate_inner=False,
    )


def test_decryption_uses_the_bytes_that_were_verified(orgs, tmp_path) -> None:
    """Between the signature check and decryption, the file is rewritten on disk (a sync
    client, another process): what is decrypted is still what was verified."""
    a, b, _ = orgs
    path = _big(orgs, tmp_path)
    size = path.stat().st_size
    ident_a = load_identity(a.conn)
    with OuterBundle(path) as outer:
        header = outer.verify(ident_a.sign_key_id, ident_a.sign_public)
        with open(path, "r+b") as f:
            f.write(bytes(size))
        plaintext = outer.decrypt(load_identity(b.conn).age_secret)
    inner = open_inner(plaintext, header, (ident_a.sign_key_id, ident_a.sign_public))
    assert inner.manifest["bundle_id"] == header.bundle_id
    inner.close()


SHRINK = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from app.crypto import bundle_reader, signing
    from app.errors import BundleTruncated

    path, key_id, public = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), bytes.fromhex(sys.argv[3])
    real = signing.verify

    def shrink_then_verify(*args, **kw):
        os.truncate(path, 100)  # a USB stick pulled, a sync client rewriting the file
        return real(*args, **kw)

    bundle_reader.signing.verify = shrink_then_verify
    try:
        with bundle_reader.OuterBundle(path) as outer:
            outer.verify(key_id, public)
    except BundleTruncated:
        print("clean error")
    """
)


def test_a_payload_that_shrinks_while_read_gives_a_clean_error(orgs, tmp_path) -> None:
    """It used to be hashed through a memory map: a shrinking file killed the process (SIGBUS)."""
    a, _, _ = orgs
    path = _big(orgs, tmp_path)
    ident = load_identity(a.conn)
    done = subprocess.run(
        [sys.executable, "-c", SHRINK, str(path), ident.sign_key_id.hex(), ident.sign_public.hex()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-500:])
    assert done.stdout.strip() == "clean error"
