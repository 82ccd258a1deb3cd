"""The style that gives Khmer's stacked consonants and vowel signs room (app/ui/khmer_room.py).

Its own module: naming QStyle makes PySide build QStyle's 14 enums, which the first window
does without (`khmer_room.install` imports this after the first paint).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from app.ui.khmer_room import extra_height

_CONTROLS = {
    QStyle.ContentsType.CT_PushButton,
    QStyle.ContentsType.CT_ComboBox,
    QStyle.ContentsType.CT_LineEdit,
    QStyle.ContentsType.CT_SpinBox,
    QStyle.ContentsType.CT_TabBarTab,
    QStyle.ContentsType.CT_ToolButton,
}


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
            result.setHeight(result.height() + extra_height(opt.fontMetrics.height()))
        return result
