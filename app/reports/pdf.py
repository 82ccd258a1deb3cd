"""PDF through QPdfWriter: A4, our own pagination with a running header and "Page n of N".

Painting a QTextDocument to a QPdfWriter needs no widgets and no GUI thread, so the desktop app
renders on its worker thread. The PDF goes to memory; the caller decides where bytes land.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextLayout,
)

from app.reports.fonts import register_fonts, report_font
from app.reports.model import Document, for_readers, page_number
from app.reports.pdf_text import RunIndex, add_actual_text
from app.reports.textdoc import (
    build_paginated,
    finish_layout,
    heading_pages,
    keep_headings_with_next,
)

DPI = 300
MARGINS_MM = QMarginsF(20, 16, 20, 14)  # left, top, right, bottom of the printable area
HEADER_MM = 8.0  # running header band inside the top margin area
FOOTER_MM = 10.0  # footer band inside the printable area


def _mm(value: float) -> float:
    return value / 25.4 * DPI


def _body_height(writer: QPdfWriter) -> float:
    page = writer.pageLayout().paintRectPixels(DPI)
    return page.height() - _mm(HEADER_MM) - _mm(FOOTER_MM)


def paint_pdf(
    qdoc: QTextDocument,
    writer: QPdfWriter,
    *,
    header: str,
    footer: str,
    runs: RunIndex | None = None,
    doc: Document | None = None,
    outline: list[tuple[str, int, int]] | None = None,
) -> int:
    """Paint `qdoc` page by page onto `writer`; returns the number of pages.

    With `runs`, the Khmer glyph runs of the body are recorded for `add_actual_text`.
    """
    page = writer.pageLayout().paintRectPixels(DPI)
    body_top = _mm(HEADER_MM)
    body_h = _body_height(writer)
    qdoc.setPageSize(QSizeF(page.width(), body_h))
    finish_layout(qdoc)
    if keep_headings_with_next(qdoc, body_h):
        finish_layout(qdoc)
    pages = max(1, qdoc.pageCount())
    if runs is not None:
        runs.add_document(qdoc, body_h)
    if outline is not None:
        outline += heading_pages(qdoc, body_h)
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
            painter.setPen(QPen(QColor("#b8c4ce"), _mm(0.2)))
            y_foot = page.height() - _mm(FOOTER_MM) * 0.55
            painter.drawLine(QPointF(0, y_foot), QPointF(page.width(), y_foot))
            painter.setPen(QColor("#5b6770"))
            y_text = y_foot + _mm(1.2)
            width = page.width()
            number = page_number(doc or Document("", ""), n + 1, pages)
            size = 8.5 if doc is not None and doc.language == "km" else 7.5
            _margin_text(painter, footer, QPointF(0, y_text), width * 0.75, n, runs, size)
            _margin_text(
                painter, number, QPointF(width, y_text), width * 0.2, n, runs, size, right=True
            )
            if n:
                _margin_text(painter, header, QPointF(0, 0), width, n, runs, size)
    finally:
        painter.end()
    return pages


def _margin_text(
    painter: QPainter,
    text: str,
    at: QPointF,
    width: float,
    page: int,
    runs: RunIndex | None,
    size: float = 7.5,
    *,
    right: bool = False,
) -> None:
    """One line of a running header or footer, elided to `width`, indexed for ActualText."""
    font = report_font(size)
    text = QFontMetricsF(font, painter.device()).elidedText(
        text, Qt.TextElideMode.ElideRight, width
    )
    layout = QTextLayout(text, font, painter.device())
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    x = at.x() - line.naturalTextWidth() if right else at.x()
    origin = QPointF(x, at.y())
    layout.draw(painter, origin)
    if runs is not None:
        runs.add_line(page, origin, line, text, margin=True)


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


def render_pdf(doc: Document, *, outline: bool = True) -> bytes:
    doc = for_readers(doc)  # no control or bidi-override characters reach a reader
    register_fonts()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = new_pdf_writer(buffer, doc.title)
    page = writer.pageLayout().paintRectPixels(DPI)
    qdoc = build_paginated(doc, writer, QSizeF(page.width(), _body_height(writer)))
    runs = RunIndex()
    header = f"{doc.title} · {doc.kicker}"
    headings: list[tuple[str, int, int]] = []
    paint_pdf(
        qdoc, writer, header=header, footer=doc.distribution, runs=runs, doc=doc, outline=headings
    )
    del writer  # flushes the trailer into the buffer
    buffer.close()
    pdf = add_actual_text(bytes(data.data()), runs)
    return add_outline(pdf, headings) if outline else pdf


def add_outline(pdf: bytes, headings: list[tuple[str, int, int]]) -> bytes:
    """`pdf` with bookmarks for its headings (the outline a PDF reader shows beside the
    pages), nested by level; pages and content are left as they are."""
    import io

    from pypdf import PdfReader, PdfWriter

    if not headings:
        return pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    parents: dict[int, object] = {}
    last_page = len(writer.pages) - 1
    for text, level, page in headings:
        parent = next((parents[lv] for lv in range(level - 1, 1, -1) if lv in parents), None)
        item = writer.add_outline_item(title=text, page_number=min(page, last_page), parent=parent)
        parents[level] = item
        for deeper in [lv for lv in parents if lv > level]:
            del parents[deeper]
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
