"""Language and publication date of an article, from its text and metadata."""
from __future__ import annotations

import datetime as dt
import functools
import re

from .lexicons import LANGUAGES, function_words, lexicon

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
HEAD_CHARS = 600  # datelines and date labels sit at the top of an article
DATELINE_CHARS = 80


def detect_language(text: str) -> str | None:
    """'nl' or 'en' by counting each language's frequent words; None when neither shows."""
    words = [w.lower() for w in WORD.findall(text[:20000])]
    scores = {lang: sum(1 for w in words if w in set(lexicon(lang)["stopwords"])) for lang in LANGUAGES}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else None


def parse_date_value(value) -> str | None:
    """A publication date from front matter / metadata values (date, datetime or string), kept with
    its precision: '2024-12' stays a month and '2024' a year."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    partial = parse_partial_date(text)
    if partial:
        return partial
    m = ISO_DATE.search(text)
    if m:
        return valid_iso(*map(int, m.groups()))
    return textual_date(text)


PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def parse_partial_date(text: str) -> str | None:
    """'2025', '2025-07' or '2025-07-04' exactly -> the same date in ISO form, else None."""
    m = PARTIAL_DATE.fullmatch(text.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day is not None:
        return valid_iso(int(year), int(month), int(day))
    if month is not None:
        return f"{int(year):04d}-{int(month):02d}" if 1 <= int(month) <= 12 else None
    return f"{int(year):04d}" if int(year) >= 1 else None


YEAR = re.compile(r"(?<![\d.,/-])(19[5-9]\d|20\d\d)(?![\d/-]|[.,]\d)")


def year_written_in(text: str, lang: str) -> str | None:
    """With no publication date, the year the text is told from: the year it names most often as a moment
    ('closed out 2025', 'in 2025'), at least twice, not as a deadline ('by 2030', 'tot 2030'); the latest on a tie."""
    references = lexicon(lang)["references"]
    deadlines = {w for w, kind in references.items() if kind in ("deadline", "until")}
    counts: dict[int, int] = {}
    for m in YEAR.finditer(text):
        before = text[max(0, m.start() - 24):m.start()].lower().split()
        if before and (before[-1] in deadlines or " ".join(before[-2:]) in deadlines or " ".join(before[-3:]) in deadlines):
            continue
        counts[int(m.group(1))] = counts.get(int(m.group(1)), 0) + 1
    told_twice = [y for y, n in counts.items() if n >= YEAR_TOLD_TIMES]
    if not told_twice:
        return None  # one mention is as likely a founding year or a plan as the year of writing
    return str(max(told_twice, key=lambda y: (counts[y], y)))


YEAR_TOLD_TIMES = 2


def publication_bounds(published: str | None) -> tuple[str, str] | None:
    """The first and last day a publication date of any precision covers: '2025-07' -> July."""
    if not published:
        return None
    parts = [int(p) for p in published.split("-")]
    if len(parts) == 3:
        return published, published
    if len(parts) == 2:
        year, month = parts
        return dt.date(year, month, 1).isoformat(), last_day_of_month(year, month).isoformat()
    return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"


def reference_day(published: str | None) -> str | None:
    """The day relative times are counted from: the date itself, or the middle of a month or year known
    only to that precision (which errs least either way)."""
    bounds = publication_bounds(published)
    if bounds is None:
        return None
    first, last = (dt.date.fromisoformat(b) for b in bounds)
    return (first + (last - first) / 2).isoformat()


def last_day_of_month(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def valid_iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


@functools.lru_cache(maxsize=None)
def _month_names() -> dict[str, int]:
    names: dict[str, int] = {}
    for lang in LANGUAGES:
        names.update(lexicon(lang)["months"])
    return names


@functools.lru_cache(maxsize=None)
def month_alternation() -> str:
    return "|".join(sorted(map(re.escape, _month_names()), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def date_stamp() -> re.Pattern:
    labels = "|".join(sorted({re.escape(w) for lang in LANGUAGES for w in lexicon(lang)["date_labels"]}, key=len, reverse=True))
    # "date 2025-06-25", "2025-06-25", and with its label a stamp known to the month: "date 2025-05"
    return re.compile(rf"(?:(?:{labels})\s*:?\s+\d{{4}}-\d{{2}}(?:-\d{{2}})?|\d{{4}}-\d{{2}}-\d{{2}})\b[\s,|·-]*", re.I)


def without_date_stamp(line: str) -> str:
    """'date 2025-10-03 Amazon-oprichter ...' -> 'Amazon-oprichter ...': a page's date label is no part of a title."""
    return date_stamp().sub("", line, count=1).strip() if date_stamp().match(line) else line


@functools.lru_cache(maxsize=None)
def byline_words() -> frozenset[str]:
    return frozenset(w for lang in LANGUAGES for w in lexicon(lang)["byline_words"])


def textual_date(s: str) -> str | None:
    """'29 januari 2026', 'January 21, 2026', '21 Jan 2026' -> ISO, else None."""
    months, alt = _month_names(), month_alternation()
    m = re.search(rf"\b(\d{{1,2}})\.?\s+({alt})\.?,?\s+(\d{{4}})\b", s, re.I)
    if m:
        return valid_iso(int(m.group(3)), months[m.group(2).lower()], int(m.group(1)))
    m = re.search(rf"\b({alt})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", s, re.I)
    if m:
        return valid_iso(int(m.group(3)), months[m.group(1).lower()], int(m.group(2)))
    return None


PLACE_CONNECTORS = function_words("place_connectors")


def names_a_place(opening: str) -> bool:
    """'LONG BEACH, ...', 'Den Haag, ...', 'São Paulo, ...'; not a headline ('SpaceX to launch on March 3, 2026')."""
    words = opening.split(",", 1)[0].split()
    return all(w[:1].isupper() or w.lower() in PLACE_CONNECTORS for w in words)


def starts_with_a_date(line: str) -> bool:
    months = month_alternation()
    return re.match(rf"(?:[^\W\d_]+\.?,?\s+)?(?:\d{{1,2}}\.?\s+(?:{months})\b|(?:{months})\.?\s+\d{{1,2}}\b)", line, re.I) is not None


def bylined(line: str) -> bool:
    words = line.split()
    return bool(words) and words[0].lower() in byline_words()


def find_published_in_text(text: str) -> str | None:
    """A publication date stated at the top of the text itself.

    Accepted: a leading label ('date 2026-02-08', 'Gepubliceerd: 3 oktober 2025'), a line
    that starts with an ISO date ('2026-01-29 buitenland'), or a dateline
    ('Beijing, donderdag, 29 januari 2026.').
    """
    head = text[:HEAD_CHARS]
    labels = {w for lang in LANGUAGES for w in lexicon(lang)["date_labels"]}
    label_alt = "|".join(sorted(labels, key=len, reverse=True))
    m = re.match(rf"\s*(?:{label_alt})\s*:?\s*(.{{0,40}})", head, re.I)
    if m:
        found = parse_date_value(m.group(1))
        if found:
            return found
    for line in head.splitlines():
        line = line.strip()
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})\b", line)
        if m:
            found = valid_iso(*map(int, m.groups()))
            if found:
                return found
        if len(line) < DATELINE_CHARS and (starts_with_a_date(line) or "|" in line or bylined(line)):
            found = textual_date(line)  # "3 november 2026, 14:05", "By Jane Doe | Nov 3, 2026"
            if found:
                return found
        opening = re.split(r"\s[—–-]{1,2}\s", line, maxsplit=1)[0]  # "LONG BEACH, Calif., Aug. 7, 2026 — Rocket Lab said ..."
        if re.match(r"[A-Z][\w .'-]{1,40},\s", opening) and len(opening) < DATELINE_CHARS and names_a_place(opening):
            found = textual_date(opening)
            if found:
                return found
    return None
