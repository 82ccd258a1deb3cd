"""Room below the baseline for Khmer's stacked consonants and vowel signs.

Khmer writes a subscript consonant (coeng, as in ប្ដូរ) and some vowel signs below the
baseline, deeper than the descent the fonts declare (Noto Sans Khmer declares the same as Noto
Sans). Qt sizes push buttons, combo boxes, line edits, spin boxes and tabs from the declared
descent, so a subscript touched or crossed the control's bottom frame, at every zoom. This
style gives each of those controls 0.3 of a line more height. It is installed for both
languages: Khmer names and titles are typed into the English interface too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_CONTROLS = {
    QStyle.ContentsType.CT_PushButton,
    QStyle.ContentsType.CT_ComboBox,
    QStyle.ContentsType.CT_LineEdit,
    QStyle.ContentsType.CT_SpinBox,
    QStyle.ContentsType.CT_TabBarTab,
    QStyle.ContentsType.CT_ToolButton,
}
_EXTRA = 0.3  # of a line: the deepest stack (consonant + coeng + vowel sign) fits


class RoomForKhmer(QProxyStyle):
    def sizeFromContents(
        self,
        ct: QStyle.ContentsType,
        opt: QStyleOption | None,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        result = super().sizeFromContents(ct, opt, size, widget)
        if ct in _CONTROLS and opt is not None:
            result.setHeight(result.height() + round(opt.fontMetrics.height() * _EXTRA))
        return result


_installed: list[Any] = []  # the style lives as long as the application


def install(app: QApplication) -> None:
    """Use `RoomForKhmer` over the current style (once)."""
    if isinstance(app.style(), RoomForKhmer):
        return
    style = RoomForKhmer(app.style().name())
    _installed.append(style)
    app.setStyle(style)
