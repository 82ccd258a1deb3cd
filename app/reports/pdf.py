"""PDF through QPdfWriter: A4, our own pagination with a running header and "Page n of N".

Painting a QTextDocument to a QPdfWriter needs no widgets and no GUI thread, so the desktop app
renders on its worker thread. The PDF goes to memory; the caller decides where bytes land.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from app.reports.fonts import register_fonts, report_font
from app.reports.model import Document
from app.reports.textdoc import build_text_document

DPI = 300
MARGINS_MM = QMarginsF(20, 16, 20, 14)  # left, top, right, bottom of the printable area
HEADER_MM = 8.0  # running header band inside the top margin area
FOOTER_MM = 10.0  # footer band inside the printable area


def _mm(value: float) -> float:
    return value / 25.4 * DPI


def paint_pdf(qdoc: QTextDocument, writer: QPdfWriter, *, header: str, footer: str) -> int:
    """Paint `qdoc` page by page onto `writer`; returns the number of pages."""
    page = writer.pageLayout().paintRectPixels(DPI)
    body_top = _mm(HEADER_MM)
    body_h = page.height() - body_top - _mm(FOOTER_MM)
    qdoc.setPageSize(QSizeF(page.width(), body_h))
    pages = max(1, qdoc.pageCount())
    small = report_font(7.5)
    painter = QPainter(writer)
    try:
        for n in range(pages):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, body_top - n * body_h)
            ctx = QAbstractTextDocumentLayout.PaintContext()
            ctx.clip = QRectF(0, n * body_h, page.width(), body_h)
            painter.setClipRect(ctx.clip)
            qdoc.documentLayout().draw(painter, ctx)
            painter.restore()
            painter.setFont(small)
            painter.setPen(QPen(QColor("#b8c4ce"), _mm(0.2)))
            y_foot = page.height() - _mm(FOOTER_MM) * 0.55
            painter.drawLine(QPointF(0, y_foot), QPointF(page.width(), y_foot))
            painter.setPen(QColor("#5b6770"))
            band = QRectF(0, y_foot + _mm(1), page.width(), _mm(FOOTER_MM) * 0.5)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft), footer)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignRight), f"Page {n + 1} of {pages}")
            if n:
                top = QRectF(0, 0, page.width(), _mm(HEADER_MM) * 0.6)
                painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft), header)
    finally:
        painter.end()
    return pages


def new_pdf_writer(device: QIODevice, title: str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Roundtable")
    return writer


def render_pdf(doc: Document) -> bytes:
    register_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_pdf_writer(buffer, doc.title)
    qdoc = build_text_document(doc, writer)
    paint_pdf(qdoc, writer, header=f"{doc.title} · {doc.kicker}", footer=doc.distribution)
    del writer  # flushes the trailer into the buffer
    buffer.close()
    return bytes(data.data())
