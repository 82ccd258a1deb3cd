"""Report sections tab: narrative sections the user names and orders ("Achievements", "Lessons
learnt", "Way forward", "Background"…), each printed under its own heading at the place of the
report the user chose; and whether the report writes its own attendance paragraph."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import NarrativeSection
from app.domain.values import NarrativePlacement
from app.i18n import N_
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.fields import TextField
from app.ui.meeting.ordering import move_steps, next_position
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.section import Loaded, Section
from app.ui.meeting.widgets import (
    button,
    current_row,
    fill_combo,
    list_view,
    row_of_buttons,
    select_id,
    select_row,
    set_combo,
    shortcut,
)
from app.ui.ops import Ops

P = NarrativePlacement
PLACEMENTS = [
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "At the start of the report"), P.START.value),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "After Activities"), P.ACTIVITIES.value),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "After the goal and objectives"), P.OBJECTIVES.value),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "After the summary of discussion"), P.DISCUSSION.value),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "After the results"), P.RESULTS.value),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "After the next plan"), P.NEXT_PLAN.value),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "After the testimonies"), P.TESTIMONIES.value),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "At the end"), P.END.value),
]
# Headings our users write, with where reports usually carry them.
SUGGESTED = {
    "Introduction": P.START,
    "Background": P.START,
    "Achievements": P.DISCUSSION,
    "Lessons learnt": P.DISCUSSION,
    "Challenges": P.DISCUSSION,
    "Way forward": P.RESULTS,
    "Recommendations": P.RESULTS,
    "Financial report": P.END,
}


def _placement_label(value: str) -> str:
    for label, v in PLACEMENTS:
        if v == value:
            return QCoreApplication.translate("MeetingWorkspace", label)
    return value


class NarrativeTab(Section):
    TABLES = ("narrative_sections",)

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(editor, ops, parent)
        self._shown: NarrativeSection | None = None
        lay = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Sections of free text printed under your own headings. In the text, a blank "
                "line starts a new paragraph and lines starting with “- ” become a list."
            )
        )
        note.setWordWrap(True)
        lay.addWidget(note)
        split = QSplitter()
        lay.addWidget(split, 1)

        left = QGroupBox(self.tr("Sections"))
        llay = QVBoxLayout(left)
        self.model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Heading"), lambda n: n.heading),
            ],
            self,
        )
        self.view = list_view(self.model)
        self.view.setObjectName("narratives")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_section())
        shortcut("Alt+Up", self.view, lambda: self._move(-1))
        shortcut("Alt+Down", self.view, lambda: self._move(1))
        llay.addWidget(self.view, 1)
        self.new_heading = QLineEdit()
        self.new_heading.setPlaceholderText(self.tr("New section, e.g. Way forward… (Enter adds)"))
        self.new_heading.setCompleter(QCompleter(list(SUGGESTED), self.new_heading))
        self.new_heading.returnPressed.connect(self._add)
        llay.addWidget(self.new_heading)
        up = button("↑", self.tr("Move the section up (Alt+Up)"))
        down = button("↓", self.tr("Move the section down (Alt+Down)"))
        self.remove_button = button(self.tr("Remove"), self.tr("Remove the selected section"))
        up.clicked.connect(lambda: self._move(-1))
        down.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        llay.addLayout(row_of_buttons(up, down, self.remove_button))
        self.auto_attendance = QCheckBox(self.tr("The report writes its own attendance paragraph"))
        self.auto_attendance.setToolTip(
            self.tr("Untick when the activities text already says who attended")
        )
        self.auto_attendance.toggled.connect(self._auto_attendance_toggled)
        llay.addWidget(self.auto_attendance)
        split.addWidget(left)

        right = QWidget()
        form = QFormLayout(right)
        self.heading = QLineEdit()
        self.heading.setPlaceholderText(self.tr("Heading printed in the report"))
        self._heading_field = TextField(self.heading, lambda t: self._save_field("heading", t))
        self.placement = QComboBox()
        fill_combo(
            self.placement,
            [(QCoreApplication.translate("MeetingWorkspace", lbl), v) for lbl, v in PLACEMENTS],
        )
        self.placement.currentIndexChanged.connect(
            lambda _: self._save_field("placement", self.placement.currentData())
        )
        self.text = QPlainTextEdit()
        self.text.setObjectName("narrativeText")
        self.text.setPlaceholderText(self.tr("The text of the section"))
        self.text.setTabChangesFocus(True)
        self._text_field = TextField(self.text, lambda t: self._save_field("text", t))
        form.addRow(self.tr("&Heading"), self.heading)
        form.addRow(self.tr("P&lace in the report"), self.placement)
        form.addRow(self.tr("Te&xt"), self.text)
        split.addWidget(right)
        split.setSizes([300, 700])
        self._show_section()

    # --- showing -----------------------------------------------------------------------------
    def show_loaded(self, loaded: Loaded) -> None:
        super().show_loaded(loaded)
        row = current_row(self.view)
        keep = self.model.row_at(row).id if row >= 0 else ""
        self.model.set_rows(loaded.detail.narratives)
        if not (keep and select_id(self.view, keep)):
            select_row(self.view, 0)
        self._show_section()
        self.auto_attendance.blockSignals(True)
        self.auto_attendance.setChecked(loaded.detail.meeting.auto_attendance)
        self.auto_attendance.blockSignals(False)

    def _current(self) -> NarrativeSection | None:
        row = current_row(self.view)
        return self.model.row_at(row) if row >= 0 else None

    def _show_section(self) -> None:
        self.flush()  # text typed for the section shown before belongs to that section
        n = self._shown = self._current()
        for w in (self.heading, self.placement, self.text, self.remove_button):
            w.setEnabled(n is not None)
        self._heading_field.set_text(n.heading if n else "")
        self._text_field.set_text(n.text if n else "")
        self.placement.blockSignals(True)
        set_combo(self.placement, n.placement if n else P.RESULTS.value)
        self.placement.blockSignals(False)

    def clear(self) -> None:
        super().clear()
        self._shown = None
        self.model.clear()
        self._heading_field.clear()
        self._text_field.clear()
        self.new_heading.clear()

    def flush(self) -> None:
        self._heading_field.flush()
        self._text_field.flush()

    def select(self, table: str, record_id: str) -> bool:
        if table == "narrative_sections" and select_id(self.view, record_id):
            self._show_section()
            return True
        return False

    # --- editing -----------------------------------------------------------------------------
    def _add(self) -> None:
        d = self.detail
        heading = self.new_heading.text().strip()
        if d is None or not heading:
            return
        self.flush()
        known = {k.casefold(): v for k, v in SUGGESTED.items()}
        section = NarrativeSection(
            meeting_id=d.meeting.id,
            heading=heading,
            placement=known.get(heading.casefold(), P.RESULTS).value,
            position=next_position(d.narratives),
        )
        self.editor.add(section, text=QT_TRANSLATE_NOOP("UndoSteps", "Add report section"))
        self.new_heading.clear()
        self.model.set_rows([*d.narratives, section])
        d.narratives.append(section)
        select_id(self.view, section.id)
        self._show_section()
        self.text.setFocus()  # straight on to its text

    def _save_field(self, name: str, value: str) -> None:
        n = self._shown
        if n is None or getattr(n, name) == value:
            return
        if name == "heading" and not value.strip():
            self.complain(N_("Errors", "A section needs a heading."))
            self._heading_field.set_text(n.heading)
            return
        self.editor.update(
            n, QT_TRANSLATE_NOOP("UndoSteps", "Edit report section"), **{name: value}
        )

    def _auto_attendance_toggled(self, on: bool) -> None:
        d = self.detail
        if d is not None:
            self.editor.update(
                d.meeting,
                QT_TRANSLATE_NOOP("UndoSteps", "Attendance paragraph"),
                auto_attendance=on,
            )

    def _move(self, delta: int) -> None:
        d = self.detail
        row = current_row(self.view)
        if d is None or row < 0:
            return
        self.flush()
        moved = d.narratives[row].id
        if self.editor.push(
            QT_TRANSLATE_NOOP("UndoSteps", "Reorder report sections"),
            move_steps(d.narratives, row, delta),
        ):
            d.narratives.insert(row + delta, d.narratives.pop(row))
            self.model.set_rows(d.narratives)
            select_id(self.view, moved)

    def _remove(self) -> None:
        n = self._current()
        if n is not None:
            row = current_row(self.view)
            self.editor.delete(n, text=QT_TRANSLATE_NOOP("UndoSteps", "Remove report section"))
            select_row(self.view, max(row - 1, 0))
