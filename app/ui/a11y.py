"""What screen readers need beyond names: errors spoken when they appear, not only coloured.

`announce` sends Qt's announcement event (Orca, NVDA and VoiceOver speak it); `ErrorLabel` is
a label in the readable error colour (app/ui/colours.py) that announces each new message.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.ui.plain_text import PlainLabel


class _Announcer(QObject):
    announced = Signal(QObject, str)  # what was said, for tests and a future log view


announcer = _Announcer()


def announce(source: QObject, text: str, *, assertive: bool = True) -> None:
    """Have the screen reader say `text` (about `source`) now."""
    if not text:
        return
    # Imported when first needed: PySide builds QAccessible's many enums when it is first
    # named, which the first window (the launch path) does not need.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    announcer.announced.emit(source, text)


class ErrorLabel(PlainLabel):
    """A message in the error colour that is also spoken: colour is never the only signal.
    Plain text: a message may quote record text (the names a report hides, a contact's name),
    which Qt would otherwise render as markup (`<img src=...>` loads a local file)."""

    def __init__(self, parent: QWidget | None = None, *, bold: bool = False) -> None:
        super().__init__(parent)
        # Coloured when there is first something to say: working out the colour builds
        # PySide's Qt namespace (about 20 ms), which the unlock page's first paint does without.
        self._bold: bool | None = bold

    def setText(self, text: str) -> None:
        if text and self._bold is not None:
            from app.ui.colours import style_error

            style_error(self, bold=self._bold)
            self._bold = None
        changed = text != self.text()
        super().setText(text)
        if text and changed:
            announce(self, text)
