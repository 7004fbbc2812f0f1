"""find_times(text, lang, published): the time expressions of a text, resolved against the publication date. Pure.

Each returns {start, end, text, period_start, period_end, precision, reference}; reference is point,
window, deadline, since or until. With no publication date, relative expressions keep NULL bounds:
never resolved against today. The patterns are tried in the order grammar() lists them; where two
overlap, the longer wins, then the earlier."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..spans import Occupied
from . import absolute, holidays, parts, relative
from .grammar import grammar
from .ranges import merge_time_ranges, periods_ended_on
from .reckoning import D, add, year_before
from .words import number_of, quantity_follows
from .years_in_words import with_years_in_digits


def without_a_counted_year(m, pattern, text: str, g, lang: str):
    """'in het eerste kwartaal 44 miljard dollar': two bare digits after a period that an amount or a counted noun
    follows are that amount, not the year ('Q1 25 satellites' stays a year when nothing is counted after it)."""
    yy = m.groupdict().get("year")
    if not yy or len(yy) != 2 or text[m.start("year") - 1] in "'’" or not quantity_follows(text, m.end(), lang, g):
        return m
    return pattern.match(text, m.start(), len(text[:m.start("year")].rstrip())) or m


def find_times(text: str, lang: str, published: str | None) -> list[dict]:
    original = text
    text, spelled = with_years_in_digits(text, lang)
    g = grammar(lang)
    pub = D.fromisoformat(published) if published else None
    candidates = []
    for order, (name, pattern) in enumerate(g["patterns"]):
        for m in pattern.finditer(text):
            m = without_a_counted_year(m, pattern, text, g, lang)
            resolved = RESOLVERS[name](m, g, pub, lang, text)
            if resolved is not None:
                candidates.append((m.start(), m.end(), order, resolved, name))
    chosen, taken = [], Occupied(len(text))
    for start, end, order, resolved, name in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2])):
        if not taken.free(start, end):
            continue
        taken.take(start, end)
        chosen.append((start, end, resolved, name))
    out = []
    for start, end, (lo, hi, precision, reference), name in sorted(chosen):
        start, end, lo, hi, precision, counted = counted_from(text, start, end, lo, hi, precision, g, lang)
        if precision == "day" and lo is not None and lo == hi and not counted:
            start, lo, precision = span_ending(text, start, lo, g, lang) or (start, lo, precision)  # "the three months to June 30"
            if precision == "range" and pub and hi > pub and not re.search(r"\b\d{4}\b", text[start:end]):
                lo, hi = year_before(lo), year_before(hi)  # a reported stretch has ended: "tot en met 30 juni" said in August
        clock = g["clock_re"].match(text, end) if precision == "day" and lo is not None and lo == hi else None
        time_of_day = clock_time(clock)
        if time_of_day:
            end = clock.end()  # "maandag 22 december 2014 om 2:38", "Jan 24, 2014 12:49"
        if precision == "day" and lo is not None and lo == hi:
            start, lo, hi, precision = week_around(text, start, lo, hi, precision, g)
        if not counted:
            start, lo, hi, reference = apply_reference(text, start, lo, hi, reference, pub, g, precision)
        out.append({"start": start, "end": end, "text": text[start:end],
                    "period_start": lo.isoformat() if lo else None, "period_end": hi.isoformat() if hi else None,
                    "precision": precision, "reference": reference, "time": time_of_day,
                    "vague": g["relative"].get(text[start:end].lower(), [None])[0] in ("recent", "day")
                    or bool(g["vague_re"].search(text, start, end)),
                    "today": text[start:end].lower() in g["today_words"],
                    "anchored": name in ANCHORED_RULES or bool(g["relative_re"].search(text, start, end))
                    or text[start:end].lower().split()[0] in g["modifiers"]})  # "dit najaar", "next spring"
    out = on_the_fiscal_calendar(periods_ended_on(merge_time_ranges(out, text, g), text, g), text, g)
    return [in_the_words_of(t, original, spelled) for t in with_periods_pointed_back_to(out, text, g)]


def on_the_fiscal_calendar(times: list[dict], text: str, g) -> list[dict]:
    """'the first quarter of fiscal 2026, which ended on April 27', 'its fiscal year (which ends Jan. 31)': once the
    text ties its quarters to a firm's own calendar, a quarter it names without a year ('second-quarter results',
    'het huidige kwartaal') is that firm's quarter nearest to the calendar one, not the calendar quarter."""
    anchor = fiscal_quarter_end(times, text, g)
    if anchor is None:
        return times
    out = []
    for t in times:
        lo, hi = (D.fromisoformat(t[k]) if t[k] else None for k in ("period_start", "period_end"))
        if t["precision"] != "quarter" or lo is None or hi is None or not calendar_quarter(lo, hi) \
                or YEAR_DIGITS.search(t["text"]):
            out.append(t)
            continue
        end = min((quarter_end_from(anchor, k) for k in range(-FISCAL_QUARTERS, FISCAL_QUARTERS + 1)),
                  key=lambda e: abs((e - hi).days))
        start = quarter_end_from(end, -1) + dt.timedelta(days=1)
        out.append({**t, "period_start": start.isoformat(), "period_end": end.isoformat()})
    return out


FISCAL_QUARTERS = 12  # quarters either side of the anchor a text may name
YEAR_DIGITS = re.compile(r"\b\d{4}\b")


def fiscal_quarter_end(times: list[dict], text: str, g) -> D | None:
    """The last day of a quarter on the firm's own calendar: a quarter whose stated bounds are no calendar
    quarter's, or the end of a fiscal year that does not end in December."""
    for t in times:
        if not (t["period_start"] and t["period_end"]):
            continue
        lo, hi = D.fromisoformat(t["period_start"]), D.fromisoformat(t["period_end"])
        if t["precision"] == "quarter" and not calendar_quarter(lo, hi):
            return hi
        if t["precision"] == "year" and hi.month != 12 and g["fiscal_re"].search(text, max(0, t["start"] - FISCAL_REACH), t["end"]):
            return hi
    return None


FISCAL_REACH = 20  # characters before a year where 'fiscal' or 'boekjaar' may stand


def calendar_quarter(lo: D, hi: D) -> bool:
    return lo.day == 1 and lo.month in (1, 4, 7, 10) and hi == add(lo, "quarter", 1) - dt.timedelta(days=1)


def quarter_end_from(end: D, k: int) -> D:
    """The end of the quarter k quarters from one that ends on `end` (a month's last day stays a month's last day)."""
    moved = add(end, "quarter", k)
    if end.day == calendar.monthrange(end.year, end.month)[1]:
        return moved.replace(day=calendar.monthrange(moved.year, moved.month)[1])
    return moved


def with_periods_pointed_back_to(times: list[dict], text: str, g) -> list[dict]:
    """'Orbitra reported second-quarter results on Sept. 8. During the quarter, revenue rose ...': a definite
    'the quarter' is the last quarter the text named before it."""
    found = []
    for m in g["back_reference_re"].finditer(text):
        if any(t["start"] < m.end() and m.start() < t["end"] for t in times):
            continue
        precision = g["period_back_references"][m.group().lower()]
        named = [t for t in times if t["end"] <= m.start() and t["precision"] == precision]
        if named:
            found.append({**named[-1], "start": m.start(), "end": m.end(), "text": m.group(), "anchored": True})
    return sorted(times + found, key=lambda t: t["start"])


def span_ending(text: str, start: int, day: D, g, lang: str) -> tuple[int, D, str] | None:
    """'in the three months to June 30', 'de zes maanden tot en met 30 juni': the stretch that ends on the day."""
    m = g["span_to_re"].search(text, max(0, start - 50), start)
    n = number_of(m.group("n"), lang) if m else None
    if m is None or n is None or n != int(n) or n < 1:
        return None
    unit = g["units"][m.group("unit").lower()]
    first = add(day + dt.timedelta(days=1), unit, -n)
    return m.start(), first, "range"


def clock_time(m) -> str | None:
    """'21:32', '2:38', '3 p.m.', '14.00 uur' -> 'HH:MM' on a 24-hour clock."""
    if m is None:
        return None
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    half = (m.group("ampm") or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59) or (m.group("m") is None and not half and not m.group("uur")):
        return None
    if m.group("sep") != ":" and not (m.group("at") or half or m.group("uur")):
        return None  # "now 6.25 BTC": a decimal, not a time
    return f"{hour:02d}:{minute:02d}"


def in_the_words_of(t: dict, original: str, spelled: list[tuple[int, int]]) -> dict:
    """A time read in the shadow text, told in the article's own words: 'in two thousand and fifteen'."""
    end = max([t["end"]] + [e for s, e in spelled if s < t["end"] < e])
    return {**t, "end": end, "text": original[t["start"]:end]} if spelled else t


def counted_from(text, start, end, lo, hi, precision, g, lang):
    """'drie dagen na Pasen', 'two weeks before May 13 1999', '4 maanden vanaf morgen': a day counted from
    the time that follows; 'for 10 days from 18 December' is the stretch of days that starts there."""
    m = g["offset_re"].search(text, max(0, start - 50), start)
    after = g["stretch_after_re"].match(text, end) if m is None and precision == "day" else None
    if after:  # "from 18th Dec for 10 days"
        n = number_of(after.group("n"), lang)
        if n and lo is not None and n == int(n):
            return start, after.end(), lo, add(lo, g["units"][after.group("unit").lower()], n) - dt.timedelta(days=1), "range", True
    n = number_of(m.group("n"), lang) if m else None
    if m is None or n is None or lo is None or n != int(n) or g["range_after_re"].match(text, end):
        return start, end, lo, hi, precision, False  # "grew in 3 years from 2020 to 2023": a span, not a day
    unit = g["units"][m.group("unit").lower()]
    if m.group("starting") or m.group("stretch") and g["offsets"][m.group("dir").lower()] > 0:
        return m.start(), end, lo, add(lo, unit, n) - dt.timedelta(days=1), "range", True  # "for 2 weeks starting May 20th"
    if m.group("stretch"):
        return start, end, lo, hi, precision, False
    day = add(lo, unit, n * g["offsets"][m.group("dir").lower()])
    return m.start(), end, day, day, "day", True


def week_around(text, start, lo, hi, precision, g):
    """'de week van 10 april', 'the week beginning February 4': the Monday-to-Sunday week of that day."""
    m = g["week_of_re"].search(text, max(0, start - 30), start)
    if m is None:
        return start, lo, hi, precision
    monday = lo - dt.timedelta(days=lo.weekday())
    return m.start(), monday, monday + dt.timedelta(days=6), "week"


def apply_reference(text, start, lo, hi, reference, pub, g, precision=None):
    """'tegen 2030' -> deadline from the publication date; 'sinds november 2025' -> since;
    'from July 13-15' is the range itself."""
    if reference != "point" or text[start:].split(" ", 1)[0].lower() in g["range_openers"]:
        return start, lo, hi, reference  # "voor tussen 2015 en 2018": the range opens itself
    m = g["ref_re"].search(text[max(0, start - 25):start])
    if not m:
        return start, lo, hi, reference
    kind = g["references"][m.group("ref").lower()]
    if m.group("ref").lower() in g["ambiguous_references"] and text[start:].lower().startswith(g["relative_starts"]):
        return start, lo, hi, reference  # "verkoop voor dit kwartaal": for, not before
    new_start = start - (len(text[max(0, start - 25):start]) - m.start("ref"))
    if precision == "range" and m.group("ref").lower() in g["range_openers"]:
        return new_start, lo, hi, "point"
    if kind == "deadline":
        return new_start, (pub if pub and hi and pub <= hi else None), hi, "deadline"
    if kind == "since":
        return new_start, lo, (pub if pub and lo and pub >= lo else None), "since"
    if kind == "until":
        return new_start, (pub if pub and hi and pub <= hi else None), hi, "until"
    return new_start, lo, hi, "point"


# Rules that count from the publication date ("next month", "drie weken geleden"), unlike a month
# named without its year ("in March"), whose year is only guessed.
ANCHORED_RULES = {"relative", "rolling", "ago", "window", "weekday_of_week", "weekdays_counted"}


# Each rule of grammar() and the function that turns its match into a period, by the module it lives in.
RESOLVERS = {
    "year_month": absolute.r_year_month, "month_range": absolute.r_month_range,
    "iso_week": absolute.r_iso_week, "iso": absolute.r_iso, "compact_iso": absolute.r_compact_iso,
    "iso_named": absolute.r_iso_named, "numeric": absolute.r_numeric, "dmy": absolute.r_dmy,
    "mdy": absolute.r_mdy, "month_year": absolute.r_month_year, "year_range": absolute.r_year_range,
    "year": absolute.r_year, "fiscal_year": absolute.r_fiscal_year, "far_year": absolute.r_far_year, "month": absolute.r_month,
    "day_range": absolute.r_day_range, "month_day_range": absolute.r_day_range,
    "day_to_month_day": absolute.r_day_range, "ordinal_day": absolute.r_ordinal_day,
    "numeric_month": absolute.r_numeric_month, "numeric_day_month": absolute.r_numeric_day_month,
    "numeric_day_range": absolute.r_numeric_day_range,
    "weekdays_counted": relative.r_weekdays_counted, "month_relyear": relative.r_month_relyear,
    "weekday_of_week": relative.r_weekday_of_week, "weekday_day": relative.r_weekday_day,
    "bare_day": relative.r_bare_day, "window": relative.r_window, "ago": relative.r_ago,
    "relative": relative.r_relative, "rolling": relative.r_rolling,
    "day_range_relmonth": relative.r_day_range_relmonth, "weekday": relative.r_weekday,
    "mod_month": relative.r_mod_month,
    "nth_week": parts.r_nth_week, "decade_words": parts.r_decade_words, "century": parts.r_century,
    "short_decade": parts.r_short_decade, "first_months": parts.r_first_months, "quarter": parts.r_quarter,
    "half": parts.r_half, "part": parts.r_part, "decade": parts.r_decade,
    "nth_in_month": parts.r_nth_in_month,
    "holiday": holidays.r_holiday, "season": holidays.r_season, "this_season": holidays.r_this_season,
}
