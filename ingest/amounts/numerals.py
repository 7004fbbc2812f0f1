"""Number words read as values: 'drieëntwintig' -> 23, 'twenty-one' -> 21, 'tweeënhalf' -> 2.5."""
from __future__ import annotations

import re

from ..lexicons import function_words
from .tokens import parse_digits
from .vocabulary import vocab


def parse_number_word(word: str, lang: str) -> float | None:
    """'drieëntwintig' -> 23, 'twee-en-veertig' -> 42, 'twenty-one' -> 21, else None."""
    v = vocab(lang)
    w = word.lower().replace("-", "").replace("’", "").replace("'", "")
    if w in v["connectors"] or not w:
        return None
    parts = _split_morphemes(w, v["morpheme"], v["connectors"])
    if parts is None or parts[-1] in v["connectors"] or parts[0] in v["connectors"]:
        return None  # "honderden" is "hundreds", not a number
    if len(parts) > 1 and all(p in v["weak"] for p in parts if p not in v["connectors"]):
        return None  # "aan", "ana": articles glued together are not a number
    values = [v["words"][p] for p in parts if p not in v["connectors"]]
    return combine(values) if values else None


def number_and_a_half(word: str, lang: str) -> float | None:
    """'tweeënhalf' -> 2.5, 'twaalfenhalve' -> 12.5, 'tweeëneenhalf' -> 2.5 (one written word)."""
    for tail in ("ëneenhalf", "eneenhalf", "ënhalf", "enhalf", "ënhalve", "enhalve"):
        if word.endswith(tail) and len(word) > len(tail):
            head = word[: -len(tail)]
            n = parse_number_word(head, lang)
            return n + 0.5 if n is not None else None
    return None


def _split_morphemes(w: str, pattern: re.Pattern, connectors) -> list[str] | None:
    if not w:
        return []
    for m in sorted({m.group() for m in pattern.finditer(w) if m.start() == 0} |
                    {w[:n] for n in range(len(w), 0, -1) if pattern.fullmatch(w[:n])}, key=len, reverse=True):
        rest = _split_morphemes(w[len(m):], pattern, connectors)
        if rest is not None:
            return [m] + rest
    return None


def combine(values: list[float]) -> float:
    total, current = 0.0, 0.0
    for x in values:
        if x == 100:
            current = (current or 1) * 100
        elif x >= 1000:
            total += (current or 1) * x
            current = 0.0
        else:
            current += x
    return total + current


def cardinal_of(words: list[str], lang: str) -> float:
    """'ninety five hundred' -> 9500, 'one million two thousand two hundred three' -> 1002203."""
    v = vocab(lang)
    total, current = 0.0, 0.0
    for w in words:
        if w in v["connectors"]:
            continue
        if w in function_words("article_a"):
            current += 1
            continue
        scale = v["scales"].get(w, 0) if len(w) > 3 else 0
        if w in v["multipliers"]:
            current = (current or 1) * parse_number_word(w, lang)
        elif scale >= 1000:
            total, current = total + (current or 1) * scale, 0.0
        else:
            x = parse_number_word(w, lang)
            if x is not None and x >= 1000:
                total, current = total + (current or 1) * x, 0.0
            elif x is not None:
                current += x
    return total + current


def units_then_tens(last: float | None, nxt: str, lang: str) -> bool:
    """'drie en dertig': a unit and a ten joined by 'en' (not 'tien en vijftien', two numbers)."""
    tens = parse_number_word(nxt, lang)
    return last is not None and 1 <= last <= 9 and tens is not None and tens in (20, 30, 40, 50, 60, 70, 80, 90)


def _cardinal(word: str, lang: str) -> bool:
    return bool(word) and parse_number_word(word, lang) is not None


def parse_bare(toks, j, lang) -> float:
    t = toks[j]
    return parse_digits(t.text, lang) if t.kind == "num" else (parse_number_word(t.low, lang) or 1.0)
