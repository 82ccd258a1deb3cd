"""What every tab of the workspace shares: the editor, the loaded meeting, clearing on lock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.domain.date_entry import latin_digits, normalise_date
from app.domain.meeting_detail import MeetingDetail
from app.domain.records import Series, Theme
from app.errors import InvalidInput
from app.i18n import N_
from app.ui.meeting.editor import MeetingEditor
from app.ui.ops import Ops


@dataclass
class Loaded:
    """One background read: the meeting and the small vocabularies its tabs offer."""

    detail: MeetingDetail
    series: list[Series] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    today: str = ""


class Section(QWidget):
    """A tab of the workspace. Subclasses fill `show_loaded`, `clear` and `select`."""

    TABLES: tuple[str, ...] = ()

    def __init__(self, editor: MeetingEditor, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.ops = ops
        self.loaded: Loaded | None = None

    @property
    def detail(self) -> MeetingDetail | None:
        return self.loaded.detail if self.loaded else None

    def show_loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded

    def clear(self) -> None:
        self.loaded = None

    def select(self, table: str, record_id: str) -> bool:
        return False

    def flush(self) -> None:
        """Save text still waiting for its pause."""

    def complain(self, message: str) -> None:
        self.editor.failed.emit(InvalidInput(message))

    def accept_input(self) -> None:
        """What was typed is valid now: take back an earlier complaint."""
        self.editor.settled.emit()


def check_date(text: str) -> str | None:
    """`text` (any accepted form, app/domain/date_entry.py) as an ISO date ('' allowed), or
    None when it is not one."""
    return normalise_date(text)


def check_time(text: str) -> str | None:
    text = latin_digits(text).strip()  # a Khmer keyboard types Khmer digits
    if not text:
        return ""
    try:
        return dt.time.fromisoformat(text).strftime("%H:%M") if len(text) == 5 else None
    except ValueError:
        return None


# Shown as errors (app/ui/messages.py translates them) and as tooltips (`hint`).
DATE_HINT = N_(
    "Errors",
    "Dates are written as 2025-02-23, 23/02/2025 (day before month) or 20250223.",
)
TIME_HINT = N_("Errors", "Times are written as HH:MM, for example 09:30.")


def hint(text: str) -> str:
    """One of the hints above, translated."""
    return QCoreApplication.translate("Errors", text)
