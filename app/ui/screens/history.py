"""History: recent changes and deleted records across the vault; for the chosen record, every
earlier value, when, by which organisation (and bundle); restore a version as a new, undoable
change (docs/history.md)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.storage import history
from app.ui.date_edit import shown_moment
from app.ui.exchange.record_names import field_name, table_name, yes_no
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown, tooltip
from app.ui.undo import VaultCommand
from app.ui.zoom import rows_follow_font

RECENT, DELETED, MEETING = "recent", "deleted", "meeting"
PAGE = 200


@dataclass
class _Row:
    table: str
    record_id: str
    label: str
    at: str
    org: str
    kind: str
    n: int = 0  # the entry's place in the chain (0: a tombstone listed without one)


@dataclass
class _Loaded:
    record: Any
    entries: list[history.Entry]
    names: dict[str, str]
    label: str
    links: dict[str, str]  # record id -> its label, for the link fields (`*_id`) shown


# Fields a creation lists without: where it sits, not what it says.
_QUIET_ON_CREATE = frozenset({"position", "created_at"})


def _org_names(conn: Any) -> dict[str, str]:
    names = {str(i): str(n) for i, n in conn.execute("SELECT id, name FROM organisations")}
    for i, n in conn.execute("SELECT org_id, org_name FROM contacts"):
        names.setdefault(str(i), str(n))
    return names


def _list(mode: str, meeting_id: str = "", before_n: int | None = None) -> Any:
    def run(vault: Any) -> tuple[list[_Row], dict[str, str]]:
        conn = vault.conn
        names = _org_names(conn)
        if mode == DELETED:
            rows = [
                _Row(d.table, d.record_id, d.label, d.deleted_at, d.deleted_by, history.DELETE)
                for d in history.deleted_records(conn, limit=PAGE)
            ]
        else:
            found = history.recent_changes(
                conn,
                limit=PAGE,
                before_n=before_n,
                meeting_id=meeting_id if mode == MEETING else "",
            )
            rows = [
                _Row(
                    r.table,
                    r.record_id,
                    history.label(conn, r.table, r.record_id),
                    r.at,
                    r.org_id,
                    r.kind,
                    r.n,
                )
                for r in found
            ]
        return rows, names

    return run


def _load(record_id: str) -> Any:
    def run(vault: Any) -> _Loaded:
        conn = vault.conn
        record, entries = history.record_history(conn, record_id)
        label = history.label(conn, record.TABLE, record_id) if record is not None else ""
        links: dict[str, str] = {}
        for e in entries:
            for c in e.changes:
                if c.field.endswith("_id"):
                    for value in (c.before, c.after):
                        if isinstance(value, str) and value and value not in links:
                            table = history.find_table(conn, value)
                            links[value] = history.label(conn, table, value) if table else ""
        return _Loaded(record, entries, _org_names(conn), label, links)

    return run


class HistoryScreen(QWidget):
    changed = Signal()  # a record was restored (other screens may refresh)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._rows: list[_Row] = []
        self._names: dict[str, str] = {}
        self._loaded: _Loaded | None = None
        self._record_id = ""
        self.undo_stack = QUndoStack(self)
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("Show"))
        self.mode.addItem(self.tr("Recent changes"), RECENT)
        self.mode.addItem(self.tr("Deleted records"), DELETED)
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.older_button = QPushButton(self.tr("Older changes"), self)
        self.older_button.setEnabled(False)
        self._meeting_id = ""  # the meeting whose changes "This meeting" lists
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addStretch(1)
        top.addWidget(self.older_button)
        top.addWidget(self.reload_button)

        self.records = QTableWidget(0, 4, self)
        self.records.setObjectName("history_records")
        self.entries = QTableWidget(0, 4, self)
        self.entries.setObjectName("history_entries")
        self._headers()
        for table, stretch in ((self.records, 1), (self.entries, 3)):
            header = table.horizontalHeader()
            for column in range(table.columnCount()):
                header.setSectionResizeMode(
                    column,
                    QHeaderView.ResizeMode.Stretch
                    if column == stretch
                    else QHeaderView.ResizeMode.ResizeToContents,
                )
            table.verticalHeader().setVisible(False)
            rows_follow_font(table)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setWordWrap(True)
        self.entries.setAccessibleName(self.tr("Earlier versions of the chosen record"))
        self.records.setAccessibleName(self.tr("Records"))
        self.title = plain_label(QLabel(self))
        self.title.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this version"), self)
        self.restore_button.setToolTip(
            tooltip(
                self.tr(
                    "Bring back the values the record had after the chosen change, as a new "
                    "change of yours (undoable). Nothing in the history is removed."
                )
            )
        )
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.redo_button = QPushButton(self.tr("Redo"), self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.notice = plain_label(QLabel(self))
        self.notice.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.title)
        lower_layout.addWidget(self.entries, 1)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.notice)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.records)
        split.addWidget(lower)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.mode.activated.connect(lambda _i: self.reload())
        self.reload_button.clicked.connect(self.reload)
        self.older_button.clicked.connect(self.load_older)
        self.records.itemSelectionChanged.connect(self._record_chosen)
        self.entries.itemSelectionChanged.connect(self._entry_chosen)
        self.restore_button.clicked.connect(self.restore_selected)
        for key, slot in (("Ctrl+Z", self.undo_stack.undo), ("Ctrl+Shift+Z", self.undo_stack.redo)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _headers(self) -> None:
        self.records.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Record"), self.tr("Organisation"), self.tr("Change")]
        )
        self.entries.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Organisation"), self.tr("Change"), self.tr("Values")]
        )

    def language_changed(self) -> None:
        """Shown again from what is loaded: table cells are not remapped by the switch."""
        self._headers()
        if self._rows:
            self._show_rows((self._rows, self._names))
        if self._loaded is not None:
            selected = self._selected_entry()
            self._show_entries(self._loaded)
            if selected is not None:
                self.entries.selectRow(self._loaded.entries.index(selected))

    # --- Screen ------------------------------------------------------------------------------
    def on_vault_opened(self) -> None:
        self.reload()

    def clear_vault_data(self) -> None:
        self.undo_stack.clear()  # commands hold record ids and old values
        self._forget_meeting()
        self._rows, self._names, self._loaded, self._record_id = [], {}, None, ""
        self.records.setRowCount(0)
        self.entries.setRowCount(0)
        self.title.clear()
        self.notice.clear()
        self.restore_button.setEnabled(False)

    # --- lists -------------------------------------------------------------------------------
    def reload(self) -> None:
        self._ops.run(_list(self.mode.currentData(), self._meeting_id), on_done=self._show_rows)
        if self._record_id:
            self.show_record(self._record_id)

    def load_older(self) -> None:
        numbered = [r.n for r in self._rows if r.n]
        if not numbered:
            return
        self._ops.run(
            _list(self.mode.currentData(), self._meeting_id, min(numbered)),
            on_done=lambda result: self._show_rows((self._rows + result[0], result[1])),
        )

    def show_deleted(self) -> None:
        self.mode.setCurrentIndex(self.mode.findData(DELETED))
        self.reload()

    def show_meeting(self, meeting_id: str) -> None:
        """The meeting's changes (its minutes, decisions, action items… included) above, and
        the meeting's own history below."""
        self._meeting_id = meeting_id
        if self.mode.findData(MEETING) < 0:
            self.mode.addItem(self.tr("This meeting"), MEETING)
        self.mode.setCurrentIndex(self.mode.findData(MEETING))
        self._record_id = meeting_id
        self.reload()

    def _forget_meeting(self) -> None:
        self._meeting_id = ""
        index = self.mode.findData(MEETING)
        if index >= 0:
            self.mode.setCurrentIndex(0)
            self.mode.removeItem(index)

    def _kind_text(self, kind: str) -> str:
        return {
            history.CREATE: self.tr("Created"),
            history.UPDATE: self.tr("Changed"),
            history.DELETE: self.tr("Deleted"),
            history.RESTORE: self.tr("Restored"),
            history.CONFLICT: self.tr("Conflict: both values kept"),
        }.get(kind, kind)

    def _org(self, org_id: str) -> str:
        return shown(self._names.get(org_id, org_id))

    def _show_rows(self, result: tuple[list[_Row], dict[str, str]]) -> None:
        self._rows, self._names = result
        # A full page may have older entries after it (tombstones are listed in one page).
        full = len(self._rows) % PAGE == 0 and bool(self._rows)
        self.older_button.setEnabled(full and self.mode.currentData() != DELETED)
        self.records.setRowCount(len(self._rows))
        for i, r in enumerate(self._rows):
            what = shown(r.label) or table_name(r.table)
            values = (
                shown_moment(r.at, seconds=True),
                f"{table_name(r.table)}: {what}",
                self._org(r.org),
                self._kind_text(r.kind),
            )
            for j, text in enumerate(values):
                self.records.setItem(i, j, QTableWidgetItem(text))

    def _record_chosen(self) -> None:
        rows = self.records.selectionModel().selectedRows()
        if rows:
            self.show_record(self._rows[rows[0].row()].record_id)

    # --- one record --------------------------------------------------------------------------
    def show_record(self, record_id: str) -> None:
        self._record_id = record_id
        self._ops.run(_load(record_id), on_done=self._show_entries)

    def _value(self, value: Any, name: str = "") -> str:
        if isinstance(value, bool):
            return yes_no(value)
        if value is None:
            return ""
        if name.endswith("_id") and self._loaded is not None and value:
            value = self._loaded.links.get(str(value)) or value
        text = shown(str(value)).replace("\n", " ")
        return text if len(text) <= 200 else text[:199] + "…"

    def _show_entries(self, loaded: _Loaded) -> None:
        self._loaded = loaded
        self._names.update(loaded.names)
        record = loaded.record
        if record is None:
            self.title.setText(self.tr("This record is not in the vault."))
            self.entries.setRowCount(0)
            return
        name = shown(loaded.label) or table_name(record.TABLE)
        state = self.tr(" (deleted)") if record.deleted else ""
        self.title.setText(
            self.tr("History of the {kind} “{name}”{state}: {count} change(s)").format(
                kind=table_name(record.TABLE),
                name=name,
                state=state,
                count=number(len(loaded.entries)),
            )
        )
        self.entries.setRowCount(len(loaded.entries))
        for i, e in enumerate(loaded.entries):
            who = self._org(e.org_id)
            if e.bundle_id:
                who += " " + self.tr("(bundle {bundle})").format(bundle=e.bundle_id[:8])
            if e.device:
                # Kept by the vault that sent it in a full bundle (another device of ours,
                # normally): its own account, shown under its name, never chained here.
                who += " " + self.tr("(as recorded by {vault})").format(vault=self._org(e.device))
            lines = []
            for c in e.changes:
                if e.kind == history.CREATE:
                    if c.field not in _QUIET_ON_CREATE and c.after not in ("", None):
                        lines.append(f"{field_name(c.field)}: {self._value(c.after, c.field)}")
                elif e.device:
                    lines.append(
                        self.tr("{field} was {before}").format(
                            field=field_name(c.field), before=self._value(c.before, c.field)
                        )
                    )
                else:
                    lines.append(
                        self.tr("{field}: {before} → {after}").format(
                            field=field_name(c.field),
                            before=self._value(c.before, c.field),
                            after=self._value(c.after, c.field),
                        )
                    )
            for field, value in e.other.items():
                lines.append(
                    self.tr("{field}: other value {value}").format(
                        field=field_name(field), value=self._value(value)
                    )
                )
            values = (
                shown_moment(e.at, seconds=True),
                who,
                self._kind_text(e.kind),
                "\n".join(lines),
            )
            for j, text in enumerate(values):
                self.entries.setItem(i, j, QTableWidgetItem(text))
        self.entries.resizeRowsToContents()
        self.restore_button.setEnabled(False)
        if loaded.entries:
            self.entries.selectRow(len(loaded.entries) - 1)

    def _selected_entry(self) -> history.Entry | None:
        if self._loaded is None:
            return None
        rows = self.entries.selectionModel().selectedRows()
        if not rows:
            return None
        return self._loaded.entries[rows[0].row()]

    def _entry_chosen(self) -> None:
        entry = self._selected_entry()
        # Versions are rebuilt from this vault's chain; another device's entries are shown only.
        usable = entry is not None and entry.n > 0 and entry.kind != history.CONFLICT
        record = self._loaded.record if self._loaded else None
        if usable and entry is not None and record is not None:
            latest = max(e.n for e in self._loaded.entries if e.n) if self._loaded else 0
            usable = entry.n != latest or record.deleted
        self.restore_button.setEnabled(bool(usable))

    def restore_selected(self) -> None:
        entry = self._selected_entry()
        if entry is None or not entry.n:
            return
        record_id, n = entry.record_id, entry.n
        previous: dict[str, Any] = {}
        restored: dict[str, Any] = {}

        def do(vault: Any) -> None:
            values = history.restorable_values(vault.conn, record_id, n)
            restored.clear()
            restored.update(values)
            previous.clear()
            previous.update(history.restore_values(vault.store, record_id, values))

        def undo(vault: Any) -> None:
            history.restore_values(vault.store, record_id, previous)

        def redo(vault: Any) -> None:
            history.restore_values(vault.store, record_id, restored)

        def done(_result: Any) -> None:
            self.undo_stack.push(
                VaultCommand(self._ops, self.tr("Restore a version"), undo, redo, self._changed)
            )
            self.notice.setText(
                self.tr("Restored as a new change. Undo brings back the values it replaced.")
            )
            self._changed()

        self._ops.run(do, on_done=done)

    def _changed(self) -> None:
        self.changed.emit()
        self.reload()
