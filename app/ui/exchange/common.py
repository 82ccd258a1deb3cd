"""Small pieces the exchange screens share: an inline error line and a QR code pixmap."""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from app.crypto.fingerprint import qr_png
from app.ui.a11y import announce
from app.ui.colours import style_error
from app.ui.messages import error_text
from app.ui.plain_text import PlainLabel


class ErrorLine(PlainLabel):
    """Shows a failure's fixed user message inline (no modal box, no traceback). Plain text:
    a message may name a contact (whose name a partner's card set)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error")
        self.setWordWrap(True)
        style_error(self)
        self.hide()

    def show_error(self, error: object) -> None:
        self.setText(error_text(error))
        self.show()
        announce(self, self.text())

    def clear(self) -> None:
        super().clear()
        self.hide()


def qr_image(text: str) -> bytes:
    """The QR code of `text` as PNG bytes: made on the worker thread (segno is pure Python,
    10-15 ms a code and about 170 ms to import the first time), shown with `png_pixmap`."""
    return qr_png(text, scale=5)


def png_pixmap(png: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(png, "PNG")
    return pixmap


def qr_pixmap(text: str) -> QPixmap:
    return png_pixmap(qr_image(text))
