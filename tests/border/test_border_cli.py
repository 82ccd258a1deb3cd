"""`roundtable destroy` and `roundtable wipe-after` end to end (issue 13; exit codes DESIGN §5)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.test_cli import run

WRONG = {"ROUNDTABLE_PASSPHRASE": "not the passphrase at all 7"}
RIGHT = {"ROUNDTABLE_PASSPHRASE": PASSPHRASE}


def _init(folder: Path) -> None:
    proc = run("init", "--vault", str(folder), "--org", "Org", env=RIGHT)
    assert proc.returncode == 0, proc.stderr


def test_destroy_needs_yes_without_a_terminal_and_then_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(folder)
    refused = run("destroy", "--vault", str(folder), stdin="")
    assert refused.returncode == 2 and "nothing was changed" in refused.stderr
    assert (folder / "vault.key").exists()
    done = run("destroy", "--vault", str(folder), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Vault destroyed" in done.stdout and "What remains:" in done.stdout
    assert "backups" in done.stdout and "disk image" in done.stdout
    assert not folder.exists()
    again = run("destroy", "--vault", str(folder), "--yes")
    assert again.returncode == 1
    assert again.stderr.strip() == "roundtable: No vault found in this folder."
    assert run("meetings", "--vault", str(folder), env=RIGHT).returncode == 1


def test_destroy_in_khmer(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(folder)
    done = run("--lang", "km", "destroy", "--vault", str(folder), "--yes")
    assert done.returncode == 0, done.stderr
    assert "Vault destroyed" not in done.stdout and str(folder) in done.stdout


def test_wipe_after_five_wrong_passphrases(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(folder)
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


def test_wipe_after_is_changed_only_with_the_passphrase(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    _init(folder)
    assert run("wipe-after", "--vault", str(folder), "10", env=WRONG).returncode == 1
    assert not (folder / "vault.guard").exists()
    assert run("wipe-after", "--vault", str(folder), "7", env=RIGHT).returncode == 2
    assert run("wipe-after", "--vault", str(folder), "20", env=RIGHT).returncode == 0
    assert run("wipe-after", "--vault", str(folder), "off", env=RIGHT).returncode == 0
    assert not (folder / "vault.guard").exists()


def test_destroy_names_the_apps_automatic_backup_folder(tmp_path: Path) -> None:
    import os

    from PySide6.QtCore import QSettings

    folder = tmp_path / "vault"
    _init(folder)
    settings = QSettings("Roundtable", "Roundtable")  # the app's own file, under XDG_CONFIG_HOME
    settings.setValue("backup/folder", str(tmp_path / "my backups"))
    settings.sync()
    env = {"XDG_CONFIG_HOME": os.environ["XDG_CONFIG_HOME"]}
    done = run("destroy", "--vault", str(folder), "--yes", env=env)
    assert done.returncode == 0, done.stderr
    assert f"Backups in {tmp_path / 'my backups'}" in done.stdout
