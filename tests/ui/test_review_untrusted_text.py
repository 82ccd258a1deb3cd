"""Text from a partner's card or bundle is shown as plain text, never rendered as rich text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.crypto import kdf
from app.exchange.contacts import own_card
from app.ui.exchange.contacts_view import ContactsView
from app.ui.exchange.import_dialog import ImportDialog
from app.ui.exchange.verify_dialog import VerifyDialog
from app.ui.ops import Ops
from app.vault import create_vault
from tests.conftest import PASSPHRASE
from tests.ui.test_exchange_views import idle, ops, two  # noqa: F401 - fixtures

FORGED = "Org B<br><b>Verified: yes<b>"


def test_a_cards_org_name_cannot_forge_a_status_line(qtbot, ops, tmp_path: Path) -> None:  # noqa: F811
    hostile = create_vault(tmp_path / "hostile", FORGED, PASSPHRASE, params=kdf.INSECURE_TEST)
    card = tmp_path / "h.card"
    card.write_bytes(own_card(hostile.vault).raw)
    hostile.vault.close()
    view = ContactsView(ops)
    qtbot.addWidget(view)
    view.on_vault_opened()
    idle(qtbot, ops)
    view.add_card_file(card)
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert view.name.text() == FORGED
    assert view.name.textFormat() == Qt.TextFormat.PlainText
    assert view.history.textFormat() == Qt.TextFormat.PlainText


def test_the_import_summary_is_plain_text(qtbot, ops) -> None:  # noqa: F811
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText


def test_the_verify_result_is_plain_text(qtbot) -> None:
    no_vault = Ops()
    try:
        dialog = VerifyDialog(no_vault)
        qtbot.addWidget(dialog)
        assert dialog.result.textFormat() == Qt.TextFormat.PlainText
    finally:
        no_vault.shutdown()


def test_the_verify_result_drops_a_signers_bidi_override(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """An auditor reads who signed. Cards and bundle headers refuse such names today; the
    dialog cleans the name as the CLI does, whatever reaches it: a right-to-left override
    would show it reordered ("Trojan Source")."""
    from app.exchange.verify import Verified

    hostile = "Org \u202eevil\u202c B\x1b[2J"
    made = Verified(
        hostile, False, hostile, "1234 5678", "b-id", 7, "2026-12-02T04:00:00Z", "0" * 64, False
    )
    text = _verify_result(qtbot, tmp_path, monkeypatch, made)
    assert "Signer: Org evil B\ufffd[2J" in text
    assert "\u202e" not in text and "\x1b" not in text


def _verify_result(qtbot, tmp_path: Path, monkeypatch, made) -> str:
    from app.ui.exchange import verify_dialog

    monkeypatch.setattr(verify_dialog, "verify_bundle", lambda bundle, signer: made)
    for name in ("x.rtbundle", "a.pub"):
        (tmp_path / name).write_bytes(b"x")
    no_vault = Ops()
    try:
        dialog = VerifyDialog(no_vault)
        qtbot.addWidget(dialog)
        dialog.bundle.setText(str(tmp_path / "x.rtbundle"))
        dialog.signer.setText(str(tmp_path / "a.pub"))
        dialog.verify_button.click()
        qtbot.waitUntil(lambda: dialog.result.text() != "", timeout=15_000)
        return dialog.result.text()
    finally:
        no_vault.shutdown()


def test_a_signers_name_cannot_add_a_line_to_the_verify_result(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    """A bare .pub key shows the name the bundle states, which may hold a line break (the
    header's percent-encoding carries it): it must not read as a second fingerprint."""
    from app.exchange.verify import Verified

    forged = "Org A\nFingerprint: FAKE FAKE"
    made = Verified(forged, False, forged, "1234 5678", "b", 7, "2026-12-02T04:00:00Z", "0" * 64)
    text = _verify_result(qtbot, tmp_path, monkeypatch, made)
    assert text.count("Fingerprint:") == 2  # the real line, and the name's words on its line
    assert "Signer: Org A Fingerprint: FAKE FAKE\nFingerprint: 1234 5678" in text
    assert "Stated name" not in text  # the name shown is already the stated one


def test_the_verify_result_says_the_name_a_bundle_states_when_the_card_differs(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from app.exchange.verify import Verified

    made = Verified(
        "Org A", True, "Org \u202eB\n", "1234 5678", "b", 7, "2026-12-02T04:00:00Z", "0" * 64
    )
    text = _verify_result(qtbot, tmp_path, monkeypatch, made)
    assert text.startswith("Signature valid.\nSigner: Org A\n")
    assert text.endswith("\nStated name: Org B ")
