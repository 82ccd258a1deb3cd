"""Khmer subscripts (ប្ដូរ, ស្ត្រី) stay inside buttons, fields and combo boxes at every zoom."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from app.ui import khmer_style
from app.ui.fonts import register_fonts
from app.ui.launch import make_application
from app.ui.zoom import _BASE, DEFAULT_ZOOM, apply_zoom

STACKED = "ប្ដូរ ស្ត្រី"  # a coeng subscript and a vowel sign below it


@pytest.fixture
def room(qapp):
    before = qapp.style().name()
    register_fonts(qapp)
    make_application()  # the style is the app's own
    yield
    qapp.setStyle(before)
    qapp.setProperty("rtRoomForKhmer", None)
    if qapp.property(_BASE):
        apply_zoom(qapp, DEFAULT_ZOOM, "en")


def _lowest_ink(widget: QWidget) -> tuple[int, int]:
    """The widget's height and the lowest row of its text's ink (frame columns left out)."""
    img = widget.grab().toImage()
    rows = [
        y
        for y in range(img.height())
        for x in range(4, img.width() - 4)
        if img.pixelColor(x, y).lightness() < 90
    ]
    return img.height(), max(rows)


@pytest.mark.parametrize("zoom", [100, 150])
def test_subscripts_clear_the_bottom_frame(qtbot, qapp, room, zoom) -> None:
    assert isinstance(qapp.style(), khmer_style.RoomForKhmer)
    apply_zoom(qapp, zoom, "km")
    button = QPushButton(STACKED)
    edit = QLineEdit(STACKED)
    combo = QComboBox()
    combo.addItem(STACKED)
    for widget in (button, edit, combo):
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        height, ink = _lowest_ink(widget)
        assert ink <= height - 3, (type(widget).__name__, zoom, height, ink)
