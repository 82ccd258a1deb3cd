"""Benchmark: the PDF report of a large meeting (target: <= 2 s).

A three-day meeting with 60 attendees and 300 minute entries (a third in Khmer) is written
into a fresh vault; then, `--repeat` times, the whole report path is timed: load + redact +
build the document + lay out + paint the PDF + the ActualText pass. In the same run, as the
reference, the same words are printed to PDF by a bare QTextDocument (setPlainText + print_),
the least Qt can do for this text; the ratio says what our layout and redaction cost on top.

    python bench/report_bench.py [--repeat 7] [--out bench/out/report-bench.json]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `app` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_S = 2.0
KHMER = [
    "អ្នកចូលរួមបានពិភាក្សាអំពីការរឹតត្បិតលើសេរីភាពនៃការជួបប្រជុំ។",
    "សហជីពកម្មករបានរាយការណ៍អំពីការគំរាមកំហែងនៅក្នុងរោងចក្រ។",
    "ក្រុមការងារនឹងរៀបចំសេចក្តីស្នើសុំវិសោធនកម្មច្បាប់។",
]
LATIN = (
    "Participants discussed the surveillance of NGO offices and agreed to share incident "
    "reports through the coalition's secure channel before the next meeting; partners offered "
    "legal support and asked for regular updates on the cases raised."
)


def build_meeting(vault) -> str:
    from app.domain.records import (
        ActionItem,
        AgendaItem,
        Attendance,
        Decision,
        Meeting,
        MeetingContact,
        MeetingOrganiser,
        MinuteEntry,
        Objective,
        Organisation,
        Person,
        Session,
        Testimony,
    )
    from app.domain.values import OrgKind

    store = vault.store
    with store.transaction():
        kinds = list(OrgKind)
        orgs = [
            Organisation(
                name=f"Organisation {i} for Human Rights", acronym=f"O{i}", kind=kinds[i % 8]
            )
            for i in range(20)
        ]
        store.add_many(orgs)
        people = [
            Person(
                name=f"Person {i}" if i % 3 else f"សុខ ចន្ធា {i}",
                role_title="Coordinator",
                gender=("woman", "man", "non_binary")[i % 3 if i % 7 else 2],
                contact=f"Signal +855 10 {100 + i} 000",
                organisation_id=orgs[i % 20].id,
                anonymous=i % 29 == 0,
                code_name=f"Code {i}",
            )
            for i in range(60)
        ]
        store.add_many(people)
        meeting = Meeting(
            title="Regional consultation on civic space (ការពិគ្រោះយោបល់)",
            project_title="Civic space 2026",
            location_city="Bangkok",
            location_country="Thailand",
            start_date="2026-03-08",
            end_date="2026-03-10",
            summary=LATIN,
            general_goal=LATIN,
        )
        store.add(meeting)
        for i in range(2):
            store.add(
                MeetingOrganiser(meeting_id=meeting.id, organisation_id=orgs[i].id, position=i)
            )
            store.add(MeetingContact(meeting_id=meeting.id, person_id=people[i + 1].id, position=i))
        for i in range(5):
            store.add(Objective(meeting_id=meeting.id, text=LATIN[:90], position=i))
        n = 0
        for day in range(3):
            session = Session(
                meeting_id=meeting.id, date=f"2026-03-{8 + day:02d}", title=f"Day {day + 1}"
            )
            store.add(session)
            for p in people:
                store.add(
                    Attendance(
                        session_id=session.id, person_id=p.id, organisation_id=p.organisation_id
                    )
                )
            for a in range(10):
                item = AgendaItem(
                    meeting_id=meeting.id,
                    session_id=session.id,
                    title=f"Agenda item {day}.{a}",
                    position=n,
                )
                store.add(item)
                for e in range(10):
                    speaker = people[(n * 7 + e) % 60]
                    store.add(
                        MinuteEntry(
                            agenda_item_id=item.id,
                            meeting_id=meeting.id,
                            text=KHMER[e % 3] if e % 3 == 0 else LATIN,
                            position=float(e),
                            speaker_person_id=speaker.id,
                            confidential=e == 9,
                        )
                    )
                n += 1
        for i in range(10):
            store.add(Decision(meeting_id=meeting.id, text=LATIN[:120], position=i))
        for i in range(20):
            store.add(
                ActionItem(
                    text=LATIN[:80],
                    origin_meeting_id=meeting.id,
                    owner_person_id=people[i].id,
                    due_date="2026-06-30",
                )
            )
        for i in range(3):
            store.add(Testimony(meeting_id=meeting.id, text=KHMER[i] + " " + LATIN, position=i))
    return meeting.id


def bare_pdf(text: str) -> bytes:
    """The reference: Qt's simplest route from the same words to a PDF."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from app.reports.fonts import report_font

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    doc = QTextDocument()
    doc.setDefaultFont(report_font(10.5))
    doc.setPlainText(text)
    doc.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "out" / "report-bench.json"
    )
    args = parser.parse_args()

    from pypdf import PdfReader

    import app.reports.pdf as pdf_module
    from app import reports
    from app.crypto import kdf
    from app.domain.values import RedactionPolicy
    from app.reports.fonts import register_fonts
    from app.vault import create_vault

    os.environ[kdf.UNSAFE_TEST_ENV] = "1"  # the KDF is not what this measures
    register_fonts()
    actual_text: list[float] = []
    real_pass = pdf_module.add_actual_text

    def timed_pass(data: bytes, runs) -> bytes:
        t = time.perf_counter()
        out = real_pass(data, runs)
        actual_text.append(time.perf_counter() - t)
        return out

    pdf_module.add_actual_text = timed_pass
    with tempfile.TemporaryDirectory() as tmp:
        vault = create_vault(
            Path(tmp) / "vault", "Bench", "bench pass phrase 42", params=kdf.INSECURE_TEST
        ).vault
        meeting_id = build_meeting(vault)
        policy = RedactionPolicy.PARTNERS
        ours: list[float] = []
        steps: dict[str, list[float]] = {"document": [], "pdf": []}
        bare: list[float] = []
        pages = size = 0
        text = ""
        for i in range(args.repeat + 1):  # the first round warms caches and is not counted
            t0 = time.perf_counter()
            doc = reports.meeting_document(vault.store, meeting_id, policy)
            t1 = time.perf_counter()
            pdf = reports.render(doc, "pdf")
            t2 = time.perf_counter()
            text = doc.all_text()
            t3 = time.perf_counter()
            bare_pdf(text)
            t4 = time.perf_counter()
            if i:
                ours.append(t2 - t0)
                steps["document"].append(t1 - t0)
                steps["pdf"].append(t2 - t1)
                bare.append(t4 - t3)
            size = len(pdf)
            pages = len(PdfReader(io.BytesIO(pdf)).pages)
        vault.close()

    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "meeting": "3 days, 60 attendees, 300 minute entries (100 Khmer), policy partners",
        "repeat": args.repeat,
        "median_s": round(statistics.median(ours), 3),
        "max_s": round(max(ours), 3),
        "document_median_s": round(statistics.median(steps["document"]), 3),
        "pdf_median_s": round(statistics.median(steps["pdf"]), 3),
        "of_which_actualtext_median_s": round(statistics.median(actual_text[1:]), 3),
        "bare_qtextdocument_pdf_median_s": round(statistics.median(bare), 3),
        "ratio_to_bare": round(statistics.median(ours) / statistics.median(bare), 2),
        "pdf_bytes": size,
        "pdf_pages": pages,
        "characters": len(text),
        "target_s": TARGET_S,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for key, value in result.items():
        print(f"{key:34} {value}")
    ok = result["median_s"] <= TARGET_S
    print("PASS" if ok else "FAIL", f"median {result['median_s']} s (target <= {TARGET_S} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
