"""An export killed while it writes leaves its temporary bundle beside the destination (ciphertext,
unsigned, but it tells a forensic examiner that an export happened and its size). The next export
into that folder, or the import of a bundle from it, removes such leftovers -- never the file of
an export that is still running."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.crypto import bundle
from app.crypto.bundle import LEFTOVER_AGE, remove_leftovers
from app.crypto.bundle_reader import OuterBundle
from app.crypto.identity import load_identity
from app.exchange.importer import import_bundle
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import introduce, make_vault, seed_meeting, send

ROOT = Path(__file__).resolve().parents[2]

# Exports every meeting of the vault, telling the test when it is writing the bundle and when
# the bundle is complete but not yet published, and waiting for a line on stdin each time.
HOLDER = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from app.exchange.contacts import get_contact
    from app.exchange.exporter import export_bundle, select_meetings
    from app.vault import open_vault

    folder, passphrase, to, out = sys.argv[1:5]
    vault = open_vault(Path(folder), passphrase)
    contact = get_contact(vault.conn, to)
    ids = select_meetings(vault.store, all_meetings=True)
    said = set()

    def hold(stage):
        if stage not in said:
            said.add(stage)
            print(stage, flush=True)
            sys.stdin.readline()

    def progress(stage, n):
        if stage == "encrypt":
            hold("writing")

    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith(".rtbundle"):
            hold("staged")
        real_replace(src, dst)

    os.replace = replace
    print("ready", flush=True)
    export_bundle(vault, [contact], ids, Path(out), policy="full", progress=progress)
    print("done", flush=True)
    """
)


@pytest.fixture
def orgs(tmp_path: Path):
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    introduce(a, b)
    seed_meeting(a, "From A")
    seed_meeting(b, "From B")
    out = tmp_path / "usb"
    out.mkdir()
    yield a, b, out
    a.close()
    b.close()


def _holder(folder: Path, to: str, out: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder), PASSPHRASE, to, str(out)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _expect(proc, "ready")
    return proc


def _expect(proc: subprocess.Popen[str], word: str) -> None:
    line = proc.stdout.readline() if proc.stdout else ""
    if line.strip() != word:
        proc.kill()
        error = proc.stderr.read() if proc.stderr else ""
        pytest.fail(f"exporter said {line!r}, not {word}: {error}")


def _go(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".rtbundle-"))


def _killed_while_writing(a, b, out: Path) -> str:
    """A's export to B into `out`, SIGKILLed while it writes the bundle: the leftover's name."""
    folder = Path(a.folder)
    a.close()  # the exporter opens the vault itself
    proc = _holder(folder, b.org_id, out / "killed.rtbundle")
    _expect(proc, "writing")
    [leftover] = _temporaries(out)
    assert leftover.startswith(f".rtbundle-{proc.pid}-")
    proc.send_signal(signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    assert _temporaries(out) == [leftover]  # what the bug left for good
    assert not (out / "killed.rtbundle").exists()
    remove_leftovers(out)
    assert _temporaries(out) == [leftover]  # recent: it could be a live export elsewhere
    old = time.time() - LEFTOVER_AGE - 60
    os.utime(out / leftover, (old, old))  # as the next export finds it hours later
    return leftover


@pytest.mark.slow
def test_the_next_export_removes_what_a_killed_export_left(orgs) -> None:
    a, b, out = orgs
    folder = Path(a.folder)
    _killed_while_writing(a, b, out)
    with open_vault(folder, PASSPHRASE) as again:
        send(again, [b], out / "next.rtbundle")
        ident = load_identity(again.conn)
    assert _temporaries(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["next.rtbundle"]
    with OuterBundle(out / "next.rtbundle", keep_payload=False) as outer:
        outer.verify(ident.sign_key_id, ident.sign_public)


@pytest.mark.slow
def test_importing_a_bundle_from_the_folder_removes_what_a_killed_export_left(orgs) -> None:
    a, b, out = orgs
    send(a, [b], out / "earlier.rtbundle")
    _killed_while_writing(a, b, out)
    import_bundle(b, out / "earlier.rtbundle")
    assert _temporaries(out) == []
    assert sorted(p.name for p in out.iterdir()) == ["earlier.rtbundle"]


@pytest.mark.slow
def test_an_export_running_beside_keeps_its_temporary_bundle(orgs) -> None:
    """Another export into the same folder while A's is writing, then while A's bundle is
    complete but not yet published: A's file is left alone both times and A publishes it."""
    a, b, out = orgs
    folder = Path(a.folder)
    ident_a = load_identity(a.conn)
    send(a, [b], out / "a0.rtbundle")
    a.close()
    proc = _holder(folder, b.org_id, out / "a.rtbundle")
    try:
        _expect(proc, "writing")
        [mine] = _temporaries(out)
        send(b, [a], out / "b1.rtbundle")
        assert _temporaries(out) == [mine]
        _go(proc)
        _expect(proc, "staged")
        os.utime(out / mine, (0, 0))  # even when it looks ancient: its writer is alive
        send(b, [a], out / "b2.rtbundle")
        import_bundle(b, out / "a0.rtbundle")
        assert _temporaries(out) == [mine]
        _go(proc)
        _expect(proc, "done")
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert _temporaries(out) == []
    assert sorted(p.name for p in out.iterdir()) == [
        "a.rtbundle",
        "a0.rtbundle",
        "b1.rtbundle",
        "b2.rtbundle",
    ]
    with OuterBundle(out / "a.rtbundle", keep_payload=False) as outer:
        assert outer.verify(ident_a.sign_key_id, ident_a.sign_public).seq == 2


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.mark.skipif(os.name != "posix", reason="asks the system whether a process exists")
def test_only_regular_files_of_a_gone_writer_are_removed(tmp_path: Path) -> None:
    dead = _dead_pid()
    live = os.getppid()
    target = tmp_path / "elsewhere.txt"
    target.write_bytes(b"not a bundle")
    old = time.time() - LEFTOVER_AGE - 60
    files = {
        f".rtbundle-{dead}-abcd1234.tmp": True,  # its writer was killed, hours ago
        f".rtbundle-{dead}-recent00.tmp": False,  # no such process here, but recent: maybe
        # another machine's or pid namespace's live export (a shared or container folder)
        f".rtbundle-{live}-abcd1234.tmp": False,  # a running export's
        f".rtbundle-{os.getpid()}-abcd1234.tmp": False,  # another export of this process
        ".rtbundle-0-abcd1234.tmp": False,  # no such writer: judged by age, and recent
        ".rtbundle-k3j_a9zq.tmp": False,  # named before pids were added, recent
        ".rtbundle-old_a9zq.tmp": True,  # the same, older than LEFTOVER_AGE
        f".rtbundle-{dead}-abcd1234.tmp.keep": False,  # other names are never touched
        f"rtbundle-{dead}-abcd1234.tmp": False,
        "notes.tmp": False,
    }
    for name in files:
        (tmp_path / name).write_bytes(b"ciphertext")
    for name in (".rtbundle-old_a9zq.tmp", f".rtbundle-{dead}-abcd1234.tmp"):
        os.utime(tmp_path / name, (old, old))
    for name in (f".rtbundle-{live}-abcd1234.tmp", f".rtbundle-{os.getpid()}-abcd1234.tmp"):
        os.utime(tmp_path / name, (old, old))  # old yet alive here: kept
    link = tmp_path / f".rtbundle-{dead}-link0000.tmp"
    link.symlink_to(target)
    folder = tmp_path / f".rtbundle-{dead}-fold0000.tmp"
    folder.mkdir()
    assert remove_leftovers(tmp_path) == 2
    for name, gone in files.items():
        assert (tmp_path / name).exists() != gone, name
    assert link.is_symlink()  # not removed, not followed
    assert target.read_bytes() == b"not a bundle"
    assert folder.is_dir()


def test_where_processes_cannot_be_asked_a_leftover_is_judged_by_age(monkeypatch) -> None:
    monkeypatch.setattr(bundle.os, "name", "nt")
    dead = 2**31 - 2
    assert not bundle._writer_gone(dead, time.time() - 60)
    assert bundle._writer_gone(dead, time.time() - LEFTOVER_AGE - 60)


def test_an_unlistable_folder_is_left_as_it_is(tmp_path: Path) -> None:
    assert remove_leftovers(tmp_path / "missing") == 0
