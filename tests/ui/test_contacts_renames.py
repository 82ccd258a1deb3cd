"""The contacts screen and the import preview facing a partner's rename and look-alike names
(issue 17, item 3), driven with pytest-qt over the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.crypto.cards import make_card
from app.crypto.identity import load_identity
from app.exchange.contacts import add_contact, get_contact, own_card
from app.ui.exchange.contacts_view import ContactsView
from app.ui.exchange.import_dialog import ImportDialog
from app.ui.ops import Ops
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import make_vault, seed_meeting, send
from tests.ui.test_exchange_views import idle, in_vault


@pytest.fixture
def two(tmp_path: Path):
    """Vault A (opened by the GUI's Ops) and partner B (used directly by the test)."""
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    folder = a.folder
    a.close()
    yield folder, b
    if b.conn is not None:
        b.close()


@pytest.fixture
def ops(qtbot, two):
    ops = Ops()
    ops.open(lambda: open_vault(two[0], PASSPHRASE))
    idle(qtbot, ops)
    yield ops
    ops.shutdown()


def _know_each_other(qtbot, ops, b) -> str:
    add_contact(b, in_vault(qtbot, ops, lambda v: own_card(v).raw), verified=True)
    in_vault(qtbot, ops, lambda v: add_contact(v, own_card(b).raw, verified=True))
    return in_vault(qtbot, ops, lambda v: v.org_id)


def _view(qtbot, ops) -> ContactsView:
    view = ContactsView(ops)
    qtbot.addWidget(view)
    view.on_vault_opened()
    idle(qtbot, ops)
    return view


def test_a_rename_is_shown_old_to_new_and_applied_only_when_confirmed(
    qtbot, ops, two, tmp_path
) -> None:
    _, b = two
    _know_each_other(qtbot, ops, b)
    view = _view(qtbot, ops)
    card = tmp_path / "renamed.card"
    card.write_bytes(make_card(load_identity(b.conn), "Org B (Kampot)").raw)
    asked: list[tuple[str, str, str]] = []

    view.confirm_rename = lambda old, new, fp: asked.append((old, new, fp)) or False
    view.add_card_file(card)
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert asked == [("Org B", "Org B (Kampot)", own_card(b).fingerprint)]
    assert in_vault(qtbot, ops, lambda v: get_contact(v.conn, b.org_id).org_name) == "Org B"
    assert "keeps the name Org B" in view.notice.text()
    assert view.list.item(0).text().startswith("Org B  (verified)")

    view.confirm_rename = lambda old, new, fp: True
    view.add_card_file(card)
    idle(qtbot, ops)
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert in_vault(qtbot, ops, lambda v: get_contact(v.conn, b.org_id).org_name) == (
        "Org B (Kampot)"
    )
    assert view.notice.text() == "Renamed: Org B → Org B (Kampot)"
    assert view.list.item(0).text().startswith("Org B (Kampot)  (verified)")


def test_a_card_taking_another_contacts_name_shows_the_refusal(qtbot, ops, two, tmp_path) -> None:
    _, b = two
    _know_each_other(qtbot, ops, b)
    view = _view(qtbot, ops)
    card = tmp_path / "clash.card"
    card.write_bytes(make_card(load_identity(b.conn), "ORG  a").raw)  # the GUI vault's own name
    view.confirm_rename = lambda old, new, fp: True
    view.add_card_file(card)
    idle(qtbot, ops)
    assert "looks the same as your own organisation's name, Org A" in view.error.text()
    assert in_vault(qtbot, ops, lambda v: get_contact(v.conn, b.org_id).org_name) == "Org B"


def test_the_rename_question_is_plain_text_with_old_and_new(qtbot, ops) -> None:
    view = _view(qtbot, ops)
    seen: dict = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.update(text=box.text(), fmt=box.textFormat())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer)
    assert view._ask_rename("Org <b>B</b>", "Org C", "12345 67890")
    assert seen["fmt"] == Qt.TextFormat.PlainText
    assert "Org <b>B</b>\n→ Org C" in seen["text"] and "12345 67890" in seen["text"]


def test_look_alike_contacts_are_told_apart_in_the_list_and_the_import_preview(
    qtbot, ops, two, tmp_path
) -> None:
    """A vault from before clashing names were refused may hold two look-alike contacts."""
    _, b = two
    a_id = _know_each_other(qtbot, ops, b)
    c = make_vault(tmp_path, "Org C")
    add_contact(c, in_vault(qtbot, ops, lambda v: own_card(v).raw), verified=True)
    in_vault(qtbot, ops, lambda v: add_contact(v, own_card(c).raw, verified=True))

    def make_clash(v) -> None:
        with v.store.transaction():
            v.conn.execute("UPDATE contacts SET org_name = 'org b' WHERE org_id = ?", (c.org_id,))

    in_vault(qtbot, ops, make_clash)
    view = _view(qtbot, ops)
    texts = [view.list.item(i).text() for i in range(view.list.count())]
    assert any(own_card(b).fingerprint in t for t in texts)
    assert any(own_card(c).fingerprint in t for t in texts)

    class Receiver:  # send() needs only the recipient's org id
        org_id = a_id

    seed_meeting(c, "C's meeting")
    bundle = send(c, [Receiver], tmp_path / "c.rtbundle")
    dialog = ImportDialog(ops)
    qtbot.addWidget(dialog)
    dialog.check_file(bundle)
    idle(qtbot, ops)
    fp = own_card(c).fingerprint
    assert fp in dialog.summary.text()
    assert "looks the same" in dialog.warnings.text() and fp in dialog.warnings.text()
    assert dialog.warnings.textFormat() == Qt.TextFormat.PlainText
    dialog.reject()
    idle(qtbot, ops)
    c.close()
