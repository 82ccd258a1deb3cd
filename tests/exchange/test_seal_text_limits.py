"""A partner's sealed ODT or DOCX is read out as text before our organisation co-signs it: a
few hundred bytes of it must not ask this computer for gigabytes (a space count of a billion,
paragraphs nested so each repeats the text inside it, a tree of millions of empty elements)."""

from __future__ import annotations

import io
import zipfile

import pytest

from app.errors import PreviewUnavailable
from app.exchange import seal_text

_T = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _odt(body: str) -> bytes:
    xml = f'<office:document-content xmlns:office="urn:o" xmlns:text="{_T}">{body}'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", xml + "</office:document-content>")
    return buf.getvalue()


def _docx(body: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(
            "word/document.xml", f'<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>'
        )
    return buf.getvalue()


def test_spaces_are_read_as_odf_writes_them() -> None:
    text = seal_text.document_text(
        _odt('<text:p>a<text:s text:c="3"/>b<text:s/>c<text:s text:c="x"/>d</text:p>'), "odt"
    )
    assert text == "a   b c d\n"  # a count that is not one reads as one space, not an error


@pytest.mark.parametrize("count", ["100000", "9" * 5000])
def test_a_space_count_beyond_the_file_is_refused(count: str) -> None:
    """`<text:s text:c="2000000000"/>`, 300 bytes zipped, was two gigabytes of spaces (and
    5,000 digits an internal error)."""
    with pytest.raises(PreviewUnavailable):
        seal_text.document_text(_odt(f'<text:p><text:s text:c="{count}"/></text:p>'), "odt")


def test_nested_paragraphs_cannot_repeat_their_text_without_end() -> None:
    """Each paragraph's text includes the paragraphs inside it: 50 deep, 10,000 characters
    were read out 50 times (255 deep and 60 MB: 15 GB)."""
    words = "w" * 10_000
    odt = _odt("<text:p>" * 50 + words + "</text:p>" * 50)
    docx = _docx("<w:p>" * 50 + f"<w:r><w:t>{words}</w:t></w:r>" + "</w:p>" * 50)
    with pytest.raises(PreviewUnavailable):
        seal_text.document_text(odt, "odt")
    with pytest.raises(PreviewUnavailable):
        seal_text.document_text(docx, "docx")
    # A note inside a paragraph (its text read twice) is well within the file's size.
    note = "<text:p>before <text:note><text:p>the note</text:p></text:note> after</text:p>"
    assert seal_text.document_text(_odt(note), "odt") == "before the note after\nthe note\n"


def test_a_tree_of_too_many_nodes_is_refused_before_it_is_built(monkeypatch) -> None:
    """64 MiB of `<w:p/>` (deflated: 64 KiB) would be 11 million lxml elements, ~1.5 GiB."""
    monkeypatch.setattr(seal_text, "MAX_NODES", 1_000)
    built: list[int] = []
    real = seal_text.etree.fromstring
    monkeypatch.setattr(
        seal_text.etree, "fromstring", lambda body, parser: built.append(1) or real(body, parser)
    )
    with pytest.raises(PreviewUnavailable):
        seal_text.document_text(_docx("<w:p/>" * 1_000), "docx")
    with pytest.raises(PreviewUnavailable):  # attributes are nodes too
        seal_text.document_text(
            _docx("<w:p " + " ".join(f'a{i}=""' for i in range(999)) + "/>"), "docx"
        )
    assert built == []
    assert seal_text.document_text(_docx("<w:p><w:r><w:t>ok</w:t></w:r></w:p>" * 100), "docx")
