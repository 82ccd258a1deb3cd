"""Import: pick a bundle; every check runs in the background; a preview of what will change;
then one transaction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange import importer
from app.exchange.importer import PreparedImport, Preview, prepare_import
from app.ui.date_edit import shown_moment
from app.ui.exchange.common import ErrorLine
from app.ui.exchange.record_names import field_name, table_name
from app.ui.file_dialogs import open_file
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown_line

KIND_TEXT = {
    "new": QT_TRANSLATE_NOOP("ImportDialog", "New"),
    "updated": QT_TRANSLATE_NOOP("ImportDialog", "Updated"),
    "deleted": QT_TRANSLATE_NOOP("ImportDialog", "Deleted"),
    "conflict": QT_TRANSLATE_NOOP("ImportDialog", "Conflict"),
    "held": QT_TRANSLATE_NOOP("ImportDialog", "Privacy change held back"),
    "refused": QT_TRANSLATE_NOOP("ImportDialog", "Refused (not theirs to change)"),
}


def warning_text(warning: str) -> str:
    """An import warning (English, app/exchange/importer.py) in the interface language."""
    # A warning may quote a partner's name: one line, no bidi overrides or controls.
    return shown_line(importer.localised_warning(warning, QCoreApplication.translate, number))


class ImportDialog(QDialog):
    imported = Signal(object)  # Preview of what was applied

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a bundle from a partner"))
        self.ops = ops
        self._prepared: PreparedImport | None = None

        self.path = QLineEdit()
        self.path.setObjectName("path")
        self.path.setAccessibleName(self.tr("Bundle file"))
        self.path.setReadOnly(True)
        choose = QPushButton(self.tr("Choose bundle…"))
        choose.clicked.connect(self._choose)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # quotes the sender's name
        self.summary.setWordWrap(True)
        self.warnings = plain_label(QLabel())
        self.warnings.setObjectName("warnings")
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)  # quotes contacts' names
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.changes = QTreeWidget()
        self.changes.setObjectName("changes")
        self.changes.setAccessibleName(self.tr("Changes in the bundle"))
        self.changes.setHeaderLabels([self.tr("Change"), self.tr("Kind"), self.tr("Record")])
        self.error = ErrorLine()
        self.apply_button = QPushButton(self.tr("Import these changes"))
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.path, 1)
        top.addWidget(choose)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.finished.connect(lambda _: self._release())
        self.resize(760, 520)

    # --- Screen protocol --------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        pass  # nothing to load until a bundle is chosen

    def clear_vault_data(self) -> None:
        self._release()
        self.summary.clear()
        self.warnings.clear()
        self.changes.clear()
        self.error.clear()
        self.apply_button.setEnabled(False)

    # --- checking ---------------------------------------------------------------------------
    def _choose(self) -> None:
        path = open_file(self, self.tr("Choose a bundle"), self.tr("Bundles (*.rtbundle)"))
        if path is not None:
            self.check_file(path)

    def check_file(self, path: Path) -> None:
        self._release()
        self.path.setText(str(path))
        self.error.clear()
        self.changes.clear()
        self.warnings.clear()
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Checking signatures and decrypting…"))
        self.ops.run(
            lambda vault: prepare_import(vault, path),
            on_done=self._prepared_ok,
            on_error=self._failed,
        )

    def _prepared_ok(self, prepared: PreparedImport) -> None:
        self._prepared = prepared
        self._show(prepared.preview, applied=False)
        self.apply_button.setEnabled(True)

    def _show(self, preview: Preview, *, applied: bool) -> None:
        s = preview.summary()
        verb = self.tr("Imported") if applied else self.tr("Will import")
        self.summary.setText(
            self.tr(
                "From {sender} (fingerprint {fp}), bundle {seq} of {created}.\n"
                "{verb}: {new} new, {updated} updated, {deleted} deleted, "
                "{conflicting} conflicting; {held_back} privacy change(s) held back; "
                "{refused} refused; {unchanged} unchanged; {attachments} file(s)."
            ).format(
                sender=shown_line(preview.sender),  # a partner's name: one line, no bidi overrides
                fp=preview.sender_fingerprint,
                seq=number(preview.seq),
                created=shown_moment(preview.created),
                verb=verb,
                **{key: number(count) for key, count in s.items()},
            )
        )
        notes = [warning_text(w) for w in preview.warnings]
        if s["held_back"]:
            notes.append(
                self.tr(
                    "{n} privacy change(s) held back: the partner lowered an anonymous, "
                    "sensitive-venue or confidential flag. It stays set until you accept it "
                    "under Conflicts, where you see what it would reveal."
                ).format(n=number(s["held_back"]))
            )
        if s["refused"]:
            notes.append(
                self.tr(
                    "{n} change(s) refused: records this partner was never sent, or your own "
                    "organisation's record. They are not applied."
                ).format(n=number(s["refused"]))
            )
        if preview.seal is not None and preview.seal.kind == "request":
            notes.append(
                self.tr(
                    "This bundle asks you to co-sign a sealed report. After importing, open the "
                    "meeting's Report tab, choose Seal…, read its pages and co-sign."
                )
            )
        elif preview.seal is not None:
            notes.append(self.tr("This bundle brings a co-signature of a sealed report."))
        self.warnings.setText("\n".join(notes))
        self.changes.clear()
        for change in [*preview.changes, *preview.refused]:
            kind = self.tr(KIND_TEXT.get(change.kind, change.kind))
            fields = ", ".join(
                field_name(f.name) for f in change.fields if f.conflict or change.kind != "new"
            )
            table = table_name(change.table)
            # The label is a partner's text (a title, a name): no bidi overrides or controls.
            label = shown_line(change.label)
            item = QTreeWidgetItem([label, kind, f"{table}: {fields}" if fields else table])
            self.changes.addTopLevelItem(item)

    def _failed(self, error: object) -> None:
        self.summary.clear()
        self.error.show_error(error)

    # --- applying ---------------------------------------------------------------------------
    def apply(self) -> None:
        prepared = self._prepared
        if prepared is None:
            return
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))

        def work(vault: Any) -> Preview:
            try:
                return prepared.apply(vault)
            finally:
                prepared.close()

        self._prepared = None
        self.ops.run(work, on_done=self._applied, on_error=self._failed)

    def _applied(self, preview: Preview) -> None:
        self._show(preview, applied=True)
        self.imported.emit(preview)

    def _release(self) -> None:
        """Drop the decrypted bundle (it lives only in memory)."""
        prepared, self._prepared = self._prepared, None
        if prepared is not None:
            self.ops.run(lambda _: prepared.close(), needs_vault=False)
