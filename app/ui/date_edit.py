"""A date field: type the date in any accepted form (app/domain/date_entry.py) or pick it from
a calendar (the button in the field, Alt+Down or F4). It shows the date in the interface
language's style and hands the rest of the app ISO `YYYY-MM-DD`.

It is a QLineEdit, so the debounced saving of text fields (app/ui/meeting/fields.py) works on
it unchanged: `setText` takes ISO and shows it in the local style; a picked date counts as an
edit (`textEdited`, then `editingFinished`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QLineEdit, QVBoxLayout, QWidget

from app.domain.date_entry import format_date, normalise_date, parse_date
from app.ui import language
from app.ui.numbers import number


def calendar_locale(code: str) -> QLocale:
    if code == "km":
        return QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def shown_date(iso: str) -> str:
    """An ISO date as the interface language writes it (lists and tables)."""
    return format_date(iso, language.current_language()) if iso else ""


def shown_moment(iso: str, *, seconds: bool = False) -> str:
    """A moment the vault stored (ISO 8601 in UTC) in this computer's time zone, its date and
    time as the interface writes them (Khmer digits in Khmer). Text that is not such a moment
    (a partner's, perhaps) is shown as written."""
    try:
        moment = dt.datetime.fromisoformat(iso)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        # A partner's year 9999 (or 1) falls outside the calendar once moved to this time zone
        # (OverflowError); Windows refuses moments before 1970 (OSError).
        local = moment.astimezone()
    except (ValueError, TypeError, OverflowError, OSError):
        from app.ui.plain_text import shown

        return shown(str(iso))
    time = number(local.strftime("%H:%M:%S" if seconds else "%H:%M"))
    return f"{format_date(local.date(), language.current_language())} {time}"


def set_date_style(edit: QDateEdit) -> None:
    """A Qt date edit (typed by sections, with its calendar) in the language's style."""
    code = language.current_language()
    edit.setLocale(calendar_locale(code))
    edit.setDisplayFormat("dd/MM/yyyy" if code == "km" else "yyyy-MM-dd")
    edit.setProperty("rtDateStyle", True)


def _calendar_icon(widget: QWidget) -> QIcon:
    """A small calendar drawn in the text colour (no icon theme is guaranteed)."""
    size = 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    color = widget.palette().color(QPalette.ColorRole.Text)
    p = QPainter(pixmap)
    p.setPen(color)
    p.drawRect(QRect(1, 3, 13, 11))
    p.fillRect(QRect(1, 3, 14, 3), color)
    for x in (4, 7, 10):
        for y in (8, 11):
            p.drawPoint(QPoint(x, y))
    p.end()
    return QIcon(pixmap)


class CalendarPopup(QWidget):
    def __init__(self, field: DateEdit) -> None:
        super().__init__(field, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(field.pick)
        self.calendar.activated.connect(field.pick)


class DateEdit(QLineEdit):
    picked = Signal()  # a date was chosen in the calendar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.objectName() or "dateEdit")
        self._popup: CalendarPopup | None = None
        self.pick_action = self.addAction(
            _calendar_icon(self), QLineEdit.ActionPosition.TrailingPosition
        )
        self.pick_action.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._tidy)
        self._set_texts()

    def _set_texts(self) -> None:
        self.pick_action.setToolTip(self.tr("Choose the date from a calendar (Alt+Down)"))
        example = format_date(dt.date(2025, 2, 23), language.current_language())
        self.setPlaceholderText(self.tr("e.g. {date}").format(date=example))
        self.setToolTip(
            self.tr(
                "Type a date such as 2025-02-23, 23/02/2025 or 20250223 (day before month), "
                "or choose it from the calendar (Alt+Down)."
            )
        )

    def minimumSizeHint(self) -> QSize:
        """Room for a whole date in either style, and the calendar button, at any zoom."""
        hint = super().minimumSizeHint()
        metrics = self.fontMetrics()
        text = max(metrics.horizontalAdvance("0000-00-00"), metrics.horizontalAdvance("០០/០០/០០០០"))
        return QSize(max(hint.width(), text + metrics.height() + 24), hint.height())

    # --- ISO in, ISO out ---------------------------------------------------------------------
    def setText(self, text: str) -> None:
        """Show `text` (ISO, or anything else as is) in the interface language's style."""
        super().setText(format_date(text, language.current_language()) if text else "")

    def iso(self) -> str | None:
        """The date typed or picked as ISO; "" when empty; None when it is not a date."""
        return normalise_date(self.text())

    def language_changed(self) -> None:
        """Called after a language switch: reformat the date and the fixed texts."""
        self._set_texts()
        iso = self.iso()
        if iso:
            blocked = self.blockSignals(True)
            super().setText(format_date(iso, language.current_language()))
            self.blockSignals(blocked)

    def _tidy(self) -> None:
        iso = self.iso()
        if iso:
            shown = format_date(iso, language.current_language())
            if shown != self.text():
                super().setText(shown)

    # --- the calendar ------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = CalendarPopup(self)
        calendar = self._popup.calendar
        calendar.setLocale(calendar_locale(language.current_language()))
        typed = parse_date(self.text())
        day = typed or dt.date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        calendar.setFocus()

    @property
    def popup(self) -> CalendarPopup | None:
        return self._popup

    def pick(self, date: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        shown = format_date(
            dt.date(date.year(), date.month(), date.day()), language.current_language()
        )
        super().setText(shown)
        self.textEdited.emit(shown)  # a picked date is an edit: it is saved like typing
        self.editingFinished.emit()
        self.setFocus()
        self.picked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)
