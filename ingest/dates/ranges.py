"""Two times joined into one range: 'van 3 tot 5 mei', 'from Monday to Friday', 'mei en juni'."""
from __future__ import annotations

import datetime as dt
import re

from ..lexicons import function_words
from .reckoning import D, _day, add, year_before

MERGEABLE = {"day", "month", "year", "quarter", "half", "week"}


def merge_time_ranges(out: list[dict], text: str, g) -> list[dict]:
    """'juli 13 - juli 15', 'van maart tot mei', 'from 2015 to May 2017', '2 okt. tot 22 oktober':
    two times joined by a range word."""
    merged = []
    for t in out:
        prev, end = merged[-1] if merged else None, t
        if prev is not None and prev["period_start"] and t["period_end"] and re.search(r"\b\d{4}\b", t["text"]):
            prev = {**prev, "period_start": start_before(prev, t["period_end"])}
        if prev is not None and prev["period_start"] and t["period_end"] and t["precision"] == "day" \
                and t["text"].lower().split()[-1].rstrip(".") in g["weekdays"]:
            end = weekday_after(prev["period_start"], t)  # "van volgende maandag tot vrijdag": the Friday after
        if prev is not None and joins_a_range(prev, end, text, g):
            t = end
            start = prev["start"]
            opener = text[:start].lower().split()[-1:]
            if opener and opener[0] in g["range_openers"] and text[:start].endswith(" "):
                start -= len(opener[0]) + 1
            merged[-1] = {**prev, "start": start, "end": t["end"], "text": text[start:t["end"]],
                          "period_end": end_after(prev["period_start"], t), "precision": "range",
                          "reference": "point"}
            continue
        merged.append(t)
    return merged


def joins_a_range(prev: dict, t: dict, text: str, g) -> bool:
    between = text[prev["end"]:t["start"]]
    if between.strip() == "." and t["text"][:1].islower():
        between = between.replace(".", "")  # "2 okt. tot 22 oktober": the abbreviation's dot
    until_absorbed = t["reference"] == "until" and not between.strip()
    opened = prev["reference"] == "since" and prev["text"].lower().split()[0] in g["range_openers"]
    if not (prev["reference"] == "point" or opened) or not (t["reference"] == "point" or until_absorbed):
        return False
    if not (prev["period_start"] and t["period_end"] and prev["precision"] in MERGEABLE
            and t["precision"] in MERGEABLE and prev["period_start"] < t["period_end"]):
        return False
    if until_absorbed:
        return True
    between = " ".join(between.lower().split())
    opener = text[:prev["start"]].lower().split()[-1:]
    has_opener = opened or (bool(opener) and opener[0] in g["range_openers"])
    return between in g["range_connectors"] and (between not in function_words("and_words") or has_opener)


def weekday_after(start: str, t: dict) -> dict:
    day, first = D.fromisoformat(t["period_end"]), D.fromisoformat(start)
    while day < first:
        day += dt.timedelta(days=7)
    while day - dt.timedelta(days=7) >= first:
        day -= dt.timedelta(days=7)
    return {**t, "period_start": day.isoformat(), "period_end": day.isoformat()}


def start_before(prev: dict, end: str) -> str:
    """'Nov 18-Dec 19, 2015': a first date without a year takes the year of the range's end."""
    start, last = D.fromisoformat(prev["period_start"]), D.fromisoformat(end)
    if prev["anchored"] or prev["precision"] not in ("day", "month") or re.search(r"\b\d{4}\b", prev["text"]):
        return prev["period_start"]
    if start > last or (last - start).days > 365:
        fits = [y for y in (last.year - 1, last.year) if (d := _day(y, start.month, start.day)) and d <= last
                and (last - d).days <= 365]
        if fits:
            return _day(fits[-1], start.month, start.day).isoformat()
    return prev["period_start"]


def end_after(start: str, t: dict) -> str:
    """The end of a range whose second date has no year of its own falls within a year of the start."""
    end = D.fromisoformat(t["period_end"])
    first = D.fromisoformat(start)
    if t["anchored"] or re.search(r"\b\d{4}\b", t["text"]):  # "tot vandaag", "to May 2017"
        return t["period_end"]
    while end.year > first.year and (end - first).days > 365:
        end = year_before(end)
    return end.isoformat()


PERIOD_MONTHS = {"quarter": 3, "half": 6, "year": 12}


def periods_ended_on(times: list[dict], text: str, g) -> list[dict]:
    """'het eerste kwartaal van boekjaar 2026, dat afliep op 27 april 2025', 'its 2026 fiscal year (which ends
    Jan. 31, 2026)': a quarter, half or year that the text says ends on a day runs up to that day."""
    out, i = [], 0
    while i < len(times):
        t, nxt = times[i], times[i + 1] if i + 1 < len(times) else None
        if nxt is not None and t["precision"] in PERIOD_MONTHS and nxt["precision"] == "day" and nxt["period_end"] \
                and g["period_end_re"].fullmatch(text, t["end"], nxt["start"]):
            end = D.fromisoformat(nxt["period_end"])
            start = add(end + dt.timedelta(days=1), "month", -PERIOD_MONTHS[t["precision"]])
            out.append({**t, "end": nxt["end"], "text": text[t["start"]:nxt["end"]],
                        "period_start": start.isoformat(), "period_end": end.isoformat()})
            i += 2
            continue
        out.append(t)
        i += 1
    return out
