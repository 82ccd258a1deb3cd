"""Overview tab: the title block of a meeting (what a report's first page states)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import (
    Meeting,
    MeetingContact,
    MeetingOrganiser,
    Objective,
    Organisation,
    Person,
    Series,
)
from app.i18n import N_
from app.storage.lookups import ORGANISATION, PERSON, Choice, find_organisations, find_people
from app.ui.date_edit import DateEdit, shown_date
from app.ui.meeting.commands import AddStep, update_step
from app.ui.meeting.editor import MeetingEditor
from app.ui.meeting.fields import TextField
from app.ui.meeting.link_list import LinkList
from app.ui.meeting.next_meeting import NextMeetingDialog, next_meeting_steps
from app.ui.meeting.ordering import move_steps, next_position
from app.ui.meeting.rows_model import Column, RowsModel
from app.ui.meeting.section import DATE_HINT, Loaded, Section, check_date
from app.ui.meeting.widgets import (
    button,
    choices,
    current_row,
    fill_combo,
    list_view,
    row_of_buttons,
    select_id,
    select_row,
    set_combo,
)
from app.ui.ops import Ops
from app.ui.plain_text import plain_label, shown
from app.ui.zoom import height_in_lines

CLASSIFICATIONS = [
    (QT_TRANSLATE_NOOP("OverviewTab", "Internal"), "internal"),
    (QT_TRANSLATE_NOOP("OverviewTab", "Partners"), "partners"),
    (QT_TRANSLATE_NOOP("OverviewTab", "Public"), "public"),
]
STATUSES = [
    (QT_TRANSLATE_NOOP("OverviewTab", "Planned"), "planned"),
    (QT_TRANSLATE_NOOP("OverviewTab", "Held"), "held"),
    (QT_TRANSLATE_NOOP("OverviewTab", "Reported"), "reported"),
]


def classification_label(value: str) -> str:
    return QCoreApplication.translate(
        "OverviewTab", dict((v, k) for k, v in CLASSIFICATIONS).get(value, value)
    )


def status_label(value: str) -> str:
    return QCoreApplication.translate(
        "OverviewTab", dict((v, k) for k, v in STATUSES).get(value, value)
    )


class OverviewTab(Section):
    TABLES = ("meetings", "objectives", "meeting_organisers", "meeting_contacts")

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(editor, ops, parent)
        self._texts: dict[str, TextField] = {}
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        grid = QGridLayout(body)

        left = QFormLayout()
        self.title = self._line("title", self.tr("Title of the meeting"))
        self.project_title = self._line("project_title", self.tr("Project the meeting belongs to"))
        left.addRow(self.tr("Titl&e"), self.title)
        left.addRow(self.tr("Pro&ject"), self.project_title)

        self.series = QComboBox()
        self.series.setToolTip(self.tr("The series this meeting belongs to"))
        self.series.currentIndexChanged.connect(self._series_chosen)
        self.new_series = QLineEdit()
        self.new_series.setPlaceholderText(self.tr("New series… (Enter)"))
        self.new_series.setAccessibleName(self.tr("New series"))
        self.series.setAccessibleName(self.tr("Series"))
        self.new_series.returnPressed.connect(self._create_series)
        series_row = QHBoxLayout()
        series_row.addWidget(self.series, 2)
        series_row.addWidget(self.new_series, 1)
        left.addRow(self.tr("Series"), series_row)

        self.start_date = self._date("start_date")
        self.end_date = self._date("end_date")
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_date)
        dates.addStretch(1)
        left.addRow(self.tr("Dates"), dates)

        self.location_city = self._line("location_city", self.tr("City"))
        self.location_country = self._line("location_country", self.tr("Country"))
        self.location_city.setAccessibleName(self.tr("City"))
        self.location_country.setAccessibleName(self.tr("Country"))
        self.start_date.setAccessibleName(self.tr("Start date"))
        self.end_date.setAccessibleName(self.tr("End date"))
        self.location_venue = self._line("location_venue", self.tr("Venue"))
        self.sensitive = QCheckBox(self.tr("Sensitive location"))
        self.sensitive.setToolTip(
            self.tr("Mark the location as sensitive: reports for partners leave it out")
        )
        self.sensitive.toggled.connect(lambda on: self._save(location_sensitive=on))
        place = QHBoxLayout()
        place.addWidget(self.location_city)
        place.addWidget(self.location_country)
        left.addRow(self.tr("Location"), place)
        left.addRow(self.tr("&Venue"), self.location_venue)
        left.addRow("", self.sensitive)

        self.classification = QComboBox()
        fill_combo(self.classification, choices("OverviewTab", CLASSIFICATIONS))
        self.classification.setAccessibleName(self.tr("Classification"))
        self.classification.currentIndexChanged.connect(
            lambda _: self._save(classification=self.classification.currentData())
        )
        self.status = QComboBox()
        fill_combo(self.status, choices("OverviewTab", STATUSES))
        self.status.setAccessibleName(self.tr("Status"))
        self.status.currentIndexChanged.connect(
            lambda _: self._save(status=self.status.currentData())
        )
        left.addRow(self.tr("Cl&assification"), self.classification)
        left.addRow(self.tr("Stat&us"), self.status)
        self.next_label = plain_label(QLabel())  # a partner's meeting: its title, its place
        self.next_label.setObjectName("nextMeeting")
        self.next_label.setWordWrap(True)
        self.next_button = button(
            self.tr("Set next meeting…"),
            self.tr("Plan the next meeting of this series: its dates and place"),
        )
        self.next_button.clicked.connect(self.set_next_meeting)
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.next_button)
        left.addRow(self.tr("Next meeting"), next_row)

        self.summary = self._text("summary", self.tr("Background and summary of the activities"))
        self.general_goal = self._text("general_goal", self.tr("The general goal of the meeting"))
        left.addRow(self.tr("Activities &summary"), self.summary)
        left.addRow(self.tr("General &goal"), self.general_goal)
        grid.addLayout(left, 0, 0)

        right = QVBoxLayout()
        right.addWidget(self._objectives_box())
        self.organisers = LinkList(
            ops,
            self.tr("Organisers"),
            lambda v, t: find_organisations(v.conn, t),
            self.tr("Add an organiser…"),
            self._add_organiser,
            self._remove_organiser,
            create=(ORGANISATION,),
        )
        self.contacts = LinkList(
            ops,
            self.tr("Contact persons"),
            lambda v, t: find_people(v.conn, t),
            self.tr("Add a contact person…"),
            self._add_contact,
            self._remove_contact,
            create=(PERSON,),
        )
        right.addWidget(self.organisers)
        right.addWidget(self.contacts)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    # --- building ----------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str) -> QLineEdit:
        w = QLineEdit()
        w.setPlaceholderText(placeholder)
        self._texts[name] = TextField(w, lambda text, n=name: self._save_text(n, text))
        return w

    def _date(self, name: str) -> QLineEdit:
        w = DateEdit()
        self._texts[name] = TextField(w, lambda text, n=name: self._save_text(n, text))
        w.setMinimumWidth(w.fontMetrics().horizontalAdvance("0000-00-00") + 48)
        return w

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setPlaceholderText(placeholder)
        w.setTabChangesFocus(True)
        height_in_lines(w, 3, 7)
        self._texts[name] = TextField(w, lambda text, n=name: self._save_text(n, text))
        return w

    def _objectives_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Objectives"))
        lay = QVBoxLayout(box)
        self.objectives_model = RowsModel(
            [
                Column(
                    QT_TRANSLATE_NOOP("MeetingWorkspace", "Objective"),
                    lambda o: o.text,
                    edit_key="text",
                )
            ],
            self,
            on_edit=self._edit_objective,
        )
        self.objectives = list_view(self.objectives_model)
        self.objectives.setWordWrap(True)
        lay.addWidget(self.objectives)
        self.new_objective = QLineEdit()
        self.new_objective.setPlaceholderText(self.tr("New objective… (Enter adds)"))
        self.new_objective.returnPressed.connect(self._add_objective)
        lay.addWidget(self.new_objective)
        up = button("↑", self.tr("Move the objective up"))
        down = button("↓", self.tr("Move the objective down"))
        remove = button(self.tr("Remove"), self.tr("Remove the selected objective"))
        up.clicked.connect(lambda: self._move_objective(-1))
        down.clicked.connect(lambda: self._move_objective(1))
        remove.clicked.connect(self._remove_objective)
        lay.addLayout(row_of_buttons(up, down, remove))
        return box

    # --- showing -----------------------------------------------------------------------------
    def show_loaded(self, loaded: Loaded) -> None:
        super().show_loaded(loaded)
        m = loaded.detail.meeting
        for name, field in self._texts.items():
            field.set_text(str(getattr(m, name)))
        fill_combo(
            self.series, [(self.tr("(no series)"), "")] + [(s.name, s.id) for s in loaded.series]
        )
        set_combo(self.series, m.series_id)
        set_combo(self.classification, m.classification)
        set_combo(self.status, m.status)
        self.sensitive.blockSignals(True)
        self.sensitive.setChecked(m.location_sensitive)
        self.sensitive.blockSignals(False)
        self.objectives_model.set_rows(loaded.detail.objectives)
        nxt = loaded.detail.next_meeting
        if nxt is None:
            self.next_label.setText(self.tr("None planned"))
        else:
            when = " – ".join(
                dict.fromkeys(shown_date(d) for d in (nxt.start_date, nxt.end_date) if d)
            )
            place = ", ".join(p for p in (nxt.location_venue, nxt.location_city) if p)
            self.next_label.setText(shown(" · ".join(p for p in (nxt.title, when, place) if p)))
        self.organisers.model.set_rows(loaded.detail.organisers)
        self.contacts.model.set_rows(loaded.detail.contacts)

    def clear(self) -> None:
        super().clear()
        for field in self._texts.values():
            field.clear()
        for combo in (self.series,):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.new_series.clear()
        self.new_objective.clear()
        self.next_label.clear()
        self.objectives_model.clear()
        self.organisers.clear()
        self.contacts.clear()

    def flush(self) -> None:
        for field in self._texts.values():
            field.flush()

    def select(self, table: str, record_id: str) -> bool:
        if table == "objectives":
            return select_id(self.objectives, record_id)
        if table == "meeting_organisers":
            self.organisers.view.setFocus()
            return True
        self.title.setFocus()
        return table in self.TABLES

    # --- saving ------------------------------------------------------------------------------
    def _meeting(self) -> Meeting | None:
        return self.detail.meeting if self.detail else None

    def _save(self, **changes: object) -> None:
        m = self._meeting()
        if m is not None:
            self.editor.update(m, QT_TRANSLATE_NOOP("UndoSteps", "Edit meeting"), **changes)

    def _save_text(self, name: str, text: str) -> None:
        m = self._meeting()
        if m is None:
            return
        value = text.strip() if name != "summary" and name != "general_goal" else text
        if name == "title" and not value:
            self.complain(N_("Errors", "A meeting needs a title."))
            self._texts[name].set_text(m.title)
            return
        if name in ("start_date", "end_date"):
            checked = check_date(value)
            if checked is None:
                self.complain(DATE_HINT)
                self._texts[name].set_text(getattr(m, name))
                return
            value = checked
            start = value if name == "start_date" else m.start_date
            end = value if name == "end_date" else m.end_date
            if start and end and end < start:
                self.complain(N_("Errors", "The meeting cannot end before it starts."))
                self._texts[name].set_text(getattr(m, name))
                return
            self.accept_input()
        self._save(**{name: value})

    def set_next_meeting(self) -> NextMeetingDialog | None:
        d = self.detail
        if d is None:
            return None
        self.flush()
        existing = d.next_meeting
        if existing is not None and existing.status != "planned":
            existing = None  # a meeting already held is not rescheduled from here
        dialog = NextMeetingDialog(d.meeting, existing, self)
        meeting, series = d.meeting, d.series

        def chosen(values: dict) -> None:
            steps, _ = next_meeting_steps(meeting, series, existing=existing, **values)
            self.editor.push(QT_TRANSLATE_NOOP("UndoSteps", "Set next meeting"), steps)

        dialog.chosen.connect(chosen)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _series_chosen(self) -> None:
        self._save(series_id=self.series.currentData() or "")

    def _create_series(self) -> None:
        m = self._meeting()
        name = self.new_series.text().strip()
        if m is None or not name or self.loaded is None:
            return
        self.new_series.clear()
        existing = next(
            (s for s in self.loaded.series if s.name.casefold() == name.casefold()), None
        )
        if existing is not None:  # a name already in use picks that series
            self.editor.update(
                m, QT_TRANSLATE_NOOP("UndoSteps", "Choose series"), series_id=existing.id
            )
            set_combo(self.series, existing.id)
            return
        series = Series(name=name)
        self.editor.push(
            QT_TRANSLATE_NOOP("UndoSteps", "New series"),
            [AddStep(series), update_step(m, series_id=series.id)],
        )
        m.series_id = series.id
        self.new_series.clear()

    def _add_objective(self) -> None:
        d = self.detail
        text = self.new_objective.text().strip()
        if d is None or not text:
            return
        pos = next_position(d.objectives)
        self.editor.add(
            Objective(meeting_id=d.meeting.id, text=text, position=pos),
            text=QT_TRANSLATE_NOOP("UndoSteps", "Add objective"),
        )
        self.new_objective.clear()

    def _edit_objective(self, obj: Objective, key: str, value: str) -> None:
        if value.strip():
            self.editor.update(
                obj, QT_TRANSLATE_NOOP("UndoSteps", "Edit objective"), **{key: value.strip()}
            )

    def _move_objective(self, delta: int) -> None:
        d = self.detail
        row = current_row(self.objectives)
        if d is None or row < 0:
            return
        if self.editor.push(
            QT_TRANSLATE_NOOP("UndoSteps", "Reorder objectives"),
            move_steps(d.objectives, row, delta),
        ):
            moved = d.objectives[row]
            d.objectives.insert(row + delta, d.objectives.pop(row))
            self.objectives_model.set_rows(d.objectives)
            select_id(self.objectives, moved.id)

    def _remove_objective(self) -> None:
        d = self.detail
        row = current_row(self.objectives)
        if d is not None and 0 <= row < len(d.objectives):
            self.editor.delete(
                d.objectives[row], text=QT_TRANSLATE_NOOP("UndoSteps", "Remove objective")
            )
            select_row(self.objectives, max(row - 1, 0))

    def _add_organiser(self, choice: Choice) -> None:
        d = self.detail
        if d is None or any(o.id == choice.id for o in d.organisers):
            return
        link = MeetingOrganiser(
            meeting_id=d.meeting.id, organisation_id=choice.id, position=len(d.organisers)
        )
        self.editor.add(link, text=QT_TRANSLATE_NOOP("UndoSteps", "Add organiser"))

    def _remove_organiser(self, row: int) -> None:
        self._remove_link(row, self.detail.organisers if self.detail else [], MeetingOrganiser)

    def _add_contact(self, choice: Choice) -> None:
        d = self.detail
        if d is None or any(p.id == choice.id for p in d.contacts):
            return
        link = MeetingContact(
            meeting_id=d.meeting.id, person_id=choice.id, position=len(d.contacts)
        )
        self.editor.add(link, text=QT_TRANSLATE_NOOP("UndoSteps", "Add contact person"))

    def _remove_contact(self, row: int) -> None:
        self._remove_link(row, self.detail.contacts if self.detail else [], MeetingContact)

    def _remove_link(self, row: int, shown: list, cls: type) -> None:
        d = self.detail
        if d is None or not 0 <= row < len(shown):
            return
        target: Organisation | Person = shown[row]
        key = "organisation_id" if cls is MeetingOrganiser else "person_id"
        meeting_id = d.meeting.id

        def find_links(vault):
            return vault.store.select(cls, f"meeting_id = ? AND {key} = ?", [meeting_id, target.id])

        self.editor.read(
            find_links,
            lambda links: (
                links and self.editor.delete(*links, text=QT_TRANSLATE_NOOP("UndoSteps", "Remove"))
            ),
        )
