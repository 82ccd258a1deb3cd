"""`contacts add` and `import` on the command line facing a partner's rename, a name clash and a
copied bundle id (issue 17, items 1 and 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.crypto import kdf
from app.crypto.cards import make_card
from app.crypto.identity import load_identity
from app.exchange.contacts import get_contact
from app.vault import create_vault, open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import bundle_id_of, forge, seed_meeting, send


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Vault r knows p ("Honest Partner") and s ("Sly Org"), both verified, by their cards."""
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    for folder, name in (("p", "Honest Partner"), ("r", "Receiver"), ("s", "Sly Org")):
        create_vault(tmp_path / folder, name, PASSPHRASE, params=kdf.INSECURE_TEST).vault.close()
    for who in ("p", "r", "s"):
        assert rt("identity", "--vault", tmp_path / who, "--card", tmp_path / f"{who}.card") == 0
    for a, b in (("r", "p"), ("r", "s"), ("p", "r"), ("s", "r")):
        assert (
            rt("contacts", "add", "--vault", tmp_path / a, tmp_path / f"{b}.card", "--verified")
            == 0
        )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rt(*args: object) -> int:
    return main([str(a) for a in args])


def _card_named(t: Path, who: str, name: str) -> Path:
    with open_vault(t / who, PASSPHRASE) as vault:
        raw = make_card(load_identity(vault.conn), name).raw
    path = t / f"{who}-{len(name)}.card"
    path.write_bytes(raw)
    return path


def _name_in_r(t: Path, who: str) -> str:
    with open_vault(t / who, PASSPHRASE) as v:
        org_id = v.org_id
    with open_vault(t / "r", PASSPHRASE) as r:
        return get_contact(r.conn, org_id).org_name


def test_a_rename_is_shown_old_to_new_and_needs_accept_rename(env: Path, capsys) -> None:
    t = env
    capsys.readouterr()
    card = _card_named(t, "s", "Sly Org Cambodia")
    assert rt("contacts", "add", "--vault", t / "r", card) == 1  # no terminal to ask on
    captured = capsys.readouterr()
    assert "Sly Org → Sly Org Cambodia" in captured.out
    assert "--accept-rename" in captured.err and len(captured.err.strip().splitlines()) == 1
    assert _name_in_r(t, "s") == "Sly Org"  # the old name stays until confirmed

    assert rt("contacts", "add", "--vault", t / "r", card, "--accept-rename") == 0
    assert "renamed: Sly Org → Sly Org Cambodia" in capsys.readouterr().out
    assert _name_in_r(t, "s") == "Sly Org Cambodia"


@pytest.mark.parametrize("answer, code, name", [("y", 0, "Sly Org KH"), ("n", 1, "Sly Org")])
def test_a_rename_is_asked_on_a_terminal(
    env: Path, capsys, monkeypatch: pytest.MonkeyPatch, answer: str, code: int, name: str
) -> None:
    t = env
    card = _card_named(t, "s", "Sly Org KH")
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or answer)
    capsys.readouterr()
    assert rt("contacts", "add", "--vault", t / "r", card) == code
    assert asked and "Sly Org → Sly Org KH" in capsys.readouterr().out
    assert _name_in_r(t, "s") == name


def test_a_clashing_name_is_refused_with_one_line(env: Path, capsys) -> None:
    t = env
    capsys.readouterr()
    card = _card_named(t, "s", "HONEST  partner")
    assert rt("contacts", "add", "--vault", t / "r", card, "--accept-rename") == 1
    err = capsys.readouterr().err
    assert "looks the same as that of your contact Honest Partner" in err
    assert len(err.strip().splitlines()) == 1
    assert _name_in_r(t, "s") == "Sly Org"


def test_import_of_a_copied_bundle_id_reports_it_and_imports_the_real_one(
    env: Path, capsys
) -> None:
    t = env
    with open_vault(t / "p", PASSPHRASE) as p, open_vault(t / "r", PASSPHRASE) as r:
        seed_meeting(p, "P's meeting")
        real = send(p, [r], t / "real.rtbundle")
        with open_vault(t / "s", PASSPHRASE) as s:
            squat = forge(
                t / "squat.rtbundle", signer=s, recipients=[r], bundle_id=bundle_id_of(real)
            )
    assert rt("import", "--vault", t / "r", squat) == 0
    capsys.readouterr()
    assert rt("import", "--vault", t / "r", real, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["applied"] and out["sender"] == "Honest Partner" and out["summary"]["new"] >= 2
    assert any("Sly Org" in w and bundle_id_of(real) in w for w in out["warnings"])
    assert rt("import", "--vault", t / "r", real) == 0  # the same bundle again: the no-op
    assert "already imported" in capsys.readouterr().out
