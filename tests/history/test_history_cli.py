"""`roundtable history` and `roundtable verify --history`, end to end, with exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import kdf
from app.domain.records import Meeting
from app.storage import history
from app.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    for name in ("a", "b"):
        create_vault(
            tmp_path / name, f"Org {name.upper()}", PASSPHRASE, params=kdf.INSECURE_TEST
        ).vault.close()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rt(*args: object) -> int:
    return main([str(a) for a in args])


def _introduce(t: Path) -> None:
    assert rt("identity", "--vault", t / "a", "--card", t / "a.card") == 0
    assert rt("identity", "--vault", t / "b", "--card", t / "b.card") == 0
    assert rt("contacts", "add", "--vault", t / "a", t / "b.card", "--verified") == 0
    assert rt("contacts", "add", "--vault", t / "b", t / "a.card", "--verified") == 0


def test_history_lists_every_earlier_value(env: Path, capsys) -> None:
    with open_vault(env / "a", PASSPHRASE) as vault:
        meeting = vault.store.add(Meeting(title="First title", start_date="2026-03-01"))
        vault.store.update(meeting, title="Second title")
        vault.store.delete(meeting)
    capsys.readouterr()
    assert rt("history", "--vault", env / "a", meeting.id) == 0
    out = capsys.readouterr().out
    assert "(deleted)" in out
    assert "title: First title → Second title" in out
    assert "Org A" in out
    assert rt("history", "--vault", env / "a", meeting.id, "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in doc["entries"]] == ["create", "update", "delete"]
    assert doc["entries"][1]["changes"] == [
        {"field": "title", "before": "First title", "after": "Second title"}
    ]
    assert rt("history", "--vault", env / "a", "no-such-record") == 1
    # Restore the first version: a new change, the record back from deletion.
    first = doc["entries"][0]["n"]
    assert rt("history", "--vault", env / "a", meeting.id, "--restore", first, "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["deleted"] is False
    assert [e["kind"] for e in doc["entries"]][-1] == "restore"
    with open_vault(env / "a", PASSPHRASE) as vault:
        assert vault.store.get(Meeting, meeting.id).title == "First title"
    assert rt("history", "--vault", env / "a", meeting.id, "--restore", 999) == 1
    assert "No such entry" in capsys.readouterr().err
    assert "Traceback" not in capsys.readouterr().err


def _export(t: Path, name: str) -> Path:
    out = t / name
    assert rt("export", "--vault", t / "a", "--to", "Org B", "--all", "-o", out) == 0
    return out


def test_verify_history_without_a_vault(env: Path, capsys) -> None:
    t = env
    _introduce(t)
    with open_vault(t / "a", PASSPHRASE) as vault:
        meeting = vault.store.add(Meeting(title="First", start_date="2026-03-01"))
    one = _export(t, "1.rtbundle")
    with open_vault(t / "a", PASSPHRASE) as vault:
        vault.store.update(vault.store.get(Meeting, meeting.id), title="Second")
    two = _export(t, "2.rtbundle")
    capsys.readouterr()
    assert rt("verify", "--history", two, "--since", one, "--signer", t / "a.card") == 0
    out = capsys.readouterr().out
    assert "only grew" in out
    assert rt("verify", "--history", two, "--signer", t / "a.card", "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    with open_vault(t / "a", PASSPHRASE) as vault:
        count, head = history.head(vault.conn)
    assert doc["checkpoints"][0]["count"] == count and doc["checkpoints"][0]["head"] == head.hex()

    # The sender rewrites its log (drops what it had sent) and exports again: named, exit 1.
    with open_vault(t / "a", PASSPHRASE) as vault:
        vault.conn.execute("DELETE FROM history WHERE n > 1")
    three = _export(t, "3.rtbundle")
    assert rt("verify", "--history", three, "--since", two, "--signer", t / "a.card") == 1
    assert "rewrote its history" in capsys.readouterr().err
    assert rt("import", "--vault", t / "b", two) == 0
    capsys.readouterr()
    assert rt("import", "--vault", t / "b", three, "--json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["log"]["status"] == "rewritten"
    assert any("Org A's change log does not continue" in w for w in doc["warnings"])


def test_verify_since_needs_history(env: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        rt("verify", env / "x.rtbundle", "--since", env / "y.rtbundle", "--signer", env / "c")
    assert exc.value.code == 2


def test_verify_history_names_two_checkpoints_under_one_sequence_number(env: Path, capsys) -> None:
    """Review (rev15): two bundles of one sender with the same sequence number but different
    checkpoints are a fork (a vault rolled back and exporting again), whatever order they are
    given in; before, the order decided whether it was noticed."""
    t = env
    _introduce(t)
    with open_vault(t / "a", PASSPHRASE) as vault:
        meeting = vault.store.add(Meeting(title="First", start_date="2026-03-01"))
        vault.store.update(meeting, title="Second")
    one = _export(t, "1.rtbundle")
    with open_vault(t / "a", PASSPHRASE) as vault:  # back to an older copy, then on again
        vault.conn.execute("DELETE FROM history WHERE n > 1")
        vault.conn.execute("DELETE FROM sent_bundles")
    two = _export(t, "2.rtbundle")
    capsys.readouterr()
    for first, then in ((one, two), (two, one)):
        assert rt("verify", "--history", first, "--since", then, "--signer", t / "a.card") == 1
        assert "rewrote its history" in capsys.readouterr().err
