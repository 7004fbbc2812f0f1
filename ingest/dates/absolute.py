"""Dates and months written out: ISO and numeric dates, day-month-year in both orders, a month with or
without its year, year ranges, ISO weeks, a bare year."""
from __future__ import annotations

import datetime as dt
import re

from ..lexicons import function_words
from .grammar import OLD_YEAR
from .reckoning import (
    D,
    _day,
    _month_year,
    add,
    full_year,
    lean_at,
    likely_year,
    month_bounds,
    toward_of,
    year_of_relative,
    year_of_weekday,
)
from .words import (
    amount_follows,
    counted_follows,
    day_in_words,
    day_number,
    digits_day_month,
    quantity_follows,
    two_digit_year,
)


def r_iso(m, g, pub, lang, text):
    d = _day(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return (d, d, "day", "point") if d else None


def r_compact_iso(m, g, pub, lang, text):
    """'20161016', 'report-20170302.html': a day written as eight digits, unless it counts something."""
    return None if quantity_follows(text, m.end(), lang, g) else r_iso(m, g, pub, lang, text)


def r_iso_named(m, g, pub, lang, text):
    """'2019-aug-01', '22/Jan/2019': a day written year-month-day or day/month/year with the month's name."""
    month = g["months"][(m.group("month") or m.group("month2")).lower()]
    d = _day(int(m.group("year") or m.group("year2")), month, int(m.group("day") or m.group("day2")))
    return (d, d, "day", "point") if d else None


def r_numeric(m, g, pub, lang, text):
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if y < 100:  # two-digit years: the century that puts the date nearest the publication date
        ref = (pub or D.today()).year
        y = min((c + y for c in (ref // 100 * 100 - 100, ref // 100 * 100)), key=lambda c: abs(c - ref) if c <= ref + 20 else 999)
    day, month = (b, a) if lang == "en" and m.group("sep") != "." else (a, b)  # US order in English
    d = _day(y, month, day) or _day(y, day, month)
    return (d, d, "day", "point") if d else None


def r_dmy(m, g, pub, lang, text):
    if m.group("year") and re.fullmatch(OLD_YEAR, m.group("year")) and (
            amount_follows(text, m.end(), lang) or counted_follows(text, m.end(), lang)):
        return None  # "op 3 maart 1500 satellieten": a count, not the year 1500
    if re.search(r"[$€£¥]\s*$", text[max(0, m.start() - 3):m.start()]):
        return None  # "bought it for $12 December 27": the 12 is money
    month = g["months"][m.group("month").lower().rstrip(".")]
    day = day_number(m.group("day"), g) or day_in_words(m.group("day"), lang)
    if not day:
        return None
    if m.groupdict().get("yy"):  # "15 April of 87", "31-Oct-74"
        if quantity_follows(text, m.end(), lang, g):
            return None
        d = _day(full_year(m.group("yy"), pub), month, day)
        return (d, d, "day", "point") if d else None
    y = int(m.group("year")) if m.group("year") else (
        year_of_weekday(month, day, m.groupdict().get("wd") or m.groupdict().get("wd2"), g, pub) or likely_year(month, day, pub, lean_at(m, g)))
    if y is None:
        return (None, None, "day", "point")
    d = _day(y, month, day)
    return (d, d, "day", "point") if d else None


def r_mdy(m, g, pub, lang, text):
    if m.group("month").lower() in function_words("months_that_are_words") and not m.group("year") \
            and m.group("month")[0].islower():
        return None
    if not m.group("year") and quantity_follows(text, m.end(), lang, g):
        return None  # "in februari 5 miljard dollar", "in February 5 billion dollars", "in May 2 to 3 percent"
    return r_dmy(m, g, pub, lang, text)


def r_month_year(m, g, pub, lang, text):
    if m.group("yy") and not (two_digit_year(m.group("yy"), m.group("of")) and not quantity_follows(text, m.end(), lang, g)):
        return None  # "August 15" is a day; "August 99", "April of 87" a year
    month = g["months"][m.group("month").lower().rstrip(".")]
    lo, hi = month_bounds(full_year(m.group("year"), pub), month)
    return (lo, hi, "month", "point")


def r_year_range(m, g, pub, lang, text):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 <= y1 or m.group("conn").lower() in function_words("and_words") and not m.group("opener"):
        return None  # "in 2007 and 2009": two years
    if re.search(r"\d[-–/]$", text[:m.start()]) or re.match(r"[-–/]\d", text[m.end():]):
        return None  # "+86 138-2010-2015": a phone number or a code
    return (D(y1, 1, 1), D(y2, 12, 31), "range", "point")


def r_year_month(m, g, pub, lang, text):
    month = g["months"][m.group("month").lower()]
    return (*month_bounds(int(m.group("year")), month), "month", "point")


def r_month_range(m, g, pub, lang, text):
    """'van mei tot september', 'jan-feb 2017', 'between March and May'."""
    if m.group("conn").lower() in function_words("and_words") and not m.group("opener"):
        return None
    m1, m2 = (g["months"][m.group(k).lower().rstrip(".")] for k in ("m1", "m2"))
    if m.group("year"):
        y2 = int(m.group("year"))
        y1 = y2 if m1 <= m2 else y2 - 1
    else:
        y1 = likely_year(m1, None, pub, lean_at(m, g), until=m2)
        if y1 is None:
            return (None, None, "range", "point")
        y2 = y1 if m2 >= m1 else y1 + 1
    return (D(y1, m1, 1), month_bounds(y2, m2)[1], "range", "point")


def r_iso_week(m, g, pub, lang, text):
    wk = int(m.group("wk"))
    y = int(m.group("year")) if m.group("year") else None if pub is None else \
        year_of_relative(m.group("relyear"), g, pub) if m.group("relyear") else pub.year
    if y is None or not 1 <= wk <= 53:
        return None
    try:
        monday = D.fromisocalendar(y, wk, 1)
    except ValueError:
        return None
    return (monday, monday + dt.timedelta(days=6), "week", "point")


def r_year(m, g, pub, lang, text):
    y = int(m.group("year"))
    after = text[m.end():m.end() + 12].lower()
    if re.match(r"\s*(?:%|procent|percent|euro|dollar|ton|km|kg)\b", after):
        return None
    return (D(y, 1, 1), D(y, 12, 31), "year", "point")


def r_far_year(m, g, pub, lang, text):
    """'in 2150', 'tegen 2101': a year past this century only after a word that puts a time there."""
    before = text[max(0, m.start() - 12):m.start()].lower().split()
    if int(m.group("year")) <= 2100 or not before or before[-1] not in g["words_before_times"] \
            or quantity_follows(text, m.end(), lang, g):
        return None
    return r_year(m, g, pub, lang, text)


def r_month(m, g, pub, lang, text):
    word = m.group("month")
    before = text[max(0, m.start() - 20):m.start()].lower()
    has_ref = re.search(r"\b(?:in|sinds|vanaf|tegen|rond|tot|voor|begin|eind|medio|since|from|by|until|"
                        r"around|before|after|during|early|late|mid|of|na|as soon as|as early as|as late as|"
                        r"al in|pas in|uiterlijk in|to|through|throughout|naar|tot en met|t/m)\s+$", before)
    if not has_ref and (g["month_needs_ref"] or word[0].isupper() and lang == "en"):
        return None
    if not has_ref and len(word) < 4:
        return None
    if lang == "en" and word.lower() == "may" and word != "May":
        return None  # "in may be": the verb
    month = g["months"][word.lower()]
    y = likely_year(month, None, pub, lean_at(m, g))
    if y is None:
        return (None, None, "month", "point")
    lo, hi = month_bounds(y, month)
    return (lo, hi, "month", "point")


def r_numeric_month(m, g, pub, lang, text):
    month, year = int(m.group("m1") or m.group("m2")), int(m.group("y1") or m.group("y2"))
    if not 1 <= month <= 12 or quantity_follows(text, m.end(), lang, g):
        return None  # "in 2016 - 12 bedrijven"
    return (*month_bounds(year, month), "month", "point")


def r_numeric_day_month(m, g, pub, lang, text):
    """'op 22-4', 'on 4/22', 'maandag 12-4', 'per 01/03': a day and month in digits is a date where a word
    before says so or a leading zero does, never before a quantity ('op 3-5 procent')."""
    a, b, sep = m.group("a"), m.group("b"), m.group("sep")
    cue = (m.group("cue") or "").lower()
    if sep == "." and cue not in g["dotted_date_cues"] and not m.group("wd"):
        return None  # "5.12" is a decimal unless "op 5.12"
    if not (cue or m.group("wd") or m.group("mod2")) and not (sep != "." and "0" in (a[0], b[0])):
        return None
    if sep == "/" and int(a) >= 24 and int(b) <= 7 or quantity_follows(text, m.end(), lang, g):
        return None  # "24/7" is not a date
    md = digits_day_month(a, b, lang)
    if md is None:
        return None
    month, day = md
    mod = (m.group("mod") or m.group("mod2") or "").lower()
    y = int(m.group("year")) if m.group("year") else (
        year_of_weekday(month, day, m.group("wd"), g, pub) or (pub.year if pub and mod in g["this"] else None)
        or likely_year(month, day, pub, toward_of(m, g, mod)))  # "deze 12/5": this year's
    if y is None:
        return (None, None, "day", "point")
    d = _day(y, month, day)
    return (d, d, "day", "point") if d else None


def r_numeric_day_range(m, g, pub, lang, text):
    """'van 1-10 tot 7-11', 'tussen 1-10 en 7-11', '14/10 - 15/10', 'from 10/1 to 11/7, 2017'."""
    opener, conn = (m.group("opener") or "").lower(), m.group("conn").lower()
    if not opener and (m.group("sep") == "-" or conn in g["and_words"]):
        return None  # "1-2 en 3-4": scores or counts
    if quantity_follows(text, m.end(), lang, g):
        return None
    first, last = digits_day_month(m.group("a1"), m.group("b1"), lang), digits_day_month(m.group("a2"), m.group("b2"), lang)
    if first is None or last is None:
        return None
    year = m.group("year") or m.group("year2")
    if year:
        y2 = full_year(year, pub)
        y1 = y2 - (first > last)
    else:
        if pub is None:
            return (None, None, "range", "point")
        running = [y for y in (pub.year - 1, pub.year) if (lo := _day(y, *first)) and (hi := _day(y + (first > last), *last))
                   and lo <= pub <= hi]
        y1 = running[0] if running else likely_year(first[0], first[1], pub, lean_at(m, g))  # a range still running is this one
        y2 = y1 + (first > last)
    lo, hi = _day(y1, *first), _day(y2, *last)
    return (lo, hi, "range", "point") if lo and hi and lo < hi else None


def r_day_range(m, g, pub, lang, text):
    d1, d2 = day_number(m.group("d1"), g), day_number(m.group("d2"), g)
    if not d1 or not d2 or d2 <= d1 or quantity_follows(text, m.end(), lang, g):
        return None  # "in May 2 to 3 percent"
    month, y = _month_year(m, g, pub, d1)
    if y is None:
        return (None, None, "range", "point")
    lo, hi = _day(y, month, d1), _day(y, month, d2)
    return (lo, hi, "range", "point") if lo and hi else None


def r_ordinal_day(m, g, pub, lang, text):
    d = day_number(m.group("day"), g)
    if not d:
        return None
    relmonth = m.group("relmonth") or m.group("relmonth2")
    if relmonth:  # "the 15th of next month", "de 20e van volgende maand", "the 21st this month"
        if pub is None:
            return (None, None, "day", "point")
        first = add(D(pub.year, pub.month, 1), "month", g["relative_months"][" ".join(relmonth.lower().split())])
        found = _day(first.year, first.month, d)
        return (found, found, "day", "point") if found else None
    month, y = _month_year(m, g, pub, d)
    if y is None:
        return (None, None, "day", "point")
    found = _day(y, month, d)
    return (found, found, "day", "point") if found else None


def r_fiscal_year(m, g, pub, lang, text):
    """'fiscal 2026', 'the 2026 fiscal year', 'boekjaar 2026': read as the calendar year until the text says when it
    ends (ranges.periods_ended_on)."""
    y = int(m.groupdict().get("year") or m.group("year2"))
    return (D(y, 1, 1), D(y, 12, 31), "year", "point")
