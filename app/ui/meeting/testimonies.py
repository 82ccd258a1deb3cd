"""Testimonies tab: anonymous statements. Only the attribution text is ever shown, never a name
(the optional link to a person stays inside the vault's own records)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.records import Testimony
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.entry_edit import EntryEdit
from app.ui.meeting.ordering import move_steps, next_position
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.section import Loaded, Section
from app.ui.meeting.widgets import (
    button,
    current_row,
    fit_columns,
    row_of_buttons,
    select_id,
    shortcut,
    table_view,
)
from app.ui.ops import Ops


class TestimoniesTab(Section):
    TABLES = ("testimonies",)

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(editor, ops, parent)
        lay = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                'Testimonies are anonymous: describe the speaker ("a youth group delegate"), '
                "never name them."
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        self.model = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Attribution"),
                    lambda t: t.attribution,
                    edit_key="attribution",
                    tooltip=QT_TRANSLATE_NOOP("MeetingWorkspace", "Double-click to edit"),
                ),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Statement"),
                    lambda t: t.text,
                    edit_key="text",
                    tooltip=QT_TRANSLATE_NOOP("MeetingWorkspace", "Double-click to edit"),
                ),
            ],
            self,
            on_edit=self._edit,
        )
        self.view = table_view(self.model)
        self.view.setObjectName("testimonies")
        self.view.setAccessibleName(self.tr("Testimonies"))
        fit_columns(self.view, [1], wrap_rows=True)
        shortcut("Delete", self.view, self._remove)
        shortcut("Alt+Up", self.view, lambda: self._move(-1))
        shortcut("Alt+Down", self.view, lambda: self._move(1))
        lay.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.attribution = QLineEdit()
        self.attribution.setPlaceholderText(self.tr("Attribution, e.g. a garment worker (no name)"))
        self.attribution.setAccessibleName(self.tr("Attribution of the new testimony"))
        self.text = EntryEdit()
        self.text.setPlaceholderText(
            self.tr("The statement; Enter adds it (Shift+Enter: new line)")
        )
        self.text.setAccessibleName(self.tr("New testimony"))
        self.text.setAccessibleDescription(self.tr("Enter adds it; Shift+Enter starts a new line"))
        self.text.committed.connect(self._add)
        row.addWidget(self.attribution, 1, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 3)
        lay.addLayout(row)
        up = button("↑", self.tr("Move up (Alt+Up)"))
        down = button("↓", self.tr("Move down (Alt+Down)"))
        rm = button(self.tr("Remove"), self.tr("Remove the selected testimony (Delete)"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        rm.clicked.connect(self._remove)
        lay.addLayout(row_of_buttons(up, down, rm))

    def show_loaded(self, loaded: Loaded) -> None:
        super().show_loaded(loaded)
        row = current_row(self.view)
        keep = self.model.row_at(row).id if row >= 0 else ""
        self.model.set_rows(loaded.detail.testimonies)
        if keep:
            select_id(self.view, keep)

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        self.attribution.clear()
        self.text.clear()

    def select(self, table: str, record_id: str) -> bool:
        return table == "testimonies" and select_id(self.view, record_id)

    def _add(self, text: str) -> None:
        d = self.detail
        if d is None:
            return
        self.editor.add(
            Testimony(
                meeting_id=d.meeting.id,
                text=text,
                attribution=self.attribution.text().strip(),
                position=next_position(d.testimonies),
            ),
            text=QT_TRANSLATE_NOOP("UndoSteps", "Add testimony"),
        )
        self.text.clear()
        self.attribution.clear()

    def _edit(self, t: Testimony, key: str, value: str) -> None:
        if key == "attribution" or value.strip():
            self.editor.update(
                t, QT_TRANSLATE_NOOP("UndoSteps", "Edit testimony"), **{key: value.strip()}
            )

    def _move(self, delta: int) -> None:
        d = self.detail
        row = current_row(self.view)
        if d is not None and row >= 0:
            self.editor.push(
                QT_TRANSLATE_NOOP("UndoSteps", "Reorder testimonies"),
                move_steps(d.testimonies, row, delta),
            )

    def _remove(self) -> None:
        row = current_row(self.view)
        if row >= 0:
            self.editor.delete(
                self.model.row_at(row), text=QT_TRANSLATE_NOOP("UndoSteps", "Remove testimony")
            )
