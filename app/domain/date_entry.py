"""Dates as people type and read them; the vault always stores ISO `YYYY-MM-DD`.

Accepted input, in Latin or Khmer digits (០-៩):
  2019-02-24, 2019/02/24, 2019.02.24   year first
  24/02/2019, 24-02-2019, 24.02.2019   day first: Cambodia (like most of the world) writes
                                       day/month/year, never month/day
  20190224                             eight digits, year first
Day and month may have one digit (4/2/2019). The year always has four digits, so nothing is
guessed about centuries.
"""

from __future__ import annotations

import datetime as dt
import re

from app.domain.khmer_calendar import khmer_digits

_TO_LATIN = str.maketrans("០១២៣៤៥៦៧៨៩", "0123456789")

_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")


def latin_digits(text: str) -> str:
    return text.translate(_TO_LATIN)


def parse_date(text: str) -> dt.date | None:
    """The date `text` means, or None when it is not one of the accepted forms."""
    text = latin_digits(text).strip()
    for pattern, order in ((_YEAR_FIRST, (1, 3, 4)), (_DAY_FIRST, (4, 3, 1)), (_COMPACT, None)):
        match = pattern.fullmatch(text)
        if match is None:
            continue
        if order is None:
            year, month, day = (int(g) for g in match.groups())
        else:
            year, month, day = (int(match.group(i)) for i in order)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return None


def normalise_date(text: str) -> str | None:
    """`text` as an ISO date, "" for an empty field, None when it is not a date."""
    if not text.strip():
        return ""
    date = parse_date(text)
    return date.isoformat() if date is not None else None


def format_date(value: dt.date | str, language: str) -> str:
    """A date as shown in `language`: ISO in English, day/month/year in Khmer digits in Khmer.
    A string that is not an ISO date is returned unchanged."""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    if language == "km":
        return khmer_digits(f"{value.day:02d}/{value.month:02d}/{value.year:04d}")
    return value.isoformat()
