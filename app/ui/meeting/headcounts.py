"""Counting people without names: a session's headcount (a sign-in sheet's "some 60
participants", "speakers 54% women") beside its named attendance.

A count is a slice of the session — a role, a gender and a kind of organisation, each "any" by
default — and a number; counting the same slice again replaces the number.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.meeting_detail import SessionDetail, session_counts
from app.domain.records import Headcount
from app.domain.values import OrgKind
from app.ui.meeting.commands import AddStep, delete_step, update_step
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.widgets import (
    button,
    current_row,
    fill_combo,
    fit_columns,
    row_of_buttons,
    shortcut,
    table_view,
)
from app.ui.models.directory import kind_label
from app.ui.numbers import number
from app.ui.spin_box import SpinBox

ROLES = [
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Any role"), ""),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Participants"), "participant"),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Speakers"), "speaker"),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Facilitators"), "facilitator"),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Observers"), "observer"),
]
GENDERS = [
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Any gender"), ""),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Women"), "woman"),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Men"), "man"),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Non-binary"), "non_binary"),
    (QT_TRANSLATE_NOOP("MeetingWorkspace", "Not stated"), "undisclosed"),
]
ANY_KIND = QT_TRANSLATE_NOOP("MeetingWorkspace", "Any kind of organisation")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingWorkspace", text)


def _label(options: list[tuple[str, str]], value: str) -> str:
    for label, v in options:
        if v == value:
            return _tr(label)
    return value


def _kinds() -> list[tuple[str, str]]:
    return [(_tr(ANY_KIND), "")] + [(kind_label(k.value), k.value) for k in OrgKind]


class HeadcountPanel(QGroupBox):
    def __init__(self, editor: MeetingEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Counted without names"))
        self.editor = editor
        self.session: SessionDetail | None = None
        lay = QVBoxLayout(self)
        self.model = RowsModel(
            [
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Who"), self._who),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Number"), lambda h: str(h.count)),
            ],
            self,
        )
        self.view = table_view(self.model)
        self.view.setObjectName("headcounts")
        self.view.setMaximumHeight(130)
        fit_columns(self.view, [0])
        shortcut("Delete", self.view, self._remove)
        lay.addWidget(self.view)
        self.role = QComboBox()
        fill_combo(self.role, [(_tr(lbl), v) for lbl, v in ROLES])
        self.gender = QComboBox()
        fill_combo(self.gender, [(_tr(lbl), v) for lbl, v in GENDERS])
        self.kind = QComboBox()
        fill_combo(self.kind, _kinds())
        self.role.setAccessibleName(self.tr("Role of the people counted"))
        self.gender.setAccessibleName(self.tr("Gender of the people counted"))
        self.kind.setAccessibleName(self.tr("Kind of organisation of the people counted"))
        self.count = SpinBox()
        self.count.setRange(0, 100_000)
        self.count.setAccessibleName(self.tr("Number of people"))
        self.count.setToolTip(self.tr("How many people (Enter saves)"))
        self.count.lineEdit().returnPressed.connect(self._save)
        for combo in (self.role, self.gender, self.kind):
            # Sized by a few characters, not the longest choice (the popup shows every one
            # whole), in two rows: in one, the Khmer kinds made this panel, and every tab with
            # it, wider than a 1280-pixel screen leaves the workspace.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        grid = QGridLayout()
        grid.addWidget(self.role, 0, 0)
        grid.addWidget(self.gender, 0, 1)
        grid.addWidget(self.kind, 1, 0)
        grid.addWidget(self.count, 1, 1)
        lay.addLayout(grid)
        save = button(self.tr("Save count"), self.tr("Record the number for the chosen people"))
        save.clicked.connect(self._save)
        remove = button(self.tr("Remove"), self.tr("Remove the selected count (Delete)"))
        remove.clicked.connect(self._remove)
        lay.addLayout(row_of_buttons(save, remove))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)

    def _who(self, h: Headcount) -> str:
        parts = [
            _label(ROLES, h.role) if h.role else "",
            _label(GENDERS, h.gender) if h.gender else "",
            kind_label(h.kind) if h.kind else "",
        ]
        text = " · ".join(p for p in parts if p)
        return text or self.tr("Everyone (total)")

    def show_session(self, session: SessionDetail | None) -> None:
        self.session = session
        self.setEnabled(session is not None)
        self.model.set_rows(session.headcounts if session else [])
        if session is None:
            self.summary.clear()
            return
        counts = session_counts(session)
        text = self.tr("{total} people in all, {named} of them named.").format(
            total=number(counts.total), named=number(counts.named)
        )
        total_row = next(
            (h for h in session.headcounts if not (h.role or h.gender or h.kind)), None
        )
        if total_row is not None and total_row.count < counts.named:
            text += " " + self.tr("The total counted is smaller than the names listed.")
        self.summary.setText(text)

    def clear(self) -> None:
        self.session = None
        self.model.clear()
        self.summary.clear()
        self.count.setValue(0)
        self.count.clear()  # no figure of the closed vault stays on screen

    def _save(self) -> None:
        s = self.session
        if s is None:
            return
        role, gender, kind = (
            self.role.currentData() or "",
            self.gender.currentData() or "",
            self.kind.currentData() or "",
        )
        value = self.count.value()
        same = next(
            (h for h in s.headcounts if (h.role, h.gender, h.kind) == (role, gender, kind)), None
        )
        if same is not None:
            step = update_step(same, count=value)
            self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Change headcount"), [step])
            return
        row = Headcount(session_id=s.session.id, role=role, gender=gender, kind=kind, count=value)
        self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Add headcount"), [AddStep(row)])

    def _remove(self) -> None:
        row = current_row(self.view)
        if row >= 0:
            self.editor.push(
                QT_TRANSLATE_NOOP("UndoSteps", "Remove headcount"),
                [delete_step(self.model.row_at(row))],
            )
