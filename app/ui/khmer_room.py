"""Room below the baseline for Khmer's stacked consonants and vowel signs.

Khmer writes a subscript consonant (coeng, as in ប្ដូរ) and some vowel signs below the
baseline, deeper than the descent the fonts declare (Noto Sans Khmer declares the same as Noto
Sans). Qt sizes push buttons, combo boxes, line edits, spin boxes and tabs from the declared
descent, so a subscript touched or crossed the control's bottom frame, at every zoom. This
style gives each of those controls 0.3 of a line more height. It is installed for both
languages: Khmer names and titles are typed into the English interface too.

The style (app/ui/khmer_style.py) is a Python subclass of QStyle: naming QStyle makes PySide
build its 14 enums, and the style's first calls build the QStyleOption classes PySide needs to
pass it its options (15-20 ms of a launch on Python 3.11). The first window does without it:
`reserve_room` gives the few controls of the page shown first the height the style will give
them, and `install`, after the first paint, puts the style in place and hands their height back
to it, so nothing moves.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

_EXTRA = 0.3  # of a line: the deepest stack (consonant + coeng + vowel sign) fits
_INSTALLED = "rtRoomForKhmer"  # on the application, once the style is in place
_RESERVED = "rtRoomReserved"  # on a widget: its minimum height before `reserve_room`


def extra_height(line_height: int) -> int:
    """The room the style adds to a control whose font's line is `line_height` pixels."""
    return round(line_height * _EXTRA)


def is_installed(app: QApplication) -> bool:
    """Whether `install` has run (asking the style itself would build QStyle's enums)."""
    return bool(app.property(_INSTALLED))


def reserve_room(app: QApplication, widgets: Iterable[QWidget]) -> None:
    """Until the style is installed, `widgets` (controls the style makes taller: push and
    tool buttons, line edits) are as tall as it will make them. Call once their font and
    text are set, before they are first laid out."""
    if is_installed(app):
        return
    for widget in widgets:
        if widget.property(_RESERVED) is not None:
            continue
        widget.setProperty(_RESERVED, widget.minimumHeight())
        height = widget.sizeHint().height() + extra_height(widget.fontMetrics().height())
        widget.setMinimumHeight(max(height, widget.minimumHeight()))


_installed: list[Any] = []  # the style lives as long as the application


def install(app: QApplication) -> None:
    """Use `RoomForKhmer` over the current style (once); the controls given their room by
    `reserve_room` get it from the style from now on."""
    from app.ui.khmer_style import RoomForKhmer

    if not isinstance(app.style(), RoomForKhmer):
        style = RoomForKhmer(app.style().name())
        _installed.append(style)
        app.setStyle(style)
    app.setProperty(_INSTALLED, True)
    for widget in app.allWidgets():
        before = widget.property(_RESERVED)
        if before is not None:
            widget.setMinimumHeight(int(before))
            widget.setProperty(_RESERVED, None)
