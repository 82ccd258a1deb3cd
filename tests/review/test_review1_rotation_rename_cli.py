"""Review (issue 17 item 3): a card that rotates a contact's key AND renames it was shown on the
command line as "Fingerprint: ... (the same key)". The fingerprint shown is the new key's, so
the user was told the opposite of the truth just when asked to accept a new name."""

from __future__ import annotations

from pathlib import Path

from app.crypto import signing
from app.crypto.cards import make_card
from app.crypto.identity import generate_identity, load_identity
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.test_contacts_cli import env, rt

__all__ = ["env"]


def test_a_rotation_that_renames_is_not_called_the_same_key(env: Path, capsys) -> None:
    t = env
    with open_vault(t / "s", PASSPHRASE) as vault:
        old = load_identity(vault.conn)
        old_signer = signing.Signer.from_identity(old)
        card = make_card(generate_identity(old.org_id), "Sly Org Cambodia", previous=old_signer)
        old_signer.wipe()
    path = t / "rotated.card"
    path.write_bytes(card.raw)
    capsys.readouterr()
    assert rt("contacts", "add", "--vault", t / "r", path) == 1  # no terminal to ask on
    out = capsys.readouterr().out
    assert "Sly Org → Sly Org Cambodia" in out and card.fingerprint in out
    assert "the same key" not in out
    assert "new key" in out
