"""Adds the exchange and report views of other modules to the standard window.

Kept apart from `app.ui.shell` so the shell stays about navigation: this module only plugs the
Contacts and Conflicts screens, the bundle dialogs, "Verify a bundle…" (which needs no vault)
and the meeting's Report tab into the extension points the window and workspace offer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from app.ui.exchange.export_dialog import ExportDialog
    from app.ui.exchange.verify_dialog import VerifyDialog
    from app.ui.shell import Shell

CONTACTS, CONFLICTS = "contacts", "conflicts"


def install_exchange(shell: Shell) -> None:
    from app.ui.exchange.conflicts_view import ConflictsView
    from app.ui.exchange.contacts_view import ContactsView

    window, ops = shell.window, shell.window.ops
    shell.contacts = ContactsView(ops)  # type: ignore[attr-defined]
    window.add_screen(
        CONTACTS, QCoreApplication.translate("MainWindow", "Contacts"), shell.contacts
    )  # type: ignore[attr-defined]
    shell.conflicts = ConflictsView(ops)  # type: ignore[attr-defined]
    window.add_screen(
        CONFLICTS, QCoreApplication.translate("MainWindow", "Conflicts"), shell.conflicts
    )  # type: ignore[attr-defined]

    export_action = QAction(
        QCoreApplication.translate("MainWindow", "&Export bundle for partners…"), window
    )
    export_action.setShortcut(QKeySequence("Ctrl+E"))
    export_action.triggered.connect(lambda: open_export(shell))
    import_action = QAction(QCoreApplication.translate("MainWindow", "&Import bundle…"), window)
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(lambda: open_import(shell))
    window.add_vault_action(export_action)
    window.add_vault_action(import_action)

    verify_action = QAction(QCoreApplication.translate("MainWindow", "&Verify a bundle…"), window)
    verify_action.triggered.connect(lambda: open_verify(shell))
    window.vault_menu.addAction(verify_action)  # works locked or not: no vault involved
    shell.verify_action = verify_action  # type: ignore[attr-defined]
    # A lock closes these dialogs; the unlock opens them again with what was typed in them.
    window.add_reopenable_dialog("export", lambda: open_export(shell))
    window.add_reopenable_dialog("verify", lambda: open_verify(shell))


def add_verify_button(shell: Shell) -> None:
    """The start screen offers the auditor's check before any vault exists."""
    from PySide6.QtWidgets import QPushButton

    window = shell.window
    button = QPushButton(QCoreApplication.translate("MainWindow", "Verify a bundle…"))
    button.setObjectName("verifyBundleButton")
    button.clicked.connect(lambda: open_verify(shell))
    window.welcome.add_button(button)


def open_verify(shell: Shell) -> VerifyDialog:
    from app.ui.exchange.verify_dialog import VerifyDialog

    dialog = VerifyDialog(shell.window.ops, shell.window)
    dialog.setModal(True)
    dialog.show()
    shell.verify_dialog = dialog  # type: ignore[attr-defined]
    return dialog


def open_export(shell: Shell, meeting_id: str = "") -> ExportDialog:
    from app.ui.exchange.export_dialog import ExportDialog

    dialog = ExportDialog(shell.window.ops, shell.window)
    dialog.on_vault_opened()
    if meeting_id:
        dialog.check_meeting(meeting_id)
    dialog.setModal(True)
    dialog.show()
    shell.export_dialog = dialog  # type: ignore[attr-defined]
    return dialog


def open_import(shell: Shell) -> None:
    from app.ui.exchange.import_dialog import ImportDialog

    dialog = ImportDialog(shell.window.ops, shell.window)
    dialog.on_vault_opened()
    dialog.imported.connect(lambda _preview: _after_import(shell))
    dialog.setModal(True)
    dialog.show()
    shell.import_dialog = dialog  # type: ignore[attr-defined]


def _after_import(shell: Shell) -> None:
    """Everything may have changed: lists reload when next shown, open views now."""
    from app.ui import shell as shell_module

    shell._stale.update({shell_module.MEETINGS, shell_module.ACTIONS, shell_module.DIRECTORY})
    shell.conflicts.reload()  # type: ignore[attr-defined]
    shell.contacts.reload()  # type: ignore[attr-defined]
    workspace = shell.workspace
    if getattr(workspace, "meeting_id", ""):
        workspace.show_meeting(workspace.meeting_id)  # type: ignore[attr-defined]


def install_report_tab(shell: Shell) -> None:
    from app.ui.reports.report_view import ReportView

    workspace = shell.workspace
    report = ReportView(shell.window.ops)
    report.set_policy(shell.window.prefs.redaction_policy)
    title = QCoreApplication.translate("MeetingWorkspace", "&Report")
    index = workspace.add_tab(title, report)  # type: ignore[attr-defined]
    shell.report = report  # type: ignore[attr-defined]
    # Ctrl+P anywhere in a meeting: its report, as the Report tab is set, in a print preview.
    print_action = QAction(
        QCoreApplication.translate("MainWindow", "&Print the report…"), workspace
    )
    print_action.setShortcut(QKeySequence.StandardKey.Print)
    print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def print_report() -> None:
        workspace.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
        report.print_report()

    print_action.triggered.connect(print_report)
    workspace.addAction(print_action)
