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


def test_the_app_does_not_call_a_rotation_that_renames_the_same_key(qtbot, tmp_path: Path) -> None:
    from app.crypto.identity import generate_identity as new_identity
    from app.exchange.contacts import add_contact, own_card
    from app.ui.exchange.contacts_view import ContactsView
    from app.ui.ops import Ops
    from tests.exchange.helpers import make_vault
    from tests.ui.test_exchange_views import idle, in_vault

    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    folder = a.folder
    a.close()
    ops = Ops()
    ops.open(lambda: open_vault(folder, PASSPHRASE))
    idle(qtbot, ops)
    try:
        in_vault(qtbot, ops, lambda v: add_contact(v, own_card(b).raw, verified=True))
        old = load_identity(b.conn)
        old_signer = signing.Signer.from_identity(old)
        card = make_card(new_identity(old.org_id), "Org B (Kampot)", previous=old_signer)
        old_signer.wipe()
        path = tmp_path / "rotated.card"
        path.write_bytes(card.raw)
        view = ContactsView(ops)
        qtbot.addWidget(view)
        view.on_vault_opened()
        idle(qtbot, ops)
        asked: list[str] = []
        view._question = lambda title, text: asked.append(text) or False
        view.add_card_file(path)
        idle(qtbot, ops)
        idle(qtbot, ops)
        assert len(asked) == 1 and "Org B (Kampot)" in asked[0] and card.fingerprint in asked[0]
        assert "Same key" not in asked[0] and "new key" in asked[0]
    finally:
        ops.shutdown()
        b.close()
