"""The Khmer lunar calendar against dates that public sources and the reference give."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from app.domain import khmer_calendar as kc
from app.domain.khmer_calendar import lunar_date, new_year

DATA = Path(__file__).parent / "data"


def _text(iso: str) -> str:
    found = lunar_date(dt.date.fromisoformat(iso))
    assert found is not None
    return found.text()


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        # Visak Bochea 2019 (eccc.gov.kh court holidays); the BE year changes the day after.
        ("2019-05-18", "ថ្ងៃសៅរ៍ ១៥កើត ខែពិសាខ ឆ្នាំកុរ ឯកស័ក ព.ស.២៥៦២"),
        ("2019-05-19", "ថ្ងៃអាទិត្យ ១រោច ខែពិសាខ ឆ្នាំកុរ ឯកស័ក ព.ស.២៥៦៣"),
        # Royal Academy of Cambodia site; press.
        ("2020-02-05", "ថ្ងៃពុធ ១២កើត ខែមាឃ ឆ្នាំកុរ ឯកស័ក ព.ស.២៥៦៣"),
        ("2020-10-15", "ថ្ងៃព្រហស្បតិ៍ ១៣រោច ខែអស្សុជ ឆ្នាំជូត ទោស័ក ព.ស.២៥៦៤"),
        # The start of BE 2568 in 2024, and Visak Bochea 2025.
        ("2024-05-22", "ថ្ងៃពុធ ១៥កើត ខែពិសាខ ឆ្នាំរោង ឆស័ក ព.ស.២៥៦៧"),
        ("2024-05-23", "ថ្ងៃព្រហស្បតិ៍ ១រោច ខែពិសាខ ឆ្នាំរោង ឆស័ក ព.ស.២៥៦៨"),
        ("2025-05-11", "ថ្ងៃអាទិត្យ ១៥កើត ខែពិសាខ ឆ្នាំម្សាញ់ សប្តស័ក ព.ស.២៥៦៨"),
    ],
)
def test_known_dates(iso: str, expected: str) -> None:
    assert _text(iso) == expected


def test_the_buddhist_era_does_not_change_on_the_first_of_january() -> None:
    dec = lunar_date(dt.date(2024, 12, 31))
    jan = lunar_date(dt.date(2025, 1, 1))
    assert dec is not None and jan is not None
    assert dec.be_year == jan.be_year == 2568
    assert kc.visak_bochea_end(2025) == dt.date(2025, 5, 12)


@pytest.mark.parametrize(
    ("year", "songkran"),
    [
        (2019, dt.date(2019, 4, 14)),
        (2020, dt.date(2020, 4, 13)),
        (2021, dt.date(2021, 4, 14)),
        (2022, dt.date(2022, 4, 14)),
        (2023, dt.date(2023, 4, 14)),
        (2024, dt.date(2024, 4, 13)),
        (2025, dt.date(2025, 4, 14)),
    ],
)
def test_khmer_new_year_days(year: int, songkran: dt.date) -> None:
    assert new_year(year).songkran == songkran


def test_the_animal_year_changes_at_new_year_and_the_sak_on_leung_sak_day() -> None:
    ny = new_year(2025)  # 14-16 April 2025: from the year of the dragon to that of the snake
    before = lunar_date(ny.songkran - dt.timedelta(days=1))
    first = lunar_date(ny.songkran)
    last = lunar_date(ny.leung_sak)
    assert before is not None and first is not None and last is not None
    assert (kc.ANIMALS[before.animal], kc.SAKS[before.sak]) == ("រោង", "ឆស័ក")
    assert (kc.ANIMALS[first.animal], kc.SAKS[first.sak]) == ("ម្សាញ់", "ឆស័ក")
    assert (kc.ANIMALS[last.animal], kc.SAKS[last.sak]) == ("ម្សាញ់", "សប្តស័ក")
    assert before.be_year == last.be_year == 2568  # BE changes only after Visak Bochea


def test_new_year_dates_and_times_match_the_reference_1900_2100() -> None:
    """Dates and times separately: published almanacs disagree on some times."""
    dates, times = [], []
    for line in (DATA / "momentkh_new_year.tsv").read_text("utf-8").splitlines():
        if line.startswith("#"):
            continue
        year, day, time = line.split("\t")
        ny = new_year(int(year))
        dates.append((year, ny.songkran.isoformat(), day))
        times.append((year, f"{ny.hour:02d}:{ny.minute:02d}", time))
    assert len(dates) == 201
    assert [d for d in dates if d[1] != d[2]] == []
    assert [t for t in times if t[1] != t[2]] == []


def test_a_sample_of_the_reference_test_vectors() -> None:
    rows = [
        line.split("\t")
        for line in (DATA / "momentkh_dates.tsv").read_text("utf-8").splitlines()
        if not line.startswith("#")
    ]
    assert len(rows) > 300
    wrong = [(iso, want, _text(iso)) for iso, want in rows if _text(iso) != want]
    assert wrong == []


_COMMON = list(range(12))
_LEAP = [0, 1, 2, 3, 4, 5, 6, kc.PATHAMASADH, kc.TUTIYASADH, 8, 9, 10, 11]


def test_sweep_1900_to_2100_is_consistent() -> None:
    """Every day: the lunar day advances by one; months and years follow in order."""
    day = kc.FIRST
    previous = lunar_date(day)
    assert previous is not None
    starts: list[tuple[int, int]] = []  # (month, days) of each month begun in the sweep
    jesth_be: list[int] = []  # the BE year of each ជេស្ឋ
    length = previous.day_number + 1
    while day < kc.LAST:
        day += dt.timedelta(days=1)
        here = lunar_date(day)
        assert here is not None, day
        assert 1 <= here.day <= 15, day
        assert here.weekday == day.weekday()
        if here.month == previous.month:
            assert here.day_number == previous.day_number + 1, day
            length += 1
        else:
            assert here.day_number == 0, day  # a month starts on 1កើត
            assert length in (29, 30) or not starts, day
            if starts:
                starts[-1] = (starts[-1][0], length)
            starts.append((here.month, 0))
            if here.month == kc.JESTH:
                jesth_be.append(here.be_year)
            length = 1
        # BE: +1 exactly on 1រោច ខែពិសាខ, never otherwise.
        if here.month == kc.PISAKH and here.waning and here.day == 1:
            assert here.be_year == previous.be_year + 1, day
        else:
            assert here.be_year == previous.be_year, day
        previous = here
    # A lunar year (មិគសិរ to កត្ដិក) has 12 months, or 13 with a second អាសាឍ.
    months = [m for m, _ in starts]
    firsts = [i for i, m in enumerate(months) if m == 0]
    years = [months[a:b] for a, b in itertools.pairwise(firsts)]
    assert len(years) > 195
    assert all(y in (_COMMON, _LEAP) for y in years)
    # The second អាសាឍ comes exactly in the years the rules give a leap month.
    leap_by_rule = [kc.leap_type(be) == 1 for be in jesth_be]
    leap_seen = [
        months[i + 1] == kc.PATHAMASADH for i, m in enumerate(months[:-1]) if m == kc.JESTH
    ]
    assert leap_seen == leap_by_rule[: len(leap_seen)]
    leap_years = sum(1 for y in years if y == _LEAP)
    assert 70 <= leap_years <= 80  # 7 in every 19 years
    lengths: dict[int, set[int]] = {m: set() for m in range(14)}
    for m, n in starts[:-1]:
        lengths[m] = lengths[m] | {n}
    assert lengths[kc.JESTH] == {29, 30}  # the leap day
    jesth_days = [n for m, n in starts[:-1] if m == kc.JESTH]
    assert jesth_days == [30 if kc.leap_type(be) == 2 else 29 for be in jesth_be][: len(jesth_days)]
    assert all(lengths[m] == {29} for m in (0, 2, 4, 8, 10))
    assert all(lengths[m] == {30} for m in (1, 3, 5, 7, 9, 11, 12, 13))


def test_outside_the_tested_range_there_is_no_lunar_date() -> None:
    assert lunar_date(dt.date(1899, 12, 31)) is None
    assert lunar_date(dt.date(2101, 1, 1)) is None


def test_khmer_digits() -> None:
    assert kc.khmer_digits("2019-05-18") == "២០១៩-០៥-១៨"
