"""Conflicts: fields both sides changed. Each is resolved on its own: keep ours, take theirs,
or write the agreed value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.conflicts import Conflict, list_conflicts, resolve_conflict
from app.ui.exchange.common import ErrorLine
from app.ui.exchange.record_names import field_name, yes_no
from app.ui.ops import Ops
from app.ui.zoom import rows_follow_font


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _show(value: Any) -> str:
    if isinstance(value, list):
        return " | ".join(_show(v) for v in value)
    if isinstance(value, bool):
        return yes_no(value)
    return str(value)


class ConflictsView(QWidget):
    resolved = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._conflicts: list[Conflict] = []
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("conflicts")
        rows_follow_font(self.table)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Ours"),
                self.tr("Theirs"),
                self.tr("From"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.empty = QLabel(self.tr("No conflicts: every imported change merged cleanly."))
        self.keep_ours = QPushButton(self.tr("Keep ours"))
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.agreed = QLineEdit()
        self.agreed.setPlaceholderText(self.tr("or type the agreed text"))
        self.use_agreed = QPushButton(self.tr("Use this text"))
        self.error = ErrorLine()
        buttons = QHBoxLayout()
        for w in (self.keep_ours, self.take_theirs, self.agreed, self.use_agreed):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.keep_ours.clicked.connect(lambda: self._resolve_with("ours"))
        self.take_theirs.clicked.connect(lambda: self._resolve_with("theirs"))
        self.use_agreed.clicked.connect(lambda: self._resolve_with("agreed"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # --- Screen protocol --------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        self.reload()

    def clear_vault_data(self) -> None:
        self._conflicts = []
        self.table.setRowCount(0)
        self.agreed.clear()
        self.error.clear()
        self._update_buttons()

    def reload(self) -> None:
        self.ops.run(list_conflicts, on_done=self._loaded, on_error=self.error.show_error)

    def _loaded(self, conflicts: list[Conflict]) -> None:
        self._conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            cells = (
                c.label,
                _capitalised(field_name(c.field)),
                _show(c.local_value),
                _show(c.incoming_value),
                c.source,
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.empty.setVisible(not conflicts)
        if conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._conflicts):
            return None
        return self._conflicts[rows[0].row()]

    def _update_buttons(self) -> None:
        c = self.selected()
        for b in (self.keep_ours, self.take_theirs):
            b.setEnabled(c is not None)
        text_field = c is not None and isinstance(c.local_value, str)
        self.agreed.setEnabled(text_field)
        self.use_agreed.setEnabled(text_field)

    def _resolve_with(self, choice: str) -> None:
        c = self.selected()
        if c is None:
            return
        if choice == "ours":
            value = c.local_value
        elif choice == "theirs":
            value = c.incoming_value[0] if isinstance(c.incoming_value, list) else c.incoming_value
        else:
            value = self.agreed.text()
        self.error.clear()
        self.ops.run(
            lambda vault: resolve_conflict(vault, c.id, value),
            on_done=lambda _: self._after(),
            on_error=self.error.show_error,
        )

    def _after(self) -> None:
        self.agreed.clear()
        self.resolved.emit()
        self.reload()
