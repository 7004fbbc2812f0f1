"""Parts of a period: quarters, halves, 'begin mei', 'late 2025', decades and centuries, 'the first
six months of the year', the nth week or weekday of a month."""
from __future__ import annotations

import datetime as dt
import re

from ..lexicons import function_words
from .reckoning import (
    D,
    _day,
    _month_year,
    _year_or_pub,
    add,
    last_of_year,
    lean_at,
    likely_year,
    month_bounds,
    nth_weekday,
    relative_month_bounds,
    relative_offset,
    weeks_within,
    year_of_relative,
    year_the_tense_points_to,
)
from .words import amount_follows, counted_follows, part_name, to_number


def r_first_months(m, g, pub, lang, text):
    """'de eerste negen maanden van 2025', 'the first eight months of the year', 'the first 2 weeks of 2021';
    from the end: 'the last four months of 2021', 'de laatste drie weken van dit jaar'."""
    n = to_number(m.group("n1"), lang)
    unit = g["units"][m.group("unit").lower()]
    which = g["ordinals"][m.group("ord").lower()]
    if n is None or n != int(n) or n < 1 or unit not in ("month", "week", "day") or which not in (1, -1):
        return None
    if m.group("year"):
        y = int(m.group("year"))
    elif pub is None:
        return (None, None, "range", "point")
    else:
        y = year_of_relative(m.group("relyear"), g, pub) if m.group("relyear") else pub.year
    n = int(n)
    if which == -1:
        return last_of_year(y, unit, n)
    if unit == "month":
        return (D(y, 1, 1), month_bounds(y, min(12, n))[1], "range", "point")
    if unit == "week":
        mondays = weeks_within(D(y, 1, 1), D(y, 12, 31))
        return (mondays[0], mondays[min(n, len(mondays)) - 1] + dt.timedelta(days=6), "range", "point")
    return (D(y, 1, 1), D(y, 1, 1) + dt.timedelta(days=min(n, 366) - 1), "range", "point")


def r_quarter(m, g, pub, lang, text):
    q = int(m.group("qa") or m.group("q") or m.group("qd") or 0) or g["ordinals"].get((m.group("qord") or "").lower())
    if q is None:
        return None
    y = _year_or_pub(m.group("ybefore") or m.group("year"), pub, relative_offset(m, g))
    digit = "qa" if m.group("qa") else "q" if m.group("q") else None
    if digit and m.string[m.start(digit) - 1] in "kK" and not (m.group("year") or m.group("ybefore") or m.group("relyear")):
        return None  # "K3" alone is a name as often as a quarter; "K3 2016" is a quarter
    if q == -1 and not (m.group("year") or m.group("ybefore") or m.group("relyear")):
        return None  # "the last quarter": the quarter before this one (a relative expression)
    if q == -1:
        q = 4
    if q not in (1, 2, 3, 4) or y is None:
        return (None, None, "quarter", "point")
    if not (m.group("year") or m.group("ybefore") or m.group("relyear")):
        y = year_the_tense_points_to(y, 3 * q - 2, 3 * q, pub, lean_at(m, g))
    return (D(y, 3 * q - 2, 1), month_bounds(y, 3 * q)[1], "quarter", "point")


def r_half(m, g, pub, lang, text):
    h = int(m.group("ha") or m.group("h") or 0) or g["ordinals"].get((m.group("hord") or "").lower())
    if h not in (1, 2):
        return None
    if not (m.group("year") or m.group("ybefore")) and m.group("hord") is None:
        return None
    y = _year_or_pub(m.group("ybefore") or m.group("year"), pub, relative_offset(m, g))
    if y is None:
        return (None, None, "half", "point")
    if not (m.group("year") or m.group("ybefore") or m.group("relyear")):
        y = year_the_tense_points_to(y, 6 * h - 5, 6 * h, pub, lean_at(m, g))
    return (D(y, 6 * h - 5, 1), month_bounds(y, 6 * h)[1], "half", "point")


def r_part(m, g, pub, lang, text):
    part = part_name(m.group("part"), g)
    if part is None:
        return None
    if m.group("thedecade"):  # "tegen het einde van het decennium"
        if pub is None:
            return (None, None, "decade", "point")
        y = pub.year // 10 * 10
        a, b = DECADE_PARTS[part]
        return (D(y + a, 1, 1), D(y + b, 12, 31), "decade", "point")
    if m.group("theweek") or m.group("relweek"):
        if pub is None:
            return (None, None, "day", "point")
        offset = g["relative_weeks"][" ".join(m.group("relweek").lower().split())] if m.group("relweek") else 0
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
        first, last = WEEK_PART_DAYS[part]
        return (monday + dt.timedelta(days=first), monday + dt.timedelta(days=last), "day", "point")
    if m.group("themonth") or m.group("relmonth"):
        if pub is None:
            return (None, None, "month", "point")
        lo, hi = relative_month_bounds(m.group("relmonth"), g, pub)
        first, last = MONTH_PART_DAYS[part]
        return (lo + dt.timedelta(days=first - 1), min(hi, lo + dt.timedelta(days=last - 1)), "month", "point")
    if m.group("relyear") or m.group("theyear"):
        if pub is None:
            return (None, None, "month", "point")
        y = pub.year + relative_offset(m, g)
        first, last = YEAR_PART_MONTHS[part]
        return (D(y, first, 1), month_bounds(y, last)[1], "month", "point")
    if m.group("month"):
        month = g["months"][m.group("month").lower()]
        y = int(m.group("myear")) if m.group("myear") else year_of_relative(m.group("mrelyear"), g, pub) \
            if m.group("mrelyear") else likely_year(month, None, pub, lean_at(m, g))
        if y is None:
            return (None, None, "month", "point")
        lo, hi = month_bounds(y, month)
        precision = "month"
    else:
        y = int(m.group("year"))
        lo, hi = D(y, 1, 1), D(y, 12, 31)
        precision = "year"
    if precision == "month":  # a part of a month: the first, second or last ten days
        first, last = MONTH_PART_DAYS[part]
        return (lo + dt.timedelta(days=first - 1), min(hi, lo + dt.timedelta(days=last - 1)), precision, "point")
    first, last = YEAR_PART_MONTHS[part]  # a part of a year runs over whole months: early = January to April
    return (D(y, first, 1), month_bounds(y, last)[1], "year" if part == "around" else "month", "point")


MONTH_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "around": (1, 31)}


WEEK_PART_DAYS = {"early": (0, 1), "mid": (2, 3), "late": (4, 6), "around": (0, 6)}


YEAR_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "around": (1, 12)}


DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (7, 9), "around": (0, 9)}


def r_decade(m, g, pub, lang, text):
    """'the 2030s', 'mid-2030s', 'de jaren 2030': a decade, or a third of one."""
    y = int(m.group("dec") or m.group("dec2"))
    part = part_name(m.group("part0") or m.group("part") or m.group("part2"), g)
    a, b = DECADE_PARTS.get(part, (0, 9))
    return (D(y + a, 1, 1), D(y + b, 12, 31), "decade", "point")


def r_decade_words(m, g, pub, lang, text):
    """'the seventies', 'de jaren negentig': the decade of the century nearest before the publication year;
    'the nineteen seventies', 'de jaren tweeduizend tien': of the century named."""
    word = m.group("dw").lower()
    if amount_follows(text, m.end(), lang) or counted_follows(text, m.end(), lang):
        return None  # "al jaren zestig procent"
    dd = g["decade_words"].get(word, g["decade_words_after_century"].get(word))
    if m.group("cent"):
        century = g["decade_centuries"][" ".join(m.group("cent").lower().split())]
        return None if dd >= 100 else (D(century + dd, 1, 1), D(century + dd + 9, 12, 31), "decade", "point")
    if word in g["decade_words_after_century"]:
        return None  # "the tens" alone names no decade
    if dd >= 100:  # "the two thousands"
        return (D(dd, 1, 1), D(dd + 9, 12, 31), "decade", "point")
    now = pub.year if pub else 2000
    y = 2000 + dd if 2000 + dd <= now else 1900 + dd
    return (D(y, 1, 1), D(y + 9, 12, 31), "decade", "point")


def r_century(m, g, pub, lang, text):
    c = int(m.group("c"))
    if not 1 <= c <= 22:
        return None
    return (D(max(1, (c - 1) * 100), 1, 1), D((c - 1) * 100 + 99, 12, 31), "century", "point")


def r_short_decade(m, g, pub, lang, text):
    """'de jaren '90', "the '20s": the latest such decade that has begun by the publication year."""
    dd = int(m.group("dd") or m.group("dd2") or m.group("dd3") or m.group("dd4")) * 10
    now = pub.year if pub else 2000 + dd
    y = 2000 + dd if 2000 + dd <= now else 1900 + dd
    return (D(y, 1, 1), D(y + 9, 12, 31), "decade", "point")


def r_nth_in_month(m, g, pub, lang, text):
    nth_word = m.group("nth").lower()
    n = -1 if nth_word in function_words("last", "time_pattern_words") else (g["day_ordinals"].get(nth_word) or int(re.match(r"\d", nth_word).group()))
    if m.group("relmonth") or m.group("themonth"):  # "the first Friday of next month", "of the month"
        if pub is None:
            return (None, None, "day", "point")
        offset = g["relative_months"][" ".join(m.group("relmonth").lower().split())] if m.group("relmonth") else 0
        first = add(D(pub.year, pub.month, 1), "month", offset)
        month, y = first.month, first.year
    else:
        month, y = _month_year(m, g, pub, None)
    if y is None:
        return (None, None, "day", "point")
    what = m.group("what").lower()
    if what in g["weekdays"]:
        d = nth_weekday(y, month, g["weekdays"][what], n)
        return (d, d, "day", "point") if d else None
    unit = g["nth_units"].get(what)
    lo, hi = month_bounds(y, month)
    if unit == "day":
        d = hi if n == -1 else _day(y, month, n)
        return (d, d, "day", "point") if d else None
    if unit == "week":
        if n == -1:
            end = hi - dt.timedelta(days=(hi.weekday() - 6) % 7)
            return (end - dt.timedelta(days=6), end, "week", "point")
        first_monday = lo + dt.timedelta(days=(0 - lo.weekday()) % 7)
        start = first_monday + dt.timedelta(weeks=n - 1)
        return (start, start + dt.timedelta(days=6), "week", "point")
    return None


def r_nth_week(m, g, pub, lang, text):
    """'de derde week van 2018', 'the first week of this month', 'the second last week of October 2018'."""
    word = m.group("nth").lower()
    n = 1 if word in function_words("last", "time_pattern_words") else g["day_ordinals"].get(word) or int(re.match(r"\d+", word).group())
    from_end = word in function_words("last", "time_pattern_words") or bool(m.group("fromend"))
    if m.group("monthword"):  # "the third month of 2021", "de 9e maand van volgend jaar"
        if m.group("month") or m.group("relmonth") or m.group("themonth") or n > 12:
            return None
        y = int(m.group("year")) if m.group("year") else None if pub is None else \
            year_of_relative(m.group("relyear"), g, pub) if m.group("relyear") else pub.year
        if y is None:
            return (None, None, "month", "point")
        lo, hi = month_bounds(y, 13 - n if from_end else n)
        return (lo, hi, "month", "point")
    if m.group("month"):
        month = g["months"][m.group("month").lower()]
        y = int(m.group("myear")) if m.group("myear") else likely_year(month, None, pub, lean_at(m, g))
        if y is None:
            return None
        lo, hi = month_bounds(y, month)
    elif m.group("year"):
        lo, hi = D(int(m.group("year")), 1, 1), D(int(m.group("year")), 12, 31)
    elif pub is None:
        return None
    elif m.group("relyear") or m.group("theyear"):
        y = year_of_relative(m.group("relyear"), g, pub) if m.group("relyear") else pub.year
        lo, hi = D(y, 1, 1), D(y, 12, 31)
    else:
        lo, hi = relative_month_bounds(m.group("relmonth"), g, pub)
    mondays = weeks_within(lo, hi)
    if not 1 <= n <= len(mondays):
        return None
    monday = mondays[-n] if from_end else mondays[n - 1]
    return (monday, monday + dt.timedelta(days=6), "week", "point")
