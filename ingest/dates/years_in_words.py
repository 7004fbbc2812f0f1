"""Years written in words: 'two thousand and fifteen', 'nineteen seventy two', 'tweeduizend achttien',
'negentienhonderd zesennegentig'. They are read only where a year is expected (after a month, 'in',
'sinds', 'year' ...) and written over in digits in a shadow of the text that keeps every offset, so
the date rules read them like any '2015'."""
from __future__ import annotations

import re
from functools import lru_cache

from ..amounts import combine, counted_noun, parse_number_word, vocab
from ..lexicons import function_words, lexicon, lexicon_shared

WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=None)
def year_context(lang: str) -> frozenset[str]:
    lex = lexicon(lang)
    return frozenset({m.lower() for m in lex["months"]} | {w.lower() for w in lex["year_in_words_after"]})


def with_years_in_digits(text: str, lang: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each year in words replaced by its digits padded with spaces, and the spans replaced."""
    spans = []
    for run in number_runs(text, lang):
        if run and counts_something(text, run[-1][1], lang):
            continue  # "in tweeduizend banen": a count
        for start, end, number in year_in_run(run, text, lang) or ():
            text = text[:start] + str(number).ljust(end - start) + text[end:]
            spans.append((start, end))
    return text, spans


def counts_something(text: str, pos: int, lang: str) -> bool:
    nxt = WORD.match(text[pos:pos + 40].lstrip())
    return bool(nxt) and counted_noun(nxt.group().lower(), vocab(lang)) is not None


@lru_cache(maxsize=50000)
def number_word(word: str, lang: str) -> float | None:
    return parse_number_word(word, lang)


def number_runs(text: str, lang: str):
    """Runs of number words with only spaces between: [(start, end, value or None for 'and'/'en')]."""
    connectors = vocab(lang)["connectors"]
    run = []
    for m in WORD.finditer(text):
        word = m.group().lower()
        value = None if word in connectors else number_word(word, lang)
        if value is None and word not in connectors or (run and text[run[-1][1]:m.start()].strip()):
            if run:
                yield trimmed(run)
            run = []
        if value is not None or (word in connectors and run):
            run.append((m.start(), m.end(), value))
    if run:
        yield trimmed(run)


def trimmed(run):
    while run and run[-1][2] is None:
        run = run[:-1]
    return run


def year_in_run(run, text: str, lang: str) -> list[tuple[int, int, int]] | None:
    """The year that ends the run, when a year is expected before it; a day may come first
    ('January twenty five nineteen eighty six'): [(start, end, number)] for the day and the year."""
    if not run:
        return None
    months = {m.lower() for m in lexicon(lang)["months"]}
    head = text[max(0, run[0][0] - 40):run[0][0]]
    before = WORD.findall(head)
    after = WORD.match(text[run[-1][1]:run[-1][1] + 30].lstrip(" ,"))
    after_month = bool(before) and before[-1].lower() in months and not re.search(r"\d", head[head.lower().rfind(before[-1].lower()):])
    day = combine([v for _, _, v in run if v is not None])
    if len(run) > 1 and 1 <= day <= 31 and day == int(day) and (after_month or (after and after.group().lower() in months)):
        return [(run[0][0], run[-1][1], int(day))]  # "May twenty nine", "twenty five January"
    if not before or before[-1].lower() not in year_context(lang) and not after_a_day_in_words(before, lang) \
            and not after_a_holiday(head, lang):
        return None
    for i in range(len(run)):
        year = year_of([v for _, _, v in run[i:] if v is not None], text[run[i][0]:run[-1][1]], lang)
        if year is None:
            continue
        day = [v for _, _, v in run[:i] if v is not None]
        if i == 0:
            return [(run[0][0], run[-1][1], year)]
        if after_month and day and 1 <= combine(day) <= 31 and combine(day) == int(combine(day)):
            return [(run[0][0], run[i - 1][1], int(combine(day))), (run[i][0], run[-1][1], year)]
    return None


def after_a_day_in_words(before: list[str], lang: str) -> bool:
    """'January first two thousand and thirty two', 'September the twenty-first nineteen seventy eight':
    a day ordinal after its month expects the year next."""
    lex = lexicon(lang)
    months, ordinals = {m.lower() for m in lex["months"]}, {str(k).lower() for k in lex["day_ordinals"]}
    words = [w.lower() for w in before[-3:]]
    if not words or words[-1] not in ordinals:
        return False
    rest = [w for w in words[:-1] if w not in function_words("article", "time_pattern_words")]
    return bool(rest) and rest[-1] in months


@lru_cache(maxsize=None)
def holiday_names(lang: str) -> tuple[str, ...]:
    lex = lexicon(lang)
    names = [n for key in ("holidays_fixed", "holidays_nth_weekday", "holidays_easter", "holidays_orthodox") for n in lex[key]]
    names += list(lexicon_shared()["holidays_by_calendar"])
    return tuple(" " + " ".join(n.lower().split()) for n in names)


def after_a_holiday(head: str, lang: str) -> bool:
    """'Easter Sunday two thousand ten': a holiday's name expects its year next."""
    return (" " + " ".join(head.lower().split())).endswith(holiday_names(lang))


def year_of(values: list[float], words: str, lang: str) -> int | None:
    if not values:
        return None
    if len(values) == 1 and century_in_one_word(words.lower(), lang):
        return century_in_one_word(words.lower(), lang)
    if any(v >= 100 for v in values):  # "two thousand and fifteen", "negentienhonderd zesennegentig"
        n = combine(values)
        return int(n) if 1000 <= n <= 2199 and n == int(n) else None
    if len(values) == 1:
        return None
    century, rest = values[0], combine(values[1:])
    if 10 <= century <= 20 and (10 <= rest <= 99 or (values[1] == 0 and 1 <= rest <= 9)):
        return int(century * 100 + rest)  # "nineteen seventy two", "nineteen zero one", "twenty twenty"
    return None


def century_in_one_word(word: str, lang: str) -> int | None:
    """'negentienachtentwintig': a century and the years after it written as one word."""
    for head, value in vocab(lang)["words"].items():
        if 10 <= value <= 20 and word.startswith(head) and len(word) > len(head):
            rest = parse_number_word(word[len(head):], lang)
            if rest is not None and 10 <= rest <= 99:
                return int(value * 100 + rest)
    return None
