"""Typed dates: every accepted form gives the ISO date the vault stores; the rest is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.date_entry import format_date, normalise_date, parse_date


@pytest.mark.parametrize(
    "text",
    [
        "2019-02-24",
        "2019/02/24",
        "2019.2.24",
        "24/02/2019",
        "24-02-2019",
        "24.2.2019",
        "20190224",
        " 24/02/2019 ",
        "២០១៩-០២-២៤",
        "២៤/០២/២០១៩",
        "២០១៩០២២៤",
    ],
)
def test_accepted_forms(text: str) -> None:
    assert parse_date(text) == dt.date(2019, 2, 24)
    assert normalise_date(text) == "2019-02-24"


def test_day_comes_before_month() -> None:
    assert parse_date("03/04/2020") == dt.date(2020, 4, 3)


@pytest.mark.parametrize(
    "text",
    [
        "2019-02-30",
        "31/04/2019",
        "2019-13-01",
        "24/02/19",
        "2019-02",
        "201902245",
        "tomorrow",
        "2019-02/24",
        "24/02-2019",
        "00/01/2019",
    ],
)
def test_not_dates(text: str) -> None:
    assert parse_date(text) is None
    assert normalise_date(text) is None


def test_empty_is_no_date() -> None:
    assert normalise_date("  ") == ""


def test_shown_in_the_language_style() -> None:
    assert format_date("2019-02-24", "en") == "2019-02-24"
    assert format_date(dt.date(2019, 2, 24), "km") == "២៤/០២/២០១៩"
    assert format_date("soon", "km") == "soon"
    assert normalise_date(format_date("2019-02-24", "km")) == "2019-02-24"
