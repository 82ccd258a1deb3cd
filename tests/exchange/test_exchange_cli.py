"""The exchange commands of DESIGN §5, end to end, with their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import kdf
from app.vault import create_vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    for name in ("a", "b", "c"):
        create_vault(
            tmp_path / name, f"Org {name.upper()}", PASSPHRASE, params=kdf.INSECURE_TEST
        ).vault.close()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rt(*args: str) -> int:
    return main([str(a) for a in args])


def test_identity_contacts_export_verify_import(cli_env: Path, capsys) -> None:
    t = cli_env
    assert (
        rt("identity", "--vault", t / "a", "--card", t / "a.card", "--minisign-pub", t / "a.pub")
        == 0
    )
    out = capsys.readouterr().out
    fingerprint = out.split("Fingerprint:")[1].splitlines()[0].strip()
    assert len(fingerprint.split()) == 6
    assert rt("identity", "--vault", t / "b", "--card", t / "b.card") == 0
    assert rt("contacts", "add", "--vault", t / "a", t / "b.card") == 0
    assert rt("contacts", "add", "--vault", t / "b", t / "a.card") == 0
    capsys.readouterr()
    assert rt("contacts", "list", "--vault", t / "b", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["org_name"] == "Org A" and listed[0]["verified"] is False
    assert rt("contacts", "verify", "--vault", t / "b", "Org A", "--fingerprint", "1" * 30) == 1
    assert rt("contacts", "verify", "--vault", t / "b", "Org A", "--fingerprint", fingerprint) == 0

    from app.domain.records import Meeting
    from app.vault import open_vault

    with open_vault(t / "a", PASSPHRASE) as vault:
        meeting = vault.store.add(Meeting(title="Leaders' meeting", start_date="2026-03-01"))
    assert rt("export", "--vault", t / "a", "--to", "Org B", "--meeting", meeting.id) == 0
    bundles = list(t.glob("*.rtbundle"))
    assert len(bundles) == 1
    assert "Leaders" not in bundles[0].name and "Org" not in bundles[0].name
    capsys.readouterr()

    assert rt("verify", bundles[0], "--signer", t / "a.card", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["signer"] == "Org A" and report["fingerprint"] == fingerprint
    assert report["seq"] == 1
    assert rt("verify", bundles[0], "--signer", t / "b.card") == 1
    assert "different key" in capsys.readouterr().err
    assert rt("verify", bundles[0]) == 1  # no key to check against

    assert rt("import", "--vault", t / "b", bundles[0], "--dry-run", "--json") == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["applied"] is False and preview["summary"]["new"] == 1
    with open_vault(t / "b", PASSPHRASE) as vault:
        assert vault.store.find(Meeting, meeting.id) is None
    assert rt("import", "--vault", t / "b", bundles[0]) == 0
    assert "Imported: 1 new" in capsys.readouterr().out
    with open_vault(t / "b", PASSPHRASE) as vault:
        assert vault.store.get(Meeting, meeting.id).title == "Leaders' meeting"
    assert rt("import", "--vault", t / "b", bundles[0]) == 0
    assert "already imported" in capsys.readouterr().out


def test_failures_and_usage_errors(cli_env: Path, capsys) -> None:
    t = cli_env
    junk = t / "junk.rtbundle"
    junk.write_bytes(b"this is not a zip file")
    assert rt("verify", junk, "--signer", junk) == 1
    err = capsys.readouterr().err
    assert err.startswith("roundtable: ") and len(err.strip().splitlines()) == 1
    assert rt("import", "--vault", t / "b", junk) == 1
    with pytest.raises(SystemExit) as exit_info:
        rt("export", "--vault", t / "a", "--to", "Org B", "-o", t / "x.rtbundle")  # no selection
    assert exit_info.value.code == 2
    assert rt("export", "--vault", t / "a", "--to", "Nobody", "--all", "-o", t / "x.rtbundle") == 1
    assert "No contact" in capsys.readouterr().err
    assert not (t / "x.rtbundle").exists()


def test_identity_rotate_keeps_partners_trust(cli_env: Path, capsys) -> None:
    t = cli_env
    assert rt("identity", "--vault", t / "a", "--card", t / "a.card") == 0
    assert rt("contacts", "add", "--vault", t / "b", t / "a.card", "--verified") == 0
    assert rt("identity", "--vault", t / "a", "--rotate") == 1  # refuses to lose the new card
    assert rt("identity", "--vault", t / "a", "--rotate", "--card", t / "new.card") == 0
    assert rt("contacts", "add", "--vault", t / "b", t / "new.card") == 0
    assert "rotated: Org A" in capsys.readouterr().out
    assert rt("contacts", "list", "--vault", t / "b", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["verified"] is True and listed[0]["keys"] == 2


def test_export_into_a_missing_folder_fails_cleanly(cli_env: Path, capsys) -> None:
    t = cli_env
    assert rt("identity", "--vault", t / "b", "--card", t / "b.card") == 0
    assert rt("contacts", "add", "--vault", t / "a", t / "b.card") == 0
    from app.domain.records import Meeting
    from app.vault import open_vault

    with open_vault(t / "a", PASSPHRASE) as vault:
        vault.store.add(Meeting(title="Some meeting", start_date="2026-03-01"))
    target = t / "no" / "such" / "folder" / "x.rtbundle"
    assert rt("export", "--vault", t / "a", "--to", "Org B", "--all", "-o", target) == 1
    assert "could not be written" in capsys.readouterr().err
    with open_vault(t / "a", PASSPHRASE) as vault:  # nothing recorded as sent
        assert vault.conn.execute("SELECT count(*) FROM sent_bundles").fetchone()[0] == 0
