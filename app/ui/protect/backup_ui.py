"""Vault → Back up…, automatic backups on lock and on quit, and the status bar's "last backup"
(issue 12). The work runs on the vault's worker thread (`app.ui.ops`) with progress; this module
only asks, shows and remembers when."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.errors import RoundtableError
from app.ui.colours import error_colour
from app.ui.date_edit import shown_date
from app.ui.messages import error_text
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.preferences import Preferences
from app.ui.protect.task_dialog import TaskDialog

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

QUIT_BACKUP_WAIT_S = 1800  # a backup of a large vault to a slow stick may take minutes


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(when: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(when, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


class _StatusLabel(QLabel):
    """The status bar's "last backup": worded again when the language changes."""

    def __init__(self, controller: BackupController, parent: QWidget) -> None:
        super().__init__(parent)
        self._controller = controller

    def language_changed(self) -> None:
        self._controller.refresh_status()


def install_backup(window: MainWindow) -> BackupController:
    controller = BackupController(window)
    window.backup = controller  # type: ignore[attr-defined]
    return controller


class BackupController(QObject):
    """The menu action, the status bar label, and the automatic backups."""

    # From the worker thread (queued): a result delivered this way is not dropped by a lock,
    # unlike an `on_done` (the lock that triggered the backup bumps the generation).
    _made = Signal(str, str)  # vault id, UTC time
    _failed = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ops: Ops = window.ops
        self.prefs: Preferences = window.prefs
        self.vault_id = ""
        self._quit_backup_done = False
        text = QCoreApplication.translate("MainWindow", "Back &up…")
        self.action = QAction(text, window)
        self.action.triggered.connect(self.open_dialog)
        window.add_vault_action(self.action)
        self.status = _StatusLabel(self, window)
        self.status.setObjectName("backupStatus")
        window.statusBar().addPermanentWidget(self.status)
        self._made.connect(self._record)
        self._failed.connect(self._show_failure)
        window.lock_hooks.append(self._on_lock)
        window.vault_opened.connect(self._on_opened)
        window.locked.connect(self._on_locked)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.backup_before_quit)

    # --- status --------------------------------------------------------------------------------
    def _on_opened(self) -> None:
        self._quit_backup_done = False
        self.ops.run(lambda v: v.vault_id, on_done=self._got_vault_id)

    def _got_vault_id(self, vault_id: str) -> None:
        self.vault_id = vault_id
        self.refresh_status(remind=True)

    def _on_locked(self) -> None:
        self.window.statusBar().clearMessage()  # a reminder does not outlive the vault
        self.status.clear()
        self.status.setToolTip("")

    def last_backup(self) -> dt.datetime | None:
        return _parse(self.prefs.last_backup(self.vault_id)) if self.vault_id else None

    def overdue(self, now: dt.datetime | None = None) -> bool:
        days = self.prefs.backup_remind_days
        if days <= 0:
            return False
        last = self.last_backup()
        now = now or dt.datetime.now(dt.UTC)
        return last is None or now - last > dt.timedelta(days=days)

    def refresh_status(self, *, remind: bool = False) -> None:
        if not self.window.is_unlocked:
            return
        last = self.last_backup()
        if last is None:
            text = self.tr("No backup yet")
        else:
            local = last.astimezone()
            # As the interface writes dates and numbers (Khmer digits in Khmer).
            when = f"{shown_date(local.date().isoformat())} {number(local.strftime('%H:%M'))}"
            text = self.tr("Last backup: {when}").format(when=when)
        overdue = self.overdue()
        self.status.setText(text)
        # Readable on the status bar in light and dark palettes (app/ui/colours.py).
        colour = error_colour(self.status.palette()).name()
        self.status.setStyleSheet(f"color: {colour}; font-weight: bold;" if overdue else "")
        days = number(self.prefs.backup_remind_days)
        if last is None:
            reminder = self.tr(
                "This vault has not been backed up from this computer yet: use Vault → Back "
                "up…, or choose a folder for automatic backups in Settings."
            )
            # The status bar shows one line, cut at the labels on its right: the whole
            # sentence did not fit in Khmer. It stays in the tooltip of the backup label.
            brief = self.tr("Not backed up yet: Vault → Back up…")
        else:
            reminder = self.tr(
                "The newest backup is older than {days} days: use Vault → Back up…, or plug "
                "in the backup drive and lock the vault."
            ).format(days=days)
            brief = self.tr("Newest backup older than {days} days: Vault → Back up…").format(
                days=days
            )
        self.status.setToolTip(reminder if overdue else "")
        if overdue and remind:
            self.window.statusBar().showMessage(brief, 30_000)

    def _record(self, vault_id: str, when: str) -> None:
        self.prefs.set_last_backup(vault_id, when)
        self.prefs.sync()
        if vault_id == self.vault_id:
            self.refresh_status()

    def _show_failure(self, error: RoundtableError) -> None:
        message = self.tr("Automatic backup failed: {reason}").format(reason=error_text(error))
        self.window.statusBar().showMessage(message, 60_000)

    # --- automatic backups ------------------------------------------------------------------
    def _auto_task(self, folder: Path, keep: int, vault_id: str) -> Any:
        made, failed = self._made, self._failed

        def task(vault: Any) -> None:
            from app.vault_backup import auto_backup

            try:
                if auto_backup(vault, folder, keep) is not None:
                    made.emit(vault_id, _now_iso())
            except RoundtableError as exc:
                failed.emit(exc)
            except Exception as exc:  # the lock drops results: say it in the status bar
                from app.storage.database import translate_error

                failed.emit(translate_error(exc) or RoundtableError())

        return task

    def _on_lock(self, panic: bool) -> None:
        """Before the vault closes: back it up to the chosen folder when it is there. Never on
        the panic lock, which must close the vault at once."""
        folder = self.prefs.backup_folder
        if panic or folder is None or not self.vault_id or self._quit_backup_done:
            return
        self.ops.run(self._auto_task(folder, self.prefs.backup_keep, self.vault_id))

    def backup_before_quit(self) -> None:
        """On quit, the same, and wait for it: the process ends right after."""
        folder = self.prefs.backup_folder
        if folder is None or not self.vault_id or not self.window.is_unlocked:
            return
        finished = threading.Event()
        made: list[str] = []
        keep, vault_id = self.prefs.backup_keep, self.vault_id

        def task(vault: Any) -> None:
            from app.vault_backup import auto_backup

            try:
                if auto_backup(vault, folder, keep) is not None:
                    made.append(_now_iso())
            except RoundtableError:
                pass  # quitting: nobody is left to tell; the next start's reminder will
            finally:
                finished.set()

        self.ops.run(task, on_error=lambda _e: finished.set())
        # The GUI thread waits (the window is closing); signals from the worker would not be
        # delivered any more, so the result is recorded here.
        finished.wait(QUIT_BACKUP_WAIT_S)
        if made:
            self._record(vault_id, made[0])
        self._quit_backup_done = True

    # --- the dialog -----------------------------------------------------------------------------
    def open_dialog(self) -> BackupDialog:
        dialog = BackupDialog(self, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


class BackupDialog(TaskDialog):
    def __init__(self, controller: BackupController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._ops = controller.ops
        self._result: Callable[[], str] | None = None
        self.setWindowTitle(self.tr("Back up the vault"))
        explain = QLabel(
            self.tr(
                "The backup is one file holding the vault exactly as it is now, still "
                "encrypted: the passphrase, the recovery key or the recovery shares open it, "
                "as they open the vault. Keep it away from this computer (a USB stick, an "
                "encrypted drive). Restore it from the start screen: Restore a backup…"
            ),
            self,
        )
        explain.setWordWrap(True)
        from app.vault_backup import default_name

        folder = controller.prefs.backup_folder or Path.home()
        self.path_edit = QLineEdit(str(folder / default_name()), self)
        self.path_edit.setAccessibleName(self.tr("Backup file"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.frame_task(
            explain=explain,
            fields=row,
            inputs=(self.path_edit,),
            message=self.result_label,
            start=self.tr("Back up"),
            busy=self.tr("Backing up"),
        )
        self.check_button = self.buttons.addButton(
            self.tr("Check a backup…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.check_button.clicked.connect(self.open_check)
        self.disable_while_running(self.check_button)
        self.resize(560, 260)

    def open_check(self) -> QDialog:
        from app.ui.protect.check_backup_dialog import open_check_dialog

        return open_check_dialog(self._ops, self, self.path_edit.text().strip())

    def _choose(self) -> None:
        from app.ui.file_dialogs import ask_save_file

        ask_save_file(
            self,
            self.tr("Back up the vault"),
            self.tr("Roundtable backups (*.rtbackup)"),
            self.path_edit.text(),
            self._chosen,
        )

    def _chosen(self, chosen: Path) -> None:
        if chosen.suffix != ".rtbackup":
            chosen = chosen.with_name(chosen.name + ".rtbackup")
        self.path_edit.setText(str(chosen))

    def submit(self) -> None:
        if self.running:
            return
        text = self.path_edit.text().strip()
        if not text:
            self.result_label.setText(self.tr("Choose where to write the backup."))
            return
        target = Path(text).expanduser()
        self.set_running(True)
        report = self._progress.report
        vault_id = self._controller.vault_id

        def task(vault: Any) -> tuple[str, int]:
            from app.vault_backup import backup_open_vault

            made = backup_open_vault(vault, target, report)
            return str(made), made.stat().st_size

        def done(result: tuple[str, int]) -> None:
            self.set_running(False)
            path, size = result
            self._controller._record(vault_id, _now_iso())
            self._result = lambda: self.tr("Backup written: {file} ({size} MiB).").format(
                file=path, size=number(f"{size / 1048576:.1f}")
            )
            self.result_label.setText(self._result())
            self.start_button.setEnabled(False)

        self._ops.run(task, on_done=done, on_error=self._failed)

    def _failed(self, error: RoundtableError) -> None:
        self.set_running(False)
        self._result = lambda: error_text(error)
        self.result_label.setText(self._result())

    def language_changed(self) -> None:
        if self._result is not None:
            self.result_label.setText(self._result())
