"""Previews of attachments from partners: a hostile page size cannot exhaust memory."""

from __future__ import annotations

import io

from pypdf import PdfWriter

from app.domain.records import Attachment
from app.ui.meeting.previews import MAX_PAGE_PIXELS, build_preview


def _pdf(width: float, height: float) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=width, height=height)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_huge_pdf_page_is_drawn_within_the_pixel_budget(qapp) -> None:
    att = Attachment(meeting_id="m", filename="poster.pdf", media_type="application/pdf")
    preview = build_preview(att, _pdf(5000, 5000))
    (image,) = preview.images
    assert 0 < image.width() * image.height() <= MAX_PAGE_PIXELS


def test_an_a4_page_keeps_its_normal_scale(qapp) -> None:
    att = Attachment(meeting_id="m", filename="minutes.pdf", media_type="application/pdf")
    (image,) = build_preview(att, _pdf(595, 842)).images
    assert abs(image.width() - 595 * 1.25) <= 1
