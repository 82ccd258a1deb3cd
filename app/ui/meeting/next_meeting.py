"""Setting the next meeting in one action: the planned meeting is created in the same series
(a series named after this meeting is started when it has none), with its dates and place, so
the report's next plan names it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.records import Meeting, Series
from app.domain.values import MeetingStatus
from app.ui.a11y import ErrorLabel
from app.ui.meeting.commands import AddStep, Step, update_step
from app.ui.meeting.section import DATE_HINT, check_date, hint


def next_meeting_steps(
    meeting: Meeting,
    series: Series | None,
    *,
    title: str,
    start_date: str,
    end_date: str,
    city: str = "",
    country: str = "",
    venue: str = "",
    existing: Meeting | None = None,
) -> tuple[list[Step], Meeting]:
    """The edits that plan the next meeting of `meeting`'s series (one undoable command);
    with `existing` (the next meeting already planned) that one is changed instead."""
    steps: list[Step] = []
    if existing is not None:
        step = update_step(
            existing,
            title=title,
            start_date=start_date,
            end_date=end_date or start_date,
            location_city=city,
            location_country=country,
            location_venue=venue,
        )
        return ([step] if step else []), existing
    if series is None:
        series = Series(name=meeting.title)
        steps.append(AddStep(series))
        step = update_step(meeting, series_id=series.id)
        if step is not None:
            steps.append(step)
    nxt = Meeting(
        title=title,
        project_title=meeting.project_title,
        series_id=series.id,
        start_date=start_date,
        end_date=end_date or start_date,
        location_city=city,
        location_country=country,
        location_venue=venue,
        location_sensitive=meeting.location_sensitive,
        classification=meeting.classification,
        status=MeetingStatus.PLANNED,
    )
    steps.append(AddStep(nxt))
    return steps, nxt


class NextMeetingDialog(QDialog):
    """Asks for the dates and place; `chosen` carries the values when they are valid."""

    chosen = Signal(dict)

    def __init__(
        self, meeting: Meeting, existing: Meeting | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nextMeetingDialog")
        self.setWindowTitle(self.tr("Set the next meeting"))
        base = existing or meeting
        self.title_edit = QLineEdit(base.title)
        self.start_edit = QLineEdit(existing.start_date if existing else "")
        self.end_edit = QLineEdit(existing.end_date if existing else "")
        for w in (self.start_edit, self.end_edit):
            w.setPlaceholderText(self.tr("YYYY-MM-DD"))
            w.setToolTip(hint(DATE_HINT))
        self.city_edit = QLineEdit(base.location_city)
        self.country_edit = QLineEdit(base.location_country)
        self.venue_edit = QLineEdit(existing.location_venue if existing else "")
        for edit, name in (
            (self.start_edit, self.tr("Start date")),
            (self.end_edit, self.tr("End date")),
            (self.city_edit, self.tr("City")),
            (self.country_edit, self.tr("Country")),
        ):
            edit.setAccessibleName(name)
        self.error_label = ErrorLabel()
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end_edit)
        form.addRow(self.tr("&Dates"), dates)
        place = QHBoxLayout()
        place.addWidget(self.city_edit)
        place.addWidget(self.country_edit)
        form.addRow(self.tr("&Location"), place)
        form.addRow(self.tr("&Venue"), self.venue_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error_label)
        lay.addWidget(buttons)
        self.start_edit.setFocus()
        self._after = meeting.end_date or meeting.start_date

    def try_accept(self) -> None:
        start = check_date(self.start_edit.text())
        end = check_date(self.end_edit.text())
        if not start or end is None:
            self.error_label.setText(hint(DATE_HINT))
            return
        if end and end < start:
            self.error_label.setText(self.tr("The meeting cannot end before it starts."))
            return
        if self._after and start <= self._after:
            self.error_label.setText(self.tr("The next meeting starts after this one."))
            return
        title = self.title_edit.text().strip()
        if not title:
            self.error_label.setText(self.tr("A meeting needs a title."))
            return
        self.chosen.emit(
            {
                "title": title,
                "start_date": start,
                "end_date": end or start,
                "city": self.city_edit.text().strip(),
                "country": self.country_edit.text().strip(),
                "venue": self.venue_edit.text().strip(),
            }
        )
        self.accept()
