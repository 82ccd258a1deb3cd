"""Every string of the exchange views with content in them: an import preview with changes,
conflicts and a warning, and the conflicts list (the demo vault has neither)."""

from __future__ import annotations

from app.domain.records import Meeting
from app.exchange.contacts import add_contact, get_contact, own_card
from app.exchange.exporter import export_bundle
from app.exchange.importer import import_bundle
from app.ui import language
from app.ui.exchange.conflicts_view import ConflictsView
from app.ui.exchange.import_dialog import ImportDialog
from tests.exchange.test_trust_ui import reply  # noqa: F401 - a fixture
from tests.i18n.pseudo import (
    PseudoCatalogues,
    catalogue_messages,
    looked_up_but_not_in_catalogue,
    unwrapped,
    visible_texts,
)
from tests.ui.test_exchange_views import idle, in_vault, ops, two  # noqa: F401 - fixtures


def test_import_preview_and_conflicts_are_translated(qtbot, qapp, ops, two, tmp_path) -> None:  # noqa: F811
    folder, b = two
    catalogues = language.install(qapp, "en", PseudoCatalogues())
    try:
        card = in_vault(qtbot, ops, lambda v: own_card(v).raw)
        add_contact(b, card, verified=True)
        in_vault(qtbot, ops, lambda v: add_contact(v, own_card(b).raw, verified=False))
        gui_org = in_vault(qtbot, ops, lambda v: v.org_id)
        meeting = b.store.add(Meeting(title="Shared", start_date="2026-06-01", summary="S"))
        export_bundle(b, [get_contact(b.conn, gui_org)], [meeting.id], tmp_path / "1.rtbundle")
        in_vault(qtbot, ops, lambda v: import_bundle(v, tmp_path / "1.rtbundle"))
        in_vault(
            qtbot,
            ops,
            lambda v: v.store.update(v.store.get(Meeting, meeting.id), title="Title in A"),
        )
        b.store.update(b.store.get(Meeting, meeting.id), title="Title in B", summary="In B")
        second = tmp_path / "2.rtbundle"
        export_bundle(b, [get_contact(b.conn, gui_org)], [meeting.id], second)
        data = "\n".join(
            ["Shared", "Title in A", "Title in B", "In B", "S", "Org A", "Org B", str(folder)]
        )

        dialog = ImportDialog(ops)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.check_file(second)
        idle(qtbot, ops)
        assert dialog.changes.topLevelItemCount() >= 1 and dialog.warnings.text()
        bad = unwrapped(visible_texts(dialog), data)
        tree = dialog.changes
        cells = [
            tree.topLevelItem(i).text(c)
            for i in range(tree.topLevelItemCount())
            for c in range(tree.columnCount())
        ]
        assert not bad, bad
        assert all("⟦" in c for c in cells[1:]), cells  # kind and record/fields columns

        in_vault(qtbot, ops, lambda v: import_bundle(v, second))
        view = ConflictsView(ops)
        qtbot.addWidget(view)
        view.show()
        view.on_vault_opened()
        idle(qtbot, ops)
        assert view.table.rowCount() >= 1
        bad = unwrapped(visible_texts(view), data)
        assert not bad, bad
        fields = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
        assert all(f.startswith("⟦") for f in fields), fields
        missing = [
            m
            for m in looked_up_but_not_in_catalogue(catalogues, catalogue_messages())
            if not m.startswith("Errors: ")
        ]
        assert not missing, missing
    finally:
        language.uninstall(qapp)


def test_held_back_privacy_and_contact_questions_are_translated(qtbot, qapp, reply) -> None:  # noqa: F811
    """The held-back privacy rows of the import preview and of Conflicts (their buttons and
    what a reveal would show), and the Contacts screen's rename and removal questions."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.exchange.contacts import list_contacts
    from app.ui.exchange.contacts_view import ContactsView
    from app.ui.ops import Ops
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from tests.exchange.test_trust_rules import NAME, SESSION_VENUE, VENUE

    folder, path, _person, _meeting = reply
    shown_data = [NAME, VENUE, SESSION_VENUE, "Heron", "Nurse", "Hearing", "Phnom Penh"]
    data = "\n".join([*shown_data, "Org A", "Org B", str(folder), str(path)])
    catalogues = language.install(qapp, "en", PseudoCatalogues())
    gui = Ops()
    try:
        gui.open(lambda: open_vault(folder, PASSPHRASE))
        idle(qtbot, gui)
        dialog = ImportDialog(gui)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.check_file(path)
        qtbot.waitUntil(dialog.apply_button.isEnabled, timeout=15_000)
        assert "⟦" in dialog.warnings.text()
        bad = unwrapped(visible_texts(dialog), data)
        assert not bad, bad
        with qtbot.waitSignal(dialog.imported, timeout=15_000):
            dialog.apply()

        view = ConflictsView(gui)
        qtbot.addWidget(view)
        view.show()
        view.on_vault_opened()
        idle(qtbot, gui)
        assert view.table.rowCount() == 2
        for row in range(2):
            view.table.selectRow(row)
            assert view.keep_ours.text().startswith("⟦") and view.reveals.isVisible()
            bad = unwrapped(visible_texts(view), data)
            assert not bad, bad

        contacts = ContactsView(gui)
        qtbot.addWidget(contacts)
        contacts.show()
        contacts.on_vault_opened()
        idle(qtbot, gui)
        contact = in_vault(qtbot, gui, lambda v: list_contacts(v.conn)[0])
        seen: list = []

        def answer() -> None:
            box = QApplication.activeModalWidget()
            seen.append(unwrapped(visible_texts(box), data + "\n" + contact.fingerprint))
            box.reject()

        for ask in (
            lambda: contacts._ask_remove(contact),
            lambda: contacts._ask_rename("Org A", "Org A (renamed)", contact.fingerprint),
        ):
            QTimer.singleShot(0, answer)
            assert ask() is False
        assert seen == [[], []], seen
        missing = [
            m
            for m in looked_up_but_not_in_catalogue(catalogues, catalogue_messages())
            if not m.startswith("Errors: ")
        ]
        assert not missing, missing
    finally:
        gui.shutdown()
        language.uninstall(qapp)
