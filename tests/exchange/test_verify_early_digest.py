"""`roundtable verify BUNDLE` starts hashing payload.age before its command line is parsed
(app/crypto/payload_digest.py). The head start decides nothing: the command takes the digest
only for the very file and span its own checks found; anything else is hashed anew."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from app import entry
from app.crypto import bundle, payload_digest, signing
from app.crypto.bundle_reader import OuterBundle
from tests.exchange.helpers import (
    card_and_big_bundle,
    introduce,
    make_vault,
    read_outer,
    write_zip,
)


@pytest.fixture(scope="module")
def orgs(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("early")
    a, b = make_vault(root, "Org A"), make_vault(root, "Org B")
    introduce(a, b)
    card, good = card_and_big_bundle(root, a, b, "good.rtbundle", 6 << 20)
    yield root, card, good
    a.close()
    b.close()


@pytest.fixture(autouse=True)
def _no_leftover():
    yield
    early = payload_digest._early
    payload_digest._early = None
    if early is not None:
        early.drop()
    assert [t for t in threading.enumerate() if t.name == "payload digest"] == []


def _counting(monkeypatch) -> list[int]:
    """How many digests are started, early or not."""
    made: list[int] = []
    real = payload_digest.PayloadDigest.__init__

    def init(self, *args, **kwargs):
        made.append(1)
        real(self, *args, **kwargs)

    monkeypatch.setattr(payload_digest.PayloadDigest, "__init__", init)
    return made


def test_the_early_digest_is_the_signed_digest_of_the_payload(orgs) -> None:
    _root, card, good = orgs
    payload_digest.start_early([str(good), "--signer", str(card)])
    early = payload_digest._early
    assert early is not None
    with OuterBundle(good, keep_payload=False) as outer:
        assert outer._digest is early.digest  # taken: the span its own checks found
        assert (early.digest.start, early.digest.size) == (
            outer._payload_start,
            outer.payload_info.file_size,
        )
        got = early.digest.result()
    h = signing.hasher()
    h.update(dict(read_outer(good))[bundle.PAYLOAD])
    assert got == h.digest()
    assert early.digest._f.closed  # closed with the bundle


def test_verify_through_the_program_takes_the_early_digest(orgs, monkeypatch, capsys) -> None:
    _root, card, good = orgs
    made = _counting(monkeypatch)
    assert entry.main(["verify", str(good), "--signer", str(card)]) == 0
    assert "Signature valid." in capsys.readouterr().out
    assert made == [1]  # the early one, taken; no second pass over the payload
    assert payload_digest._early is None


def test_a_file_replaced_after_the_start_is_hashed_anew(orgs, monkeypatch, capsys) -> None:
    root, card, good = orgs
    path = root / "swapped.rtbundle"
    path.write_bytes(good.read_bytes())
    payload_digest.start_early([str(path), "--signer", str(card)])
    assert payload_digest._early is not None
    # Same size, same layout, one payload byte changed, in a new file under the same name.
    members = read_outer(good)
    changed = [(n, d[:-1] + bytes([d[-1] ^ 1]) if n == bundle.PAYLOAD else d) for n, d in members]
    write_zip(root / "tampered.tmp", changed)
    os.replace(root / "tampered.tmp", path)
    made = _counting(monkeypatch)
    from app.cli import main

    assert main(["verify", str(path), "--signer", str(card)]) == 1
    assert "Signature valid." not in capsys.readouterr().out
    assert made == [1]  # the early digest (of the good bytes) was dropped, not used


def test_another_span_is_not_taken(orgs) -> None:
    _root, card, good = orgs
    payload_digest.start_early([str(good), "--signer", str(card)])
    early = payload_digest._early
    assert early is not None
    with good.open("rb") as f:
        assert payload_digest.adopt(f, early.digest.start + 1, early.digest.size - 1) is None
    assert payload_digest._early is None  # dropped: its thread stopped, its file closed
    assert early.digest._f.closed


@pytest.mark.parametrize(
    "args",
    [
        ["{good}"],  # no signer: nothing is checked
        ["{good}", "--signer", "{card}", "--seal"],
        ["{good}", "--signer", "{card}", "--history"],
        ["{good}", "{good}", "--signer", "{card}"],
        ["{missing}", "--signer", "{card}"],
        ["{folder}", "--signer", "{card}"],
        ["{card}", "--signer", "{card}"],  # not a ZIP
    ],
)
def test_unusual_command_lines_start_nothing(orgs, args: list[str]) -> None:
    root, card, good = orgs
    names = {"good": good, "card": card, "missing": root / "none.rtbundle", "folder": root}
    payload_digest.start_early([a.format(**names) for a in args])
    assert payload_digest._early is None


def test_a_fifo_is_not_waited_for(orgs, tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    _root, card, _good = orgs
    fifo = tmp_path / "pipe.rtbundle"
    os.mkfifo(fifo)
    payload_digest.start_early([str(fifo), "--signer", str(card)])  # returns at once
    assert payload_digest._early is None


def test_the_head_start_works_where_set_blocking_is_for_pipes_only(orgs, monkeypatch) -> None:
    """Windows has no O_NONBLOCK (a file is opened blocking) and, from Python 3.12, an
    os.set_blocking for pipes only, which refuses a regular file."""
    _root, card, good = orgs

    def pipes_only(fd: int, blocking: bool) -> None:
        raise OSError(22, "not a pipe")

    monkeypatch.delattr(os, "O_NONBLOCK", raising=False)
    monkeypatch.setattr(os, "set_blocking", pipes_only)
    payload_digest.start_early([str(good), "--signer", str(card)])
    assert payload_digest._early is not None


def test_a_name_the_system_refuses_gets_the_commands_own_answer(orgs, capsys) -> None:
    """The head start never answers for the command: a name os.open refuses with ValueError
    (a NUL, possible only from a caller in Python) ends as `app.cli.main` ends it."""
    from app import cli

    _root, card, good = orgs
    args = ["verify", f"{good}\0", "--signer", str(card)]
    assert entry.main(args) == cli.main(args) == 1
    first, second = capsys.readouterr().err.splitlines()
    assert first == second


def test_no_early_digest_outlives_the_command(orgs, capsys) -> None:
    """A command that ends before it opens the bundle (a card it cannot read, a usage error)
    leaves no thread reading the bundle and no handle on it: a later check in the same
    process hashes what the file then holds, never a digest of what it held before."""
    root, card, good = orgs
    assert entry.main(["verify", str(good), "--signer", str(root / "none.card")]) == 1
    assert payload_digest._early is None
    assert [t for t in threading.enumerate() if t.name == "payload digest"] == []
    with pytest.raises(SystemExit):
        entry.main(["verify", str(good), "--signer", str(card), "--no-such-option"])
    assert payload_digest._early is None
    assert [t for t in threading.enumerate() if t.name == "payload digest"] == []


@pytest.mark.skipif(os.name == "nt", reason="st_ctime is the creation time on Windows")
def test_a_file_rewritten_in_place_with_its_time_set_back_is_hashed_anew(orgs, capsys) -> None:
    """Same inode, same size, the modification time put back (os.utime): the inode's change
    time, which no one can set, still tells the rewrite, and the early digest (of the bytes
    that were signed) is not taken for the bytes the file now holds."""
    from app import cli

    root, card, good = orgs
    path = root / "rewritten.rtbundle"
    path.write_bytes(good.read_bytes())
    before = os.stat(path)
    payload_digest.start_early([str(path), "--signer", str(card)])
    early = payload_digest._early
    assert early is not None
    early.digest.result()  # the signed bytes, hashed
    with path.open("r+b") as f:
        f.seek(early.digest.start + early.digest.size // 2)
        byte = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([byte[0] ^ 1]))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (
        before.st_ino,
        before.st_size,
        before.st_mtime_ns,
    )
    assert cli.main(["verify", str(path), "--signer", str(card)]) == 1
    assert "Signature valid." not in capsys.readouterr().out
