"""The Contacts screen's "Remove contact…": a squatted organisation id cleared from the app,
driven with pytest-qt over the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.crypto.cards import make_card
from app.crypto.identity import generate_identity
from app.exchange.contacts import Contact, list_contacts, own_card
from app.ui.exchange.contacts_view import ContactsView
from app.ui.ops import Ops
from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import make_vault
from tests.ui.test_exchange_views import idle, in_vault


@pytest.fixture
def setup(qtbot, tmp_path: Path):
    """The GUI's vault A holds a card of "Sly Org" that took partner B's organisation id."""
    a, b = make_vault(tmp_path, "Org A"), make_vault(tmp_path, "Org B")
    folder = a.folder
    a.close()
    squat = tmp_path / "squat.card"
    squat.write_bytes(make_card(generate_identity(b.org_id), "Sly <b>Org</b>").raw)
    real = tmp_path / "b.card"
    real.write_bytes(own_card(b).raw)
    b.close()
    ops = Ops()
    ops.open(lambda: open_vault(folder, PASSPHRASE))
    idle(qtbot, ops)
    view = ContactsView(ops)
    qtbot.addWidget(view)
    view.on_vault_opened()
    idle(qtbot, ops)
    view.add_card_file(squat)
    idle(qtbot, ops)
    idle(qtbot, ops)
    yield ops, view, real
    ops.shutdown()


def _names(qtbot, ops) -> list[str]:
    return in_vault(qtbot, ops, lambda v: [c.org_name for c in list_contacts(v.conn)])


def test_remove_clears_a_squatted_id_for_the_real_card(qtbot, setup) -> None:
    ops, view, real = setup
    assert _names(qtbot, ops) == ["Sly <b>Org</b>"]
    squat = view.selected()
    assert squat is not None and view.remove_button.isEnabled()

    view.add_card_file(real)  # refused, naming the contact that holds the id
    idle(qtbot, ops)
    assert "Sly <b>Org</b>" in view.error.text() and squat.fingerprint in view.error.text()

    asked: list[Contact] = []
    view.confirm_remove = lambda c: asked.append(c) or False
    view.remove_button.click()
    idle(qtbot, ops)
    assert asked == [squat] and _names(qtbot, ops) == ["Sly <b>Org</b>"]

    view.confirm_remove = lambda c: True
    view.remove_button.click()
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert _names(qtbot, ops) == []
    assert "Removed: Sly <b>Org</b>" in view.notice.text()
    assert view.list.count() == 0 and not view.remove_button.isEnabled()

    view.add_card_file(real)
    idle(qtbot, ops)
    idle(qtbot, ops)
    assert _names(qtbot, ops) == ["Org B"]


def test_the_removal_question_names_the_contact_and_says_what_it_does(qtbot, setup) -> None:
    ops, view, _ = setup
    squat = view.selected()
    seen: dict = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.update(text=box.text(), fmt=box.textFormat())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer)
    view.remove_button.click()
    idle(qtbot, ops)
    assert seen["fmt"] == Qt.TextFormat.PlainText
    text = seen["text"]
    assert "Sly <b>Org</b>" in text and squat.fingerprint in text and "NOT verified" in text
    assert "no longer accepted" in text and "stay in your vault" in text
    assert "cannot be taken back" in text
    assert _names(qtbot, ops) == ["Sly <b>Org</b>"]  # answered No: nothing removed
