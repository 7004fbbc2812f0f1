"""Holidays and seasons: fixed, nth-weekday, Easter-bound (also Orthodox) and calendar-bound holidays,
'kerstweekend', 'the summer of 2027'."""
from __future__ import annotations

import datetime as dt
import functools
import re

from ..lexicons import function_words, lexicon_shared
from .reckoning import (
    D,
    _day,
    lean_at,
    nth_weekday,
    pick,
    season_span,
    weekend_of,
    year_of_relative,
)


def easter(year: int) -> D:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return D(year, month, day + 1)


def holiday_date(name: str, year: int, g) -> D | None:
    if name in g["holidays_fixed"]:
        mo, da = map(int, g["holidays_fixed"][name].split("-"))
        day = _day(year, mo, da)
        if day is not None and name in g["not_on_sunday"] and day.weekday() == 6:
            day -= dt.timedelta(days=1)  # Koningsdag moves to the Saturday
        return day
    if name in g["holidays_nth"]:
        month, weekday, n, *after = g["holidays_nth"][name]
        d = nth_weekday(year, month, weekday, n)
        return d + dt.timedelta(days=after[0]) if d and after else d
    return None


def easter_span(name: str, year: int, g) -> tuple[D, D] | None:
    """Days (or stretches, such as Lent) counted from Easter or Orthodox Easter."""
    if name in g["holidays_easter"]:
        base, offset = easter(year), g["holidays_easter"][name]
    elif name in g["holidays_orthodox"]:
        base, offset = orthodox_easter(year), g["holidays_orthodox"][name]
    else:
        return None
    lo, hi = offset if isinstance(offset, list) else (offset, offset)
    return base + dt.timedelta(days=lo), base + dt.timedelta(days=hi)


def orthodox_easter(year: int) -> D:
    """Easter by the Julian computus (Meeus), moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return D(year, month, day + 1) + dt.timedelta(days=year // 100 - year // 400 - 2)


def calendar_holiday(name: str, year: int, g) -> tuple[D, D] | None:
    """Holidays of lunar calendars ("Chinese New Year", "Eid al-Fitr", "Diwali") from the `holidays` package."""
    country, holiday, offset, days = g["holidays_calendar"][name]
    first = min((d for d, names in calendar_year(country, year) if holiday in names), default=None)
    if first is None:
        return None
    lo = first + dt.timedelta(days=offset)
    return lo, lo + dt.timedelta(days=days - 1)


@functools.lru_cache(maxsize=512)
def calendar_year(country: str, year: int) -> tuple[tuple[D, frozenset[str]], ...]:
    import holidays  # late: only articles that name such a holiday need it
    categories = lexicon_shared()["holiday_calendars"].get(country, ["public"])
    try:
        found = holidays.country_holidays(country, years=year, categories=tuple(categories), language="en_US")
    except (NotImplementedError, KeyError, ValueError):
        return ()
    return tuple((d, frozenset(re.sub(r"\s*\((?:observed|estimated)\)", "", part).strip() for part in re.split(r";| / ", label)))
                 for d, label in found.items())


def holiday_span(name: str, year: int, g) -> tuple[D, D] | None:
    if name in g["holidays_calendar"]:
        return calendar_holiday(name, year, g)
    if name in g["holidays_easter"] or name in g["holidays_orthodox"]:
        return easter_span(name, year, g)
    d = holiday_date(name, year, g)
    return (d, d) if d else None


def r_holiday(m, g, pub, lang, text):
    found = holiday_in_year(m, g, pub)
    if found and found[0] and (m.group("wkend") or m.group("wkend0")):
        return weekend_of(found[0]) or found  # "Labor Day weekend", "het weekend van Pinksteren"
    return found


def holiday_in_year(m, g, pub):
    name = " ".join(m.group("hol").lower().split())
    mod = (m.group("mod") or "").lower()
    year = m.group("year") or m.group("year2")  # "Halloween weekend 2021"
    if year or m.group("relyear") and pub:  # "Kerst 2025", "Thanksgiving of next year"
        y = int(year) if year else year_of_relative(m.group("relyear"), g, pub)
        span = holiday_span(name, y, g)
        return (*span, "day" if span[0] == span[1] else "range", "point") if span else None
    if pub is None:
        return (None, None, "day", "point")
    options = [s for s in (holiday_span(name, y, g) for y in (pub.year - 1, pub.year, pub.year + 1)) if s]
    if mod in g["next"]:
        span = next((s for s in options if s[0] > pub), None)
    elif mod in g["last"]:
        span = next((s for s in reversed(options) if s[0] < pub), None)
    else:
        span = pick(max((s for s in options if s[0] <= pub), default=None), min((s for s in options if s[0] >= pub), default=None),
                    pub, lean_at(m, g), day=lambda s: s[0])
    return (*span, "day" if span[0] == span[1] else "range", "point") if span else None


def r_season(m, g, pub, lang, text):
    lo_md, hi_md = g["seasons"][m.group("season").lower()]
    mod = (m.group("mod") or "").lower()
    if not m.group("year") and not mod and not m.group(0).lower().split()[0] in function_words("any_article", "time_pattern_words"):
        return None  # a bare "zomer" is often no date
    year = int(m.group("year")) if m.group("year") else (pub.year if pub else None)
    if year is None:
        return (None, None, "range", "point")
    lo, hi = season_span(lo_md, hi_md, year)
    if hi.year > lo.year and pub and not m.group("year") and pub.month <= hi.month:
        lo, hi = season_span(lo_md, hi_md, year - 1)  # "de winter" said in February began last year
    if mod in g["next"] and pub and lo <= pub:
        lo, hi = D(lo.year + 1, lo.month, lo.day), D(hi.year + 1, hi.month, hi.day)
    elif mod in g["last"] and pub and hi >= pub:
        lo, hi = D(lo.year - 1, lo.month, lo.day), D(hi.year - 1, hi.month, hi.day)
    return (lo, hi, "range", "point")


def r_this_season(m, g, pub, lang, text):
    """'this season', 'next season', 'vorig seizoen': the season of the calendar that holds the day of
    writing, or the one after or before it."""
    if pub is None:
        return (None, None, "range", "point")
    spans = sorted({season_span(lo_md, hi_md, y) for lo_md, hi_md in g["seasons"].values() for y in range(pub.year - 2, pub.year + 2)})
    now = next(i for i, (lo, hi) in enumerate(spans) if lo <= pub <= hi + dt.timedelta(days=1))
    mod = m.group("mod").lower()
    lo, hi = spans[now + (1 if mod in g["next"] else -1 if mod in g["last"] else 0)]
    return (lo, hi, "range", "point")
