"""`roundtable rekey` end to end (issue 17 item 2)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.test_cli import run

NEW = "a completely new passphrase 91"


def test_rekey_prints_a_new_recovery_key_and_revokes_the_old_key_file(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    env = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}
    init = run("init", "--vault", str(folder), "--org", "Org", env=env)
    assert init.returncode == 0, init.stderr
    old_recovery = init.stdout.splitlines()[2].strip()
    old_keyfile = (folder / "vault.key").read_bytes()

    kept = run("rekey", "--vault", str(folder), env=env)
    assert kept.returncode == 0, kept.stderr
    assert "no longer open" in kept.stdout
    recovery = [line.strip() for line in kept.stdout.splitlines() if line.count("-") == 7]
    assert len(recovery) == 1 and recovery[0] != old_recovery
    assert run("meetings", "--vault", str(folder), env=env).returncode == 0  # passphrase kept

    old_key = run(
        "passwd",
        "--vault",
        str(folder),
        "--recovery-key",
        env={"ROUNDTABLE_RECOVERY_KEY": old_recovery, "ROUNDTABLE_NEW_PASSPHRASE": NEW},
    )
    assert old_key.returncode == 1 and old_key.stderr == "roundtable: Wrong recovery key.\n"

    changed = run("rekey", "--vault", str(folder), env={**env, "ROUNDTABLE_NEW_PASSPHRASE": NEW})
    assert changed.returncode == 0, changed.stderr
    assert run("meetings", "--vault", str(folder), env=env).returncode == 1
    assert (
        run("meetings", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": NEW}).returncode == 0
    )

    (folder / "vault.key").write_bytes(old_keyfile)
    stale = run("meetings", "--vault", str(folder), env=env)
    assert stale.returncode == 1 and "Traceback" not in stale.stderr


def test_rekey_with_a_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert (
        run(
            "init",
            "--vault",
            str(folder),
            "--org",
            "Org",
            env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE},
        ).returncode
        == 0
    )
    before = (folder / "vault.key").read_bytes()
    proc = run("rekey", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": "wrong passphrase x"})
    assert proc.returncode == 1 and proc.stderr == "roundtable: Wrong passphrase.\n"
    assert (folder / "vault.key").read_bytes() == before
