"""Programme tab: the days and sessions of a meeting, each with its attendance."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.meeting_detail import SessionDetail, session_counts
from app.domain.records import Organisation, Person, Session
from app.storage.lookups import ORGANISATION, PERSON, Choice, find_owners
from app.ui.date_edit import DateEdit, shown_date
from app.ui.meeting.attendance import AttendancePanel
from app.ui.meeting.balance import summary_text
from app.ui.meeting.commands import delete_step
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.fields import TextField
from app.ui.meeting.headcounts import HeadcountPanel
from app.ui.meeting.ordering import next_position
from app.ui.meeting.pickers import Picker
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.section import (
    DATE_HINT,
    TIME_HINT,
    Loaded,
    Section,
    check_date,
    check_time,
    hint,
)
from app.ui.meeting.widgets import (
    button,
    current_row,
    fit_columns,
    row_of_buttons,
    select_id,
    select_row,
    table_view,
)
from app.ui.numbers import number
from app.ui.ops import Ops
from app.ui.plain_text import plain_label
from app.ui.zoom import height_in_lines


def _time(s: Session) -> str:
    """The session's hours as the interface writes numbers (Khmer digits in Khmer)."""
    return number(f"{s.start_time}–{s.end_time}" if s.end_time else s.start_time)


def _field_text(name: str, value: object) -> str:
    """A session field's value as its field shows it: hours in the interface's digits (typed
    back in either, `check_time`)."""
    text = str(value)
    return number(text) if name in ("start_time", "end_time") else text


def _facilitator(d: SessionDetail) -> str:
    f = d.facilitator
    return f.name if isinstance(f, (Person, Organisation)) else ""


class ProgrammeTab(Section):
    TABLES = ("sessions", "attendance", "headcounts")

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(editor, ops, parent)
        self._select_after_reload = ""
        lay = QVBoxLayout(self)
        self.total = QLabel()
        self.total.setObjectName("meetingTotal")
        self.total.setWordWrap(True)
        lay.addWidget(self.total)
        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split, 1)

        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Date"),
                    lambda d: shown_date(d.session.date),
                ),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Time"), lambda d: _time(d.session)),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Session"), lambda d: d.session.title),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Venue"), lambda d: d.session.venue),
                Column(QT_TRANSLATE_NOOP("MeetingWorkspace", "Facilitator"), _facilitator),
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "People"),
                    lambda d: number(session_counts(d).total),
                ),
            ],
            self,
            row_id=lambda d: d.session.id,
        )
        self.view = table_view(self.model)
        self.view.setObjectName("sessions")
        self.view.setAccessibleName(self.tr("Sessions"))
        fit_columns(self.view, [2, 4])
        self.view.selectionModel().selectionChanged.connect(self._session_selected)
        left_lay.addWidget(self.view, 1)
        add = button(self.tr("Add day/session"), self.tr("Add a session after the last one"))
        add.clicked.connect(self._add_session)
        remove = button(
            self.tr("Remove session"),
            self.tr("Remove the selected session with its attendance and minutes (undo: Ctrl+Z)"),
        )
        remove.clicked.connect(self._remove_session)
        left_lay.addLayout(row_of_buttons(add, remove))
        left_lay.addWidget(self._session_form())
        split.addWidget(left)

        box = QGroupBox(self.tr("Attendance"))
        box_lay = QVBoxLayout(box)
        self.attendance = AttendancePanel(editor, ops)
        box_lay.addWidget(self.attendance, 1)
        self.headcounts = HeadcountPanel(editor)
        box_lay.addWidget(self.headcounts)
        split.addWidget(box)
        split.setSizes([480, 560])

    def _session_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected session"))
        form = QFormLayout(box)
        self._fields: dict[str, TextField] = {}
        self.s_date = self._line("date", "", "", DateEdit())
        self.s_start = self._line("start_time", self.tr("HH:MM"), hint(TIME_HINT))
        self.s_end = self._line("end_time", self.tr("HH:MM"), hint(TIME_HINT))
        self.s_title = self._line("title", self.tr("Title of the session"), "")
        self.s_venue = self._line("venue", self.tr("Venue (if not the meeting's)"), "")
        for w, name in (
            (self.s_date, self.tr("Date of the session")),
            (self.s_start, self.tr("Start time")),
            (self.s_end, self.tr("End time")),
        ):
            w.setAccessibleName(name)
        times = QHBoxLayout()
        for w in (self.s_date, self.s_start, QLabel("–"), self.s_end):
            times.addWidget(w)
        form.addRow(self.tr("Date, time"), times)
        form.addRow(self.tr("Title"), self.s_title)
        form.addRow(self.tr("Venue"), self.s_venue)
        fac = QHBoxLayout()
        self.facilitator_label = plain_label(QLabel())
        self.facilitator = Picker(
            self.ops,
            lambda v, t: find_owners(v.conn, t),
            self.tr("Facilitator…"),
            create=(PERSON, ORGANISATION),
        )
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.facilitator.picked.connect(self._facilitator_picked)
        no_fac = button("×", self.tr("No facilitator"))
        no_fac.clicked.connect(
            lambda: self._save_session(facilitator_person_id="", facilitator_org_id="")
        )
        fac.addWidget(self.facilitator_label, 1)
        fac.addWidget(self.facilitator, 1)
        fac.addWidget(no_fac)
        form.addRow(self.tr("Facilitator"), fac)
        self.s_summary = QPlainTextEdit()
        self.s_summary.setPlaceholderText(self.tr("What happened in this session (for the report)"))
        self.s_summary.setTabChangesFocus(True)
        height_in_lines(self.s_summary, 2, 3)
        self._fields["summary"] = TextField(
            self.s_summary, lambda text: self._save_session(summary=text)
        )
        form.addRow(self.tr("Summary"), self.s_summary)
        self.form_box = box
        return box

    def _line(self, name: str, placeholder: str, tip: str, w: QLineEdit | None = None) -> QLineEdit:
        w = w or QLineEdit()
        if placeholder:
            w.setPlaceholderText(placeholder)
        if tip:
            w.setToolTip(tip)
        self._fields[name] = TextField(w, lambda text, n=name: self._save_text(n, text))
        return w

    # --- showing -----------------------------------------------------------------------------
    def show_loaded(self, loaded: Loaded) -> None:
        super().show_loaded(loaded)
        d = loaded.detail
        keep = self._select_after_reload or (c.session.id if (c := self._current()) else "")
        self._select_after_reload = ""
        self.model.set_rows(d.sessions)
        if not (keep and select_id(self.view, keep)):
            select_row(self.view, 0)
        self._show_current()
        sessions = (
            self.tr("1 session")
            if len(d.sessions) == 1
            else self.tr("{n} sessions").format(n=number(len(d.sessions)))
        )
        self.total.setText(
            self.tr("Whole meeting: {summary} · {sessions}").format(
                summary=summary_text(d.gender_balance()), sessions=sessions
            )
        )

    def _current(self) -> SessionDetail | None:
        row = current_row(self.view)
        return self.model.row_at(row) if row >= 0 else None

    def _session_selected(self, *_: object) -> None:
        self._show_current()

    def _show_current(self) -> None:
        d = self.detail
        s = self._current()
        self.form_box.setEnabled(s is not None)
        for name, field in self._fields.items():
            field.set_text(_field_text(name, getattr(s.session, name)) if s else "")
        self.facilitator_label.setText(_facilitator(s) if s else "")
        if d is not None:
            self.attendance.show_session(d, s)
        self.headcounts.show_session(s)

    def clear(self) -> None:
        super().clear()
        self.model.clear()
        for field in self._fields.values():
            field.clear()
        self.facilitator_label.clear()
        self.facilitator.clear_choices()
        self.total.clear()
        self.attendance.clear()
        self.headcounts.clear()

    def flush(self) -> None:
        for field in self._fields.values():
            field.flush()

    def select(self, table: str, record_id: str) -> bool:
        d = self.detail
        if d is None:
            return False
        if table == "sessions":
            return select_id(self.view, record_id)
        for s in d.sessions:
            if any(a.attendance.id == record_id for a in s.attendees):
                select_id(self.view, s.session.id)
                return select_id(self.attendance.view, record_id)
        return False

    # --- editing -----------------------------------------------------------------------------
    def _save_session(self, **changes: object) -> None:
        s = self._current()
        if s is not None:
            self.editor.update(s.session, QT_TRANSLATE_NOOP("UndoSteps", "Edit session"), **changes)

    def _save_text(self, name: str, text: str) -> None:
        s = self._current()
        if s is None:
            return
        value: str | None = text.strip()
        if name == "date":
            value = check_date(text)
            if not value:
                self.complain(DATE_HINT)
                self._fields[name].set_text(s.session.date)
                return
        elif name in ("start_time", "end_time"):
            value = check_time(text)
            if value is None:
                self.complain(TIME_HINT)
                self._fields[name].set_text(_field_text(name, getattr(s.session, name)))
                return
        self._save_session(**{name: value})

    def _facilitator_picked(self, choice: Choice) -> None:
        if choice.kind == "person":
            self._save_session(facilitator_person_id=choice.id, facilitator_org_id="")
        else:
            self._save_session(facilitator_person_id="", facilitator_org_id=choice.id)

    def _add_session(self) -> None:
        d = self.detail
        if d is None:
            return
        if d.sessions:
            last = d.sessions[-1].session.date
            try:
                date = (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()
            except ValueError:
                date = last
        else:
            date = d.meeting.start_date or dt.date.today().isoformat()
        # The default title is data, written in the language of the interface that made it.
        day = number(len(d.sessions) + 1)
        session = Session(
            meeting_id=d.meeting.id,
            date=date,
            title=self.tr("Day {n}").format(n=day),
            position=next_position([s.session for s in d.sessions]),
        )
        self.editor.add(session, text=QT_TRANSLATE_NOOP("UndoSteps", "Add session"))
        self._select_after_reload = session.id

    def _remove_session(self) -> None:
        s = self._current()
        if s is None:
            return
        steps = [delete_step(a.attendance) for a in s.attendees]
        for item in s.agenda:
            steps += [delete_step(e) for e in item.entries]
            steps.append(delete_step(item.item))
        steps.append(delete_step(s.session))
        self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Remove session"), steps)
