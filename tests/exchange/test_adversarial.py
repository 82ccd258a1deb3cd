"""Hostile bundles: each rejected with its own error, the receiving vault logically unchanged."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.crypto import bundle
from app.errors import (
    BundleAlreadyImported,
    BundleDuplicateMember,
    BundleError,
    BundleTooLarge,
    BundleTruncated,
    BundleUnexpectedMembers,
    BundleUnsafePath,
    ContentAltered,
    FileHashMismatch,
    InnerSignerMismatch,
    NotABundleSignature,
    NotForThisVault,
    RecipientNotListed,
    SenderMismatch,
    StaleBundle,
    TrustedCommentAltered,
    UnknownSigner,
)
from app.exchange.contacts import add_contact, own_card
from app.exchange.importer import import_bundle
from tests.exchange.helpers import (
    decrypt_inner,
    dump,
    forge,
    introduce,
    make_vault,
    read_outer,
    seed_meeting,
    send,
    write_zip,
)


@pytest.fixture(scope="module")
def orgs(tmp_path_factory: pytest.TempPathFactory):
    """A sends to B and C; D is a third organisation that knows A, B and C. Shared by the
    module's tests: each checks that its own import left the vault as it found it."""
    root = tmp_path_factory.mktemp("orgs")
    a, b, c, d = (make_vault(root, n) for n in ("Org A", "Org B", "Org C", "Org D"))
    introduce(a, b, c, d)
    seed_meeting(a)
    seed_meeting(b, "B's own meeting")
    yield a, b, c, d
    for v in (a, b, c, d):
        v.close()


def _rejects(vault, path: Path, error: type[BundleError]) -> BundleError:
    before = dump(vault)
    with pytest.raises(error) as info:
        import_bundle(vault, path)
    assert type(info.value) is error, type(info.value).__name__
    assert dump(vault) == before
    assert info.value.user_message == error.message
    return info.value


def _replace(path: Path, out: Path, name: str, data: bytes) -> Path:
    return write_zip(out, [(n, data if n == name else d) for n, d in read_outer(path)])


def test_flipped_byte_in_payload_resigned_zip(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    payload = bytearray(dict(read_outer(good))[bundle.PAYLOAD])
    payload[len(payload) // 2] ^= 0x01
    bad = _replace(good, tmp_path / "bad.rtbundle", bundle.PAYLOAD, bytes(payload))
    _rejects(b, bad, ContentAltered)


def test_flipped_byte_in_the_file_as_copied(orgs, tmp_path) -> None:
    """No re-zipping: the ZIP's own CRC is stale too, but the signature is what decides."""
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    raw = bytearray(good.read_bytes())
    raw[200] ^= 0x01  # inside payload.age's data
    bad = tmp_path / "bad.rtbundle"
    bad.write_bytes(bytes(raw))
    _rejects(b, bad, ContentAltered)


def test_altered_trusted_comment(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    sig = dict(read_outer(good))[bundle.PAYLOAD_SIG]
    forged = re.sub(rb" seq=(\d+) ", b" seq=999 ", sig)
    assert forged != sig
    bad = _replace(good, tmp_path / "bad.rtbundle", bundle.PAYLOAD_SIG, forged)
    _rejects(b, bad, TrustedCommentAltered)


def test_swapped_signature(orgs, tmp_path) -> None:
    """The outer signature replaced by the (genuine) inner manifest signature."""
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    manifest_sig = dict(decrypt_inner(good, b))[bundle.MANIFEST_SIG]
    bad = _replace(good, tmp_path / "bad.rtbundle", bundle.PAYLOAD_SIG, manifest_sig)
    _rejects(b, bad, NotABundleSignature)


def test_signature_of_another_bundle(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    first = send(a, [b], tmp_path / "1.rtbundle")
    second = send(a, [b], tmp_path / "2.rtbundle")
    other_sig = dict(read_outer(first))[bundle.PAYLOAD_SIG]
    bad = _replace(second, tmp_path / "bad.rtbundle", bundle.PAYLOAD_SIG, other_sig)
    _rejects(b, bad, ContentAltered)


def test_content_resigned_by_a_co_recipient(orgs, tmp_path) -> None:
    """C got A's bundle too; it alters the records and re-signs everything, still claiming A."""
    a, b, c, _ = orgs
    good = send(a, [b, c], tmp_path / "good.rtbundle")
    inner = dict(decrypt_inner(good, c))
    data = json.loads(inner[bundle.DATA])
    data["records"] = data["records"][:1]
    bad = forge(
        tmp_path / "bad.rtbundle",
        signer=c,
        claimed_sender=a,
        recipients=[b],
        data_json=json.dumps(data).encode(),
    )
    _rejects(b, bad, SenderMismatch)


def test_bundle_forwarded_by_a_recipient(orgs, tmp_path) -> None:
    """B re-encrypts A's signed contents for D and signs the outside with its own key."""
    a, b, _, d = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    inner = decrypt_inner(good, b)
    import io
    import zipfile

    import pyrage

    from app.crypto.identity import load_identity
    from tests.exchange.helpers import signer_of

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in inner:
            zf.writestr(name, data)
    payload = pyrage.encrypt(
        buf.getvalue(), [pyrage.x25519.Recipient.from_str(load_identity(d.conn).age_recipient)]
    )
    comment = dict(read_outer(good))[bundle.PAYLOAD_SIG].splitlines()[2].decode()
    comment = comment.removeprefix("trusted comment: ")
    bad = write_zip(
        tmp_path / "bad.rtbundle",
        [(bundle.PAYLOAD, payload), (bundle.PAYLOAD_SIG, signer_of(b).sign(payload, comment))],
    )
    _rejects(d, bad, InnerSignerMismatch)


def test_bundle_not_addressed_to_this_vault(orgs, tmp_path) -> None:
    a, b, _, d = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    _rejects(d, good, NotForThisVault)


def test_recipient_not_listed(orgs, tmp_path) -> None:
    """Encrypted to D, but the signed manifest names only B: D got a forwarded copy."""
    a, b, _, d = orgs
    bad = forge(tmp_path / "bad.rtbundle", signer=a, recipients=[b, d], listed=[b])
    _rejects(d, bad, RecipientNotListed)


def test_duplicate_members(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    members = read_outer(good)
    bad = write_zip(tmp_path / "bad.rtbundle", [*members, members[0]])
    _rejects(b, bad, BundleDuplicateMember)


def test_duplicate_inner_members(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    data = b'{"format":"roundtable-data/1","orgs":[],"records":[]}'
    bad = forge(
        tmp_path / "bad.rtbundle",
        signer=a,
        recipients=[b],
        inner_members=[(bundle.DATA, data), (bundle.DATA, data)],
    )
    _rejects(b, bad, BundleDuplicateMember)


def test_member_path_escapes(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    members = [("../" + n if n == bundle.PAYLOAD else n, d) for n, d in read_outer(good)]
    bad = write_zip(tmp_path / "bad.rtbundle", members)
    _rejects(b, bad, BundleUnsafePath)


def test_inner_member_path_escapes(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    data = b'{"format":"roundtable-data/1","orgs":[],"records":[]}'
    bad = forge(
        tmp_path / "bad.rtbundle",
        signer=a,
        recipients=[b],
        inner_members=[(bundle.DATA, data), ("attachments/../../etc/passwd", b"x")],
    )
    _rejects(b, bad, BundleUnsafePath)


def test_unexpected_member(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    bad = write_zip(tmp_path / "bad.rtbundle", [*read_outer(good), ("readme.txt", b"hi")])
    _rejects(b, bad, BundleUnexpectedMembers)


def test_zip_bomb(orgs, tmp_path) -> None:
    """64 MiB of zeros deflate to ~64 KiB: the ratio cap rejects it before it is inflated."""
    a, b, _, _ = orgs
    zeros = bytes(64 * 1024 * 1024)
    bad = forge(
        tmp_path / "bad.rtbundle",
        signer=a,
        recipients=[b],
        inner_members=[
            (bundle.DATA, b"{}"),
            ("attachments/" + "0" * 8 + "-0000-0000-0000-" + "0" * 12, zeros),
        ],
    )
    del zeros
    _rejects(b, bad, BundleTooLarge)


def test_outer_zip_bomb(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    sig = dict(read_outer(good))[bundle.PAYLOAD_SIG]
    bad = write_zip(
        tmp_path / "bad.rtbundle",
        [(bundle.PAYLOAD, bytes(32 * 1024 * 1024)), (bundle.PAYLOAD_SIG, sig)],
        deflate=True,
    )
    assert bad.stat().st_size < 1024 * 1024
    _rejects(b, bad, BundleTooLarge)


def test_truncated_file(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    bad = tmp_path / "bad.rtbundle"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _rejects(b, bad, BundleTruncated)


def test_replayed_bundle_is_a_no_op(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    import_bundle(b, good)
    _rejects(b, good, BundleAlreadyImported)


def test_stale_sequence(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    first = send(a, [b], tmp_path / "1.rtbundle")
    second = send(a, [b], tmp_path / "2.rtbundle")
    import_bundle(b, second)
    _rejects(b, first, StaleBundle)


def test_unknown_signer(tmp_path) -> None:
    a, b, stranger = (make_vault(tmp_path, n) for n in ("Org A", "Org B", "Stranger"))
    introduce(a, b)
    add_contact(stranger, own_card(b).raw)
    seed_meeting(stranger)
    bad = send(stranger, [b], tmp_path / "x.rtbundle")
    _rejects(b, bad, UnknownSigner)


def test_file_hash_mismatch(orgs, tmp_path) -> None:
    a, b, _, _ = orgs
    good = forge(tmp_path / "good.rtbundle", signer=a, recipients=[b])
    inner = decrypt_inner(good, b)
    # Same manifest (and its signature), different data.json: re-encrypt and re-sign outside.
    swapped = [
        (n, b'{"format":"roundtable-data/1","orgs":[],"records":[ ]}' if n == bundle.DATA else d)
        for n, d in inner
    ]
    import io
    import zipfile

    import pyrage

    from app.crypto.identity import load_identity
    from tests.exchange.helpers import signer_of

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in swapped:
            zf.writestr(name, data)
    payload = pyrage.encrypt(
        buf.getvalue(), [pyrage.x25519.Recipient.from_str(load_identity(b.conn).age_recipient)]
    )
    comment = dict(read_outer(good))[bundle.PAYLOAD_SIG].splitlines()[2].decode()
    comment = comment.removeprefix("trusted comment: ")
    bad = write_zip(
        tmp_path / "bad.rtbundle",
        [(bundle.PAYLOAD, payload), (bundle.PAYLOAD_SIG, signer_of(a).sign(payload, comment))],
    )
    _rejects(b, bad, FileHashMismatch)


def test_every_case_has_its_own_error_and_message() -> None:
    errors = [
        ContentAltered,
        TrustedCommentAltered,
        NotABundleSignature,
        SenderMismatch,
        InnerSignerMismatch,
        NotForThisVault,
        RecipientNotListed,
        BundleDuplicateMember,
        BundleUnsafePath,
        BundleUnexpectedMembers,
        BundleTooLarge,
        BundleTruncated,
        BundleAlreadyImported,
        StaleBundle,
        UnknownSigner,
        FileHashMismatch,
    ]
    assert len({e.message for e in errors}) == len(errors)
    assert all(issubclass(e, BundleError) for e in errors)


def test_a_good_bundle_still_imports(orgs, tmp_path) -> None:
    """The fixture is sound: without tampering, the same bundle is accepted."""
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    preview = import_bundle(b, good)
    assert preview.summary()["new"] + preview.summary()["unchanged"] >= 2


def test_a_huge_central_directory_is_refused_before_parsing(orgs, tmp_path) -> None:
    _, b, _, _ = orgs
    members = [(f"m{i}", b"") for i in range(5000)]
    bad = write_zip(tmp_path / "many.rtbundle", members)
    _rejects(b, bad, BundleUnexpectedMembers)


def test_a_zip64_end_record_is_refused(orgs, tmp_path) -> None:
    """The classic end record says two entries; a ZIP64 one (which zipfile believes) could say
    millions. Bundles never carry one."""
    a, b, _, _ = orgs
    good = send(a, [b], tmp_path / "good.rtbundle")
    raw = good.read_bytes()
    eocd = raw.rfind(b"PK\x05\x06")
    locator = b"PK\x06\x07" + bytes(16)
    bad = tmp_path / "zip64.rtbundle"
    bad.write_bytes(raw[:eocd] + locator + raw[eocd:])
    _rejects(b, bad, BundleUnexpectedMembers)
