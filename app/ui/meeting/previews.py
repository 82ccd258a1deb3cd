"""Turning attachment bytes into something Qt can show — in memory only, on the worker thread.

QImage (unlike QPixmap) may be built outside the GUI thread, so decoding a large photo or
rendering PDF pages never stalls the window. Nothing here writes to disk: no temp file, no
thumbnail cache.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from app.domain.records import Attachment
from app.errors import PreviewUnavailable

TEXT_TYPES = ("application/json", "application/xml", "application/x-yaml", "application/csv")
TEXT_SUFFIXES = (".txt", ".md", ".csv", ".json", ".xml", ".yaml", ".yml", ".log", ".tsv")
MAX_PREVIEW_BYTES = 32 * 1024**2
MAX_TEXT_CHARS = 2_000_000
MAX_PDF_PAGES = 30
PDF_SCALE = 1.25
# A page may declare any size (up to 200 inches square): rendered at PDF_SCALE a hostile one
# would need gigabytes. Big pages are drawn smaller so none takes more than this many pixels.
MAX_PAGE_PIXELS = 12_000_000


@dataclass
class Preview:
    kind: str  # "text", "image", "pdf", "none"
    text: str = ""
    images: list[QImage] = field(default_factory=list)
    note: str = ""


def preview_kind(att: Attachment) -> str:
    mt = att.media_type.lower()
    name = att.filename.lower()
    if mt.startswith("text/") or mt in TEXT_TYPES or name.endswith(TEXT_SUFFIXES):
        return "text"
    if mt.startswith("image/"):
        return "image"
    if mt == "application/pdf" or name.endswith(".pdf"):
        return "pdf"
    return "none"


def build_preview(att: Attachment, data: bytes) -> Preview:
    kind = preview_kind(att)
    if kind == "text":
        text = data.decode("utf-8", errors="replace")
        note = ""
        if len(text) > MAX_TEXT_CHARS:
            text, note = text[:MAX_TEXT_CHARS], "Only the beginning of the file is shown."
        return Preview("text", text=text, note=note)
    if kind == "image":
        image = QImage.fromData(data)
        if image.isNull():
            raise PreviewUnavailable()
        return Preview("image", images=[image])
    if kind == "pdf":
        return _pdf_preview(data)
    return Preview("none")


def _pdf_preview(data: bytes) -> Preview:
    try:
        import pypdfium2 as pdfium  # the PDF renderer (PDFium) Qt's own QtPdf is built on
    except ImportError:
        raise PreviewUnavailable() from None
    formats = {
        "RGB": QImage.Format.Format_RGB888,
        "RGBX": QImage.Format.Format_RGBX8888,
        "RGBA": QImage.Format.Format_RGBA8888,
    }
    images: list[QImage] = []
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise PreviewUnavailable() from None
    try:
        pages = len(doc)
        for i in range(min(pages, MAX_PDF_PAGES)):
            page = doc[i]
            try:
                width, height = page.get_size()
                area = max(width * height, 1.0)
                scale = min(PDF_SCALE, 0.99 * (MAX_PAGE_PIXELS / area) ** 0.5)  # rounding up
                bitmap = page.render(
                    scale=scale, rev_byteorder=True, fill_color=(255, 255, 255, 255)
                )
                fmt = formats.get(bitmap.mode)
                if fmt is None:
                    raise PreviewUnavailable()
                raw = bytes(bitmap.buffer)
                images.append(QImage(raw, bitmap.width, bitmap.height, bitmap.stride, fmt).copy())
                bitmap.close()
            finally:
                page.close()
    except pdfium.PdfiumError:
        raise PreviewUnavailable() from None
    finally:
        doc.close()
    note = f"The first {MAX_PDF_PAGES} of {pages} pages are shown." if pages > MAX_PDF_PAGES else ""
    return Preview("pdf", images=images, note=note)
