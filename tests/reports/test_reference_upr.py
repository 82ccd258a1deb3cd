"""Issue 9, done when: the pre-session (UPR) reference report entered with no workaround, and
every export (PDF, ODT, DOCX, Markdown) carries each of its elements in the original's order."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from docx import Document as read_docx

from app.domain.values import RedactionPolicy
from app.reports import meeting_document, render
from tests.reports.conftest import PREPARED, pdf_text
from tests.reports.reference_upr import ELEMENTS_IN_ORDER, enter_upr_report


def _flat(text: str) -> str:
    return " ".join(text.replace("\\", "").split())


def _in_order(text: str, elements: list[str]) -> list[str]:
    """The elements missing from `text` or out of order (empty when all are there in order)."""
    text = _flat(text)
    at, missing = 0, []
    for element in elements:
        found = text.find(_flat(element), at)
        if found < 0:
            missing.append(element)
        else:
            at = found + len(_flat(element))
    return missing


@pytest.fixture(scope="module")
def upr_document(tmp_path_factory):
    from app.crypto import kdf
    from app.vault import create_vault

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(kdf.UNSAFE_TEST_ENV, "1")
        created = create_vault(
            tmp_path_factory.mktemp("upr") / "vault",
            "UPR Info",
            "pass phrase 42",
            params=kdf.INSECURE_TEST,
        )
    vault = created.vault
    meeting = enter_upr_report(vault.store)
    # The meeting is Public: the report the Report tab opens on.
    doc = meeting_document(vault.store, meeting.id, RedactionPolicy.PUBLIC, prepared_on=PREPARED)
    yield doc
    vault.close()


def test_markdown_carries_every_element_in_order(upr_document) -> None:
    md = render(upr_document, "md").decode("utf-8")
    assert _in_order(md, ELEMENTS_IN_ORDER) == []
    # Paragraphs stay apart, headings are the user's own.
    assert "\n\nThe event was co-organised" in md
    assert re.search(r"^## I\. Introduction$", md, re.M)
    assert re.search(r"^## [IVX]+\. Way forward$", md, re.M)
    # The figures computed from the headcounts agree with what the users wrote.
    assert "Speakers: 54% women, 46% men; participants: 51% women, 49% men." in md
    assert (
        "Attendance over all days came to 175 people "
        "(on the days gender was recorded: 51% women, 49% men)." in md
    )


def test_docx_carries_every_element_in_order(upr_document) -> None:
    word = read_docx(io.BytesIO(render(upr_document, "docx")))
    parts = [p.text for p in word.paragraphs]
    body = word.element.body
    text = "\n".join(parts)
    # Paragraphs and tables interleave in the body: read the body in document order.
    ordered = "\n".join(t.text or "" for t in body.iter() if t.tag.endswith("}t"))
    assert _in_order(ordered, ELEMENTS_IN_ORDER) == []
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings[:3] == ["I. Introduction", "II. Summary of discussion", "III. Achievements"]
    assert "Rue de Varembé 3" in text


def test_odt_carries_every_element_in_order(upr_document) -> None:
    with zipfile.ZipFile(io.BytesIO(render(upr_document, "odt"))) as z:
        content = z.read("content.xml").decode("utf-8")
    import html

    text = html.unescape(re.sub(r"<[^>]+>", " ", content))
    assert _in_order(text, ELEMENTS_IN_ORDER) == []


def test_pdf_carries_every_element_in_order(upr_document, tmp_path) -> None:
    text = pdf_text(render(upr_document, "pdf"), tmp_path)
    assert _in_order(text, ELEMENTS_IN_ORDER) == []
