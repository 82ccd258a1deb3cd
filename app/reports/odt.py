"""OpenDocument text through QTextDocumentWriter (opens in LibreOffice and Word)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextDocumentWriter

from app.errors import ReportError
from app.reports.model import Document
from app.reports.textdoc import build_text_document


def render_odt(doc: Document) -> bytes:
    qdoc = build_text_document(doc)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QTextDocumentWriter(buffer, QByteArray(b"odf"))
    if not writer.write(qdoc):
        raise ReportError()
    buffer.close()
    return bytes(data.data())
