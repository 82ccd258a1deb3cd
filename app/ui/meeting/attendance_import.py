"""Importing a session's attendance from a sign-in sheet (CSV or XLSX), with a preview: which
column is which, and for each row whether the person and organisation are already known."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import RoundtableError
from app.storage.attendance_import import (
    FIELDS,
    ImportPlan,
    guess_mapping,
    looks_like_header,
    plan_import,
    read_table,
)
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("MeetingWorkspace", "Name"),
    "organisation": QT_TRANSLATE_NOOP("MeetingWorkspace", "Organisation"),
    "kind": QT_TRANSLATE_NOOP("MeetingWorkspace", "Kind of organisation"),
    "gender": QT_TRANSLATE_NOOP("MeetingWorkspace", "Gender"),
    "role": QT_TRANSLATE_NOOP("MeetingWorkspace", "Role"),
    "contact": QT_TRANSLATE_NOOP("MeetingWorkspace", "Contact"),
}
STATUS = {
    "existing": QT_TRANSLATE_NOOP("MeetingWorkspace", "in the directory"),
    "new": QT_TRANSLATE_NOOP("MeetingWorkspace", "new"),
    "present": QT_TRANSLATE_NOOP("MeetingWorkspace", "already on the list"),
}
PREVIEW_ROWS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingWorkspace", text)


def _read(path: Path) -> list[list[str]]:
    try:
        data = path.read_bytes()
    except OSError:
        from app.errors import FileAccessError

        raise FileAccessError() from None
    return read_table(path.name, data)


class AttendanceImportDialog(QDialog):
    """`records_ready(list)` carries the records to add (organisations, people, attendance)."""

    records_ready = Signal(list)

    def __init__(self, ops: Ops, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceImport")
        self.setWindowTitle(self.tr("Import attendance from a sign-in sheet"))
        self.resize(820, 560)
        self._ops = ops
        self._session_id = session_id
        self._table: list[list[str]] = []
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        # It names the file, whose name whoever sent the sheet chose.
        self.file_label = plain_label(QLabel(self.tr("Choose a CSV or XLSX file.")))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        lay.addLayout(top)
        grid = QGridLayout()
        self.columns: dict[str, QComboBox] = {}
        for i, name in enumerate(FIELDS):
            combo = QComboBox()
            combo.currentIndexChanged.connect(lambda _: self._replan())
            self.columns[name] = combo
            label = QLabel(_tr(FIELD_LABELS[name]))
            label.setBuddy(combo)  # the label names the list for screen readers
            grid.addWidget(label, i // 3 * 2, i % 3)
            grid.addWidget(combo, i // 3 * 2 + 1, i % 3)
        lay.addLayout(grid)
        self.header = QCheckBox(self.tr("The first row holds the column names"))
        self.header.toggled.connect(lambda _: self._replan())
        lay.addWidget(self.header)
        self.preview = QTableWidget(0, 5)
        self.preview.setAccessibleName(self.tr("Preview of the attendees"))
        self.preview.setHorizontalHeaderLabels(
            [
                _tr(FIELD_LABELS["name"]),
                _tr(FIELD_LABELS["organisation"]),
                _tr(FIELD_LABELS["gender"]),
                _tr(FIELD_LABELS["role"]),
                self.tr("Will be"),
            ]
        )
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.preview, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Import"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._setting = False

    # --- reading -----------------------------------------------------------------------------
    def _choose(self) -> None:
        from app.ui.file_dialogs import open_file

        path = open_file(
            self, self.tr("Sign-in sheet"), self.tr("Sheets (*.csv *.xlsx *.txt);;All files (*)")
        )
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path, keep: dict | None = None) -> None:
        """Read and parse the sheet off the GUI thread (an XLSX can take a moment); `keep`
        (from `typing_state`) chooses the columns again instead of guessing them."""
        self.path = path
        self.file_label.setText(self.tr("Reading {name}…").format(name=shown(path.name)))
        self.ok.setEnabled(False)
        self._ops.run(
            lambda _v: _read(path),
            on_done=lambda table: self._show_table(path.name, table, keep),
            on_error=self._failed,
            needs_vault=False,
        )

    def typing_state(self) -> dict | None:
        """The sheet and the columns chosen, to open again after a lock (the sheet stays the
        user's file; only its path and the choices go into the vault's drafts)."""
        if self.path is None:
            return None
        return {
            "path": str(self.path),
            "mapping": self.mapping(),
            "header": self.header.isChecked(),
        }

    def _show_table(self, name: str, table: list[list[str]], keep: dict | None = None) -> None:
        self._table = table
        self.file_label.setText(
            self.tr("{name}: {rows} rows").format(name=shown(name), rows=number(len(table)))
        )
        header = looks_like_header(table[0])
        width = max(len(r) for r in table)
        titles = table[0] if header else [""] * width
        guessed = guess_mapping(table[0]) if header else {"name": 0}
        self._setting = True
        for name_, combo in self.columns.items():
            combo.clear()
            combo.addItem(self.tr("(not in the sheet)"), -1)
            for i in range(width):
                title = titles[i] if i < len(titles) and titles[i] else ""
                label = self.tr("Column {n}").format(n=number(i + 1)) + (
                    f": {shown(title)}" if title else ""
                )
                combo.addItem(label, i)
            combo.setCurrentIndex(combo.findData(guessed.get(name_, -1)))
        if keep is not None:
            chosen = keep.get("mapping") if isinstance(keep.get("mapping"), dict) else {}
            for name_, combo in self.columns.items():
                index = combo.findData(chosen.get(name_, -1))
                combo.setCurrentIndex(index if index >= 0 else 0)
            header = bool(keep.get("header", header))
        self.header.setChecked(header)
        self._setting = False
        self._replan()

    def mapping(self) -> dict[str, int]:
        return {n: c.currentData() for n, c in self.columns.items() if (c.currentData() or 0) >= 0}

    def _replan(self) -> None:
        if self._setting or not self._table:
            return
        table, mapping, header = self._table, self.mapping(), self.header.isChecked()
        session_id = self._session_id
        self.ok.setEnabled(False)
        self._ops.run(
            lambda v: plan_import(v.conn, session_id, table, mapping, header=header),
            on_done=self._show_plan,
            on_error=self._failed,
        )

    def _show_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        rows = plan.rows[:PREVIEW_ROWS]
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            status = _tr(STATUS[row.person_status])
            if row.org_status == "new":
                status += " · " + self.tr("new organisation")
            for c, text in enumerate((row.name, row.organisation, row.gender, row.role, status)):
                self.preview.setItem(r, c, QTableWidgetItem(shown(text)))  # a partner's sheet
        self.summary.setText(
            self.tr(
                "{attend} attendees to add: {people} new people, {orgs} new organisations; "
                "{present} already on the list; {skipped} rows without a name left out."
            ).format(
                attend=number(len(plan.attendance)),
                people=number(len(plan.new_people)),
                orgs=number(len(plan.new_organisations)),
                present=number(sum(1 for r in plan.rows if r.person_status == "present")),
                skipped=number(plan.skipped),
            )
        )
        self.ok.setEnabled(bool(plan.records()))

    def _failed(self, error: RoundtableError) -> None:
        self.summary.setText(error.user_message)
        self.ok.setEnabled(False)

    def _accept(self) -> None:
        if self.plan is not None and self.plan.records():
            records: list[Any] = self.plan.records()
            self.records_ready.emit(records)
        self.accept()
