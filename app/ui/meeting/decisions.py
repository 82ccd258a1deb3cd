"""Decisions and results tab: what the meeting decided, achieved and learned."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from app.domain.records import Decision
from app.domain.values import DecisionKind
from app.ui.date_edit import shown_date
from app.ui.meeting.delegates import ChoiceDelegate
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.ordering import move_steps, next_position
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.section import Loaded, Section
from app.ui.meeting.widgets import (
    button,
    choices,
    current_row,
    fill_combo,
    fit_columns,
    row_of_buttons,
    select_id,
    shortcut,
    table_view,
)
from app.ui.ops import Ops

KINDS = [
    (QT_TRANSLATE_NOOP("DecisionsTab", "Decision"), DecisionKind.DECISION.value),
    (QT_TRANSLATE_NOOP("DecisionsTab", "Result"), DecisionKind.RESULT.value),
    (QT_TRANSLATE_NOOP("DecisionsTab", "Lesson learned"), DecisionKind.LESSON.value),
]
_KIND_LABEL = {v: k for k, v in KINDS}


class DecisionsTab(Section):
    TABLES = ("decisions",)

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(editor, ops, parent)
        lay = QVBoxLayout(self)
        self.model = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Kind"),
                    lambda d: QCoreApplication.translate(
                        "DecisionsTab", _KIND_LABEL.get(d.kind, d.kind)
                    ),
                    edit_key="kind",
                    tooltip=QT_TRANSLATE_NOOP(
                        "MeetingWorkspace", "Double-click to change the kind"
                    ),
                ),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Text"),
                    lambda d: d.text,
                    edit_key="text",
                    tooltip=QT_TRANSLATE_NOOP("MeetingWorkspace", "Double-click to edit"),
                ),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Session"), self._session_label),
            ],
            self,
            on_edit=self._edit,
        )
        self.view = table_view(self.model)
        self.view.setObjectName("decisions")
        self.view.setAccessibleName(self.tr("Decisions, results and lessons"))
        self.view.setItemDelegateForColumn(
            0, ChoiceDelegate(lambda: choices("DecisionsTab", KINDS), self.view)
        )
        fit_columns(self.view, [1], wrap_rows=True)
        shortcut("Delete", self.view, self._remove)
        shortcut("Alt+Up", self.view, lambda: self._move(-1))
        shortcut("Alt+Down", self.view, lambda: self._move(1))
        lay.addWidget(self.view, 1)

        row = QHBoxLayout()
        self.kind = QComboBox()
        fill_combo(self.kind, choices("DecisionsTab", KINDS))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("New decision, result or lesson… (Enter adds)"))
        self.text.setAccessibleName(self.tr("New decision, result or lesson"))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.text.returnPressed.connect(self._add)
        self.session = QComboBox()
        self.session.setToolTip(self.tr("The session it came from (optional)"))
        self.session.setAccessibleName(self.tr("Session"))
        row.addWidget(self.kind)
        row.addWidget(self.session)
        row.addWidget(self.text, 1)
        lay.addLayout(row)
        up = button("↑", self.tr("Move up (Alt+Up)"))
        down = button("↓", self.tr("Move down (Alt+Down)"))
        rm = button(self.tr("Remove"), self.tr("Remove the selected one (Delete)"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        rm.clicked.connect(self._remove)
        lay.addLayout(row_of_buttons(up, down, rm))

    def _session_label(self, d: Decision) -> str:
        detail = self.detail
        if detail is None or not d.session_id:
            return ""
        s = next((s for s in detail.sessions if s.session.id == d.session_id), None)
        return f"{shown_date(s.session.date)} {s.session.title}".strip() if s else ""

    def show_loaded(self, loaded: Loaded) -> None:
        super().show_loaded(loaded)
        row = current_row(self.view)
        keep = self.model.row_at(row).id if row >= 0 else ""
        fill_combo(
            self.session,
            [(self.tr("Whole meeting"), "")]
            + [
                (
                    " ".join(p for p in (shown_date(s.session.date), s.session.title) if p),
                    s.session.id,
                )
                for s in loaded.detail.sessions
            ],
        )
        self.model.set_rows(loaded.detail.decisions)
        if keep:
            select_id(self.view, keep)

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.text.clear()
        self.session.clear()

    def select(self, table: str, record_id: str) -> bool:
        return table == "decisions" and select_id(self.view, record_id)

    def _add(self) -> None:
        d = self.detail
        text = self.text.text().strip()
        if d is None or not text:
            return
        self.editor.add(
            Decision(
                meeting_id=d.meeting.id,
                text=text,
                kind=self.kind.currentData(),
                session_id=self.session.currentData() or "",
                position=next_position(d.decisions),
            ),
            text=QT_TRANSLATE_NOOP("UndoSteps", "Add decision"),
        )
        self.text.clear()

    def _edit(self, d: Decision, key: str, value: str) -> None:
        if key == "kind" and value not in _KIND_LABEL:
            return
        if value.strip():
            self.editor.update(
                d, QT_TRANSLATE_NOOP("UndoSteps", "Edit decision"), **{key: value.strip()}
            )

    def _move(self, delta: int) -> None:
        d = self.detail
        row = current_row(self.view)
        if d is not None and row >= 0:
            self.editor.push(
                QT_TRANSLATE_NOOP("UndoSteps", "Reorder decisions"),
                move_steps(d.decisions, row, delta),
            )

    def _remove(self) -> None:
        row = current_row(self.view)
        if row >= 0:
            self.editor.delete(
                self.model.row_at(row), text=QT_TRANSLATE_NOOP("UndoSteps", "Remove decision")
            )
