"""The text as number, word and symbol tokens; digits read as numbers in either language's notation."""
from __future__ import annotations

import functools
import math
import re

from ..lexicons import lexicon

NUM = (r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?|\d{1,3}(?:(?:[.,]|[ \u00a0\u202f](?=\d{3}(?!\d)))\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|(?<![\w.,])[.,]\d+)"
       r"(?:[eE][+-]?\d+(?![\w])|\^[+-]*\d+|\s?[x×]\s?10\^[+-]?\d+)?")


# "US$", "HK$" are one symbol even glued to digits ("3,14US$"), so they are tried before words.
TOKEN = re.compile(rf"(?P<num>{NUM})|(?P<cur>(?:US|[A-Z]{{1,2}})\$|CN¥)|(?P<word>[^\W\d_]+(?:[-'’.][^\W\d_]+)*)|(?P<sym>\S)")


YEAR = re.compile(r"(1[89]\d\d|20\d\d|2100)$")


class Tok:
    __slots__ = ("text", "start", "end", "kind", "low")

    def __init__(self, m: re.Match):
        self.text, self.start, self.end, self.kind = m.group(), m.start(), m.end(), m.lastgroup
        if self.kind == "cur":
            self.kind = "sym"
        self.low = self.text.lower()


def parse_digits(s: str, lang: str) -> float:
    """'3.000' (nl) -> 3000, '1,5' -> 1.5, '9,000' (en) -> 9000, '40 000' -> 40000, '1e10', '2,5^-1'."""
    s = re.sub(r"[ \u00a0\u202f]", "", s)
    times_ten = re.search(r"[x×]10\^([+-]?\d+)$", s)
    if times_ten:
        return parse_digits(s[:times_ten.start()], lang) * 10 ** int(times_ten.group(1))  # "1.3x10^6"
    power = re.search(r"\^([+-]*)(\d+)$", s)
    if power:
        sign = -1 if power.group(1).count("-") % 2 else 1
        return parse_digits(s[:power.start()], lang) ** (sign * int(power.group(2)))
    exponent = re.search(r"[eE]([+-]?\d+)$", s)
    if exponent:
        return parse_digits(s[:exponent.start()], lang) * 10 ** int(exponent.group(1))
    if s[0] in ".,":
        return float("0." + s[1:])
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
    elif dots or commas:
        sep = "." if dots else ","
        tail = s.rsplit(sep, 1)[1]
        if s.count(sep) > 1:
            dec = None
        elif len(tail) == 3 and sep != lexicon(lang)["decimal_separator"]:
            dec = None
        else:
            dec = sep
    else:
        dec = None
    if dec is None:
        return float(s.replace(".", "").replace(",", ""))
    thousands = "," if dec == "." else "."
    return float(s.replace(thousands, "").replace(dec, "."))


def tokenize(text: str) -> list[Tok]:
    toks = split_scale_compounds([Tok(m) for m in TOKEN.finditer(text)], text)
    for t in toks:
        if t.kind == "num" and not is_a_number(t.text):
            t.kind = "sym"  # "1.000.000,000.00", "1e999": digits that make no number (or none a float can hold)
    return toks


@functools.lru_cache(maxsize=None)
def scale_words() -> frozenset:
    return frozenset(str(k).lower() for lang in ("nl", "en") for k, v in lexicon(lang)["scales"].items() if float(v) >= 1e6)


def split_scale_compounds(toks: list[Tok], text: str) -> list[Tok]:
    """'240 million-euro deal', 'a $100-million-endowed program': a scale glued by a hyphen is a word of its own."""
    out = []
    for t in toks:
        parts = t.text.split("-")
        if t.kind != "word" or len(parts) < 2 or parts[0].lower() not in scale_words():
            out.append(t)
            continue
        at = t.start
        for n, part in enumerate(parts):
            if n:
                out.append(Tok(re.compile(r"(?P<sym>-)").match(text, at)))
                at += 1
            out.append(Tok(re.compile(rf"(?P<word>{re.escape(part)})").match(text, at)))
            at += len(part)
    return out


def is_a_number(s: str) -> bool:
    try:
        return math.isfinite(parse_digits(s, "en"))  # the language only picks between two valid readings
    except (ValueError, OverflowError, ZeroDivisionError):
        return False


HYPHEN_TOKENS = {"-", "‐", "‑"}
