"""Attachments as appendices of the PDF report (issue 9 item 9)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from app.domain.records import Meeting
from app.reports import meeting_document, meeting_pdf_with_appendices, render
from app.reports.model import Document, Paragraph, Section, plain
from app.storage.attachments import add_attachment
from tests.reports.conftest import PREPARED, pdf_text


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _pdf(text: str) -> bytes:
    doc = Document("Financial report", "Budget 2019")
    doc.sections = [Section("Expenses", [Paragraph(plain(text))])]
    return render(doc, "pdf")


def test_pdf_pages_images_and_csv_tables_follow_the_report(vault, tmp_path) -> None:
    meeting = vault.store.add(Meeting(title="NGO leaders meeting", start_date="2019-02-24"))
    files = {
        "financial-report.pdf": (_pdf("Venue hire and travel: 4,210 USD"), "Financial report"),
        "group-photo.png": (_png(), "Day 2 participants"),
        "budget.csv": (b"Item,Amount\nVenue,1200\nTravel,3010\n", "Budget lines"),
        "notes.bin": (b"\x00\x01", ""),
    }
    for name, (data, description) in files.items():
        add_attachment(vault.store, meeting.id, name, io.BytesIO(data), description=description)
    plain_report = render(meeting_document(vault.store, meeting.id, prepared_on=PREPARED), "pdf")
    with_appendices = meeting_pdf_with_appendices(vault.store, meeting.id, prepared_on=PREPARED)
    before = len(PdfReader(io.BytesIO(plain_report)).pages)
    reader = PdfReader(io.BytesIO(with_appendices))
    # budget.csv, cover + 1 page of the PDF, the photo, notes.bin named only.
    assert len(reader.pages) == before + 5
    text = pdf_text(with_appendices, tmp_path)
    for expected in (
        "Appendix 1: budget.csv",
        "Venue",
        "3010",
        "Appendix 2: financial-report.pdf",
        "Venue hire and travel: 4,210 USD",
        "Appendix 3: group-photo.png",
        "Appendix 4: notes.bin",
        "This kind of file cannot be printed",
    ):
        assert expected in text, expected
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[-1] == "Appendices"
    children = reader.outline[-1]
    assert [c.title for c in children] == [
        "Appendix 1: budget.csv",
        "Appendix 2: financial-report.pdf",
        "Appendix 3: group-photo.png",
        "Appendix 4: notes.bin",
    ]
    # The photo's page holds an image.
    photo_page = reader.pages[before + 3]
    assert photo_page.images


def test_cli_appendices_flag(vault, tmp_path, monkeypatch) -> None:
    from app.cli import main
    from tests.conftest import PASSPHRASE

    meeting = vault.store.add(Meeting(title="With a budget", start_date="2019-02-24"))
    add_attachment(vault.store, meeting.id, "budget.csv", io.BytesIO(b"Item,Amount\nVenue,1\n"))
    folder = vault.folder
    vault.close()
    monkeypatch.setenv("ROUNDTABLE_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "report.pdf"
    args = ["report", "--vault", str(folder), "--meeting", meeting.id, "--appendices"]
    assert main([*args, "-o", str(out)]) == 0
    assert "Appendix 1: budget.csv" in pdf_text(out.read_bytes(), tmp_path)
    import pytest

    with pytest.raises(SystemExit):
        main([*args, "-o", str(tmp_path / "report.md")])  # appendices are a PDF's


def test_csv_appendix_is_redacted_like_the_report(vault, tmp_path) -> None:
    """Item 9 "under the same redaction rules": a sign-in sheet attached as CSV names the
    attendees a public report withholds, and an anonymous witness a partner report withholds;
    the printed table shows them as the report does, without their contact details."""
    from app.domain.records import Attendance, Organisation, Person, Session
    from app.domain.values import RedactionPolicy

    store = vault.store
    org = store.add(Organisation(name="Forum Asia", phone="+66 2 108 2643", contact_private=True))
    meeting = store.add(Meeting(title="Pre-session", start_date="2019-02-24"))
    session = store.add(Session(meeting_id=meeting.id, date="2019-02-24"))
    dara = store.add(Person(name="Sok Dara", contact="012 111 222", organisation_id=org.id))
    witness = store.add(Person(name="Heng Bopha", code_name="Witness A", anonymous=True))
    for p in (dara, witness):
        store.add(Attendance(session_id=session.id, person_id=p.id))
    sheet = (
        "Name,Organisation,Phone\n"
        "Sok Dara,Forum Asia,012111222\n"
        "heng bopha,,\n"
        "Forum Asia office,,+66 2 108 2643\n"
    )
    add_attachment(store, meeting.id, "sign-in.csv", io.BytesIO(sheet.encode()))

    def printed(policy: RedactionPolicy) -> str:
        pdf = meeting_pdf_with_appendices(store, meeting.id, policy, prepared_on=PREPARED)
        text = pdf_text(pdf, tmp_path)
        return text[text.index("Appendix 1: sign-in.csv") :]

    full = printed(RedactionPolicy.FULL)
    assert "Sok Dara" in full and "012111222" in full and "heng bopha" in full
    partners = printed(RedactionPolicy.PARTNERS)
    assert "Sok Dara" in partners  # partners may read attendees' names
    assert "heng bopha" not in partners.casefold() and "Witness A" in partners
    assert "012111222" not in partners and "108 2643" not in partners
    public = printed(RedactionPolicy.PUBLIC)
    assert "Sok Dara" not in public and "Witness A" not in public
    assert "Participant" in public and "Forum Asia" in public


def test_a_file_name_that_names_a_hidden_person_is_warned_about(vault) -> None:
    from app.domain.records import Attendance, Person, Session
    from app.domain.values import RedactionPolicy
    from app.reports.hidden_names import hidden_names_in_text
    from app.storage.meetings import load_meeting

    store = vault.store
    meeting = store.add(Meeting(title="Pre-session", start_date="2019-02-24"))
    session = store.add(Session(meeting_id=meeting.id, date="2019-02-24"))
    witness = store.add(Person(name="Heng Bopha", code_name="Witness A", anonymous=True))
    store.add(Attendance(session_id=session.id, person_id=witness.id))
    add_attachment(store, meeting.id, "Heng Bopha statement.txt", io.BytesIO(b"..."))
    detail = load_meeting(store, meeting.id)
    assert "Heng Bopha" in hidden_names_in_text(detail, RedactionPolicy.PARTNERS)
