"""Zoom: the whole interface's text size (Ctrl++ / Ctrl+- / Ctrl+0), remembered.

Khmer stacks consonants below the line and puts vowel signs above and below it: at the sizes
Latin text is comfortable at, they are hard to read. So Khmer starts a little larger, and the
user zooms from there. Everything that is sized by hand follows the font, never pixels: a few
widgets with a larger or bold font (`relative_font`), text boxes sized in lines
(`height_in_lines`) and table rows (`rows_follow_font`) are recomputed at every zoom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # the class is built (with its 13 enums) only once a view is refitted
    from PySide6.QtWidgets import QAbstractItemView

ZOOM_STEPS = (70, 80, 90, 100, 110, 125, 140, 160, 180, 200)
DEFAULT_ZOOM = 100
# Khmer's default size relative to the OS default (see the module docstring).
LANGUAGE_SCALE = {"km": 1.15}
_BASE = "rtBasePointSize"
_SCALE = "rtFontScale"
_BOLD = "rtFontBold"
_FIXED = "rtFontFixed"
_LINES = "rtHeightLines"
_ROWS = "rtRowsFollowFont"
_COLUMNS = "rtColumnWidths"
# A date in either style (ISO, or Khmer digits day first), for sizing date columns.
DATE_SAMPLES = ("0000-00-00", "០០/០០/០០០០")


def clamp_zoom(percent: int) -> int:
    return min(max(int(percent), ZOOM_STEPS[0]), ZOOM_STEPS[-1])


def zoom_in(percent: int) -> int:
    return next((step for step in ZOOM_STEPS if step > percent), ZOOM_STEPS[-1])


def zoom_out(percent: int) -> int:
    return next((step for step in reversed(ZOOM_STEPS) if step < percent), ZOOM_STEPS[0])


def point_size(app: QApplication, percent: int, language: str) -> float:
    base = app.property(_BASE)
    if not base:
        base = app.font().pointSizeF()
        if base <= 0:  # a font set in pixels: keep its size as points at 96 dpi
            base = app.font().pixelSize() * 0.75
        app.setProperty(_BASE, base)
    return float(base) * LANGUAGE_SCALE.get(language, 1.0) * clamp_zoom(percent) / 100


def apply_zoom(app: QApplication, percent: int, language: str) -> None:
    """Set the application font for `percent` and refit what is sized by hand."""
    font = QFont(app.font())
    font.setPointSizeF(point_size(app, percent, language))
    app.setFont(font)
    for widget in app.allWidgets():
        refit(widget)


def refit(widget: QWidget) -> None:
    scale = widget.property(_SCALE)
    if scale:
        font = QFont(QApplication.font(widget))
        if widget.property(_FIXED):
            from PySide6.QtGui import QFontDatabase  # its enums: not for the first window

            fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
            font.setFamilies([fixed, *font.families()])
        font.setPointSizeF(font.pointSizeF() * float(scale))
        font.setBold(bool(widget.property(_BOLD)))
        widget.setFont(font)
    lines = widget.property(_LINES)
    if lines:
        low, high = (float(n) for n in str(lines).split(":"))
        line = QFontMetrics(widget.font()).lineSpacing()
        chrome = 2 * widget.contentsMargins().top() + 12  # frame and document margins
        widget.setMinimumHeight(int(low * line + chrome))
        if high:
            widget.setMaximumHeight(int(high * line + chrome))
    columns = widget.property(_COLUMNS)
    rows = widget.property(_ROWS)
    if columns or rows:  # only views have these: the first window has none
        from PySide6.QtWidgets import QAbstractItemView

        if not isinstance(widget, QAbstractItemView):
            return
    if columns:
        metrics = QFontMetrics(widget.font())
        bold = QFont(widget.font())
        bold.setBold(True)  # rows may be bold (overdue items): size for the wider face
        bold_metrics = QFontMetrics(bold)
        header = getattr(widget, "horizontalHeader", None)
        for column, width in dict(columns).items():
            if isinstance(width, (tuple, list)):
                pixels = max(bold_metrics.horizontalAdvance(t) for t in width) + 24
            else:
                pixels = int(float(width) * metrics.height())
            if header is not None:
                header().resizeSection(int(column), pixels)
    if rows:
        header = getattr(widget, "verticalHeader", None)
        if header is not None:
            # Khmer marks reach well above and below the Latin line: room on both sides.
            header().setDefaultSectionSize(QFontMetrics(widget.font()).height() + 12)


def column_widths(view: QAbstractItemView, widths: dict[int, float | tuple[str, ...]]) -> None:
    """Column widths that follow the font: in ems (the font's height), or wide enough for
    the widest of some sample texts (e.g. `DATE_SAMPLES`)."""
    view.setProperty(_COLUMNS, widths)
    refit(view)


def relative_font(
    widget: QWidget, scale: float, *, bold: bool = False, fixed: bool = False
) -> None:
    """`widget` shows its text `scale` times the interface size, at every zoom (in the
    fixed-width font with `fixed`)."""
    widget.setProperty(_SCALE, scale)
    widget.setProperty(_BOLD, bold)
    widget.setProperty(_FIXED, fixed)
    refit(widget)


def height_in_lines(widget: QWidget, minimum: float, maximum: float = 0) -> None:
    """A text box `minimum` (to `maximum`) lines high at every zoom."""
    widget.setProperty(_LINES, f"{minimum}:{maximum}")
    refit(widget)


def rows_follow_font(view: QAbstractItemView) -> None:
    view.setProperty(_ROWS, True)
    refit(view)
