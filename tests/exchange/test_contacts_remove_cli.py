"""`roundtable contacts remove`: the way out of a squatted organisation id, end to end."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import kdf
from app.exchange.contacts import list_contacts
from app.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def rt(*args: object) -> int:
    return main([str(a) for a in args])


@pytest.fixture
def squatted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Vault a holds the card of S, which took partner b's organisation id."""
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    for name, org in (("a", "Org A"), ("b", "Org B"), ("s", "Org S")):
        create_vault(tmp_path / name, org, PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    with open_vault(tmp_path / "b", PASSPHRASE) as b:
        b_id = b.org_id
    with open_vault(tmp_path / "s", PASSPHRASE) as s, s.store.transaction():
        s.conn.execute("UPDATE vault_meta SET value = ? WHERE key = 'org_id'", (b_id,))
        s.conn.execute("UPDATE identity SET org_id = ?", (b_id,))
        s.conn.execute("UPDATE organisations SET id = ? WHERE id = ?", (b_id, s.org_id))
    for name in ("b", "s"):
        assert rt("identity", "--vault", tmp_path / name, "--card", tmp_path / f"{name}.card") == 0
    assert rt("contacts", "add", "--vault", tmp_path / "a", tmp_path / "s.card") == 0
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _names(folder: Path) -> list[str]:
    with open_vault(folder, PASSPHRASE) as vault:
        return [c.org_name for c in list_contacts(vault.conn)]


def _fingerprint(folder: Path) -> str:
    with open_vault(folder, PASSPHRASE) as vault:
        return list_contacts(vault.conn)[0].fingerprint


def test_the_conflict_names_the_holder_and_remove_clears_the_way(squatted: Path, capsys) -> None:
    t = squatted
    held = _fingerprint(t / "a")
    capsys.readouterr()
    assert rt("contacts", "add", "--vault", t / "a", t / "b.card") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "Org S" in err and held in err and "contacts remove" in err

    assert rt("contacts", "remove", "--vault", t / "a", held, "--yes") == 0
    out = capsys.readouterr().out
    assert "Removed: Org S" in out and held in out
    assert _names(t / "a") == []
    assert rt("contacts", "add", "--vault", t / "a", t / "b.card") == 0
    assert _names(t / "a") == ["Org B"]


def test_remove_asks_on_a_terminal_and_needs_yes_otherwise(
    squatted: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    t = squatted
    assert rt("contacts", "remove", "--vault", t / "a", "Org S") == 1  # stdin is not a terminal
    assert "--yes" in capsys.readouterr().err
    assert _names(t / "a") == ["Org S"]

    monkeypatch.setattr(sys, "stdin", _Terminal("n\n"))
    assert rt("contacts", "remove", "--vault", t / "a", "Org S") == 1
    out = capsys.readouterr().out
    assert "Not removed." in out and _fingerprint(t / "a") in out
    assert "records it sent stay" in out.replace("\n", " ")
    assert _names(t / "a") == ["Org S"]

    monkeypatch.setattr(sys, "stdin", _Terminal("y\n"))
    assert rt("contacts", "remove", "--vault", t / "a", "org s") == 0
    assert _names(t / "a") == []


def test_remove_an_unknown_contact(squatted: Path, capsys) -> None:
    assert rt("contacts", "remove", "--vault", squatted / "a", "Nobody", "--yes") == 1
    assert "No contact" in capsys.readouterr().err
    assert _names(squatted / "a") == ["Org S"]
