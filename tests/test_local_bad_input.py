"""Bad local input (issue 8): one plain line and exit 1, never "internal error", never a vault
called damaged when it is not, never a half-made vault that blocks a re-run."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from app.cli import main
from app.crypto import kdf
from app.errors import (
    DiskFull,
    KdfTooCostly,
    PassphraseNotText,
    VaultCorrupt,
    VaultDiskError,
    VaultExists,
    VaultFolderNotWritable,
    VaultFolderUnreadable,
    VaultLockNotAFile,
    VaultPathIsFile,
)
from app.storage import database
from app.vault import DB_NAME, KEY_NAME, create_vault, open_vault
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


def one_line(capsys: pytest.CaptureFixture[str], expected: type) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err, err
    assert err.strip() == f"roundtable: {expected.message}"
    return err


@pytest.fixture
def made(vault_dir: Path) -> Path:
    create_vault(vault_dir, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    return vault_dir


# --- passphrases that are not text ------------------------------------------------------------
def test_a_binary_passphrase_on_stdin_is_a_plain_error(made: Path, monkeypatch, capsys) -> None:
    # Under the POSIX locale Python decodes stdin with surrogateescape: bytes become surrogates.
    stdin = io.TextIOWrapper(io.BytesIO(b"\xff\xfe\x00\x9b\n"), errors="surrogateescape")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["meetings", "--vault", str(made), "--passphrase-file", "-"]) == 1
    one_line(capsys, PassphraseNotText)


def test_a_non_utf8_passphrase_variable_is_a_plain_error(made: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", os.fsdecode(b"correct horse \xff battery"))
    assert main(["meetings", "--vault", str(made)]) == 1
    one_line(capsys, PassphraseNotText)
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ROUNDTABLE_NEW_PASSPHRASE", os.fsdecode(b"new \xfe passphrase words"))
    assert main(["passwd", "--vault", str(made)]) == 1
    one_line(capsys, PassphraseNotText)
    open_vault(made, PASSPHRASE).close()  # unchanged


# --- paths that are not what a vault folder must be -------------------------------------------
@pytest.mark.parametrize("sub", ["", "inside"])
def test_init_into_a_file_is_a_plain_error_and_leaves_the_file_alone(
    tmp_path: Path, monkeypatch, capsys, sub: str
) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "notes.txt"
    target.write_text("my notes")
    target.chmod(0o644)
    assert main(["init", "--vault", str(target / sub if sub else target), "--org", "Org"]) == 1
    one_line(capsys, VaultPathIsFile)
    assert target.read_text() == "my notes" and target.stat().st_mode & 0o777 == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_lock_file_that_is_a_folder_is_a_plain_error(made: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ROUNDTABLE_NEW_PASSPHRASE", "another long passphrase 77 words")
    (made / "vault.lock").unlink()
    (made / "vault.lock").mkdir()
    for command in (["meetings"], ["passwd"], ["init", "--org", "Org"]):
        assert main([*command, "--vault", str(made)]) == 1
        err = capsys.readouterr().err
        assert "internal error" not in err and err.count("\n") == 1
        if command != ["init", "--org", "Org"]:  # init refuses the existing vault first
            assert err.strip() == f"roundtable: {VaultLockNotAFile.message}"


def _unprivileged() -> list[str]:
    """A command prefix that drops root, whose permission checks would hide the bug."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A temp folder another user can reach (pytest's own is private to its user)."""
    path = Path(tempfile.mkdtemp(prefix="rt-perm-"))
    path.chmod(0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.parametrize("keep_lock", [True, False])
def test_a_read_only_vault_folder_is_a_plain_error(open_tmp: Path, keep_lock: bool) -> None:
    tmp_path = open_tmp
    folder = tmp_path / "vault"
    create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    if not keep_lock:
        (folder / "vault.lock").unlink()  # e.g. a vault copied from a USB stick
    bundle = tmp_path / "b.rtbundle"
    bundle.write_bytes(b"PK not really")
    bundle.chmod(0o644)
    prefix = _unprivileged()
    if prefix:
        for path in [folder, *folder.iterdir()]:
            os.chown(path, 65534, 65534)
    folder.chmod(0o500)
    env = {
        **os.environ,
        "ROUNDTABLE_PASSPHRASE": PASSPHRASE,
        "ROUNDTABLE_NEW_PASSPHRASE": "another long passphrase 77 words",
        "HOME": str(tmp_path),
    }
    try:
        for command in (["meetings"], ["import", str(bundle)], ["passwd"]):
            proc = subprocess.run(
                [*prefix, sys.executable, "-m", "app", *command, "--vault", str(folder)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            assert proc.returncode == 1, proc.stderr
            assert proc.stderr.splitlines() == [f"roundtable: {VaultFolderNotWritable.message}"]
    finally:
        folder.chmod(0o700)
    open_vault(folder, PASSPHRASE).close()


def test_a_vault_folder_one_may_not_enter_is_not_called_damaged(open_tmp: Path) -> None:
    folder = open_tmp / "vault"
    create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    prefix = _unprivileged()
    if not prefix:
        folder.chmod(0o000)
    env = {**os.environ, "ROUNDTABLE_PASSPHRASE": PASSPHRASE, "HOME": str(open_tmp)}
    try:
        proc = subprocess.run(
            [*prefix, sys.executable, "-m", "app", "meetings", "--vault", str(folder)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        folder.chmod(0o700)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [f"roundtable: {VaultFolderUnreadable.message}"]


# --- a key file that demands hours of work ----------------------------------------------------
def _set_kdf(folder: Path, t: int, m_kib: int, p: int) -> None:
    doc = json.loads((folder / KEY_NAME).read_text())
    doc["kdf"] = {"alg": "argon2id", "t": t, "m_kib": m_kib, "p": p}
    (folder / KEY_NAME).write_text(json.dumps(doc))


@pytest.mark.parametrize(
    ("t", "m_kib", "p", "error"),
    [
        (64, 2 * 1024 * 1024, 64, VaultCorrupt),  # the caps of the old check: minutes of work
        (64, 1024 * 1024, 4, KdfTooCostly),
        (16, 256 * 1024, 4, KdfTooCostly),  # 5x our default: within the size caps, not time
        (3, 256 * 1024, 32, VaultCorrupt),
    ],
)
def test_a_key_file_demanding_too_much_work_is_refused_at_once(
    made: Path, monkeypatch, capsys, t: int, m_kib: int, p: int, error: type
) -> None:
    _set_kdf(made, t, m_kib, p)
    started = time.perf_counter()
    with pytest.raises(error):
        open_vault(made, PASSPHRASE)
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    assert main(["meetings", "--vault", str(made)]) == 1
    assert time.perf_counter() - started < 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error" not in err


def test_the_cost_cap_leaves_every_setting_we_make_alone() -> None:
    for params in (
        kdf.DEFAULT,
        kdf.INSECURE_TEST,
        kdf.KdfParams(t=3, m_kib=kdf.FLOOR_M_KIB, p=4),
        kdf.KdfParams(t=12, m_kib=256 * 1024, p=1),  # the very edge: 4x the default's cost
        kdf.KdfParams(t=3, m_kib=1024 * 1024, p=16),
    ):
        params.validate()
    with pytest.raises(KdfTooCostly):
        kdf.KdfParams(t=13, m_kib=256 * 1024, p=4).validate()


# --- a full disk, a failing disk, and real damage ---------------------------------------------
class _FailingConnection:
    """A connection whose `statement` fails with SQLite's result `code` (injected I/O)."""

    def __init__(self, real: object, statement: str, code: int, text: str) -> None:
        self._real, self._statement, self._code, self._text = real, statement, code, text

    def execute(self, sql: str, *args: object) -> object:
        if self._statement in sql:
            exc = sqlcipher3.OperationalError(self._text)
            exc.sqlite_errorcode = self._code
            raise exc
        return self._real.execute(sql, *args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


@pytest.mark.parametrize(
    ("code", "text", "error"),
    [
        (13, "database or disk is full", DiskFull),
        (10 | (4 << 8), "disk I/O error", VaultDiskError),  # SQLITE_IOERR_SHORT_READ
        (8, "attempt to write a readonly database", VaultFolderNotWritable),
    ],
)
def test_opening_on_a_full_or_failing_disk_does_not_call_the_vault_damaged(
    made: Path, monkeypatch, capsys, code: int, text: str, error: type
) -> None:
    real_connect = sqlcipher3.connect
    monkeypatch.setattr(
        database.sqlcipher3,
        "connect",
        lambda *a, **k: _FailingConnection(real_connect(*a, **k), "journal_mode", code, text),
    )
    with pytest.raises(error):
        open_vault(made, PASSPHRASE)
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    assert main(["meetings", "--vault", str(made)]) == 1
    err = one_line(capsys, error)
    assert "damaged" not in err


def test_an_io_error_on_a_nearly_full_disk_says_the_disk_is_full(
    made: Path, monkeypatch, capsys
) -> None:
    # Measured on a full tmpfs: SQLite fails to size the -shm file with SQLITE_IOERR, not FULL.
    real_connect = sqlcipher3.connect
    monkeypatch.setattr(
        database.sqlcipher3,
        "connect",
        lambda *a, **k: _FailingConnection(
            real_connect(*a, **k), "journal_mode", 10 | (19 << 8), "disk I/O error"
        ),
    )
    monkeypatch.setattr(
        database.shutil, "disk_usage", lambda _p: shutil._ntuple_diskusage(10**9, 10**9, 4096)
    )
    with pytest.raises(DiskFull):
        open_vault(made, PASSPHRASE)


def test_a_closed_pipe_is_not_an_internal_error(made: Path, monkeypatch, capsys) -> None:
    class ClosedPipe(io.StringIO):  # `roundtable meetings | head -1` once head has exited
        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            raise io.UnsupportedOperation("no file")

    from app.domain.records import Meeting

    with open_vault(made, PASSPHRASE) as vault:
        vault.store.add(Meeting(title="Quarterly"))
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    # A reader that left is not a failure of the command (issue 16): exit 0, nothing said.
    assert main(["meetings", "--vault", str(made)]) == 0
    assert capsys.readouterr().err == ""


def test_a_lock_file_on_a_full_disk_says_so(made: Path, monkeypatch) -> None:
    import errno

    real_open = os.open

    def full(path, flags, mode=0o777, **kw):
        if str(path).endswith("vault.lock"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, flags, mode, **kw)

    (made / "vault.lock").unlink()
    monkeypatch.setattr(os, "open", full)
    with pytest.raises(DiskFull):
        open_vault(made, PASSPHRASE)


def test_real_damage_is_still_called_damage(made: Path) -> None:
    with open(made / DB_NAME, "r+b") as handle:
        handle.write(os.urandom(8192))
    with pytest.raises(VaultCorrupt):
        open_vault(made, PASSPHRASE)


# --- init and demo that fail or are killed ----------------------------------------------------
def test_a_failed_creation_leaves_nothing_and_a_rerun_works(tmp_path: Path) -> None:
    folder = tmp_path / "vault"

    def broken(_vault: object) -> None:
        raise RuntimeError("disk pulled out")

    with pytest.raises(RuntimeError):
        create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST, fill=broken)
    assert list(tmp_path.iterdir()) == []
    create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    open_vault(folder, PASSPHRASE).close()


def test_a_vault_is_created_into_an_existing_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o755)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "README.txt").write_text("ours")
    for folder in (empty, busy):
        create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
        assert folder.stat().st_mode & 0o777 == 0o700
        open_vault(folder, PASSPHRASE).close()
    assert (busy / "README.txt").read_text() == "ours"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["busy", "empty"]


def test_what_could_be_a_real_vault_is_never_removed(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / DB_NAME).write_bytes(b"a database whose key file is on a USB stick")
    with pytest.raises(VaultExists):
        create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    assert (folder / DB_NAME).read_bytes().startswith(b"a database")
    # A look-alike of our staging folder without our mark (or with a key file) is left alone.
    for name, files in ((".vault.creating-x1", ["vault.db"]), (".vault.creating-x2", [])):
        (tmp_path / name).mkdir()
        for f in files:
            (tmp_path / name / f).write_bytes(b"x")
    (tmp_path / ".vault.creating-x3").mkdir()
    (tmp_path / ".vault.creating-x3" / ".roundtable-staging").touch()
    (tmp_path / ".vault.creating-x3" / KEY_NAME).write_bytes(b"{}")
    create_vault(tmp_path / "vault2", "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    shutil.rmtree(folder)
    create_vault(folder, "Org", PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    assert {".vault.creating-x1", ".vault.creating-x2", ".vault.creating-x3"} <= {
        p.name for p in tmp_path.iterdir()
    }


SLOW_DEMO = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from app.crypto import kdf
    from app.demo import fill_demo_vault
    from app.vault import create_vault

    def fill(vault):
        fill_demo_vault(vault)
        print("ready", flush=True)
        time.sleep(60)

    create_vault(Path(sys.argv[1]), "Org", sys.argv[2], params=kdf.INSECURE_TEST, fill=fill)
    """
)


def test_a_demo_killed_before_it_finished_does_not_block_a_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    proc = subprocess.Popen(
        [sys.executable, "-c", SLOW_DEMO, str(folder), PASSPHRASE],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not folder.exists()
    env = {**os.environ, "ROUNDTABLE_INSECURE_TEST_KDF": "1", "ROUNDTABLE_PASSPHRASE": PASSPHRASE}
    rerun = subprocess.run(
        [sys.executable, "-m", "app", "demo", "--vault", str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["vault"]  # the abandoned build is gone
    with open_vault(folder, PASSPHRASE) as vault:
        assert vault.conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 6


@pytest.mark.slow
def test_init_killed_at_any_moment_leaves_a_whole_vault_or_none(tmp_path: Path) -> None:
    import random

    rng = random.Random(5)
    env = {**os.environ, "ROUNDTABLE_INSECURE_TEST_KDF": "1", "ROUNDTABLE_PASSPHRASE": PASSPHRASE}

    def demo(folder: Path) -> list[str]:
        return [sys.executable, "-m", "app", "demo", "--vault", str(folder)]

    started = time.perf_counter()
    subprocess.run(demo(tmp_path / "timed"), cwd=ROOT, env=env, capture_output=True, check=True)
    duration = time.perf_counter() - started
    for round_ in range(3):
        folder = tmp_path / f"v{round_}"
        proc = subprocess.Popen(demo(folder), cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 1.0) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if folder.exists():  # it was moved into place: a whole demo vault
            with open_vault(folder, PASSPHRASE) as vault:
                assert vault.conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 6
            continue
        rerun = subprocess.run(demo(folder), cwd=ROOT, env=env, capture_output=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
        open_vault(folder, PASSPHRASE).close()


def test_a_vault_made_in_a_shared_sticky_folder_leaves_its_mode_alone(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    (shared / "someone-elses-file").write_text("x")
    from app.storage.files import ensure_private_dir

    ensure_private_dir(shared)
    assert shared.stat().st_mode & 0o7777 == 0o1777
    private = tmp_path / "mine"
    private.mkdir(mode=0o755)
    ensure_private_dir(private)
    assert private.stat().st_mode & 0o777 == 0o700
