"""Moments the vault stored, shown in the computer's time zone as the interface writes dates
and numbers (docs/translations.md "Numbers")."""

from __future__ import annotations

import time

import pytest

from app.ui import language
from app.ui.date_edit import shown_moment


@pytest.fixture
def phnom_penh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Phnom_Penh")  # UTC+7, no daylight saving
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_moment_is_shown_in_local_time(qapp, phnom_penh) -> None:
    stored = "2026-12-02T20:18:02.123456Z"  # as app.storage.records.utc_now writes it
    assert shown_moment(stored) == "2026-12-03 03:18"
    assert shown_moment(stored, seconds=True) == "2026-12-03 03:18:02"
    language.install(qapp, "km")
    try:
        assert shown_moment(stored, seconds=True) == "០៣/១២/២០២៦ ០៣:១៨:០២"
    finally:
        language.uninstall(qapp)


def test_text_that_is_not_a_moment_is_shown_as_written_without_controls(qapp) -> None:
    assert shown_moment("yesterday \u202eevening\x1b[2J") == "yesterday evening\ufffd[2J"


@pytest.fixture
def los_angeles(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")  # behind UTC
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_moment_at_the_end_of_the_calendar_is_shown_as_written(qapp, phnom_penh) -> None:
    # A partner's bundle may say year 9999: moved to UTC+7 it leaves the calendar.
    assert shown_moment("9999-12-31T23:59:59Z") == "9999-12-31T23:59:59Z"


def test_a_moment_at_the_start_of_the_calendar_is_shown_as_written(qapp, los_angeles) -> None:
    assert shown_moment("0001-01-01T00:00:00Z") == "0001-01-01T00:00:00Z"
