"""The Khmer interface writes counts in Khmer digits, as it writes dates (app/ui/numbers.py)."""

from __future__ import annotations

import re

import pytest

from app.ui import language
from app.ui.numbers import counted, number
from tests.ui.meeting.helpers import settle

LATIN_DIGIT = re.compile(r"[0-9]")
KHMER_DIGIT = re.compile(r"[០-៩]")


@pytest.fixture
def khmer(qapp):
    language.install(qapp, "km")
    yield
    language.uninstall(qapp)
    from app.ui.zoom import _BASE, DEFAULT_ZOOM, apply_zoom

    if qapp.property(_BASE):
        apply_zoom(qapp, DEFAULT_ZOOM, "en")


def _khmer_numbers_only(text: str) -> None:
    assert KHMER_DIGIT.search(text), text
    assert not LATIN_DIGIT.search(text), text


def test_numbers_follow_the_interface_language(qapp, khmer) -> None:
    assert number(1234) == "១២៣៤"
    assert counted("3 results") == "៣ results"
    language.install(qapp, "en")
    assert number(1234) == "1234"


def test_programme_balance_and_import_preview_use_khmer_digits(khmer, qtbot, ws, tmp_path):
    pr = ws.programme
    ws.tabs.setCurrentWidget(pr)
    pr._add_session()
    settle(qtbot, ws)
    pr._add_session()
    settle(qtbot, ws)
    _khmer_numbers_only(pr.total.text())  # "… ២ វគ្គ"
    assert "២ វគ្គ" in pr.total.text()
    people = pr.model.index(0, pr.model.columnCount() - 1).data()  # the People column
    assert people == "០"

    # Dates beside session titles (minutes) are written as everywhere else in Khmer.
    ws.tabs.setCurrentWidget(ws.minutes)
    settle(qtbot, ws)
    label = ws.minutes.session.itemText(0)
    assert not LATIN_DIGIT.search(label), label
    ws.tabs.setCurrentWidget(pr)

    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "Participant,Institution,Gender\nRamana Sorn,CCHR,F\nHans Fridlund,UPR Info,M\n",
        encoding="utf-8",
    )
    dialog = pr.attendance.import_sheet()
    dialog.load_file(sheet)
    qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=5_000)
    _khmer_numbers_only(dialog.summary.text())
    assert "អ្នកចូលរួម ២ នាក់ត្រូវបន្ថែម" in dialog.summary.text()
    _khmer_numbers_only(dialog.file_label.text().removeprefix("sheet.csv"))
    column = dialog.columns["role"]
    _khmer_numbers_only(" ".join(column.itemText(i).split(":")[0] for i in range(column.count())))
    dialog.reject()
