"""The numbers written in a date and the words after one: a count or an amount that follows says the
number was no day ('op de 3e plaats', '12 mei 2025 miljoen')."""
from __future__ import annotations

import re

from ..amounts import counted_noun, parse_digits, parse_number_word, vocab
from ..lexicons import function_words, lexicon


def to_number(s: str | None, lang: str) -> float | None:
    if not s:
        return None
    if s[0].isdigit():
        return parse_digits(s, lang)
    vague = lexicon(lang)["vague_counts"].get(s.lower())  # "a few weeks ago", "enkele maanden geleden": about three
    return float(vague) if vague else parse_number_word(s.lower(), lang)


ARTICLES = function_words("indefinite_articles")


def number_of(word: str, lang: str) -> float | None:
    """A count of time units: '3', 'three', 'a'."""
    return 1 if word.lower() in ARTICLES else to_number(word, lang)


def further_units(m, g, lang) -> list[tuple[str, float]] | None:
    """The rest of '2 jaar, 1 maand en 21 dagen': [(month, 1), (day, 21)]; None when a number is no number."""
    parts = []
    for p in g["more_re"].finditer(m.group("more") or ""):
        n = to_number(p.group("n"), lang)
        if n is None:
            return None
        parts.append((g["units"][p.group("unit").lower()], n))
    return parts


def amount_follows(text: str, pos: int, lang: str) -> bool:
    v = vocab(lang)
    nxt = re.match(r"\s*([^\W\d_]+|[%$€£])", text[pos:pos + 30])
    return bool(nxt) and (nxt.group(1).lower() in v["scales"] or nxt.group(1).lower() in v["units"]
                          or nxt.group(1) in v["symbols"])


def counted_follows(text: str, pos: int, lang: str) -> bool:
    nxt = re.match(r"\s*([^\W\d_]+)", text[pos:pos + 40])
    return bool(nxt) and counted_noun(nxt.group(1).lower(), vocab(lang)) is not None


def two_digit_year(yy: str, of: str | None) -> bool:
    """Two digits after a month are its year when no day has that number or when 'of' says so."""
    return int(yy) > 31 or bool(of and of.strip().lower() in function_words("of_words"))


def part_name(word: str | None, g) -> str | None:
    if not word:
        return None
    word = word.lower()
    return g["parts"].get(word.rstrip("-")) or g["parts"].get(word)


def day_in_words(word: str, lang: str) -> int | None:
    """'tweeëntwintig juni', 'twenty-two June': a day written as a number word."""
    n = parse_number_word(word, lang) if word and not word[0].isdigit() else None
    return int(n) if n is not None and n == int(n) and 1 <= n <= 31 else None


def ordinal_of_what_follows(m, text: str, lang: str, g) -> bool:
    """'Friday, the first batch', 'dinsdag de eerste twaalf satellieten', 'the second launch': a day in words
    that counts the words after it; not 'donderdag de eenentwintigste terug'."""
    nxt = re.match(r"\s+([^\W\d_]+|\d)", text[m.end():])
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if word[0].isdigit() or to_number(word, lang) is not None:
        return True  # a number follows: the first twelve
    return "," in m.group() or (day_number(m.group("day"), g) or 99) <= SMALL_ORDINALS and word.isalpha() and nxt.group(1).islower()


SMALL_ORDINALS = 2  # "the first launch", "de tweede poging": first and second mostly count things


def digits_day_month(a: str, b: str, lang: str) -> tuple[int, int] | None:
    """(month, day) of '22-4' in Dutch or '4/22' in English, where '22/04' is British English too."""
    a, b = int(a), int(b)
    month, day = (a, b) if lang == "en" else (b, a)
    if lang == "en" and month > 12 and day <= 12:
        month, day = day, month
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def quantity_follows(text: str, pos: int, lang: str, g) -> bool:
    """'op 3-5 procent', 'van 2-3 jaar', 'on 1/2 cup', 'in May 2 to 3 percent': numbers, not a date."""
    more = g["range_after_re"].match(text, pos)
    if more and (num := re.match(r"\s*\d+(?:[.,]\d+)?", text[more.end() - 1:more.end() + 12])):
        pos = more.end() - 1 + num.end()  # the number that ends the range
    nxt = re.match(r"\s*([^\W\d_]+)", text[pos:pos + 30])
    return amount_follows(text, pos, lang) or counted_follows(text, pos, lang) or bool(
        nxt and nxt.group(1).lower() in g["units"])


def day_number(s: str, g) -> int | None:
    s = s.lower()
    if s in g["day_ordinals"]:
        return g["day_ordinals"][s]
    digits = re.match(r"\d{1,2}", s)
    return int(digits.group()) if digits else None
