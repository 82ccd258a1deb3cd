"""The meeting workspace writes times and dates as the Khmer interface writes numbers, and
takes times typed with Khmer digits (a Khmer keyboard's digit row)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent

from app.domain.records import Meeting, Series, Session
from app.ui.meeting.section import check_time
from app.ui.ops import Ops
from tests.ui.meeting.helpers import in_vault, make_workspace, open_meeting


def test_a_time_typed_in_khmer_digits_is_a_time() -> None:
    assert check_time("០៩:៣០") == "09:30"
    assert check_time(" 14:05 ") == "14:05"
    assert check_time("៩:៣០") is None  # HH:MM, as in Latin digits
    assert check_time("") == ""


def test_session_hours_and_the_next_meeting_in_khmer(khmer: Any, qtbot: Any, ops: Ops) -> None:
    def make(v: Any) -> str:
        series = v.store.add(Series(name="Quarterly"))
        this = v.store.add(Meeting(title="This one", start_date="2026-03-02", series_id=series.id))
        v.store.add(
            Meeting(
                title="Next",
                start_date="2026-05-18",
                end_date="2026-05-21",
                series_id=series.id,
            )
        )
        v.store.add(
            Session(meeting_id=this.id, date="2026-03-02", start_time="09:00", end_time="17:30")
        )
        return this.id

    meeting_id = in_vault(qtbot, ops, make)
    ws = make_workspace(qtbot, ops)
    open_meeting(qtbot, ws, meeting_id)
    model = ws.programme.view.model()
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "០៩:០០–១៧:៣០" in shown
    assert "១៨/០៥/២០២៦ – ២១/០៥/២០២៦" in ws.overview.next_label.text()


def test_session_hours_edited_in_khmer_digits(khmer: Any, qtbot: Any, ops: Ops) -> None:
    def make(v: Any) -> str:
        this = v.store.add(Meeting(title="This one", start_date="2026-03-02"))
        v.store.add(Session(meeting_id=this.id, date="2026-03-02", start_time="09:00"))
        return this.id

    meeting_id = in_vault(qtbot, ops, make)
    ws = make_workspace(qtbot, ops)
    open_meeting(qtbot, ws, meeting_id)
    page = ws.programme
    assert page.s_start.text() == "០៩:០០"  # shown as the interface writes numbers
    page.s_start.setFocus()
    page.s_start.selectAll()
    typed = QInputMethodEvent()  # as a Khmer keyboard layout sends its digits
    typed.setCommitString("០៩:៣០")
    QCoreApplication.sendEvent(page.s_start, typed)
    page._fields["start_time"].flush()
    qtbot.waitUntil(lambda: not ops.is_busy and not ws._loading, timeout=10_000)
    stored = in_vault(qtbot, ops, lambda v: v.store.select(Session)[0].start_time)
    assert stored == "09:30"  # stored in Latin digits, as every time is
    page.view.setFocus()  # done typing: the field shows the vault's value again
    ws.show_meeting(meeting_id)
    qtbot.waitUntil(lambda: page.s_start.text() == "០៩:៣០", timeout=10_000)
