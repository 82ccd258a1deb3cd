"""Shows a preview (text, image, PDF pages) built in memory by app/ui/meeting/previews.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.meeting.previews import Preview
from app.ui.plain_text import plain_label


class AttachmentViewer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.note = plain_label(QLabel())
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.stack = QStackedWidget()
        lay.addWidget(self.stack, 1)
        self.message = plain_label(QLabel(self.tr("Select an attachment to view it here.")))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("attachmentText")
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        for w in (self.message, self.text, self.scroll):
            self.stack.addWidget(w)

    @property
    def page_labels(self) -> list[QLabel]:
        return self.pages.findChildren(QLabel)

    def show_message(self, message: str) -> None:
        self._clear_pages()
        self.text.clear()
        self.note.clear()
        self.note.setVisible(False)
        self.message.setText(message)
        self.stack.setCurrentWidget(self.message)

    def show_preview(self, preview: Preview) -> None:
        self._clear_pages()
        self.text.clear()
        self.note.setText(preview.note)
        self.note.setVisible(bool(preview.note))
        if preview.kind == "text":
            self.text.setPlainText(preview.text)
            self.stack.setCurrentWidget(self.text)
            return
        if preview.kind in ("image", "pdf"):
            width = max(self.scroll.viewport().width() - 30, 300)
            for image in preview.images:
                label = QLabel()
                pix = QPixmap.fromImage(image)
                if pix.width() > width:
                    pix = pix.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                label.setPixmap(pix)
                label.setFrameShape(QLabel.Shape.Box)
                self.pages_layout.addWidget(label)
            self.stack.setCurrentWidget(self.scroll)
            return
        self.show_message(
            self.tr(
                "This kind of file cannot be shown here. "
                "Use “Save a copy as…” to open it in another program."
            )
        )

    def clear(self) -> None:
        self.show_message(self.tr("Select an attachment to view it here."))

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            w = item.widget()
            if w is not None:
                w.setParent(None)
                w.deleteLater()
