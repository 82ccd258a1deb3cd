"""Conflicts: fields both sides changed. Each is resolved on its own: keep ours, take theirs,
or write the agreed value. A privacy flag a partner lowered is listed here too, held raised
(docs/trust-rules.md): the screen shows what would become visible, and the user keeps it
protected or accepts the lowering."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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

from app.domain.display_text import for_comparison
from app.exchange.conflicts import Conflict, list_conflicts, resolve_conflict
from app.ui.exchange.common import ErrorLine
from app.ui.exchange.record_names import field_name, yes_no
from app.ui.ops import Ops
from app.ui.plain_text import shown_line
from app.ui.typing_state import capture, restore
from app.ui.zoom import rows_follow_font


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _show(value: Any) -> str:
    """A conflicting value on one line: the user decides between the two, so a right-to-left
    override must not reorder the partner's, and two values that differ only in a line break,
    a tab or an override must not look the same (each shows as a mark: `for_comparison`)."""
    if isinstance(value, list):
        return " | ".join(_show(v) for v in value)
    if isinstance(value, bool):
        return yes_no(value)
    return for_comparison(str(value))


class ConflictsView(QWidget):
    resolved = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._conflicts: list[Conflict] = []
        self._pending_typing: dict | None = None  # restored once the conflicts are listed
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("conflicts")
        self.table.setAccessibleName(self.tr("Conflicts and held-back changes"))
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
        self.reveals = QLabel()
        self.reveals.setObjectName("reveals")
        self.reveals.setTextFormat(Qt.TextFormat.PlainText)  # record text, never markup
        self.reveals.setWordWrap(True)
        self.error = ErrorLine()
        buttons = QHBoxLayout()
        for w in (self.keep_ours, self.take_theirs, self.agreed, self.use_agreed):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reveals)
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
        self._pending_typing = None
        self._conflicts = []
        self.table.setRowCount(0)
        self.agreed.clear()
        self.error.clear()
        self._update_buttons()

    def typing_state(self) -> dict:
        """The agreed text being typed, and the conflict it is for (app/ui/typing_state.py).
        With nothing typed there is nothing to keep: a conflict id alone made every lock
        write a draft and every unlock go back to the screen the user was on."""
        state = capture(self)
        c = self.selected()
        if state.get("texts") and c is not None:
            state["conflict"] = c.id
        return state

    def restore_typing(self, state: dict) -> None:
        """Put the agreed text back beside its own conflict, once the list is shown again."""
        self._pending_typing = state
        if self._conflicts:
            self._restore_pending_typing()

    def _restore_pending_typing(self) -> None:
        state, self._pending_typing = self._pending_typing, None
        if state is None:
            return
        row = next((i for i, c in enumerate(self._conflicts) if c.id == state.get("conflict")), -1)
        if row < 0:
            return  # resolved meanwhile (by an import): the text no longer has a place
        self.table.selectRow(row)
        restore(self, state)

    def reload(self) -> None:
        self.ops.run(list_conflicts, on_done=self._loaded, on_error=self.error.show_error)

    def _loaded(self, conflicts: list[Conflict]) -> None:
        self._conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            ours, theirs = _show(c.local_value), _show(c.incoming_value)
            if c.privacy:
                ours, theirs = self.tr("set (kept: protected)"), self.tr("lowered (held back)")
            cells = (
                shown_line(c.label),
                _capitalised(field_name(c.field)),
                ours,
                theirs,
                shown_line(c.source),
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.empty.setVisible(not conflicts)
        if conflicts:
            self.table.selectRow(0)
        self._update_buttons()
        self._restore_pending_typing()

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._conflicts):
            return None
        return self._conflicts[rows[0].row()]

    def _update_buttons(self) -> None:
        c = self.selected()
        for b in (self.keep_ours, self.take_theirs):
            b.setEnabled(c is not None)
        privacy = c is not None and c.privacy
        self.keep_ours.setText(self.tr("Keep protected") if privacy else self.tr("Keep ours"))
        self.take_theirs.setText(
            self.tr("Accept: make visible") if privacy else self.tr("Take theirs")
        )
        self.reveals.setVisible(privacy)
        if c is not None and c.privacy:
            lines = [
                self.tr(
                    "{source} lowered this privacy flag; it stays set until you decide."
                ).format(source=shown_line(c.source)),
                self.tr("Accepting makes this visible to partners and in reports:"),
            ]
            lines += [f"  {self.tr(what)}: {shown_line(value)}" for what, value in c.reveals]
            if not c.reveals:
                lines.append("  " + self.tr("(nothing recorded yet)"))
            self.reveals.setText("\n".join(lines))
        else:
            self.reveals.clear()
        text_field = c is not None and not c.privacy and isinstance(c.local_value, str)
        self.agreed.setEnabled(text_field)
        self.use_agreed.setEnabled(text_field)

    def _resolve_with(self, choice: str) -> None:
        c = self.selected()
        if c is None:
            return
        if choice == "ours":
            value = True if c.privacy else c.local_value
        elif choice == "theirs":
            value = c.accept_value
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
