"""The language a report is written in, chosen per report, whatever the app's own language.

A Khmer report for Cambodian partners and an English one for a donor come from the same
vault in the same session, so report wording never goes through the app's global translator.
Every fixed word of a report is English in the source, marked for Qt Linguist under a
`Report…` context (`N_(context, text)` for tables, `lang.translate(context, text)` where it is
used: lupdate knows both), and looked up at render time in the report catalogue
`resources/i18n/reports_km.qm` through a QTranslator that belongs to this one
`ReportLanguage` object, which the report builders pass down.

English needs no catalogue, and building an English report loads no Qt at all.
Dates: Khmer reports write them as Cambodians do (ថ្ងៃទី២៣ ខែកុម្ភៈ ឆ្នាំ២០២៥), with Khmer digits
by default, and on request with the Khmer lunar date and Buddhist Era (app/domain/khmer_calendar).
"""

from __future__ import annotations

import datetime as dt
import threading
from importlib import resources
from typing import Any

from app.domain.khmer_calendar import khmer_digits, lunar_date
from app.errors import UnknownReportLanguage
from app.i18n import N_

LANGUAGES = ("en", "km")
LANGUAGE_NAMES = {"en": "English", "km": "ខ្មែរ"}

MONTHS = (
    N_("ReportDates", "January"),
    N_("ReportDates", "February"),
    N_("ReportDates", "March"),
    N_("ReportDates", "April"),
    N_("ReportDates", "May"),
    N_("ReportDates", "June"),
    N_("ReportDates", "July"),
    N_("ReportDates", "August"),
    N_("ReportDates", "September"),
    N_("ReportDates", "October"),
    N_("ReportDates", "November"),
    N_("ReportDates", "December"),
)
MONTHS_SHORT = (
    N_("ReportDates", "Jan"),
    N_("ReportDates", "Feb"),
    N_("ReportDates", "Mar"),
    N_("ReportDates", "Apr"),
    N_("ReportDates", "May"),
    N_("ReportDates", "Jun"),
    N_("ReportDates", "Jul"),
    N_("ReportDates", "Aug"),
    N_("ReportDates", "Sep"),
    N_("ReportDates", "Oct"),
    N_("ReportDates", "Nov"),
    N_("ReportDates", "Dec"),
)

_lock = threading.Lock()
_catalogues: dict[str, bytes] = {}
# One translator per language for the whole process, never destroyed: a QTranslator's
# destructor takes Qt's translator lock for writing, and the app's own translator is Python
# code that Qt calls while holding that lock for reading; a translator freed meanwhile (by the
# garbage collector on the GUI thread, or on the worker thread while it holds the GIL) would
# deadlock the app.
_translators: dict[str, Any] = {}


def parse_language(value: str) -> str:
    code = (value or "").strip().lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        raise UnknownReportLanguage()
    return code


def _translator(code: str) -> Any:
    """The process's translator for report words in `code`, loaded on first use."""
    with _lock:
        if code not in _translators:
            from PySide6.QtCore import QTranslator

            translator = QTranslator()
            if not translator.load(_catalogue_unlocked(code)):  # read in place: kept alive
                from app.errors import ReportError

                raise ReportError()
            _translators[code] = translator
        return _translators[code]


def _catalogue(code: str) -> bytes:
    """The compiled catalogue of `code`, read once per process."""
    with _lock:
        return _catalogue_unlocked(code)


def _catalogue_unlocked(code: str) -> bytes:
    if code not in _catalogues:
        path = resources.files("app.resources").joinpath("i18n", f"reports_{code}.qm")
        _catalogues[code] = path.read_bytes()
    return _catalogues[code]


class ReportLanguage:
    """Words, numbers and dates of one report.

    `khmer_digits`: None means the usual choice of the language (Khmer digits in a Khmer
    report, as formal Khmer documents write them). `lunar_dates`: add the Khmer lunar date
    and Buddhist Era year where the report dates something (the day it was prepared, the
    days of the meeting).
    """

    def __init__(
        self, code: str = "en", *, khmer_digits: bool | None = None, lunar_dates: bool = False
    ) -> None:
        self.code = parse_language(code)
        self.khmer_digits = (self.code == "km") if khmer_digits is None else khmer_digits
        self.lunar_dates = lunar_dates
        self._translator: Any = None

    @property
    def english(self) -> bool:
        return self.code == "en"

    # --- words ---------------------------------------------------------------------------------
    def translate(self, context: str, text: str) -> str:
        """`text` (English, marked under `context`) in this report's language."""
        if self.english:
            return text
        if self._translator is None:
            self._translator = _translator(self.code)
        return self._translator.translate(context, text) or text

    def count(self, context: str, n: int, one: str, many: str) -> str:
        """A counted phrase: `one` or `many` (English forms with {n}), in this language."""
        return self.translate(context, one if n == 1 else many).format(n=self.number(n))

    # --- numbers -------------------------------------------------------------------------------
    def digits(self, text: str) -> str:
        return khmer_digits(text) if self.khmer_digits else text

    def number(self, n: int | str) -> str:
        return self.digits(str(n))

    def decimal(self, value: float) -> str:
        """One decimal place, with the language's decimal sign (Khmer writes 1,5)."""
        whole, fraction = f"{value:.1f}".split(".")
        return self.translate("ReportWords", "{whole}.{fraction}").format(
            whole=self.number(whole), fraction=self.number(fraction)
        )

    def percent(self, n: int) -> str:
        return self.translate("ReportWords", "{n}%").format(n=self.number(n))

    # --- dates ---------------------------------------------------------------------------------
    def month(self, d: dt.date) -> str:
        return self.translate("ReportDates", MONTHS[d.month - 1])

    def long_date(self, d: dt.date) -> str:
        """'23 February 2025'; in Khmer 'ថ្ងៃទី២៣ ខែកុម្ភៈ ឆ្នាំ២០២៥'."""
        return self.translate("ReportDates", "{day} {month} {year}").format(
            day=self.number(d.day), month=self.month(d), year=self.number(d.year)
        )

    def short_date(self, d: dt.date) -> str:
        """'30 Sep 2025', for table columns; in Khmer '៣០ កញ្ញា ២០២៥'."""
        month = self.translate("ReportDates", MONTHS_SHORT[d.month - 1])
        return self.translate("ReportDates", "{day} {mon} {year}").format(
            day=self.number(d.day), mon=month, year=self.number(d.year)
        )

    def period(self, a: dt.date, b: dt.date) -> str:
        """'23–25 February 2025', '30 June – 2 July 2025', '28 December 2025 – 3 January 2026'."""
        if b == a:
            return self.long_date(a)
        if (a.year, a.month) == (b.year, b.month):
            pattern = self.translate("ReportDates", "{first}–{last} {month} {year}")
        elif a.year == b.year:
            pattern = self.translate("ReportDates", "{first} {first_month} – {last} {month} {year}")
        else:
            return self.translate("ReportDates", "{start} – {end}").format(
                start=self.long_date(a), end=self.long_date(b)
            )
        return pattern.format(
            first=self.number(a.day),
            first_month=self.month(a),
            last=self.number(b.day),
            month=self.month(b),
            year=self.number(b.year),
        )

    def lunar(self, d: dt.date) -> str:
        """The Khmer lunar date of `d` as official letters write it, or "" if unknown."""
        found = lunar_date(d) if self.lunar_dates else None
        return found.text(digits=self.khmer_digits) if found else ""
