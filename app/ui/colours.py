"""The few colours the app adds to the palette (errors, warnings), chosen per palette so that
text stays readable: at least 4.5:1 against its background (WCAG 2.1 AA), in light, dark and
high-contrast themes alike. Colour never carries meaning alone: the words say it too.
"""

from __future__ import annotations

import contextlib
from functools import lru_cache

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

MINIMUM_CONTRAST = 4.5

# Tried in order; the first readable on the background wins. Dark reds for light backgrounds,
# light reds for dark ones (Material's error tones), then the palette's own text colour.
_ERROR_TONES = ("#b3261e", "#8c1d18", "#ffb4ab", "#ffdad6")
_WARNING_TONES = ("#7a5d00", "#5c4600", "#f0c000", "#ffe08a")


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""
    return (
        0.2126 * _channel(colour.redF())
        + 0.7152 * _channel(colour.greenF())
        + 0.0722 * _channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1.0 to 21.0."""
    la, lb = luminance(a), luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


@lru_cache(maxsize=64)
def _pick(tones: tuple[str, ...], background: int, fallback: int) -> QColor:
    back = QColor.fromRgb(background)
    for tone in tones:
        colour = QColor(tone)
        if contrast(colour, back) >= MINIMUM_CONTRAST:
            return colour
    return QColor.fromRgb(fallback)


def _background(palette: QPalette | None, role: QPalette.ColorRole) -> tuple[int, int]:
    pal = palette if palette is not None else QGuiApplication.palette()
    text_role = (
        QPalette.ColorRole.Text
        if role == QPalette.ColorRole.Base
        else QPalette.ColorRole.WindowText
    )
    return pal.color(role).rgb(), pal.color(text_role).rgb()


def error_colour(
    palette: QPalette | None = None, role: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    """Red text readable on `role` of `palette` (the application's palette by default)."""
    return QColor(_pick(_ERROR_TONES, *_background(palette, role)))


def warning_colour(
    palette: QPalette | None = None, role: QPalette.ColorRole = QPalette.ColorRole.Window
) -> QColor:
    return QColor(_pick(_WARNING_TONES, *_background(palette, role)))


class _ErrorColour(QObject):
    """Keeps a label's text in the readable error colour when the palette changes."""

    def __init__(self, label: QLabel, bold: bool) -> None:
        super().__init__(label)
        self._label = label
        self._bold = bold
        self._watched_parent: QWidget | None = None
        self.apply()
        label.installEventFilter(self)
        self._watch_parent()

    def _watch_parent(self) -> None:
        """The parent's palette is the background the text is read against: follow it too."""
        parent = self._label.parentWidget()
        if parent is self._watched_parent:
            return
        if self._watched_parent is not None:
            with contextlib.suppress(RuntimeError):  # the old parent may be gone already
                self._watched_parent.removeEventFilter(self)
        self._watched_parent = parent
        if parent is not None:
            parent.installEventFilter(self)

    def _later(self, *_: object) -> None:
        # Once the widgets have their new palettes; with `self` as context, Qt drops the call
        # if the label (and this object, its child) is deleted meanwhile.
        QTimer.singleShot(0, self, self.apply)

    def apply(self) -> None:
        parent = self._label.parentWidget()
        palette = parent.palette() if parent is not None else self._label.palette()
        colour = error_colour(palette)
        sheet = f"color: {colour.name()};" + (" font-weight: bold;" if self._bold else "")
        if self._label.styleSheet() != sheet:  # a new sheet sends PaletteChange again
            self._label.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
            QEvent.Type.ParentChange,
            QEvent.Type.Show,
        ):
            if event.type() == QEvent.Type.ParentChange:
                self._watch_parent()
            self._later()
        return False


def style_error(label: QLabel, *, bold: bool = False) -> QLabel:
    """Show `label`'s text in the error colour readable on its background."""
    _ErrorColour(label, bold)
    return label


def dark_palette() -> QPalette:
    """A dark palette like the ones desktops ship (for the contrast tests and screenshots)."""
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#202124"),
        (roles.WindowText, "#e8eaed"),
        (roles.Base, "#171717"),
        (roles.AlternateBase, "#26272b"),
        (roles.Text, "#e8eaed"),
        (roles.Button, "#2d2e31"),
        (roles.ButtonText, "#e8eaed"),
        (roles.BrightText, "#ffffff"),
        (roles.ToolTipBase, "#2d2e31"),
        (roles.ToolTipText, "#e8eaed"),
        (roles.Highlight, "#8ab4f8"),
        (roles.HighlightedText, "#202124"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c58af9"),
        (roles.PlaceholderText, "#9aa0a6"),
        (roles.Light, "#3c4043"),
        (roles.Midlight, "#35363a"),
        (roles.Mid, "#2a2b2e"),
        (roles.Dark, "#111111"),
        (roles.Shadow, "#000000"),
    ):
        pal.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return pal
