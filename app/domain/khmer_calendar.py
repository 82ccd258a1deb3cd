"""The Khmer lunar calendar (Chhankitek), the Buddhist Era, and Khmer ways of writing dates.

Ported from momentkh 3.0 by Thyrith Sor (https://github.com/ThyrithSor/momentkh, momentkh.ts,
MIT License, Copyright (c) Thyrith Sor), which implements the "Computer Method" published by
cam-cc.org and khmer-calendar.tovnah.com from Roath Kim Soeun's calendar books: the aharkun
(days since the era), avoman, bodithey and kromthupul of a year decide whether it has a leap
month (អធិកមាស, a second អាសាឍ) or a leap day (ចន្ទ្រាធិមាស, a 30-day ជេស្ឋ); the Songkran
moment comes from the sun's position (sotins). The port keeps the reference's arithmetic,
including its walk from the epoch 1 January 1900 = 1កើត ខែបុស្ស, so that both give the same
date for every day (tests/domain/test_khmer_calendar.py checks a sample of its test vectors).

What changes when (for a date without a time of day):
- the Buddhist Era year (ព.ស.) on 1រោច ខែពិសាខ, the day after Visak Bochea;
- the animal year on the day of Moha Songkran (the New Year's first day);
- the ស័ក (era decade) on Leung Sak day (the New Year's last day).

No Qt here (the core never imports it); `None` outside 1900–2100, the range this is tested on.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from functools import cache

FIRST = dt.date(1900, 1, 1)
LAST = dt.date(2100, 12, 31)

KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
SOLAR_MONTHS = (
    "មករា",
    "កុម្ភៈ",
    "មីនា",
    "មេសា",
    "ឧសភា",
    "មិថុនា",
    "កក្កដា",
    "សីហា",
    "កញ្ញា",
    "តុលា",
    "វិច្ឆិកា",
    "ធ្នូ",
)
LUNAR_MONTHS = (
    "មិគសិរ",
    "បុស្ស",
    "មាឃ",
    "ផល្គុន",
    "ចេត្រ",
    "ពិសាខ",
    "ជេស្ឋ",
    "អាសាឍ",
    "ស្រាពណ៍",
    "ភទ្របទ",
    "អស្សុជ",
    "កត្ដិក",
    "បឋមាសាឍ",
    "ទុតិយាសាឍ",
)
ANIMALS = ("ជូត", "ឆ្លូវ", "ខាល", "ថោះ", "រោង", "ម្សាញ់", "មមី", "មមែ", "វក", "រកា", "ច", "កុរ")
SAKS = (
    "សំរឹទ្ធិស័ក",
    "ឯកស័ក",
    "ទោស័ក",
    "ត្រីស័ក",
    "ចត្វាស័ក",
    "បញ្ចស័ក",
    "ឆស័ក",
    "សប្តស័ក",
    "អដ្ឋស័ក",
    "នព្វស័ក",
)
WEEKDAYS = ("ចន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ")  # Monday first
PHASES = ("កើត", "រោច")

# Month indexes (as in the reference).
BOSS, CHEIT, PISAKH, JESTH, SRAP, KADEUK = 1, 4, 5, 6, 8, 11
PATHAMASADH, TUTIYASADH = 12, 13

# New Year moments the reference takes from published almanacs instead of computing them.
_NEW_YEAR_OVERRIDES = {
    1879: (dt.date(1879, 4, 12), 11, 36),
    1897: (dt.date(1897, 4, 13), 2, 0),
    2011: (dt.date(2011, 4, 14), 13, 12),
    2012: (dt.date(2012, 4, 14), 19, 11),
    2013: (dt.date(2013, 4, 14), 2, 12),
    2014: (dt.date(2014, 4, 14), 8, 7),
    2015: (dt.date(2015, 4, 14), 14, 2),
    2024: (dt.date(2024, 4, 13), 22, 17),
}


def khmer_digits(text: str) -> str:
    return text.translate(KHMER_DIGITS)


# --- the year's constants, by Buddhist Era year ------------------------------------------------
def _aharkun(be: int) -> int:
    return (be * 292207 + 499) // 800 + 4


def _kromthupul(be: int) -> int:
    return 800 - (be * 292207 + 499) % 800


def _avoman(be: int) -> int:
    return (_aharkun(be) * 11 + 25) % 692


def _bodithey(be: int) -> int:
    aharkun = _aharkun(be)
    return ((aharkun * 11 + 25) // 692 + aharkun + 29) % 30


def _leap_day_by_calculation(be: int) -> bool:
    avoman = _avoman(be)
    if avoman == 0 and _avoman(be - 1) == 137:
        return True
    if _kromthupul(be) <= 207:  # a 366-day solar year
        return avoman < 127
    if avoman == 137 and _avoman(be + 1) == 0:
        return False
    return avoman < 138


def _leap_month(be: int) -> bool:
    bodithey, following = _bodithey(be), _bodithey(be + 1)
    if bodithey == 25 and following == 5:
        return False
    return (bodithey == 24 and following == 6) or bodithey >= 25 or bodithey < 6


@cache
def leap_type(be: int) -> int:
    """0: a common year; 1: a leap month (អធិកមាស); 2: a leap day (ចន្ទ្រាធិមាស).

    A leap day that falls in a leap-month year moves to the next year without a leap month.
    """
    if _leap_month(be):
        return 1
    if _leap_day_by_calculation(be):
        return 2
    if _leap_month(be - 1):
        previous = be - 1
        while True:
            if _leap_day_by_calculation(previous):
                return 2
            previous -= 1
            if not _leap_month(previous):
                return 0
    return 0


def days_in_month(month: int, be: int) -> int:
    kind = leap_type(be)
    if month == JESTH and kind == 2:
        return 30
    if month in (PATHAMASADH, TUTIYASADH):
        return 30 if kind == 1 else 0
    return 29 if month % 2 == 0 else 30


def days_in_year(be: int) -> int:
    return {1: 384, 2: 355}.get(leap_type(be), 354)


def next_month(month: int, be: int) -> int:
    if month == JESTH and leap_type(be) == 1:
        return PATHAMASADH
    if month == KADEUK:
        return 0
    if month == PATHAMASADH:
        return TUTIYASADH
    if month == TUTIYASADH:
        return SRAP
    return month + 1


def _maybe_be(year: int, month: int) -> int:
    return year + 543 if month <= 4 else year + 544


# --- days ------------------------------------------------------------------------------------
@cache
def _year_starts() -> tuple[int, ...]:
    """Ordinals of the epoch after 0, 1, 2, ... whole Khmer years (the reference's walk)."""
    starts = [FIRST.toordinal()]
    while starts[-1] <= LAST.toordinal() + 400:
        here = dt.date.fromordinal(starts[-1])
        starts.append(starts[-1] + days_in_year(_maybe_be(here.year + 1, here.month)))
    return tuple(starts)


def _month_and_day(day: dt.date) -> tuple[int, int]:
    """(lunar month index, day number 0..29 where 0-14 are 1..15 កើត) of `day`."""
    target = day.toordinal()
    starts = _year_starts()
    epoch = starts[0]
    if target > epoch:
        epoch = starts[bisect.bisect_left(starts, target) - 1]
    diff = target - epoch
    month = BOSS
    while diff > 0:
        here = dt.date.fromordinal(epoch)
        length = days_in_month(month, _maybe_be(here.year, here.month))
        if diff <= length:
            break
        diff -= length
        epoch += length
        month = next_month(month, _maybe_be(here.year, here.month))
    final_be = _maybe_be(day.year, day.month)
    length = days_in_month(month, final_be)
    if diff >= length:
        diff %= length
        month = next_month(month, final_be)
    return month, diff


@cache
def visak_bochea_end(year: int) -> dt.date:
    """1រោច ខែពិសាខ of `year`: the first day of the new Buddhist Era year."""
    day = dt.date(year, 4, 1)
    while day.month <= 6:
        if _month_and_day(day) == (PISAKH, 15):
            return day
        day += dt.timedelta(days=1)
    return dt.date(year, 4, 15)  # the reference's fallback; never reached in 1900-2100


# --- the New Year (Songkran) -----------------------------------------------------------------
def _aharkun_js(js: int) -> int:
    return (js * 292207 + 373) // 800 + 1


def _avoman_js(js: int) -> int:
    return (_aharkun_js(js) * 11 + 650) % 692


def _kromthupul_js(js: int) -> int:
    return 800 - (292207 * js + 373) % 800


def _bodithey_js(js: int) -> int:
    aharkun = _aharkun_js(js)
    return (aharkun + (11 * aharkun + 650) // 692) % 30


def _adhikameas(js: int) -> bool:
    bodithey, following = _bodithey_js(js), _bodithey_js(js + 1)
    if bodithey == 24 and following == 6:
        return True
    if bodithey == 25 and following == 5:
        return False
    return bodithey > 24 or bodithey < 6


def _chantrathimeas(js: int) -> bool:
    avoman = _avoman_js(js)
    if avoman == 0 and _avoman_js(js - 1) == 137:
        return True
    if _kromthupul_js(js) <= 207:
        return avoman < 127
    if avoman == 137 and _avoman_js(js + 1) == 0:
        return False
    return avoman < 138


def _sun_angsar_libda(js: int, sotin: int) -> tuple[int, int]:
    """(angsar, libda) of the sun's inauguration on day `sotin` of the solar year."""
    r2 = 800 * sotin + _kromthupul_js(js - 1)
    reasey = r2 // 24350
    r3 = r2 % 24350
    angsar = r3 // 811
    libda = (r3 % 811) // 14 - 3
    average = 1800 * reasey + 60 * angsar + libda
    left = average - (1800 * 2 + 60 * 20)
    if average < 1800 * 2 + 60 * 20:
        left += 1800 * 12
    kaen = left // 1800
    if kaen <= 2:
        rs = kaen
    elif kaen <= 5:
        rs = 1800 * 6 - left
    elif kaen <= 8:
        rs = left - 1800 * 6
    else:
        rs = (1800 * 11 + 60 * 29 + 60) - left
    last_reasey, last_angsar, last_libda = rs // 1800, (rs % 1800) // 60, rs % 60
    if last_angsar >= 15:
        khan = 2 * last_reasey + 1
        pouichalip = 60 * (last_angsar - 15) + last_libda
    else:
        khan = 2 * last_reasey
        pouichalip = 60 * last_angsar + last_libda
    table = ((35, 0), (32, 35), (27, 67), (22, 94), (13, 116), (5, 129))
    multiplicity, chhaya = table[khan] if khan <= 5 else (0, 134)
    phol = (pouichalip * multiplicity) // 900 + chhaya
    sun = average - phol if kaen <= 5 else average + phol
    return (sun % 1800) // 60, sun % 60


@dataclass(frozen=True)
class NewYear:
    songkran: dt.date  # Moha Songkran, the first day
    leung_sak: dt.date  # the last day, when the ស័ក changes
    hour: int
    minute: int


@cache
def new_year(year: int) -> NewYear:
    """Khmer New Year of Gregorian `year` (13 or 14 April in our time)."""
    js = year - 638
    sotins = [363, 364, 365, 366] if _kromthupul_js(js - 1) <= 207 else [362, 363, 364, 365]
    suns = [_sun_angsar_libda(js, s) for s in sotins]
    hour = minute = 0
    for angsar, libda in suns:
        if angsar == 0:
            minutes = 24 * 60 - libda * 24
            hour, minute = (minutes // 60) % 24, minutes % 60
            break
    bodithey = _bodithey_js(js)
    if _adhikameas(js - 1) and _chantrathimeas(js - 1):
        bodithey = (bodithey + 1) % 30
    leung_sak_day, leung_sak_month = (bodithey - 1, CHEIT) if bodithey >= 6 else (bodithey, PISAKH)
    days = 4 if suns[0][0] == 0 else 3
    month, number = _month_and_day(dt.date(year, 4, 17))
    from_epoch = ((month - 4) * 29 + number) - ((leung_sak_month - 4) * 29 + leung_sak_day)
    songkran = dt.date(year, 4, 17) - dt.timedelta(days=from_epoch + days - 1)
    if year in _NEW_YEAR_OVERRIDES:
        songkran, hour, minute = _NEW_YEAR_OVERRIDES[year]
    return NewYear(songkran, songkran + dt.timedelta(days=days - 1), hour, minute)


# --- a whole date ----------------------------------------------------------------------------
@dataclass(frozen=True)
class LunarDate:
    day: int  # 1..15
    waning: bool  # False: កើត (waxing), True: រោច
    month: int  # index into LUNAR_MONTHS (12, 13: the two អាសាឍ of a leap-month year)
    be_year: int  # Buddhist Era (ព.ស.)
    animal: int  # index into ANIMALS
    sak: int  # index into SAKS
    weekday: int  # 0 = Monday

    @property
    def day_number(self) -> int:
        """0..29 within the lunar month."""
        return self.day - 1 + (15 if self.waning else 0)

    def text(self, *, digits: bool = True) -> str:
        """As official letters write it: ថ្ងៃសៅរ៍ ១៥កើត ខែពិសាខ ឆ្នាំកុរ ឯកស័ក ព.ស.២៥៦២."""
        out = (
            f"ថ្ងៃ{WEEKDAYS[self.weekday]} {self.day}{PHASES[self.waning]} "
            f"ខែ{LUNAR_MONTHS[self.month]} ឆ្នាំ{ANIMALS[self.animal]} {SAKS[self.sak]} "
            f"ព.ស.{self.be_year}"
        )
        return khmer_digits(out) if digits else out


def lunar_date(day: dt.date) -> LunarDate | None:
    """The Khmer lunar date of `day`; None outside 1900-2100."""
    if not FIRST <= day <= LAST:
        return None
    month, number = _month_and_day(day)
    visak = visak_bochea_end(day.year)
    be = day.year + 544 if day >= visak else day.year + 543
    animal = (be + 4) % 12
    js = be - 1182
    ny = new_year(day.year)
    if ny.songkran <= day < visak:
        animal = (animal + 1) % 12
    if ny.leung_sak <= day < visak:
        js += 1
    return LunarDate(
        day=number % 15 + 1,
        waning=number >= 15,
        month=month,
        be_year=be,
        animal=animal,
        sak=js % 10,
        weekday=day.weekday(),
    )
