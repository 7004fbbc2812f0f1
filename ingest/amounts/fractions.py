"""Fractions and ordinals in words: 'twee derde', 'three quarters', 'anderhalf', 'a fifth of'."""
from __future__ import annotations

from ..lexicons import function_words
from .numerals import _cardinal, cardinal_of, number_and_a_half, parse_number_word
from .tokens import HYPHEN_TOKENS, Tok
from .vocabulary import vocab


def fraction_of_a_scale(toks: list[Tok], j: int, value: float, v: dict) -> tuple[float, int]:
    """'two thirds of a million' -> 666,667."""
    if j + 1 < len(toks) and toks[j].low in v["of_words"]:
        k = j + 2 if toks[j + 1].low in function_words("counting_articles") else j + 1
        scale = v["scales"].get(toks[k].low, 0) if k < len(toks) and len(toks[k].low) > 3 else 0
        if scale >= 1000:
            return value * scale, k + 1
    return value, j


def fraction_in_words(toks: list[Tok], i: int, lang: str):
    """A numerator in words over an ordinal denominator: 'one hundred thirty-two fifths' (132/5),
    'three twenty-firsts' (3/21), 'one hundred thirty fifths' (100/35), 'one hundred and thirty fifths' (130/5).
    Half and quarter stay with words_at; 'the twenty-fifth' is an ordinal, not a fraction."""
    v = vocab(lang)
    if not v["ordinal_words"] or (i > 0 and toks[i - 1].low in v["definite_articles"]):
        return None
    parts, j = [], i
    while j < len(toks) and j - i < FRACTION_TOKENS:
        t = toks[j]
        if t.kind == "sym" and t.text in HYPHEN_TOKENS and parts:
            j += 1
            continue
        if t.kind != "word":
            return None
        if parts and ordinal_token(t.low, v):
            break
        if t.low in v["connectors"] and parts or _cardinal(t.low, lang) or (parts and t.low in v["scales"] and len(t.low) > 3) \
                or (not parts and t.low in function_words("article_a")):
            parts.append(t.low)
            j += 1
            continue
        return None
    else:
        return None
    if j >= len(toks) or not any(_cardinal(w, lang) for w in parts):
        return None
    last = toks[j].low
    head, _, tail = last.partition("-")
    if tail:  # "twenty-fifths", "thirty-fifths", "hundred-fifths"
        ordinal = ordinal_part(tail, v)
        if head in v["tens"]:
            den = v["tens"][head] + ordinal
        elif head in v["scales"] or head in v["multipliers"]:
            parts, den = parts + [head], ordinal
        else:
            return None
    else:
        den = ordinal_part(last, v)
        if len(parts) >= 2 and parts[-1] in v["tens"] and parts[-2] not in v["connectors"] and den < 10:
            den, parts = v["tens"][parts[-1]] + den, parts[:-1]  # "one hundred thirty fifths": over 35
    if den is None or den < 2:
        return None
    whole = 0.0
    joins = [n for n, w in enumerate(parts) if w in v["connectors"]]
    if joins and 0 < cardinal_of(parts[joins[-1] + 1:], lang) < den:
        # "twenty and three fifths" (20.6), "two and fifty-four hundredths" (2.54): a whole and a fraction;
        # "two million and three fifths": three fifths of the million
        head = parts[:joins[-1]]
        whole, parts = cardinal_of(head, lang), parts[joins[-1] + 1:]
        scale = v["scales"].get(head[-1], 0) if head and len(head[-1]) > 3 else 0
        if scale >= 1e6:
            return whole + cardinal_of(parts, lang) / den * scale, j + 1
    numerator = cardinal_of(parts, lang)
    singular = not last.endswith("s")
    if not numerator or (singular and numerator != 1):
        return None
    return whole + numerator / den, j + 1


FRACTION_TOKENS = 16


SINGULAR_FRACTIONS = function_words("singular_fractions")  # "two and a half", "three quarter hour": no plural needed


def is_a_rank(numerator: float, ordinal: str, lang: str) -> bool:
    """English fractions above one take a plural denominator: 'twenty fifth' is the 25th, 'two fifths' is 0.4.
    Dutch writes 'twee vijfde', so this holds for English only."""
    return lang == "en" and numerator != 1 and not ordinal.endswith("s") and ordinal not in SINGULAR_FRACTIONS


def ordinal_token(word: str, v: dict) -> bool:
    head, _, tail = word.partition("-")
    return ordinal_part(word, v) is not None or bool(tail) and ordinal_part(tail, v) is not None and (
        head in v["tens"] or head in v["scales"] or head in v["multipliers"])


def ordinal_part(word: str, v: dict) -> float | None:
    """'fifths' -> 5, 'firsts' -> 1, 'trillionths' -> 1e12; 'half', 'quarter' and 'seconds' are not meant here."""
    for w in (word, word[:-1] if word.endswith("s") else None):
        if w and w in v["ordinal_words"]:
            return float(v["ordinal_words"][w])
    if word in function_words("fraction_nouns"):
        return None
    found = denominator(word, v["lang"])
    return found if found and found >= 100 else None


def denominator(word: str, lang: str) -> float | None:
    """'derde' -> 3, 'vijfde' -> 5, 'kwart' -> 4, 'thirds' -> 3, 'hundredth' -> 100; else None."""
    v = vocab(lang)
    if word in v["not_denominators"]:
        return None
    if word in v["denominators"]:
        return v["denominators"][word]
    for suffix in v["ordinal_suffixes"]:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            if stem.endswith("ie") and lang == "en":
                stem = stem[:-2] + "y"  # twentieth -> twenty
            x = parse_number_word(stem, lang) or v["scales"].get(stem)
            if x is not None and x >= 3:
                return x
    return None


def compound_fraction(word: str, lang: str) -> float | None:
    """'driekwart' -> 0.75, 'tweederde' -> 0.667, 'tweeënhalf' -> 2.5 (one written word)."""
    v = vocab(lang)
    and_a_half = number_and_a_half(word, lang)
    if and_a_half is not None:
        return and_a_half
    if "-" in word:  # "een-achtste", "three-fifths"; not "twenty-fifth", a rank
        head, _, tail = word.rpartition("-")
        num, den = parse_number_word(head, lang), denominator(tail, lang)
        if num is not None and den and not is_a_rank(num, tail, lang):
            return num / den
    for den_word, den in v["denominators"].items():
        if word.endswith(den_word) and len(word) > len(den_word):
            num = parse_number_word(word[: -len(den_word)], lang)
            if num is not None and is_a_rank(num, den_word, lang):
                return None  # "twenty-fifth": a rank
            if num is not None:
                return num / den
    return None
