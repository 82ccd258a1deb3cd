"""End to end through the command line: backup, check, restore, recovery split and restore."""

from __future__ import annotations

import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.errors import RoundtableError
from tests.conftest import PASSPHRASE
from tests.test_cli import run as run_process


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture(autouse=True)
def _in_process(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Most runs call the CLI's `main` in this process (a subprocess costs seconds here); one
    test goes through a real process to prove the exit codes end to end."""

    def in_process(*args: str, env: dict[str, str] | None = None, stdin: str | None = None):
        from app.cli import main

        with monkeypatch.context() as m:
            for name in (
                "ROUNDTABLE_PASSPHRASE",
                "ROUNDTABLE_NEW_PASSPHRASE",
                "ROUNDTABLE_RECOVERY_KEY",
                "ROUNDTABLE_RECOVERY_SHARES",
            ):
                m.delenv(name, raising=False)
            for name, value in (env or {}).items():
                m.setenv(name, value)
            m.setattr(sys, "stdin", io.StringIO(stdin or ""))
            capsys.readouterr()
            try:
                code = main(list(args))
            except SystemExit as exc:
                code = int(exc.code or 0)
            out = capsys.readouterr()
        return Result(code, out.out, out.err)

    monkeypatch.setattr(sys.modules[__name__], "_runner", in_process)


_runner: Any = None


def run(*args: str, **kw: Any) -> Result:
    return _runner(*args, **kw)


NEW = "a completely new passphrase 88"


def _init(folder: Path) -> str:
    proc = run(
        "init", "--vault", str(folder), "--org", "Org", env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
    )
    assert proc.returncode == 0, proc.stderr
    return re.search(r"^\s+([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$", proc.stdout, re.M).group(1)  # type: ignore[union-attr]


def _one_line_failure(proc) -> str:  # type: ignore[no-untyped-def]
    assert proc.returncode == 1, (proc.stdout, proc.stderr)
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("roundtable: ")
    assert "Traceback" not in proc.stderr
    return proc.stderr


def test_backup_check_restore(tmp_path: Path) -> None:
    recovery = _init(tmp_path / "v")
    file = tmp_path / "b.rtbackup"
    proc = run("backup", "--vault", str(tmp_path / "v"), "-o", str(file))  # no passphrase needed
    assert proc.returncode == 0, proc.stderr
    proc = run("backup", "--check", str(file), "--json", env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE})
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["organisation"] == "Org"
    proc = run(
        "backup", "--check", str(file), "--recovery-key", env={"ROUNDTABLE_RECOVERY_KEY": recovery}
    )
    assert proc.returncode == 0, proc.stderr
    assert "Backup OK" in proc.stdout
    assert (
        "wrong"
        in _one_line_failure(
            run("backup", "--check", str(file), env={"ROUNDTABLE_PASSPHRASE": "nope nope nope"})
        ).lower()
    )
    proc = run("restore", str(file), "--vault", str(tmp_path / "r"))
    assert proc.returncode == 0, proc.stderr
    proc = run(
        "meetings", "--vault", str(tmp_path / "r"), env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
    )
    assert proc.returncode == 0, proc.stderr
    # Into a folder holding a vault: refused, nothing touched.
    assert "already" in _one_line_failure(run("restore", str(file), "--vault", str(tmp_path / "r")))
    # A truncated backup: one line, nothing written.
    cut = tmp_path / "cut.rtbackup"
    cut.write_bytes(file.read_bytes()[:-1000])
    assert "incomplete" in _one_line_failure(
        run("restore", str(cut), "--vault", str(tmp_path / "c"))
    )
    assert not (tmp_path / "c").exists()
    assert "incomplete" in _one_line_failure(
        run("backup", "--check", str(cut), env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE})
    )


def test_a_real_process_exits_0_then_1_with_one_line(tmp_path: Path) -> None:
    _init(tmp_path / "v")
    file = tmp_path / "b.rtbackup"
    assert run_process("backup", "--vault", str(tmp_path / "v"), "-o", str(file)).returncode == 0
    file.write_bytes(file.read_bytes()[:100])
    proc = run_process("restore", str(file), "--vault", str(tmp_path / "r"))
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert run_process("backup").returncode == 2


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("backup", "--vault", str(tmp_path)).returncode == 2  # neither -o nor --check
    assert run("backup", "-o", "x", "--check", "y").returncode == 2
    assert run("recovery", "split", "--shares", "3").returncode == 2
    assert run("restore").returncode == 2


def test_missing_vault_and_restore_without_a_folder(tmp_path: Path) -> None:
    _one_line_failure(run("backup", "--vault", str(tmp_path / "none"), "-o", str(tmp_path / "x")))
    (tmp_path / "f.rtbackup").write_bytes(b"junk")
    assert "--vault" in _one_line_failure(run("restore", str(tmp_path / "f.rtbackup")))


def _split(folder: Path, out: Path, n: int = 5, k: int = 3) -> list[str]:
    proc = run(
        "recovery",
        "split",
        "--vault",
        str(folder),
        "--shares",
        str(n),
        "--threshold",
        str(k),
        "-o",
        str(out),
        "--json",
        env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE},
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["threshold"] == k
    for share in doc["shares"]:
        sheet = Path(share["sheet"])
        assert sheet.stat().st_mode & 0o777 == 0o600 and sheet.read_bytes().startswith(b"%PDF")
    return [s["words"] for s in doc["shares"]]


def test_split_then_restore_with_any_three_shares(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    recovery = _init(folder)
    old_backup = tmp_path / "old.rtbackup"
    assert run("backup", "--vault", str(folder), "-o", str(old_backup)).returncode == 0
    shares = _split(folder, tmp_path / "sheets")
    assert len(list((tmp_path / "sheets").iterdir())) == 5
    # The old recovery key stopped working (a re-key), and so does the old backup's key file.
    assert (
        "recovery key"
        in _one_line_failure(
            run(
                "passwd",
                "--vault",
                str(folder),
                "--recovery-key",
                env={"ROUNDTABLE_RECOVERY_KEY": recovery, "ROUNDTABLE_NEW_PASSPHRASE": NEW},
            )
        ).lower()
    )
    stdin = "\n".join([shares[4], shares[1], shares[3]]) + "\n"
    assert "do not open" in _one_line_failure(
        run("backup", "--check", str(old_backup), "--recovery-shares", stdin=stdin)
    )
    # Two shares: how many more, nothing else.
    two = run(
        "recovery",
        "restore",
        "--vault",
        str(folder),
        env={"ROUNDTABLE_RECOVERY_SHARES": "\n".join(shares[:2]), "ROUNDTABLE_NEW_PASSPHRASE": NEW},
    )
    assert "1 more needed" in _one_line_failure(two)
    # A mistyped word is named.
    words = shares[0].split()
    words[6] = "academic" if words[6] != "academic" else "acid"
    typo = run(
        "recovery",
        "restore",
        "--vault",
        str(folder),
        stdin="\n".join([" ".join(words), shares[1], shares[2]]),
        env={"ROUNDTABLE_NEW_PASSPHRASE": NEW},
    )
    assert "Share 1: word 7" in _one_line_failure(typo)
    # Any three, in any order, from standard input; then the new passphrase opens it.
    proc = run(
        "recovery",
        "restore",
        "--vault",
        str(folder),
        stdin=stdin,
        env={"ROUNDTABLE_NEW_PASSPHRASE": NEW},
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        run("meetings", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": NEW}).returncode == 0
    )
    assert (
        run(
            "meetings", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
        ).returncode
        == 1
    )
    # New shares revoke the old ones.
    newer = _split_with(folder, tmp_path / "sheets2", NEW)
    old = run(
        "recovery",
        "restore",
        "--vault",
        str(folder),
        stdin=stdin,
        env={"ROUNDTABLE_NEW_PASSPHRASE": PASSPHRASE},
    )
    assert "do not open this vault" in _one_line_failure(old)
    assert len(newer) == 3


def _split_with(folder: Path, out: Path, passphrase: str) -> list[str]:
    proc = run(
        "recovery",
        "split",
        "--vault",
        str(folder),
        "--shares",
        "3",
        "--threshold",
        "2",
        "-o",
        str(out),
        "--json",
        env={"ROUNDTABLE_PASSPHRASE": passphrase},
    )
    assert proc.returncode == 0, proc.stderr
    return [s["words"] for s in json.loads(proc.stdout)["shares"]]


@pytest.mark.parametrize(("n", "k"), [("3", "1"), ("2", "3"), ("17", "2")])
def test_split_refuses_bad_numbers_before_anything_changes(tmp_path: Path, n: str, k: str) -> None:
    folder = tmp_path / "v"
    _init(folder)
    key_before = (folder / "vault.key").read_bytes()
    proc = run(
        "recovery",
        "split",
        "--vault",
        str(folder),
        "--shares",
        n,
        "--threshold",
        k,
        "-o",
        str(tmp_path / "s"),
        env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE},
    )
    assert "threshold" in _one_line_failure(proc)
    assert (folder / "vault.key").read_bytes() == key_before
    assert not (tmp_path / "s").exists()


def test_split_with_a_wrong_passphrase_writes_no_sheet(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _init(folder)
    proc = run(
        "recovery",
        "split",
        "--vault",
        str(folder),
        "--shares",
        "3",
        "--threshold",
        "2",
        "-o",
        str(tmp_path / "s"),
        env={"ROUNDTABLE_PASSPHRASE": "wrong wrong wrong"},
    )
    _one_line_failure(proc)
    assert not (tmp_path / "s").exists() or not list((tmp_path / "s").iterdir())


def test_bind_and_unbind(tmp_path: Path) -> None:
    from app.crypto import device_secret
    from tests.fake_keyring import FakeKeyring

    folder = tmp_path / "v"
    _init(folder)
    env = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
    try:
        device_secret.backend()
    except RoundtableError:
        assert "keyring" in _one_line_failure(run("bind", "--vault", str(folder), env=env))
    fake = FakeKeyring()
    device_secret.use_backend_for_tests(fake)
    try:
        proc = run("bind", "--vault", str(folder), env=env)
        assert proc.returncode == 0, proc.stderr
        assert "bound to this device" in proc.stdout and len(fake.items) == 1
        assert (
            "wrong"
            in _one_line_failure(
                run(
                    "bind",
                    "--vault",
                    str(folder),
                    "--off",
                    env={"ROUNDTABLE_PASSPHRASE": "x y z w"},
                )
            ).lower()
        )
        proc = run("bind", "--vault", str(folder), "--off", env=env)
        assert proc.returncode == 0, proc.stderr
        assert fake.items == {}
    finally:
        device_secret.use_backend_for_tests(None)
    assert run("meetings", "--vault", str(folder), env=env).returncode == 0
