"""`roundtable destroy`, `wipe-after`, `travel` and `duress` end to end (issue 13; exit codes
DESIGN §5). In-process through `app.cli.main`, as the shell would call it; one run as a real
process."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from app.cli import main
from tests.conftest import PASSPHRASE
from tests.test_cli import run as run_process


class Result(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


Run = Callable[..., Result]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def cli(*args: str, env: dict[str, str] | None = None, stdin: str = "") -> Result:
        for name in (
            "ROUNDTABLE_PASSPHRASE",
            "ROUNDTABLE_NEW_PASSPHRASE",
            "ROUNDTABLE_RECOVERY_KEY",
        ):
            monkeypatch.delenv(name, raising=False)
        for name, value in (env or {}).items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
        out = capsys.readouterr()
        return Result(code, out.out, out.err)

    return cli


WRONG = {"ROUNDTABLE_PASSPHRASE": "not the passphrase at all 7"}
RIGHT = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


def _init(run: Run, folder: Path) -> None:
    proc = run("init", "--vault", str(folder), "--org", "Org", env=RIGHT)
    assert proc.returncode == 0, proc.stderr


def test_destroy_needs_yes_without_a_terminal_and_then_leaves_nothing(
    run: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    _init(run, folder)
    refused = run("destroy", "--vault", str(folder), stdin="")
    assert refused.returncode == 2 and "nothing was changed" in refused.stderr
    assert (folder / "vault.key").exists()
    done = run_process("destroy", "--vault", str(folder), "--yes")  # a real process once
    assert done.returncode == 0, done.stderr
    assert "Vault destroyed" in done.stdout and "What remains:" in done.stdout
    assert "backups" in done.stdout and "disk image" in done.stdout
    assert not folder.exists()
    again = run("destroy", "--vault", str(folder), "--yes")
    assert again.returncode == 1
    assert again.stderr.strip() == "roundtable: No vault found in this folder."
    assert run("meetings", "--vault", str(folder), env=RIGHT).returncode == 1


def test_destroy_in_khmer(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(run, folder)
    done = run("--lang", "km", "destroy", "--vault", str(folder), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Vault destroyed" not in done.stdout and str(folder) in done.stdout


def test_wipe_after_five_wrong_passphrases(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(run, folder)
    shown = run("wipe-after", "--vault", str(folder))
    assert shown.returncode == 0 and "off" in shown.stdout
    on = run("wipe-after", "--vault", str(folder), "5", env=RIGHT)
    assert on.returncode == 0, on.stderr
    assert "not on a copy of the disk" in on.stdout
    assert "5 wrong passphrases in a row: on (0" in run("wipe-after", "--vault", str(folder)).stdout
    errors = [run("meetings", "--vault", str(folder), env=WRONG) for _ in range(5)]
    assert [p.returncode for p in errors] == [1] * 5
    assert errors[0].stderr.strip() == "roundtable: Wrong passphrase."
    assert "3 more wrong attempts" in errors[1].stderr
    assert "has been destroyed" in errors[4].stderr
    assert not (folder / "vault.key").exists()
    assert "Traceback" not in "".join(p.stderr for p in errors)


def test_wipe_after_is_changed_only_with_the_passphrase(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(run, folder)
    assert run("wipe-after", "--vault", str(folder), "10", env=WRONG).returncode == 1
    assert not (folder / "vault.guard").exists()
    assert run("wipe-after", "--vault", str(folder), "7", env=RIGHT).returncode == 2
    assert run("wipe-after", "--vault", str(folder), "20", env=RIGHT).returncode == 0
    assert run("wipe-after", "--vault", str(folder), "off", env=RIGHT).returncode == 0
    assert not (folder / "vault.guard").exists()


def test_destroy_names_the_apps_automatic_backup_folder(run: Run, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    folder = tmp_path / "vault"
    _init(run, folder)
    settings = QSettings("Roundtable", "Roundtable")  # the app's own file, under XDG_CONFIG_HOME
    settings.setValue("backup/folder", str(tmp_path / "my backups"))
    settings.sync()
    done = run("destroy", "--vault", str(folder), "--yes")
    assert done.returncode == 0, done.stderr
    assert f"Backups in {tmp_path / 'my backups'}" in done.stdout


DURESS = "ordinary garden meetings 2026"


def test_travel_mode_then_restore_with_the_recovery_key(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    init = run("init", "--vault", str(folder), "--org", "Org", env=RIGHT)
    recovery = init.stdout.splitlines()[2].strip()
    before = (folder / "vault.key").stat().st_size
    assert run("travel", "--vault", str(folder), env=WRONG).returncode == 1
    on = run("travel", "--vault", str(folder), env=RIGHT)
    assert on.returncode == 0, on.stderr
    assert "Travel mode is on" in on.stdout and "recovery" in on.stdout
    assert (folder / "vault.key").stat().st_size == before
    assert not (folder / "vault.note").exists()  # no note unless asked for
    locked = run("meetings", "--vault", str(folder), env=RIGHT)
    assert locked.returncode == 1 and locked.stderr.strip() == "roundtable: Wrong passphrase."
    new = "a new passphrase after the border 3"
    restored = run(
        "passwd",
        "--vault",
        str(folder),
        "--recovery-key",
        env={"ROUNDTABLE_RECOVERY_KEY": recovery, "ROUNDTABLE_NEW_PASSPHRASE": new},
    )
    assert restored.returncode == 0, restored.stderr
    assert (
        run("meetings", "--vault", str(folder), env={"ROUNDTABLE_PASSPHRASE": new}).returncode == 0
    )


def test_travel_mode_with_a_visible_note(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(run, folder)
    on = run("travel", "--vault", str(folder), "--note", "Ask the secretariat.", env=RIGHT)
    assert on.returncode == 0, on.stderr
    assert (folder / "vault.note").read_text() == "Ask the secretariat."


def test_duress_from_the_command_line(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    init = run("init", "--vault", str(folder), "--org", "Real Org", env=RIGHT)
    recovery = init.stdout.splitlines()[2].strip()
    both = {**RIGHT, "ROUNDTABLE_NEW_PASSPHRASE": DURESS}
    same = run(
        "duress", "--vault", str(folder), env={**RIGHT, "ROUNDTABLE_NEW_PASSPHRASE": PASSPHRASE}
    )
    assert same.returncode == 1 and "must be different" in same.stderr
    made = run("duress", "--vault", str(folder), "--decoy", "demo", env=both)
    assert made.returncode == 0, made.stderr
    assert "Duress passphrase set" in made.stdout
    real = run("meetings", "--vault", str(folder), "--json", env=RIGHT)
    assert real.returncode == 0 and real.stdout.strip() == "[]"  # the real vault: no meetings
    decoy = run("meetings", "--vault", str(folder), "--json", env={"ROUNDTABLE_PASSPHRASE": DURESS})
    assert decoy.returncode == 0 and decoy.stdout.strip() != "[]"  # the sample meetings
    after = run("meetings", "--vault", str(folder), env=RIGHT)
    wrong = run("meetings", "--vault", str(folder), env=WRONG)
    assert (
        (after.returncode, after.stderr)
        == (wrong.returncode, wrong.stderr)
        == (
            1,
            "roundtable: Wrong passphrase.\n",
        )
    )
    restored = run(
        "passwd",
        "--vault",
        str(folder),
        "--recovery-key",
        env={"ROUNDTABLE_RECOVERY_KEY": recovery, "ROUNDTABLE_NEW_PASSPHRASE": PASSPHRASE + "!"},
    )
    assert restored.returncode == 0, restored.stderr
    again = run(
        "meetings",
        "--vault",
        str(folder),
        "--json",
        env={"ROUNDTABLE_PASSPHRASE": PASSPHRASE + "!"},
    )
    assert again.returncode == 0 and again.stdout.strip() == "[]"


def test_duress_change_and_off(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(run, folder)
    both = {**RIGHT, "ROUNDTABLE_NEW_PASSPHRASE": DURESS}
    assert run("duress", "--vault", str(folder), "--decoy", "empty", env=both).returncode == 0
    other = {**RIGHT, "ROUNDTABLE_NEW_PASSPHRASE": "another harmless phrase 88"}
    changed = run("duress", "--vault", str(folder), "--change", env=other)
    assert changed.returncode == 0 and "changed" in changed.stdout
    off = run("duress", "--vault", str(folder), "--off", env=RIGHT)
    assert off.returncode == 0 and "removed" in off.stdout
    none = run("duress", "--vault", str(folder), "--change", env=other)
    assert none.returncode == 1 and "has no duress passphrase" in none.stderr
    assert run("duress", "--vault", str(folder), "--change", "--off", env=RIGHT).returncode == 2
    assert run("meetings", "--vault", str(folder), env=RIGHT).returncode == 0


def test_wipe_after_on_a_folder_without_a_vault(run: Run, tmp_path: Path) -> None:
    shown = run("wipe-after", "--vault", str(tmp_path / "none"))
    assert shown.returncode == 1 and "No vault found" in shown.stderr


def test_duress_without_a_duress_passphrase_says_which_is_missing(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(run, folder)
    missing = run("duress", "--vault", str(folder), env=RIGHT)
    assert missing.returncode == 1 and "ROUNDTABLE_NEW_PASSPHRASE" in missing.stderr
