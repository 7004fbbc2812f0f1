"""Date arithmetic and the year a date without one falls in: the tense and the words before it say
whether it looks back or ahead."""
from __future__ import annotations

import calendar
import datetime as dt

from ..tense import lean

D = dt.date


def add(d: D, unit: str, n: float) -> D:
    if unit == "day":
        return d + dt.timedelta(days=round(n))
    if unit == "week":
        return d + dt.timedelta(days=round(7 * n))
    if unit == "fortnight":
        return d + dt.timedelta(days=round(14 * n))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
    months = round(months)
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    return D(year, m + 1, min(d.day, calendar.monthrange(year, m + 1)[1]))


def month_bounds(y: int, m: int) -> tuple[D, D]:
    return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])


def likely_year(month: int, day: int | None, pub: D | None, toward: str | None,
                until: int | None = None) -> int | None:
    """The year of a month (and day) named without one: the last such date up to the publication date
    when the sentence looks back, the next one from it when it looks ahead, else the nearest one.
    With `until` (the last month of a range, 'van mei tot september') a range still running counts
    both as looking back and ahead."""
    if pub is None:
        return None
    if month == 2 and day == 29:  # "29 feb": a leap year
        years = [y for y in range(pub.year - 4, pub.year + 5) if calendar.isleap(y)]
    else:
        years = [pub.year - 1, pub.year, pub.year + 1]
    def first_day(y):
        return D(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
    def last_day(y):
        if until:
            return month_bounds(y + (until < month), until)[1]
        return D(y, month, min(day or 31, calendar.monthrange(y, month)[1]))
    if until and any(first_day(y) <= pub <= last_day(y) for y in years):
        return next(y for y in years if first_day(y) <= pub <= last_day(y))
    if toward == "past":
        return max(y for y in years if first_day(y) <= pub)
    if toward == "future":
        return min(y for y in years if last_day(y) >= pub)
    return min(years, key=lambda y: min(abs((first_day(y) - pub).days), abs((last_day(y) - pub).days)))


def pick(back, ahead, pub: D, toward: str | None, day=lambda d: d):
    """Of the last such day up to the publication date and the next one from it: the one the tense
    points to, else the nearer (a tie goes back: news mostly reports)."""
    if toward == "past" or ahead is None:
        return back
    if toward == "future" or back is None:
        return ahead
    return back if (pub - day(back)) <= (day(ahead) - pub) else ahead


def lean_at(m, g) -> str | None:
    """Which way a date without its year or week points: 'sinds maart' and the past tense look back,
    'tegen maart' and 'zal' ahead."""
    told = lean(m.string, m.start(), m.end(), g["lang"])
    if told:
        return told  # "By June he was promising ...": the tense first
    before = g["ref_re"].search(m.string[max(0, m.start() - 25):m.start()])
    if before:
        kind = g["references"][before.group("ref").lower()]
        if kind == "since" and before.group("ref").lower() not in g["range_openers"]:  # "from July 13-15": a range
            return "past"
        if kind in ("deadline", "until") and before.group("ref").lower() not in g["ambiguous_references"]:
            return "future"
    return None


def year_before(d: D) -> D:
    return d.replace(year=d.year - 1, day=min(d.day, calendar.monthrange(d.year - 1, d.month)[1]))


def add_all(d: D, parts, sign: int = 1) -> D:
    for unit, n in parts:
        d = add(d, unit, sign * n)
    return d


def last_of_year(y: int, unit: str, n: int):
    if unit == "month":
        return (D(y, max(1, 13 - n), 1), D(y, 12, 31), "range", "point")
    if unit == "week":
        mondays = [d for d in weeks_within(D(y, 1, 1), D(y, 12, 31)) if d + dt.timedelta(days=6) <= D(y, 12, 31)]
        return (mondays[-min(n, len(mondays))], mondays[-1] + dt.timedelta(days=6), "range", "point")
    return (D(y, 12, 31) - dt.timedelta(days=min(n, 366) - 1), D(y, 12, 31), "range", "point")


def _year_or_pub(s, pub, offset: int = 0):
    if s:
        return full_year(s, pub)
    return pub.year + offset if pub else None


def full_year(s: str, pub: D | None) -> int:
    """'2021', "'21", "'99": a two-digit year is the one within ten years ahead of the publication or before."""
    y = int(s.lstrip("'’"))
    if y >= 100:
        return y
    return 2000 + y if 2000 + y <= (pub.year if pub else 2000) + 10 else 1900 + y


def relative_offset(m, g) -> int:
    """'van dit jaar', 'of last year': years from the publication year."""
    word = m.groupdict().get("relyear")
    return g["relative_years"][" ".join(word.lower().split())] if word else 0


def year_the_tense_points_to(y: int, first_month: int, last_month: int, pub: D, toward: str | None) -> int:
    """'In Q4 it sold', said in September: last year's; 'H1 will bring', said in July: next year's."""
    if toward == "past" and D(y, first_month, 1) > pub:
        return y - 1
    if toward == "future" and month_bounds(y, last_month)[1] < pub:
        return y + 1
    return y


def _day(y, mo, d):
    try:
        return D(y, mo, d)
    except ValueError:
        return None


def year_of_weekday(month: int, day: int, weekday: str | None, g, pub: D | None) -> int | None:
    """'vrijdag 18 juli', 'Fri, Jul 18': of the years around the publication, the one where that day
    falls on that weekday."""
    if not weekday or pub is None:
        return None
    wd = g["weekdays"][weekday.lower().rstrip(".")]
    fits = [y for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _day(y, month, day)) and d.weekday() == wd]
    return fits[0] if len(fits) == 1 else None


def relative_month_bounds(phrase: str | None, g, pub: D) -> tuple[D, D]:
    """'volgende maand', 'last month'; None or 'deze maand' is the month of publication."""
    first = add(D(pub.year, pub.month, 1), "month", g["relative_months"].get(" ".join((phrase or "").lower().split()), 0))
    return month_bounds(first.year, first.month)


def year_of_relative(phrase: str, g, pub: D | None) -> int | None:
    """'vorig jaar' -> the year before the publication year."""
    if pub is None:
        return None
    return pub.year + g["relative_years"][" ".join(phrase.lower().split())]


def toward_of(m, g, mod: str | None) -> str | None:
    mod = (mod or "").lower()
    return "future" if mod in g["next"] else "past" if mod in g["last"] else lean_at(m, g)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> D | None:
    if n > 0:
        first = D(year, month, 1)
        d = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return d if d.month == month else None
    last = month_bounds(year, month)[1]
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def weekend_of(day: D) -> tuple | None:
    """The long weekend a holiday makes: Saturday to a Monday holiday, a Thursday or Friday holiday to Sunday,
    the Saturday and Sunday of a weekend holiday; none for a holiday midweek."""
    wd = day.weekday()
    if wd == 0:
        return (day - dt.timedelta(days=2), day, "range", "point")
    if wd in (3, 4):
        return (day, day + dt.timedelta(days=6 - wd), "range", "point")
    if wd in (5, 6):
        return (day - dt.timedelta(days=wd - 5), day + dt.timedelta(days=6 - wd), "range", "point")
    return None


def season_span(lo_md: str, hi_md: str, year: int) -> tuple[D, D]:
    """The season that starts in `year`: winter runs into the next year."""
    lo_m, lo_d = map(int, lo_md.split("-"))
    hi_m, hi_d = map(int, hi_md.split("-"))
    return D(year, lo_m, lo_d), D(year + (hi_m < lo_m), hi_m, hi_d)


def _month_year(m, g, pub, day):
    month = g["months"][m.group("month").lower().rstrip(".")]
    y = int(m.group("year")) if m.group("year") else likely_year(month, day, pub, lean_at(m, g))
    return month, y


def weeks_within(lo: D, hi: D) -> list[D]:
    """The Mondays of the weeks that belong to a period: those whose Thursday falls inside it
    (for a year these are its ISO weeks)."""
    thursday = lo + dt.timedelta(days=(3 - lo.weekday()) % 7)
    mondays = []
    while thursday <= hi:
        mondays.append(thursday - dt.timedelta(days=3))
        thursday += dt.timedelta(days=7)
    return mondays
