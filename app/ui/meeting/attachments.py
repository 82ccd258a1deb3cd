"""Attachments tab: files stored inside the vault, viewed in the app, copied out on request.

Adding streams each file into the vault on the worker thread (with progress); several files
can be chosen at once or dropped onto the tab, and are stored one after the other. Viewing
decodes in memory. "Save a copy as…" is the one way plaintext leaves the vault, so it asks first.
Adding and removing files are not on the undo stack (their bytes are not kept around for a redo);
removing asks for confirmation instead. Descriptions are ordinary, undoable edits.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Attachment
from app.errors import FileAccessError, FileNotWritten, RoundtableError
from app.i18n import N_
from app.storage.attachments import (
    add_attachment,
    delete_attachment,
    iter_attachment,
    read_attachment,
)
from app.ui.a11y import announce
from app.ui.file_dialogs import ask_save_file, forget_file_dialog_history
from app.ui.meeting.attachment_viewer import AttachmentViewer
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.previews import MAX_PREVIEW_BYTES, build_preview, preview_kind
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.section import Loaded, Section
from app.ui.meeting.widgets import (
    button,
    current_row,
    fit_columns,
    row_of_buttons,
    select_id,
    table_view,
)
from app.ui.messages import error_text
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label

_SIZES = (
    QT_TRANSLATE_NOOP("AttachmentsTab", "{size} bytes"),
    QT_TRANSLATE_NOOP("AttachmentsTab", "{size} KB"),
    QT_TRANSLATE_NOOP("AttachmentsTab", "{size} MB"),
    QT_TRANSLATE_NOOP("AttachmentsTab", "{size} GB"),
)


def human_size(n: int) -> str:
    size = float(n)
    for i, template in enumerate(_SIZES):
        if size < 1024 or i == len(_SIZES) - 1:
            shown = str(int(size)) if i == 0 else f"{size:.1f}"
            return QCoreApplication.translate("AttachmentsTab", template).format(size=number(shown))
        size /= 1024
    return str(n)


class Progress(QObject):
    """Emitted from the worker thread; Qt queues it to the GUI thread."""

    moved = Signal(int, int)  # bytes done, total


class _CountingReader:
    def __init__(self, stream: BinaryIO, total: int, progress: Progress) -> None:
        self._stream = stream
        self._total = total
        self._done = 0
        self._progress = progress

    def read(self, n: int = -1) -> bytes:
        chunk = self._stream.read(n)
        self._done += len(chunk)
        self._progress.moved.emit(min(self._done, self._total), self._total)
        return chunk


def _store_file(vault: Any, meeting_id: str, path: Path, progress: Progress) -> Attachment:
    try:
        total = path.stat().st_size
        stream = path.open("rb")
    except OSError:
        raise FileAccessError() from None
    with stream:
        try:
            return add_attachment(
                vault.store, meeting_id, path.name, _CountingReader(stream, total, progress)
            )
        except OSError:
            raise FileAccessError() from None


def _write_copy(vault: Any, attachment_id: str, target: Path, progress: Progress) -> None:
    """Stream the file out; a failure part-way leaves no half-written copy behind."""
    record = vault.store.get(Attachment, attachment_id)
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError:
        raise FileNotWritten() from None
    try:
        with os.fdopen(fd, "wb") as out:
            done = 0
            for chunk in iter_attachment(vault.store, attachment_id):
                out.write(chunk)
                done += len(chunk)
                progress.moved.emit(done, record.size)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError):
            raise FileNotWritten() from None
        raise


class AttachmentsTab(Section):
    TABLES = ("attachments",)

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(editor, ops, parent)
        # Dialogs are attributes so tests can answer them without a nested event loop.
        self.ask_open_path: Callable[[Callable[[Any], None]], None] = self._ask_open_path
        self.ask_save_path: Callable[[str, Callable[[str], None]], None] = self._ask_save_path
        self.confirm: Callable[[str, str, Callable[[], None]], None] = self._confirm
        self._viewing = ""
        self._pending = ""  # a file just added: selected once the reload shows it
        self._queue: list[Path] = []  # files chosen or dropped, waiting for their turn
        self._batch = 0  # how many files the current add started with
        self._batch_failed: list[str] = []
        self.setAcceptDrops(True)  # files dropped anywhere on the tab are added
        self.progress_signal = Progress(self)
        self.progress_signal.moved.connect(self._moved)

        lay = QVBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split, 1)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "File"), lambda a: a.filename),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Size"), lambda a: human_size(a.size)),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Description"),
                    lambda a: a.description,
                    edit_key="description",
                    tooltip=QT_TRANSLATE_NOOP(
                        "MeetingWorkspace", "Double-click to describe the file"
                    ),
                ),
            ],
            self,
            on_edit=self._describe,
        )
        self.view = table_view(self.model)
        self.view.setObjectName("attachments")
        self.view.setAccessibleName(self.tr("Attachments"))
        fit_columns(self.view, [0, 2])
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._view_selected())
        left_lay.addWidget(self.view, 1)
        self.add_button = button(
            self.tr("Add files…"),
            self.tr("Store files inside the vault (or drop them onto this tab)"),
        )
        self.add_button.clicked.connect(self.add_file)
        self.save_button = button(
            self.tr("Save a copy as…"),
            self.tr("Write an unencrypted copy of the selected file (asks first)"),
        )
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button = button(self.tr("Remove"), self.tr("Remove the selected file"))
        self.remove_button.clicked.connect(self.remove_selected)
        left_lay.addLayout(row_of_buttons(self.add_button, self.save_button, self.remove_button))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Adding files"))
        self.progress_label = plain_label(QLabel())  # names the file being stored
        self.progress_label.setObjectName("attachmentProgress")
        self.progress_label.setVisible(False)
        left_lay.addWidget(self.progress_label)
        left_lay.addWidget(self.progress)
        split.addWidget(left)
        self.viewer = AttachmentViewer()
        split.addWidget(self.viewer)
        split.setSizes([400, 600])

    # --- showing -----------------------------------------------------------------------------
    def show_loaded(self, loaded: Loaded) -> None:
        super().show_loaded(loaded)
        row = current_row(self.view)
        keep = self._pending or (self.model.row_at(row).id if row >= 0 else "")
        self._pending = ""
        self.model.set_rows(loaded.detail.attachments)
        if keep and select_id(self.view, keep):
            return
        self._viewing = ""
        self.viewer.clear()

    def clear(self) -> None:
        super().clear()
        self._viewing = ""
        self.model.clear()
        self.viewer.clear()
        self._queue, self._batch = [], 0
        self.progress_label.setVisible(False)
        self._busy(False)  # an add or copy in flight was dropped by the lock

    def select(self, table: str, record_id: str) -> bool:
        return table == "attachments" and select_id(self.view, record_id)

    def _selected(self) -> Attachment | None:
        row = current_row(self.view)
        return self.model.row_at(row) if row >= 0 else None

    def _view_selected(self) -> None:
        att = self._selected()
        if att is None or att.id == self._viewing:
            return
        self._viewing = att.id
        if preview_kind(att) == "none":
            self.viewer.show_preview(build_preview(att, b""))
            return
        if att.size > MAX_PREVIEW_BYTES:
            self.viewer.show_message(
                self.tr("This file is too large to show here. Use “Save a copy as…”.")
            )
            return
        self.viewer.show_message(self.tr("Loading…"))
        att_id = att.id

        def load(vault: Any):
            data = read_attachment(vault.store, att_id, MAX_PREVIEW_BYTES)
            return build_preview(att, data)

        def shown(preview: Any) -> None:
            if self._viewing == att_id:
                self.viewer.show_preview(preview)

        def failed(err: RoundtableError) -> None:
            if self._viewing == att_id:
                self.viewer.show_message(error_text(err))

        self.ops.run(load, on_done=shown, on_error=failed)

    # --- adding, copying, removing -----------------------------------------------------------
    def add_file(self) -> None:
        d = self.detail
        if d is None:
            return
        self.ask_open_path(self._store)

    def _store(self, chosen: str | list[str]) -> None:
        self.add_files([chosen] if isinstance(chosen, str) else chosen)

    def add_files(self, chosen: list[str]) -> None:
        """Store `chosen` files one after the other, each streamed with progress."""
        paths = [Path(c) for c in chosen if c]
        if self.detail is None or not paths:
            return
        idle = self._batch == 0
        if idle:
            self._batch_failed = []
        self._queue += paths
        self._batch += len(paths)
        if idle:  # else they join the files being added
            self._next_file()

    def _next_file(self) -> None:
        d = self.detail
        if d is None or not self._queue:
            self._finish_batch()
            return
        path = self._queue.pop(0)
        meeting_id, progress = d.meeting.id, self.progress_signal
        done = self._batch - len(self._queue)
        self._busy(True)
        self.progress_label.setText(
            self.tr("Adding {n} of {total}: {name}").format(
                n=number(done), total=number(self._batch), name=path.name
            )
        )
        self.progress_label.setVisible(True)
        self.ops.run(
            lambda vault: _store_file(vault, meeting_id, path, progress),
            on_done=self._added,
            on_error=lambda error: self._file_failed(path, error),
        )

    def _added(self, att: Attachment) -> None:
        self._pending = att.id
        self.editor.saved.emit(None)
        self._next_file()

    def _file_failed(self, path: Path, error: RoundtableError) -> None:
        self._batch_failed.append(path.name)
        if not self._queue:
            self._finish_batch()
            self.editor.failed.emit(error)
            return
        self._next_file()  # the others are still added; the error shows at the end

    def _finish_batch(self) -> None:
        total, failed = self._batch, self._batch_failed
        self._batch, self._queue = 0, []
        self._busy(False)
        self.progress_label.setVisible(False)
        if total > 1:
            added = total - len(failed)
            announce(
                self,
                self.tr("{n} of {total} files added.").format(n=number(added), total=number(total)),
            )

    # --- drag and drop -----------------------------------------------------------------------
    @staticmethod
    def _dropped_files(event: QDropEvent | QDragEnterEvent) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        files = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        return [f for f in files if f and Path(f).is_file()]  # folders are not files to add

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.detail is not None and self.add_button.isEnabled() and self._dropped_files(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event)
        if self.detail is None or not files:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)  # the dropped files stay where they were
        event.accept()
        self.add_files(files)

    def save_copy(self) -> None:
        att = self._selected()
        if att is None:
            self.complain(N_("Errors", "Select an attachment first."))
            return
        self.ask_save_path(att.filename, lambda chosen: self._confirm_copy(att, chosen))

    def _confirm_copy(self, att: Attachment, chosen: str) -> None:
        if not chosen:
            return
        target = Path(chosen)
        att_id, progress = att.id, self.progress_signal

        def write() -> None:
            self._busy(True)
            self.ops.run(
                lambda vault: _write_copy(vault, att_id, target, progress),
                on_done=lambda _: self._busy(False),
                on_error=self._op_failed,
            )

        self.confirm(
            self.tr("Save an unencrypted copy?"),
            self.tr(
                "The copy of “{name}” will be written to {folder} WITHOUT encryption. Anyone "
                "with access to this computer or disk can read it. Continue?"
            ).format(name=att.filename, folder=str(target.parent)),
            write,
        )

    def remove_selected(self) -> None:
        att = self._selected()
        if att is None:
            return
        att_id = att.id

        def remove() -> None:
            self.ops.run(
                lambda vault: delete_attachment(vault.store, att_id),
                on_done=lambda _: self.editor.saved.emit(None),
                on_error=self._op_failed,
            )

        self.confirm(
            self.tr("Remove the file?"),
            self.tr("“{name}” will be removed from the vault. This cannot be undone.").format(
                name=att.filename
            ),
            remove,
        )

    def _describe(self, att: Attachment, key: str, value: str) -> None:
        self.editor.update(
            att, QT_TRANSLATE_NOOP("UndoSteps", "Describe attachment"), description=value.strip()
        )

    def _op_failed(self, error: RoundtableError) -> None:
        self._busy(False)
        self.editor.failed.emit(error)

    def _busy(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.progress.setRange(0, 0)
        for b in (self.add_button, self.save_button, self.remove_button):
            b.setEnabled(not on)

    def _moved(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(1000 * done / total))

    # --- real dialogs: window-modal, never a nested event loop ---------------------------------
    # Never the native dialog (GTK's adds the file to its "recently used" list); Qt's own
    # dialog keeps a folder history in QtProject.conf, which is wiped after each use.
    def _ask_open_path(self, callback: Callable[[Any], None]) -> None:
        dialog = QFileDialog(self, self.tr("Add a file to the vault"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setHistory([])
        dialog.filesSelected.connect(callback)
        dialog.finished.connect(lambda _r: _dispose(dialog))
        dialog.open()

    def _ask_save_path(self, filename: str, callback: Callable[[str], None]) -> None:
        ask_save_file(
            self, self.tr("Save an unencrypted copy"), "", filename, lambda p: callback(str(p))
        )

    def _confirm(self, title: str, text: str, on_yes: Callable[[], None]) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names the file

        def answered(button: int) -> None:
            box.deleteLater()
            if button == QMessageBox.StandardButton.Yes:
                on_yes()

        box.finished.connect(answered)
        box.open()


def _dispose(dialog: QFileDialog) -> None:
    dialog.setHistory([])
    dialog.destroyed.connect(lambda *_: forget_file_dialog_history())
    dialog.deleteLater()
