"""An unexpected error in a command: one line and exit 1, never a traceback quoting content."""

from __future__ import annotations

import argparse

import pytest

from app.cli import main, query_cmds


def test_a_bug_in_a_command_prints_one_line_without_its_message(
    monkeypatch: pytest.MonkeyPatch, tmp_path, capsys
) -> None:
    def broken(_args: argparse.Namespace) -> int:
        raise KeyError("Testimony: they came at night and told us to sign")

    monkeypatch.setattr(query_cmds, "cmd_meetings", broken)  # looked up when the parser is built
    assert main(["meetings", "--vault", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "came at night" not in err and "Traceback" not in err
    assert err.strip() == "roundtable: internal error (KeyError); nothing sensitive was printed."


def test_a_passphrase_file_that_is_not_text_is_a_clear_error(tmp_path, capsys) -> None:
    bad = tmp_path / "passphrase"
    bad.write_bytes(b"\xff\xfe\x00secret")
    assert main(["meetings", "--vault", str(tmp_path), "--passphrase-file", str(bad)]) == 1
    assert capsys.readouterr().err.strip() == "roundtable: The passphrase file could not be read."


def test_a_new_vaults_recovery_key_is_not_in_its_repr(tmp_path) -> None:
    from app.crypto import kdf
    from app.vault import create_vault
    from tests.conftest import PASSPHRASE

    made = create_vault(tmp_path / "v", "Org", PASSPHRASE, params=kdf.INSECURE_TEST)
    try:
        assert made.recovery_key and made.recovery_key not in repr(made)
    finally:
        made.vault.close()


def test_a_failing_close_still_releases_the_vault_folder(tmp_path) -> None:
    from app.storage.files import ProcessLock
    from app.vault import Vault

    class _Conn:
        def execute(self, *_args: object) -> None:
            return None

        def close(self) -> None:
            raise OSError("disk gone")

    lock = ProcessLock(tmp_path / "vault.lock")
    lock.acquire()
    vault = Vault(tmp_path, _Conn(), None, "org", "vid", lock)  # type: ignore[arg-type]
    with pytest.raises(OSError):
        vault.close()
    assert not lock.held
