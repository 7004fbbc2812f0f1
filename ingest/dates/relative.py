"""Times counted from the publication date: 'volgende maand', 'three weeks ago', 'binnen vijf jaar',
'the past 12 months', a weekday, 'next March'."""
from __future__ import annotations

import datetime as dt
import re

from ..lexicons import function_words
from .grammar import YEAR
from .reckoning import (
    D,
    _day,
    add,
    add_all,
    lean_at,
    month_bounds,
    pick,
    year_of_relative,
)
from .words import (
    amount_follows,
    day_number,
    further_units,
    ordinal_of_what_follows,
    quantity_follows,
    to_number,
)


def r_window(m, g, pub, lang, text):
    n1, n2, n3 = (to_number(m.group(k), lang) for k in ("n1", "n2", "n3"))
    if n1 is None or (m.group("n2") and n2 is None):
        return None
    unit = g["units"][m.group("unit").lower()]
    kind = g["openers"][m.group("opener").lower()]
    hi_n = n2 if n2 is not None else n3
    more = further_units(m, g, lang)
    if more is None or more and hi_n is not None:
        return None
    if pub is None:
        return (None, None, "range", "window")
    if hi_n is not None:
        return (add(pub, unit, n1), add(pub, unit, hi_n), "range", "window")
    if kind == "within":
        return (pub, add_all(pub, [(unit, n1)] + more), "range", "window")
    point = add_all(pub, [(unit, n1)] + more)
    return (point, point, unit if not more else "day", "point")


def r_ago(m, g, pub, lang, text):
    """'three years ago', 'two weeks hence', 'twee jaar geleden'."""
    n = to_number(m.group("n1"), lang)
    more = further_units(m, g, lang)
    if n is None or more is None:
        return None
    unit = g["units"][m.group("unit").lower()]
    if pub is None:
        return (None, None, unit, "point")
    point = add_all(pub, [(unit, n)] + more, 1 if m.group("hence") else -1)
    if (m.group("opener") or m.group("less") or m.group("less2")) and m.group("hence"):
        return (pub, point, "range", "window")  # "binnen 2 weken vanaf vandaag", "less than 2 weeks from today"
    if m.group("less2"):
        return (point, pub, "range", "point")  # "less than two weeks ago": since then
    if m.group("hence") and g["stretch_before_re"].search(text, max(0, m.start() - 20), m.start()):
        return (pub, point - dt.timedelta(days=1), "range", "point")  # "for 3 days from today"
    return (point, point, unit if not more else "day", "point")


def r_month_relyear(m, g, pub, lang, text):
    """'maart vorig jaar', 'in June next year'."""
    word = m.group("month") or m.group("month2")
    if lang == "en" and word == "may":
        return None  # "SpaceX may next year ...": the verb
    y = year_of_relative(m.group("relyear") or m.group("relyear2"), g, pub)
    if y is None:
        return (None, None, "month", "point")
    lo, hi = month_bounds(y, g["months"][word.lower().rstrip(".")])
    return (lo, hi, "month", "point")


PERIOD_TO_DATE = {  # "earlier this year", "later this month": the part of the period before or after the day said
    "year_to_date": lambda pub: (D(pub.year, 1, 1), pub),
    "month_to_date": lambda pub: (D(pub.year, pub.month, 1), pub),
    "week_to_date": lambda pub: (pub - dt.timedelta(days=pub.weekday()), pub),
    "rest_of_year": lambda pub: (min(pub + dt.timedelta(days=1), D(pub.year, 12, 31)), D(pub.year, 12, 31)),  # "later": after today
    "rest_of_month": lambda pub: (min(pub + dt.timedelta(days=1), month_bounds(pub.year, pub.month)[1]), month_bounds(pub.year, pub.month)[1]),
    "rest_of_week": lambda pub: (min(pub + dt.timedelta(days=1), pub + dt.timedelta(days=6 - pub.weekday())),
                                 pub + dt.timedelta(days=6 - pub.weekday())),
    "as_of": lambda pub: (pub, pub),  # "to date", "tot nu toe": a running total on the day said
    "end_of_month": lambda pub: (D(pub.year, pub.month, 21), month_bounds(pub.year, pub.month)[1]),  # "EOM", as "eind deze maand"
    "end_of_year": lambda pub: (D(pub.year, 9, 1), D(pub.year, 12, 31)),  # "EOY", as "eind dit jaar"
    "past_fortnight": lambda pub: (pub - dt.timedelta(days=14), pub - dt.timedelta(days=1)),
    "next_fortnight": lambda pub: (pub + dt.timedelta(days=1), pub + dt.timedelta(days=14)),
}


def r_relative(m, g, pub, lang, text):
    phrase = m.group().lower()
    before = text[max(0, m.start() - 12):m.start()].lower().split()
    if before and before[-1] in g["relative_not_after"].get(phrase, ()):
        return None  # "up to date equipment"
    unit, offset = g["relative"][phrase]
    if unit == "year" and re.match(rf"[\s-]*{YEAR}\b", text[m.end():]):
        return None  # "full-year 2025 revenue": the year named
    if pub is None:
        return (None, None, unit if unit in ("day", "week", "month", "quarter", "year") else
                "day" if unit == "trading_day" else "range", "point")
    if unit == "day":
        d = pub + dt.timedelta(days=offset)
        return (d, d, "day", "point")
    if unit == "trading_day":  # "the previous close": the last weekday before the day of publication
        d = pub
        for _ in range(-offset):
            d -= dt.timedelta(days=1)
            while d.weekday() >= 5:
                d -= dt.timedelta(days=1)
        return (d, d, "day", "point")
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
        return (monday, monday + dt.timedelta(days=6), "week", "point")
    if unit == "weekend":
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset, days=5)
        return (saturday, saturday + dt.timedelta(days=1), "range", "point")
    if unit == "month":
        first = add(D(pub.year, pub.month, 1), "month", offset)
        return (*month_bounds(first.year, first.month), "month", "point")
    if unit == "quarter":
        q0 = D(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
        lo = add(q0, "quarter", offset)
        return (lo, add(lo, "month", 3) - dt.timedelta(days=1), "quarter", "point")
    if unit == "year":
        y = pub.year + offset
        return (D(y, 1, 1), D(y, 12, 31), "year", "point")
    if unit == "decade":  # "this decade", "het volgende decennium": decades of the calendar
        y = pub.year // 10 * 10 + 10 * offset
        return (D(y, 1, 1), D(y + 9, 12, 31), "decade", "point")
    if unit in PERIOD_TO_DATE:
        return (*PERIOD_TO_DATE[unit](pub), "range", "point")
    if unit == "past_year":
        return (add(pub, "year", -1), pub, "range", "point")
    if unit == "recent":
        return (add(pub, "month", -3), pub, "range", "point")
    return None


def r_mod_month(m, g, pub, lang, text):
    mod, month = m.group("mod").lower(), g["months"][m.group("month").lower()]
    if pub is None:
        return (None, None, "month", "point")
    y = pub.year
    if mod in g["next"] and month <= pub.month:
        y += 1
    elif mod in g["last"] and month >= pub.month:
        y -= 1
    return (*month_bounds(y, month), "month", "point")


def r_weekday_of_week(m, g, pub, lang, text):
    """'dinsdag van vorige week', 'next week on Friday'."""
    if pub is None:
        return (None, None, "day", "point")
    wd = g["weekdays"][(m.group("wd") or m.group("wd2")).lower().rstrip(".")]
    offset = g["relative_weeks"][" ".join((m.group("rw") or m.group("rw2")).lower().split())]
    d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset, days=wd)
    return (d, d, "day", "point")


def r_weekday_day(m, g, pub, lang, text):
    """'vrijdag de 15de', 'Tuesday the 19th': the nearest date with that day number on that weekday."""
    if amount_follows(text, m.end(), lang):
        return None  # "zag zijn aandelen dinsdag 4 procent dalen"
    if not m.group("day")[0].isdigit() and ordinal_of_what_follows(m, text, lang, g):
        return None  # "on Friday, the first batch of ...", "dinsdag de eerste twaalf satellieten": an ordinal of what follows
    day = day_number(m.group("day"), g)
    if pub is None or not day:
        return None
    wd = g["weekdays"][m.group("wd").lower().rstrip(".")]
    found = []
    for k in range(-14, 15):
        first = add(D(pub.year, pub.month, 1), "month", k)
        d = _day(first.year, first.month, day)
        if d and d.weekday() == wd:
            found.append(d)
    if not found:
        return None
    d = min(found, key=lambda x: abs((x - pub).days))
    return (d, d, "day", "point")


def r_bare_day(m, g, pub, lang, text):
    """'op de 15e', 'on the 27th': that day of the publication month, or of the month before or after."""
    day = day_number(m.group("day"), g)
    if pub is None or not day:
        return None
    def in_month(k):
        first = add(D(pub.year, pub.month, 1), "month", k)
        return _day(first.year, first.month, day)
    here = in_month(0)
    back = here if here and here <= pub else in_month(-1)
    ahead = here if here and here >= pub else in_month(1)
    d = pick(back, ahead, pub, lean_at(m, g))
    return (d, d, "day", "point") if d else None


def r_rolling(m, g, pub, lang, text):
    n = to_number(m.group("n1") or m.group("n1b"), lang)
    unit = g["units"][m.group("unit").lower()]
    if n is None or unit not in ("day", "week", "month", "quarter", "year", "decade"):
        return None
    if pub is None:
        return (None, None, "range", "window")
    one = dt.timedelta(days=1)
    if unit == "quarter" and not m.group("more"):  # "the past two quarters": whole quarters, the current one left out
        q0 = D(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
        if (m.group("dir") or m.group("dirb")).lower() in g["past_window"]:
            return (add(q0, "quarter", -int(n)), q0 - one, "range", "window")
        nxt = add(q0, "quarter", 1)
        return (nxt, add(nxt, "quarter", int(n)) - one, "range", "window")
    parts = [(unit, n)] + (further_units(m, g, lang) or [])  # "the last 3 months and 2 weeks"
    if (m.group("dir") or m.group("dirb")).lower() in g["past_window"]:
        return (add_all(pub, parts, -1), pub - one, "range", "window")  # "de afgelopen 5 jaar"
    return (pub + one, add_all(pub, parts), "range", "window")  # "the next three days"


def r_day_range_relmonth(m, g, pub, lang, text):
    """'from 4 to 22 this month', 'volgende maand van 4 tot 23': days of a month named by where it lies."""
    phrase = m.group("rm") or m.group("rm0")
    d1, d2 = day_number(m.group("d1"), g), day_number(m.group("d2"), g)
    if not phrase or not d1 or not d2 or d2 <= d1 or quantity_follows(text, m.end() if m.group("rm") else m.end("d2"), lang, g):
        return None
    if pub is None:
        return (None, None, "range", "point")
    first = add(D(pub.year, pub.month, 1), "month", g["relative_months"][" ".join(phrase.lower().split())])
    lo, hi = _day(first.year, first.month, d1), _day(first.year, first.month, d2)
    return (lo, hi, "range", "point") if lo and hi else None


def r_weekday(m, g, pub, lang, text):
    word = m.group("wd").lower()
    if word not in g["weekdays"]:
        return None
    wd = g["weekdays"][word]
    if len(word) <= 3 and not m.group("mod") and word not in function_words("weekday_abbreviations"):
        return None
    if lang == "en" and len(word) <= 3 and word in function_words("weekdays_that_are_words") and text[m.start()].islower() and not m.group("mod"):
        return None  # "sat", "sun": more often words than days
    nxt = re.match(r"\s+([^\W\d_][\w-]*)", text[m.end():])
    if len(word) <= 4 and nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower().rstrip(".") not in g["months"]:
        return None  # "Sun Microsystems", "Mon Ami": the start of a name
    if pub is None:
        return (None, None, "day", "point")
    mod = (m.group("mod") or m.group("after") or "").lower()
    week_named = " week " in f" {m.group().lower()} "  # "volgende week vrijdag"
    monday = pub - dt.timedelta(days=pub.weekday())
    if mod in g["this"]:
        d = monday + dt.timedelta(days=wd)
    elif mod in g["next_week"] or (mod in g["next"] and (m.group("after") or week_named)):
        d = monday + dt.timedelta(days=7 + wd)  # "maandag volgende week"
    elif mod in g["last_week"] or (mod in g["last"] and (m.group("after") or week_named)):
        d = monday + dt.timedelta(days=wd - 7)
    elif mod in g["next"]:
        ahead = (wd - pub.weekday()) % 7 or 7
        d = pub + dt.timedelta(days=ahead)
    elif mod in g["last"]:
        back = (pub.weekday() - wd) % 7 or 7
        d = pub - dt.timedelta(days=back)
    else:  # "lanceerde dinsdag" looks back, "zal dinsdag lanceren" ahead; untold, the nearest (ties go back)
        back, ahead = pub - dt.timedelta(days=(pub.weekday() - wd) % 7), pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
        d = pick(back, ahead, pub, lean_at(m, g))
    return (d, d, "day", "point")


def r_weekdays_counted(m, g, pub, lang, text):
    """'three Fridays from now', '2 donderdagen geleden', 'Wednesday after next': the nth such day after
    (or before) the publication day."""
    n = 2 if m.group("after") else to_number(m.group("n"), lang)
    if n is None or n != int(n) or not 1 <= n <= 52:
        return None
    if pub is None:
        return (None, None, "day", "point")
    wd = g["weekdays"][(m.group("wd") or m.group("wd2")).lower()]
    if m.group("ago"):
        d = pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7) - dt.timedelta(weeks=int(n) - 1)
    else:
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7) + dt.timedelta(weeks=int(n) - 1)
    return (d, d, "day", "point")
