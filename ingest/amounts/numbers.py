"""Where a number starts and how far it runs: digits, number words, or both ('2,5 miljoen', 'twenty-one thousand')."""
from __future__ import annotations

import re

from ..lexicons import function_words
from .counted import unit_after
from .fractions import (
    compound_fraction,
    denominator,
    fraction_in_words,
    fraction_of_a_scale,
    is_a_rank,
)
from .numerals import _cardinal, parse_number_word, units_then_tens
from .tokens import Tok, parse_digits
from .vocabulary import vocab


def number_at(toks: list[Tok], i: int, text: str, lang: str):
    """(value, next index, is_word) for a number starting at toks[i], scale included."""
    v = vocab(lang)
    t = toks[i]
    if t.kind == "num":
        found = digits_at(toks, i, lang)
        if found is None:
            return None
        value, j = found
        is_word = False
    else:
        found = words_at(toks, i, lang)
        if found is None:
            return None
        value, j = found
        is_word = True
        if j == i + 1 and t.low in v["weak"] and not _followed_by_scale_or_unit(toks, j, lang):
            return None
        if j < len(toks) and toks[j].low in function_words("article_a") and j + 1 < len(toks) and toks[j + 1].low in v["units"] \
                and t.low in v["free_denominators"]:
            j += 1  # "half an hour", "half a day"
    if j + 1 < len(toks) and toks[j].text == "-" and toks[j].start == toks[j - 1].end and toks[j + 1].start == toks[j].end \
            and v["scales"].get(toks[j + 1].low, 0) >= 1e6:
        j += 1  # "$100-million program": the hyphen that makes the amount an adjective
    if j < len(toks):
        nxt = toks[j]
        attached = nxt.start == toks[j - 1].end
        scale = v["scales"].get(nxt.low)
        letter = v["attached_scales"].get(nxt.text)
        if not is_word and letter and (attached or nxt.low == "k") and not _unit_word_follows(toks, j, v):
            return value * letter, j + 1, is_word
        if scale and (len(nxt.low) > 2 or nxt.low in function_words("spoken_scale_abbreviations") or
                      (attached and _currency_before(toks, i, v)) or (nxt.low in function_words("glued_scale_abbreviations") and attached)):
            if not (value == 1000 and is_word and scale == 1000):
                if not is_word:
                    return (*smaller_parts(toks, j + 1, value * scale, scale, lang), is_word)  # "4 thousand 3 hundred and 21"
                return value * scale, j + 1, is_word
    return value, j, is_word


def _unit_word_follows(toks, j, v) -> bool:
    """'5 M euro' is five million euro; '5 m' alone is five metres: only uppercase scales before a unit."""
    return toks[j].text in function_words("unit_letters")


def digits_at(toks: list[Tok], i: int, lang: str):
    """Digits, a digit fraction ('3/4', '2 1/4') and a sign before them."""
    t = toks[i]
    value = parse_digits(t.text, lang)
    j = i + 1
    if j + 1 < len(toks) and toks[j].text == "/" and toks[j].start == t.end and toks[j + 1].kind == "num" \
            and toks[j + 1].start == toks[j].end:
        den = parse_digits(toks[j + 1].text, lang)
        if not (0 < value < den):
            return None  # "24/7", dates: not fractions
        value, j = value / den, j + 2
    elif j + 2 < len(toks) and toks[j].kind == "num" and toks[j + 1].text == "/" and toks[j + 2].kind == "num" \
            and toks[j + 1].start == toks[j].end and toks[j + 2].start == toks[j + 1].end:
        num, den = parse_digits(toks[j].text, lang), parse_digits(toks[j + 2].text, lang)
        if 0 < num < den and float(value).is_integer():
            value, j = value + num / den, j + 3  # "2 1/4"
    v = vocab(lang)
    if j + 1 < len(toks) and toks[j].low in v["decimal_words"] and toks[j + 1].kind == "num" \
            and toks[j + 1].text.isdigit() and float(value).is_integer():
        return float(f"{int(value)}.{toks[j + 1].text}"), j + 2  # "1 point 1"
    if j < len(toks) and toks[j].low in v["multipliers"]:
        factor = parse_number_word(toks[j].low, lang)
        value, j = value * factor, j + 1
        if factor == 100 and j < len(toks) and toks[j].low in v["connectors"]:
            value, j = smaller_parts(toks, j, value, 100, lang)  # "3 hundred and one"
    # "4 thousand 3 hundred and 21": digits and number words in one number
    while j + 1 < len(toks) and float(value).is_integer() and (value % 100 == 0) and value >= 100:
        k = j + 1 if toks[j].low in v["connectors"] else j
        if k >= len(toks) or toks[k].kind != "num" or not re.fullmatch(r"\d{1,3}", toks[k].text):
            break
        part = float(toks[k].text)
        k += 1
        if k < len(toks) and toks[k].low in v["multipliers"]:
            part *= parse_number_word(toks[k].low, lang)
            k += 1
        elif k < len(toks) and v["scales"].get(toks[k].low) == 1000.0:
            part *= 1000
            k += 1
        if part >= value or (value % (part * 10 if part else 1) != 0 and part >= 100):
            break
        value, j = value + part, k
    return value, j


def number_glued_to_unit(t: Tok, lang: str) -> tuple[float, str] | None:
    """'six-mile', 'three-year', 'two-hour': a number word and a unit in one hyphenated word."""
    if t.kind != "word" or "-" not in t.low:
        return None
    v = vocab(lang)
    head, _, tail = t.low.rpartition("-")
    if tail not in v["units"]:
        return None
    value = parse_number_word(head, lang)
    return (value, v["units"][tail]) if value is not None and value > 0 else None


def words_at(toks: list[Tok], i: int, lang: str):
    """A number in words: 'driehonderd en twee dozijn', 'twee derde', 'half a dozen', 'one million two'."""
    v = vocab(lang)
    fraction = fraction_in_words(toks, i, lang)
    if fraction is not None:
        return fraction_of_a_scale(toks, fraction[1], fraction[0], v) if fraction[0] < 1 else fraction
    total, current, tail, last, fresh = 0.0, 0.0, 0.0, None, True
    j, seen, last_scale, joined = i, False, None, False
    while j < len(toks) and (toks[j].kind == "word" or (toks[j].kind == "sym" and toks[j].text in ("-", "‐"))):
        w = toks[j].low
        nxt = toks[j + 1].low if j + 1 < len(toks) else ""
        den = denominator(w, lang)
        if w in v["weak"] and seen is False and (nxt in v["multipliers"] or _cardinal(nxt, lang)) and \
                parse_number_word(nxt, lang) not in (None,) and denominator(nxt, lang) is None:
            j += 1  # "a dozen", "een honderd": the article is not a number
            continue
        if w in function_words("counting_articles") and seen and (nxt in v["multipliers"] or v["scales"].get(nxt, 0) >= 1e6):
            j += 1  # "half a dozen", "half a million"
            continue
        if w in v["weak"] and seen and last is None and current < 1 and nxt in v["units"]:
            break  # "half an year", "een half jaar": the article does not add one
        if toks[j].text in ("-", "‐") and seen and j + 1 < len(toks) and toks[j + 1].kind == "word" and \
                (_cardinal(nxt, lang) or denominator(nxt, lang) is not None):
            j += 1  # "fifty - two", "five - eighths"
            continue
        of_a_scale = not seen and v["scales"].get(nxt, 0) >= 1e6  # "a quarter million", "a third of a billion"
        if den is not None and (last is not None or w in v["free_denominators"] or joined or of_a_scale):
            num = last if last is not None else 1.0
            if is_a_rank(num, w, lang):
                break  # "twenty fifth": a rank, not twenty fifths
            if last is not None:
                current -= last
            scale_follows = v["scales"].get(nxt, 0) >= 1e6  # "een miljard en een half miljoen"
            if current == 0 and total > 0 and last_scale and last_scale >= 1e6 and not scale_follows:
                total += num / den * last_scale  # "one million and a half", "vijf miljard en driekwart"
            else:
                current += num / den
            tail, last, seen, fresh = num / den, None, True, False
            j += 1
            continue
        if toks[j].kind == "sym":
            break
        split = compound_fraction(w, lang)
        if split is not None:
            if current == 0 and total > 0 and last_scale and last_scale >= 1e6 and split < 1:
                total += split * last_scale  # "vijf miljard en driekwart"
                tail, last, seen = split, None, True
                j += 1
                continue
            current += split
            tail, last, seen = split, None, True
            j += 1
            continue
        x = parse_number_word(w, lang)
        big = v["scales"].get(w) if seen and (v["scales"].get(w, 0) >= 1e6 or v["scales"].get(w, 0) >= 1e5
                                              and len(w) >= 3) else None  # "twelve lakh", "three crore", "lac"
        if big and j + 1 < len(toks) and toks[j + 1].kind == "num" and toks[j + 1].start == toks[j].end:
            break  # "honderd m2": a unit with its power, not a million
        if x is None and big is None:
            after = toks[j + 2].low if j + 2 < len(toks) else ""
            joins = w in v["connectors"] and seen and (
                (_cardinal(nxt, lang) and (last_scale or w == "-" or denominator(after, lang) is not None
                                           or units_then_tens(last, nxt, lang)))
                or denominator(nxt, lang) is not None
                or (nxt in v["weak"] and (denominator(after, lang) is not None or after in v["multipliers"]))
                or (last_scale and (compound_fraction(nxt, lang) is not None or denominator(nxt, lang) is not None)))
            if joins:
                j += 1  # "one hundred and five", "two and a half"; not "ten and fifteen", "two and a version"
                last, joined = None, True  # "five and half": the half is added, not five halves
                continue
            break
        if big is not None and current == 0 and 0 < total < big:
            total *= big  # "three thousand millions"
            last_scale, tail, last, fresh = big, 0.0, None, True
        elif big is not None or (x is not None and x >= 1000):
            total += (current or 1) * (big or x)
            last_scale = big or x
            current, tail, last, fresh = 0.0, 0.0, None, True
        elif w in v["multipliers"]:
            current = current - tail + (tail or 1) * x
            tail, last, fresh = (tail or 1) * x, x, True
            last_scale = x
        else:
            if last is not None and last < 100 and not (last % 10 == 0 and last >= 20 and 1 <= x <= 9) \
                    and denominator(nxt, lang) is None:  # "drie een vijfde" is three and a fifth
                break  # "drie vier jaar", "twaalf een jaar eerder": two numbers, not seven or thirteen
            if fresh:
                tail, fresh = 0.0, False
            current += x
            tail += x
            last = x
        seen = True
        j += 1
    if not seen:
        return None
    value = total + current
    if 0 < value < 1:
        value, j = fraction_of_a_scale(toks, j, value, v)
    if j + 1 < len(toks) and toks[j].low in v["decimal_words"]:
        digits, k = "", j + 1
        while k < len(toks) and toks[k].kind == "word" and parse_number_word(toks[k].low, lang) is not None:
            digits += str(int(parse_number_word(toks[k].low, lang)))
            k += 1
        if digits:
            value, j = float(f"{int(value)}.{digits}"), k  # "two hundred point zero three"
    return value, j


def smaller_parts(toks: list[Tok], j: int, value: float, last_scale: float, lang: str) -> tuple[float, int]:
    """After '4 thousand', '6 crore': '3 hundred', 'and 21', 'and two hundred' belong to the same number."""
    v = vocab(lang)
    while j < len(toks):
        k = j + 1 if toks[j].low in v["connectors"] else j
        if k >= len(toks) or toks[k].kind not in ("num", "word"):
            break
        if toks[k].kind == "num":
            if not toks[k].text.isdigit() or len(toks[k].text) > 3:
                break
            part, m = float(toks[k].text), k + 1
            if m < len(toks) and toks[m].low in v["multipliers"]:
                part, m = part * parse_number_word(toks[m].low, lang), m + 1
        else:
            found = words_at(toks, k, lang)
            if found is None:
                break
            part, m = found
        if m < len(toks) and v["scales"].get(toks[m].low, 0) >= 1000 and len(toks[m].low) > 3:
            scale = v["scales"][toks[m].low]
            if scale >= last_scale:
                break
            part, m, last_scale = part * scale, m + 1, scale
        if 0 < part < 1:
            return value + part * last_scale, m  # "3 million and a half"
        if not 0 < part < last_scale:
            break
        if k == j and part < 100 and toks[j - 1].low not in v["multipliers"]:
            break  # "4 thousand 21 satellites": two numbers side by side stay apart unless joined by 'and'
        value, j = value + part, m
        if part < 100:
            break
    return value, j


def _followed_by_scale_or_unit(toks, j, lang) -> bool:
    if j >= len(toks):
        return False
    v = vocab(lang)
    low = toks[j].low
    return low in v["scales"] or low in v["units"] or unit_after(toks, j, lang)[0] is not None


def _currency_before(toks, i, v) -> bool:
    return i > 0 and (toks[i - 1].text in v["symbols"] or toks[i - 1].text.upper() in v["codes"])
