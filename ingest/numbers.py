"""Amounts in Dutch and English text: "1,5 miljard dollar" -> 1.5e9 USD. Pure functions.

find_amounts(text, lang) returns dicts {start, end, text, value, low, high, unit,
qualifier}; `value` is None for a range, which carries `low` and `high` instead.
"""
from __future__ import annotations

import bisect
import functools
import math
import re

from .lexicons import lexicon, lexicon_shared
from .ordinals import counting_ordinals
from .units import normalize, unit_family

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


def with_curly_apostrophes(table: dict) -> dict:
    """"gpu's" is also written "GPU’s": the lexicon writes the straight apostrophe once."""
    return {**table, **{k.replace("'", "’"): v for k, v in table.items() if "'" in k}}


@functools.lru_cache(maxsize=None)
def vocab(lang: str) -> dict:
    lex = lexicon(lang)
    shared = lexicon_shared()
    words = {k.lower(): float(v) for k, v in lex["number_words"].items()}
    units = with_curly_apostrophes({str(k).lower(): v for k, v in {**shared["currency_names"], **lex["units"]}.items()})
    counted = with_curly_apostrophes({str(k).lower(): v for k, v in lex["counted"].items()})
    quals = {str(k).lower(): v for k, v in lex["qualifiers"].items()}
    return {
        "words": words,
        "morpheme": re.compile("|".join(sorted(map(re.escape, list(words) + lex["number_connectors"]),
                                               key=len, reverse=True))),
        "connectors": set(lex["number_connectors"]),
        "weak": set(lex["weak_number_words"]),
        "scales": {str(k).lower(): float(v) for k, v in lex["scales"].items()},
        "decimal": lex["decimal_separator"],
        "qualifiers": quals,
        "max_qualifier_words": max(len(q.split()) for q in quals),
        "range_words": set(lex["range_words"]),
        "range_phrases": sorted((tuple(t.low for t in tokenize(w)) for w in lex["range_words"]), key=len, reverse=True),
        "comparison_words": {"than", "dan", "als", "as"},
        "ratio_words": set(lex["ratio_words"]),
        "change_from": set(lex["change_from"]), "change_to": set(lex["change_to"]),
        "month_words": {str(m).lower() for m in lex["months"]},
        "of_words": {"of", "van"},
        "lang": lang,
        "ordinal_words": {str(k).lower(): int(n) for k, n in lex["fraction_ordinals"].items()},
        "tens": {str(k): float(n) for k, n in lex["tens_words"].items()},
        "definite_articles": set(lex["fraction_blockers"]),
        "qualifiers_after": sorted(((tuple(t.low for t in tokenize(k)), q) for k, q in lex["qualifiers_after"].items()),
                                   key=lambda p: len(p[0]), reverse=True),
        "bound_joiners": {" ".join(w.split()) for w in lex["bound_joiners"]} | {""},
        "range_openers": set(lex["range_openers"]), "range_articles": set(lex.get("range_articles", [])),
        "multipliers": set(lex["multipliers"]),
        "denominators": {k.lower(): float(v) for k, v in lex["denominators"].items()},
        "free_denominators": set(lex["free_denominators"]),
        "ordinal_suffixes": sorted(lex["ordinal_suffixes"], key=len, reverse=True),
        "not_denominators": set(lex["not_denominators"]),
        "negative_words": set(lex["negative_words"]),
        "decimal_words": set(lex["decimal_words"]),
        "fraction_words": [tuple(w.split()) for w in lex["fraction_words"]],
        "units_before": {tuple(k.split()): u for k, u in lex["units_before"].items()},
        "attached_scales": {str(k): float(v) for k, v in shared["attached_scales"].items()},
        "vulgar": {str(k): float(v) for k, v in shared["vulgar_fractions"].items()},
        "units": units,
        "weighing_currency_words": {str(k).lower(): u for k, u in lex.get("weighing_currency_words", {}).items()},
        "glued_bounds": dict(lex.get("glued_bounds", {})), "ordinal_units": set(lex.get("ordinal_units", [])),
        "weighing_cues": set(lex.get("weighing_cues", [])), "money_nouns": set(lex.get("money_nouns", [])),
        "case_sensitive_units": dict(shared["case_sensitive_units"]),
        "max_unit_words": max(len(u.split()) for u in units),
        "counted": counted,
        "count_heads": [tuple(h.split()) for h in lex["count_heads"]],
        "change_verbs": set(lex["change_verbs"]),
        "level_words": {"tot", "to"},
        "duration_phrases_by_first": phrases_by_first_token(lex["duration_phrases"]),
        "unit_names": {u for family in shared["unit_families"].values() for u in family},
        "unit_modifiers": set(lex["unit_modifiers"]),
        # "een uur", "a kilogram": an article counts one of a measure, never of money or things
        "article_units": {u for u in units.values() if u in measure_units()}
        | {units[w] for w in lex["article_currencies"]},
        "counted_suffixes": sorted(counted, key=len, reverse=True),
        "counted_gap_phrases": [tuple(p.split()) for p in lex["counted_gap_phrases"]],
        "stopwords": set(lex["stopwords"]),
        "symbols": shared["currency_symbols"],
        "codes": set(shared["currency_codes"]),
        "dollar_prefixes": {str(k).lower(): v for k, v in shared["dollar_prefixes"].items()},
        "code_scales": {str(k): float(v) for k, v in shared["code_scales"].items()},
    }


@functools.lru_cache(maxsize=None)
def measure_units() -> frozenset:
    families = lexicon_shared()["unit_families"]
    return frozenset(str(u) for name in ("time", "mass", "length", "volume", "area", "energy", "power")
                     for u in families[name])


@functools.lru_cache(maxsize=None)
def time_units() -> frozenset:
    """Units of duration: only these may follow an article as a number ("een uur", "a month")."""
    return frozenset(str(u) for u in lexicon_shared()["unit_families"]["time"])


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
        elif len(tail) == 3 and sep != vocab(lang)["decimal"]:
            dec = None
        else:
            dec = sep
    else:
        dec = None
    if dec is None:
        return float(s.replace(".", "").replace(",", ""))
    thousands = "," if dec == "." else "."
    return float(s.replace(thousands, "").replace(dec, "."))


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


def find_amounts(text: str, lang: str) -> list[dict]:
    toks = tokenize(text)
    out, i = [], 0
    while i < len(toks):
        found = amount_at(toks, i, text, lang)
        if found is None:
            i += 1
            continue
        amount, i = found
        out.append(amount)
    out = merge_unit_ranges(out, text, lang)
    from_to_share_a_measure(out, text, lang)
    share_a_measure_before_and(out, text, lang)
    out = join_bounds(out, text, lang)
    out = join_ratios(out, text, lang)
    out = merge_compound_measures(out, text, lang)
    name_counts_from_before(out, toks, lang)
    out = sorted(out + whole_periods(toks, text, out, vocab(lang)), key=lambda a: a["start"])
    out = sorted(out + counting_ordinals(toks, text, out, lang), key=lambda a: a["start"])
    carry_currency(out, text, toks, lang)
    return [tidy(in_base_duration(a)) for a in out]


def join_ratios(amounts: list[dict], text: str, lang: str) -> list[dict]:
    """'one in five', '2 out of 500', 'één op de vijf': a share, as a fraction."""
    v = vocab(lang)
    out: list[dict] = []
    for a in amounts:
        prev = out[-1] if out else None
        between = " ".join(text[prev["end"]:a["start"]].lower().split()) if prev is not None else ""
        if prev is not None and between in v["ratio_words"] and prev["unit"] is None and prev["value"] \
                and a["value"] and prev["value"] < a["value"] and float(prev["value"]).is_integer() \
                and float(a["value"]).is_integer() and not YEAR.match(text[a["start"]:a["end"]]) \
                and (a["unit"] is None or unit_family_of(a["unit"]) == "count"):
            value = prev["value"] / a["value"]
            high_only = a["qualifier"] in BOUND_LOW
            out[-1] = {**prev, "end": a["end"], "text": text[prev["start"]:a["end"]], "value": value,
                       "low": value if high_only else prev["low"], "high": prev["high"], "unit": None,
                       "qualifier": a["qualifier"] or prev["qualifier"]}
            continue
        out.append(a)
    return out


def unit_family_of(unit: str) -> str | None:
    return unit_family(unit)


def tidy(amount: dict) -> dict:
    """16.4 x 1e6 is 16400000, not 16399999.999999998."""
    return {**amount, **{k: float(f"{amount[k]:.12g}") for k in ("value", "low", "high") if amount[k] is not None}}


def phrases_by_first_token(table: dict) -> dict[str, list]:
    out: dict[str, list] = {}
    for k, d in sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True):
        phrase = tuple(t.low for t in tokenize(k))
        out.setdefault(phrase[0], []).append((phrase, tuple(d)))
    return out


def whole_periods(toks: list[Tok], text: str, found: list[dict], v: dict) -> list[dict]:
    """'all day', 'the whole year', 'de hele week', 'another hour': one of a time unit, said in words."""
    out = []
    for k in range(len(toks)):
        for phrase, (value, unit) in v["duration_phrases_by_first"].get(toks[k].low, ()):
            n = len(phrase)
            if tuple(t.low for t in toks[k:k + n]) != phrase:
                continue
            start, end = toks[k].start, toks[k + n - 1].end
            if not any(a["start"] < end and start < a["end"] for a in found + out):
                out.append({"start": start, "end": end, "text": text[start:end], "value": float(value), "low": None,
                            "high": None, "unit": unit, "qualifier": None})
            break
    return out


def in_base_duration(amount: dict) -> dict:
    base = lexicon_shared()["duration_base"].get(amount["unit"])
    if base is None:
        return amount
    unit, factor = base
    scaled = {k: (amount[k] * factor if amount[k] is not None else None) for k in ("value", "low", "high")}
    return {**amount, **scaled, "unit": unit}


COUNT_LOOKBACK = 10


def name_counts_from_before(amounts: list[dict], toks: list[Tok], lang: str) -> None:
    """'het aantal klanten steeg tot 8 miljoen', 'the number of users rose to 8 million'."""
    v = vocab(lang)
    starts = {t.start: k for k, t in enumerate(toks)}
    for a in amounts:
        k = starts.get(a["start"])
        if a["unit"] is not None or k is None:
            continue
        window = toks[max(0, k - COUNT_LOOKBACK):k]
        ends = [n for n, t in enumerate(window) if t.text in (".", "!", "?", ";")]
        window = window[ends[-1] + 1:] if ends else window  # within the sentence
        lows = [t.low for t in window]
        for head in v["count_heads"]:
            at = next((n for n in range(len(lows) - len(head)) if tuple(lows[n:n + len(head)]) == head), None)
            counted = counted_noun(lows[at + len(head)], v) if at is not None else None
            if counted:
                a["unit"] = counted
                break


SMALLER = {"years": "months", "months": "days", "weeks": "days", "days": "hours", "hours": "minutes",
           "minutes": "seconds", "ft": "in", "yd": "ft", "m": "cm", "km": "m"}


def merge_compound_measures(amounts: list[dict], text: str, lang: str) -> list[dict]:
    """'2 years and 3 months' -> 27 months; 'een uur en 15 minuten' -> 75 minutes; '1 hour thirty' -> 90 minutes."""
    v = vocab(lang)
    out = []
    for a in amounts:
        prev = out[-1] if out else None
        if prev is not None and prev["value"] is not None and a["value"] is not None and prev["unit"] in SMALLER:
            between = text[prev["end"]:a["start"]].strip(" ,").lower()
            unit = a["unit"] or SMALLER[prev["unit"]]
            big, base = normalize(prev["value"], prev["unit"])
            small, base2 = normalize(a["value"], unit)
            fraction_only = a["unit"] is None and a["value"] < 1  # "an hour and a half": the branch below
            if between in ("", *v["connectors"]) and base == base2 and small < big and unit != prev["unit"] \
                    and not fraction_only:
                factor = normalize(1.0, unit)[0]
                total = (big + small) / factor
                out[-1] = {**prev, "end": a["end"], "text": text[prev["start"]:a["end"]], "value": round(total, 9), "unit": unit}
                continue
        if prev is not None and prev["value"] is not None and prev["unit"] in SMALLER and a["unit"] is None \
                and a["value"] == 0.5 and text[prev["end"]:a["start"]].strip().lower() in v["connectors"]:
            out[-1] = {**prev, "end": a["end"], "text": text[prev["start"]:a["end"]], "value": prev["value"] + 0.5}
            continue  # "an hour and a half"
        last_word = prev["text"].split()[-1].lower() if prev is not None else ""
        if prev is not None and prev["value"] is not None and a["value"] is not None and a["value"] < 1 \
                and prev["unit"] is None and a["unit"] is None and v["scales"].get(last_word, 0) >= 1e6 \
                and text[prev["end"]:a["start"]].strip().lower() in v["connectors"]:
            scale = v["scales"][last_word]  # "3 miljoen en een half", "3 million and a quarter"
            out[-1] = {**prev, "end": a["end"], "text": text[prev["start"]:a["end"]],
                       "value": prev["value"] + a["value"] * scale}
            continue
        out.append(a)
    return out


def share_a_measure_before_and(amounts: list[dict], text: str, lang: str) -> None:
    """'45 and 50 mg', '2 of 3 GW': a bare number joined by 'and' or 'or' to a measure measures the same,
    unless the measure's number is scaled ('2 and 3 billion dollars' is left alone)."""
    v = vocab(lang)
    joiners = set(lexicon(lang)["coordinators"]) - {","}
    for a, b in zip(amounts, amounts[1:]):
        if a["unit"] is not None or a["value"] is None or b["value"] is None or b["unit"] not in measure_units() | {"%"}:
            continue
        if text[a["end"]:b["start"]].strip().lower() in joiners and not any(w.lower() in v["scales"] for w in b["text"].split()):
            a["unit"] = b["unit"]


def merge_unit_ranges(amounts: list[dict], text: str, lang: str) -> list[dict]:
    """'tussen 10 dollars en 20 dollars', '$10-$20', 'from 10 dollars to 20 dollars' -> one range."""
    v = vocab(lang)
    out = []
    for a in amounts:
        prev = out[-1] if out else None
        if prev is not None and prev["value"] is not None and a["value"] is not None and prev["unit"] and \
                (a["unit"] == prev["unit"] or a["unit"] is None) and prev["value"] < a["value"]:
            between = text[prev["end"]:a["start"]].strip().lower()
            first_word = a["text"].split()[0].lower()
            if not between and a["qualifier"] in BOUND_HIGH and first_word in v["range_words"]:
                between = first_word  # "vanaf 10 dollar tot 20 dollar": the "tot" was read as "up to"
            before = text[:prev["start"]].split()[-1:] if text[:prev["start"]].strip() else []
            opener = bool(before) and before[0].lower() in v["range_openers"]
            if between in ("-", "–", "tot", "to", "through", "à") or (between in ("en", "and") and opener):
                start = prev["start"] - (len(before[0]) + 1 if opener else 0)
                start = text.rfind(before[0], 0, prev["start"]) if opener else prev["start"]
                low = prev["value"] * shared_scale(prev, a, lang)  # "$4-$5 billion": four billion
                out[-1] = {**prev, "start": start, "end": a["end"], "text": text[start:a["end"]], "value": None,
                           "low": low, "high": a["value"], "qualifier": prev["qualifier"]}
                continue
        out.append(a)
    return out


FIRST_DIGITS = re.compile(r"\d[\d.,]*")


def shared_scale(low: dict, high: dict, lang: str) -> float:
    """The scale word of the high end that the low end leaves out: '$4-$5 billion', 'van 7,2 naar 20 miljoen'."""
    lo_digits, hi_digits = FIRST_DIGITS.search(low["text"]), FIRST_DIGITS.search(high["text"])
    if lo_digits is None or hi_digits is None or low["value"] is None or high["value"] is None:
        return 1.0
    try:
        lo_bare, hi_bare = parse_digits(lo_digits.group().rstrip(".,"), lang), parse_digits(hi_digits.group().rstrip(".,"), lang)
    except ValueError:
        return 1.0
    scale = high["value"] / hi_bare if hi_bare else 1.0
    own = low["value"] / lo_bare if lo_bare else 1.0
    return scale if scale >= 1000 and abs(own - 1.0) < 1e-9 and lo_bare < hi_bare * 1000 else 1.0


def from_to_share_a_measure(amounts: list[dict], text: str, lang: str) -> None:
    """'from about 12 to possibly 25 percent', 'van 3 naar 5 miljoen dollar': a change from a bare number to a
    measured one; the first number takes the scale and unit of the second (two figures, the before and after).
    A bare scale alone ('van 7,2 naar 20 miljoen') says not what is counted: left as it is."""
    v = vocab(lang)
    for prev, a in zip(amounts, amounts[1:]):
        if prev["unit"] is not None or prev["value"] is None or a["value"] is None or a["unit"] is None:
            continue
        before = text[max(0, prev["start"] - 12):prev["start"]].lower().split()
        between = text[prev["end"]:a["start"]].lower().split()
        if before[-1:] and before[-1] in v["change_from"] and between[:1] and between[0] in v["change_to"] and len(between) <= 2:
            prev["value"] = prev["value"] * shared_scale(prev, a, lang)
            prev["unit"] = a["unit"]


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
        if j < len(toks) and toks[j].low in ("a", "an") and j + 1 < len(toks) and toks[j + 1].low in v["units"] \
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
        if scale and (len(nxt.low) > 2 or nxt.low in ("mln", "mld", "mrd", "lkh", "cr") or
                      (attached and _currency_before(toks, i, v)) or (nxt.low in ("bn", "mn", "tn") and attached)):
            if not (value == 1000 and is_word and scale == 1000):
                if not is_word:
                    return (*smaller_parts(toks, j + 1, value * scale, scale, lang), is_word)  # "4 thousand 3 hundred and 21"
                return value * scale, j + 1, is_word
    return value, j, is_word


def _unit_word_follows(toks, j, v) -> bool:
    """'5 M euro' is five million euro; '5 m' alone is five metres: only uppercase scales before a unit."""
    return toks[j].text in ("m", "g", "t")


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


def fraction_of_a_scale(toks: list[Tok], j: int, value: float, v: dict) -> tuple[float, int]:
    """'two thirds of a million' -> 666,667."""
    if j + 1 < len(toks) and toks[j].low in v["of_words"]:
        k = j + 2 if toks[j + 1].low in ("a", "an", "een") else j + 1
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
                or (not parts and t.low in ("a", "an")):
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
SIGNED_UNITS = {"degC", "degF", "deg"}  # measures that go below zero
SIGN_OPENERS = {"<", ">", "=", "≤", "≥", "(", "["}
SINGULAR_FRACTIONS = {"half", "quarter"}  # "two and a half", "three quarter hour": no plural needed


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
    if word in ("half", "halves", "quarter", "quarters", "second", "seconds"):
        return None
    found = denominator(word, v["lang"])
    return found if found and found >= 100 else None


def cardinal_of(words: list[str], lang: str) -> float:
    """'ninety five hundred' -> 9500, 'one million two thousand two hundred three' -> 1002203."""
    v = vocab(lang)
    total, current = 0.0, 0.0
    for w in words:
        if w in v["connectors"]:
            continue
        if w in ("a", "an"):
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
        if w in ("a", "an", "een") and seen and (nxt in v["multipliers"] or v["scales"].get(nxt, 0) >= 1e6):
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


def units_then_tens(last: float | None, nxt: str, lang: str) -> bool:
    """'drie en dertig': a unit and a ten joined by 'en' (not 'tien en vijftien', two numbers)."""
    tens = parse_number_word(nxt, lang)
    return last is not None and 1 <= last <= 9 and tens is not None and tens in (20, 30, 40, 50, 60, 70, 80, 90)


def _cardinal(word: str, lang: str) -> bool:
    return bool(word) and parse_number_word(word, lang) is not None


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


def _followed_by_scale_or_unit(toks, j, lang) -> bool:
    if j >= len(toks):
        return False
    v = vocab(lang)
    low = toks[j].low
    return low in v["scales"] or low in v["units"] or unit_after(toks, j, lang)[0] is not None


def _currency_before(toks, i, v) -> bool:
    return i > 0 and (toks[i - 1].text in v["symbols"] or toks[i - 1].text.upper() in v["codes"])


def amount_at(toks: list[Tok], i: int, text: str, lang: str):
    v = vocab(lang)
    t = toks[i]
    if t.text in v["vulgar"]:  # "½" reads as a word character
        unit, j = unit_after(toks, i + 1, lang)  # "een ½ uur"
        end = toks[j - 1].end
        return ({"start": t.start, "end": end, "text": text[t.start:end], "value": v["vulgar"][t.text], "low": None,
                 "high": None, "unit": unit, "qualifier": None}, j)
    if t.kind not in ("num", "word"):
        return None
    if t.kind == "num" and t.text.isdigit() and i + 1 < len(toks) and toks[i + 1].text in v["vulgar"] \
            and toks[i + 1].start == t.end:  # "2½ jaar", "a 2½-hour flight"
        value, j = int(t.text) + v["vulgar"][toks[i + 1].text], i + 2
        if j < len(toks) and v["scales"].get(toks[j].low, 0) >= 1000:
            value, j = value * v["scales"][toks[j].low], j + 1  # "2½ miljoen"
        if j + 1 < len(toks) and toks[j].text in ("-", "‐") and toks[j].start == toks[j - 1].end:
            j += 1  # "2½-hour"
        unit, j = unit_after(toks, j, lang)
        end = toks[j - 1].end
        return ({"start": t.start, "end": end, "text": text[t.start:end], "value": value,
                 "low": None, "high": None, "unit": unit, "qualifier": None}, j)
    glued = number_glued_to_unit(t, lang)
    if glued is not None:  # "a six-mile trip", "a three-year deal"
        value, unit = glued
        return ({"start": t.start, "end": t.end, "text": t.text, "value": value, "low": None, "high": None,
                 "unit": unit, "qualifier": None}, i + 1)
    nxt_scale = i + 1 < len(toks) and v["scales"].get(toks[i + 1].low, 0) >= 1e6
    if t.kind == "word" and parse_number_word(t.low, lang) is None and compound_fraction(t.low, lang) is None \
            and not (t.low in v["free_denominators"]) and not (nxt_scale and denominator(t.low, lang)):
        return None
    if t.kind == "num" and is_not_an_amount(toks, i, text):
        return None
    first = number_at(toks, i, text, lang)
    if first is None:
        return None
    value, j, _ = first
    low = high = None
    # Range: "10 tot 20", "2-3", "tussen 3 en 5", "between 2 and 3".
    signed = i > 1 and toks[i - 1].low in v["negative_words"] and toks[i - 2].low in v["range_openers"]
    opener_at = i - 2 if signed else i - 1  # "tussen min tien en vijftien"
    opener = opener_at >= 0 and toks[opener_at].low in v["range_openers"]
    after_article = not opener and opener_at >= 1 and toks[opener_at].low in v["range_articles"] \
        and toks[opener_at - 1].low in v["range_openers"]  # "tussen de 8 en 10 miljard euro"
    if after_article:
        opener_at, opener = opener_at - 1, True
    after_range_word = range_word_end(toks, j, v)
    if after_range_word is not None and after_range_word < len(toks) and (
            toks[j].low not in ("en", "and", "a") or opener) and toks[after_range_word].kind in ("num", "word"):
        second = number_at(toks, after_range_word, text, lang)
        if second is not None and not (toks[j + 1].kind == "num" and YEAR.fullmatch(toks[j + 1].text)
                                       and toks[i].kind == "num" and YEAR.fullmatch(toks[i].text)):
            hv, j2, _ = second
            if after_article and unit_after(toks, j2, lang)[0] in measure_units():
                pass  # "tussen de 3 en 15 gram" stays two measures (peer.py cannot score a measured range)
            elif hv > value * 0 and hv >= value or value > hv and value / 1000 < hv:
                if hv > value and value < 1000 <= hv and hv / value >= 1000 and toks[i].kind == "num":
                    value *= hv / parse_bare(toks, after_range_word, lang)  # "10 tot 20 miljard": shared scale
                low, high, j = (-value if signed else value), hv, j2
    for phrase in v["fraction_words"]:
        n = len(phrase)
        if tuple(t.low for t in toks[j:j + n]) == phrase and j + n < len(toks) and toks[j + n].kind in ("num", "word"):
            den = number_at(toks, j + n, text, lang)
            if den is not None and den[0] and value < den[0] and unit_after(toks, den[1], lang)[0] is None:
                value, j = value / den[0], den[1]  # "one over three", "2000 over 3"; not "$2000 over 3 years"
            break
    number_end = j
    start_i = opener_at if opener and low is not None else i
    # Currency or code before: "$5", "US$ 20", "€ 1,5 miljard", "USD 5".
    unit = None
    if start_i > 1 and toks[start_i - 1].text == "." and toks[start_i - 2].text + "." in v["symbols"] \
            and toks[start_i - 1].start == toks[start_i - 2].end:
        unit, start_i = v["symbols"][toks[start_i - 2].text + "."], start_i - 2  # "Rs. 20"
    elif start_i > 1 and toks[start_i - 1].text in ("-", "−") and toks[start_i - 1].end == toks[start_i].start \
            and toks[start_i - 2].text in v["symbols"]:
        unit = v["symbols"][toks[start_i - 2].text]  # "€ -12": the sign sits between the symbol and the digits
        value, low, high = (-x if x is not None else None for x in (value, low, high))
        start_i -= 2
    elif start_i > 0 and (toks[start_i - 1].text in v["symbols"] or toks[start_i - 1].text in v["codes"]):
        unit = v["symbols"].get(toks[start_i - 1].text) or toks[start_i - 1].text
        start_i -= 1
        if toks[start_i].text.endswith("$") and start_i > 0 and toks[start_i - 1].kind == "word" \
                and toks[start_i - 1].low in v["dollar_prefixes"] and (
                    toks[start_i].start == toks[start_i - 1].end or len(toks[start_i - 1].text) > 1):
            # "C$ 16", "hk $ 10"; not "a $48 million contract", "A $5 fee", "'s $5"
            unit = v["dollar_prefixes"][toks[start_i - 1].low]
            start_i -= 1
    if unit is None and unit_after(toks, j, lang)[0] is None:
        for n in (3, 2, 1):  # "ringgit 42", "malaysian ringgit 42", "dollar 22.5 million"
            if start_i >= n and all(t.kind == "word" for t in toks[start_i - n:start_i]):
                code = v["units"].get(" ".join(t.low for t in toks[start_i - n:start_i]))
                if code in v["codes"]:
                    unit, start_i = code, start_i - n
                    break
    for phrase, before_unit in v["units_before"].items():
        n = len(phrase)
        if start_i >= n and tuple(t.low for t in toks[start_i - n:start_i]) == phrase:
            unit, start_i = before_unit, start_i - n  # "percent of 10"
            break
    if j + 1 < len(toks) and toks[j].text == "." and toks[j].start == toks[j - 1].end and toks[j - 1].low in v["scales"] \
            and len(toks[j - 1].text) <= ABBREVIATION and unit_after(toks, j + 1, lang)[0] is not None:
        j += 1  # "2 mld. euro": the abbreviation's dot
    glued_qualifier = None
    if j + 1 < len(toks) and toks[j].text in HYPHEN_TOKENS and toks[j].start == toks[j - 1].end \
            and toks[j + 1].start == toks[j].end and toks[j + 1].low in v["glued_bounds"]:
        glued_qualifier, j = v["glued_bounds"][toks[j + 1].low], j + 2  # "5,000-plus satellites"
    after_unit, j_after = unit_after(toks, j, lang)
    if after_unit is not None and (unit is None or after_unit in v["codes"]):
        unit, j = after_unit, j_after
    elif unit is None and j < len(toks) and scaled_code(toks[j].text, v):
        factor, unit = scaled_code(toks[j].text, v)
        value, j = value * factor, j + 1  # "30 MUSD"
    if unit is not None and j < len(toks) and low is None and v["scales"].get(toks[j].low, 0) >= 1e6:
        value, j = value * v["scales"][toks[j].low], j + 1  # "75 USD million"
    if unit is not None and len(unit) == 3 and low is None:
        value, j = add_cents(toks, j, value, lang)
    if toks[i].kind == "num" and YEAR.fullmatch(toks[i].text) and unit is None and low is None and j == i + 1:
        return None  # a year, not an amount; time expressions take it
    if toks[i].kind == "num" and i > 0 and toks[i - 1].low.rstrip(".") in v["month_words"] and value <= 31 and low is None \
            and not (start_i < i):
        return None  # "on June 13 won spots": the day of a date, whatever word follows
    if toks[i].kind == "num" and YEAR.fullmatch(toks[i].text) and unit is not None and j == i + 2 \
            and toks[i + 1].kind == "word" and toks[i + 1].low != unit.lower() and not toks[i + 1].low.endswith(("s", "en")) \
            and unit[:1].islower() and unit not in measure_units():
        return None  # "a 2026 launch": a year before a single thing, not 2026 of them
    if toks[i].kind == "word" and toks[i].low in v["weak"] and number_end == i + 1 and j == i + 2 \
            and toks[i + 1].low in v["ordinal_units"] and j < len(toks) and toks[j].kind == "word" \
            and toks[j].low not in v["stopwords"] and toks[j].text.islower():
        return None  # "a second attempt", "a second satellite": an ordinal, not a second of time
    unit_is_a_word = number_end < len(toks) and toks[number_end].kind == "word"  # "a dollar", not "a $48"
    if toks[i].kind == "word" and low is None and toks[i].low in v["weak"] and number_end == i + 1 \
            and (unit not in v["article_units"] or not unit_is_a_word) \
            and not (i > 0 and toks[i - 1].low in v["negative_words"]):
        return None  # "een satelliet": an article, not a count; "een uur" is a duration
    if toks[i].kind == "num" and low is None and looks_like_model_name(toks, i, lang) and (
            (unit is None and j == i + 1) or counted_after_model_name(toks, i, lang)):
        return None  # "Falcon 9", "Long March 12", "165 Falcon 9 missions"
    start_i, value, low, high = apply_sign(toks, start_i, value, low, high, lang, unit)
    qualifier, start_i = qualifier_before(toks, start_i, lang)
    qualifier = qualifier or glued_qualifier
    if low is None and qualifier in (None, "about", "exactly"):
        after, j = qualifier_after(toks, j, v)  # "ongeveer vijfhonderd of meer": the bound says more
        qualifier = after or qualifier
    if low is None and qualifier in BOUND_LOW:
        low = value
    elif low is None and qualifier in BOUND_HIGH:
        high = value
    elif low is None and qualifier == "exactly":
        low = high = value
    start, end = toks[start_i].start, toks[j - 1].end
    is_range = low is not None and high is not None and low != high
    amount = {"start": start, "end": end, "text": text[start:end], "value": None if is_range else value,
              "low": low, "high": high, "unit": unit, "qualifier": qualifier}
    return amount, j


def range_word_end(toks: list[Tok], j: int, v: dict) -> int | None:
    """Index after a range word at j ('tot', '-', 'tot en met', 't/m'), or None."""
    for phrase in v["range_phrases"]:
        if tuple(t.low for t in toks[j:j + len(phrase)]) == phrase:
            return j + len(phrase)
    return None


def qualifier_after(toks: list[Tok], j: int, v: dict) -> tuple[str | None, int]:
    """'200 or more', '500 of minder'."""
    for phrase, qualifier in v["qualifiers_after"]:
        if tuple(t.low for t in toks[j:j + len(phrase)]) == phrase:
            k = j + len(phrase)
            if k < len(toks) and (toks[k].kind == "num" or toks[k].low in v["comparison_words"]):
                return None, j  # "10,000 satellites and more than 150 launches": the next amount's qualifier
            return qualifier, k
    return None, j


def join_bounds(amounts: list[dict], text: str, lang: str) -> list[dict]:
    """'more than 10 and less than 20' -> one range; 'at most 100 and at least 20' too."""
    v = vocab(lang)
    out = []
    for a in amounts:
        prev = out[-1] if out else None
        if prev is not None and (prev["unit"] == a["unit"] or a["unit"] is None or prev["unit"] is None):
            between = " ".join(text[prev["end"]:a["start"]].lower().split())
            lo_hi = (prev["low"], a["high"]) if prev["high"] is None and a["low"] is None else \
                (a["low"], prev["high"]) if prev["low"] is None and a["high"] is None else (None, None)
            if between in v["bound_joiners"] and None not in lo_hi and lo_hi[0] < lo_hi[1]:
                out[-1] = {**prev, "end": a["end"], "text": text[prev["start"]:a["end"]], "value": None,
                           "low": lo_hi[0], "high": lo_hi[1], "unit": prev["unit"] or a["unit"]}
                continue
        out.append(a)
    return out


BOUND_LOW = {"more_than", "at_least"}
BOUND_HIGH = {"less_than", "up_to"}


def apply_sign(toks, start_i, value, low, high, lang, unit=None):
    """'-504', '- 1,200,000', 'minus 3', 'negatief 5'; before a temperature a spaced dash is a minus too
    ('convert - 20 degrees Fahrenheit')."""
    if start_i == 0:
        return start_i, value, low, high
    prev = toks[start_i - 1]
    before = toks[start_i - 2] if start_i >= 2 else None
    sign_word = prev.low in vocab(lang)["negative_words"]
    attached = prev.end == toks[start_i].start
    dash = prev.text in ("-", "−", "–") and (before is None or (before.end < prev.start and before.text not in ("-", "−", "–")
                                                                and before.kind != "num") or before.text in SIGN_OPENERS) \
        and (attached or before is None or unit in SIGNED_UNITS and before.kind == "word")
    if not (sign_word or dash):
        return start_i, value, low, high
    neg = (lambda x: -x if x is not None else None)
    return start_i - 1, neg(value), neg(low), neg(high)


def add_cents(toks, j, value, lang):
    """'3 euro en 50 cent', '20 dollar 43c', '15 dollars 50', 'vijf euro vijftig' -> 3.5, 20.43, ..."""
    v = vocab(lang)
    k = j + 1 if j < len(toks) and toks[j].low in v["connectors"] else j
    if k >= len(toks) or toks[k].kind not in ("num", "word") or not float(value).is_integer():
        return value, j
    cents = number_at(toks, k, "", lang) if toks[k].kind == "word" or "." not in toks[k].text else None
    if cents is None or not (0 < cents[0] < 100) or not float(cents[0]).is_integer():
        return value, j
    m = cents[1]
    unit, m2 = unit_after(toks, m, lang)
    if unit is not None and not unit.endswith("_CENT"):
        return value, j  # "5 euro en 3 dollar": two amounts
    if unit is None and m < len(toks) and toks[m].kind in ("word", "num") and toks[m].low not in v["connectors"]:
        return value, j  # "5 euro 50 gebruikers"
    return value + cents[0] / 100, (m2 if unit else m)


def parse_bare(toks, j, lang) -> float:
    t = toks[j]
    return parse_digits(t.text, lang) if t.kind == "num" else (parse_number_word(t.low, lang) or 1.0)


def unit_after(toks: list[Tok], j: int, lang: str) -> tuple[str | None, int]:
    """The unit right after a number: a unit word (up to three words), '%', or a counted noun."""
    v = vocab(lang)
    if j >= len(toks):
        return None, j
    for n in range(v["max_unit_words"], 0, -1):
        if j + n > len(toks):
            continue
        words = toks[j:j + n]
        if any(b.start - a.end > 1 for a, b in zip(words, words[1:])):
            continue
        phrase = " ".join(w.low for w in words).rstrip(".")
        if n == 1 and toks[j].text in v["case_sensitive_units"]:
            return v["case_sensitive_units"][toks[j].text], j + 1  # "30 C outside"
        if phrase in v["units"]:
            k = j + n
            if phrase in v["weighing_currency_words"] and weighs(toks, j, k, v):
                return v["weighing_currency_words"][phrase], k  # "10,000 pounds of cargo": a weight
            if k + 1 < len(toks) and toks[k].text == "^" and toks[k + 1].text in ("2", "3") and toks[k].start == toks[k - 1].end \
                    and v["units"][phrase] + toks[k + 1].text in v["unit_names"]:
                return v["units"][phrase] + toks[k + 1].text, k + 2  # "6770 m^2"
            if k < len(toks) and toks[k].text in ("2", "3") and toks[k].start == toks[k - 1].end \
                    and v["units"][phrase] + toks[k].text in v["unit_names"]:
                return v["units"][phrase] + toks[k].text, k + 1  # "301,338 km2", "24703m2": area, not km and m
            if k < len(toks) and toks[k].kind == "num" and toks[k].start == toks[k - 1].end:
                continue  # "an H100", "8 H200 chips": a model code, not a unit
            return v["units"][phrase], k
        if n == 1 and toks[j].text.upper() in v["codes"] and toks[j].text.isupper():
            return toks[j].text.upper(), j + 1
        if n == 1 and toks[j].text in v["symbols"]:
            return v["symbols"][toks[j].text], j + 1  # "20€", "10 $"
    if toks[j].low in ("of", "aan") and j + 1 < len(toks) and toks[j + 1].low in v["units"] \
            and toks[j - 1].low in v["multipliers"] | v["weak"]:
        return v["units"][toks[j + 1].low], j + 2  # "a couple of days", "a dozen of hours"
    if toks[j].text in HYPHEN_TOKENS and toks[j].start == toks[j - 1].end and j + 1 < len(toks) \
            and toks[j + 1].start == toks[j].end and toks[j + 1].low in v["units"]:
        return v["units"][toks[j + 1].low], j + 2  # "a 3-min delay", "30-minutes"
    if toks[j].text in HYPHEN_TOKENS and toks[j].start == toks[j - 1].end and j + 1 < len(toks) \
            and toks[j + 1].start == toks[j].end and counted_noun(toks[j + 1].low, v):
        return counted_noun(toks[j + 1].low, v), j + 2  # "a 12,000-satellite constellation"
    counted = counted_noun(toks[j].low, v)
    if counted:
        head = noun_head_after(toks, j, v)
        if head is not None:
            return counted_noun(head.low, v) or head.low, j + 2  # "12 satellite launches", "27 launch contracts"
        return counted, j + 1
    if toks[j].low in v["unit_modifiers"] and j + 1 < len(toks) and toks[j + 1].low in v["units"]:
        return v["units"][toks[j + 1].low], j + 2  # "2 more minutes"
    if toks[j].text in BRACKETS and j + 2 < len(toks) and toks[j + 1].low in v["units"] \
            and toks[j + 2].text == BRACKETS[toks[j].text]:
        return v["units"][toks[j + 1].low], j + 3  # "20 (kg)", "20 [kg]"
    k = noun_after_model_name(toks, j)
    if k is not None and counted_noun(toks[k].low, v):
        return counted_noun(toks[k].low, v), k + 1  # "165 Falcon 9 missions": the noun says what is counted
    # "9.000 Starlink-satellieten", "200 new satellites", "48 Amazon Leo broadband satellites",
    # "2800 van zulke satellieten": a few describing words before the counted noun.
    k = j + next((len(p) for p in v["counted_gap_phrases"] if tuple(t.low for t in toks[j:j + len(p)]) == p), 0)
    for gap in range(COUNTED_GAP_WORDS + 1):
        if k >= len(toks):
            break
        if k > j and counted_noun(toks[k].low, v):
            return counted_noun(toks[k].low, v), k + 1
        glued = k + 2 < len(toks) and toks[k + 1].start == toks[k].end
        model_code = glued and k > j and toks[k].kind == "word" and toks[k + 1].kind == "num" and toks[k].text[:1].isupper()
        if gap == COUNTED_GAP_WORDS or not (model_code or describes_counted_noun(toks[k], v, lang)):
            break
        if model_code:
            k += 2  # "64 Nvidia H100 chips": a model code describes the chips
            if k + 1 < len(toks) and toks[k].text in HYPHEN_TOKENS and toks[k].start == toks[k - 1].end:
                k += 1  # "8 B200-chips"
        else:
            k += 2 if glued and toks[k + 1].text in HYPHEN_TOKENS else 1
    return None, j


COUNTED_GAP_WORDS = 3


def noun_head_after(toks: list[Tok], j: int, v: dict):
    """English puts the counted noun last: in '27 launch contracts' the singular 'launch' describes the contracts."""
    if v["lang"] != "en" or toks[j].low.endswith("s") or j + 1 >= len(toks):
        return None
    nxt = toks[j + 1]
    if nxt.kind != "word" or not nxt.text.islower() or not nxt.low.endswith("s") or nxt.low.endswith("ss") \
            or nxt.low in v["stopwords"] or nxt.low in v["units"] or nxt.start - toks[j].end != 1:
        return None
    return nxt
ABBREVIATION = 4  # letters of a scale word written short: "mld.", "mln.", "mrd."
WEIGHING_REACH = 8


def weighs(toks: list[Tok], j: int, k: int, v: dict) -> bool:
    """'10,000 pounds of cargo', 'it weighs 2,000 pounds': a currency word that names a weight here."""
    if k + 1 < len(toks) and toks[k].low in v["of_words"]:
        return toks[k + 1].low not in v["money_nouns"]
    before = toks[max(0, j - WEIGHING_REACH):j]
    if j > 0 and toks[j - 1].low in v["scales"]:
        return False  # "raised 2 billion pounds": money
    return any(t.low in v["weighing_cues"] for t in before) and not any(t.text in v["symbols"] for t in before)


def describes_counted_noun(t: Tok, v: dict, lang: str) -> bool:
    """A word that may stand between a number and what it counts: not a function word, unit, scale or number
    ("in 2027 twee satellieten": two satellites are counted, not 2027)."""
    return t.kind == "word" and t.low not in v["units"] and t.low not in v["scales"] and t.low not in v["stopwords"] \
        and parse_number_word(t.low, lang) is None


def scaled_code(word: str, v: dict) -> tuple[float, str] | None:
    """'MUSD' -> (1e6, 'USD'), 'MEUR' -> (1e6, 'EUR')."""
    for prefix, factor in v["code_scales"].items():
        if word.startswith(prefix) and word[len(prefix):] in v["codes"]:
            return factor, word[len(prefix):]
    return None


def counted_noun(word: str, v: dict) -> str | None:
    if word in v["counted"]:
        return v["counted"][word]
    for suffix in v["counted_suffixes"]:
        if len(suffix) >= 6 and word.endswith(suffix) and len(word) > len(suffix) + 2:
            return v["counted"][suffix]  # Dutch compound: "ruimtelanceringen"
    return None


CHANGE_REACH = 12  # tokens between a verb of change and its "tot"


def qualifier_before(toks: list[Tok], i: int, lang: str) -> tuple[str | None, int]:
    v = vocab(lang)
    for n in range(v["max_qualifier_words"], 0, -1):
        if i - n < 0:
            continue
        phrase = " ".join(t.low for t in toks[i - n:i])
        if phrase in v["qualifiers"]:
            if v["qualifiers"][phrase] == "up_to" and phrase in v["level_words"] and \
                    any(t.low in v["change_verbs"] for t in toks[max(0, i - n - CHANGE_REACH):i - n]):
                return None, i  # "steeg met 56 procent tot 46,7 miljard": the new level, not a bound
            return v["qualifiers"][phrase], i - n
    return None, i


def is_not_an_amount(toks: list[Tok], i: int, text: str) -> bool:
    """Digits that are codes, not quantities: 24/7, 10:30, list numbers, model names, [1]."""
    t = toks[i]
    prev = toks[i - 1] if i > 0 else None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.start == t.end and nxt.text == ":":
        return True
    if nxt is not None and nxt.start == t.end and nxt.text == "/" and not proper_fraction(toks, i) \
            and not per_unit_follows(toks, i + 1):
        return True
    if prev is not None and prev.end == t.start and prev.text in ("/", ":", "-", "‐", "#"):
        if prev.text == "-" and i > 1 and (toks[i - 2].text in SIGN_OPENERS or toks[i - 2].text in currency_signs()):
            return False  # "<-30", "(-5)", "$-5": a minus sign
        return prev.text != "-" or (i > 1 and toks[i - 2].kind != "num" and toks[i - 2].end == prev.start)  # "Qwen-3"
    if prev is not None and prev.end == t.start and prev.kind == "word" \
            and prev.text.upper() not in vocab_codes() and prev.text not in currency_signs():
        return True  # "H100", "GB200", "A380", "i7": a model code, not a quantity
    if nxt is not None and nxt.start == t.end and nxt.kind == "word" and len(nxt.text) <= 2 \
            and nxt.text[:1].isupper() and nxt.low not in ("m", "k", "b", "bn", "mn", "tn", "kw", "mw", "gw", "tw", "w", "l") \
            and nxt.text not in vocab_shared_scales() and nxt.text not in currency_signs() \
            and text[nxt.start:nxt.start + 3] not in currency_signs():
        return True  # "12A"; not "20Rs", "42RM", "3.14US$"
    if re.match(r"[.:]\d\d\s*(?:uur|u|h|am|pm|a\.m\.|p\.m\.)\b", text[t.end - 3:t.end + 6]) or (
            nxt is not None and nxt.text == ":" and nxt.start == t.end):
        return True  # clock time
    if prev is not None and prev.text == "[" and nxt is not None and nxt.text == "]":
        return True
    line_start = text.rfind("\n", 0, t.start) + 1
    if not text[line_start:t.start].strip() and nxt is not None and nxt.text in (".", ")") and nxt.start == t.end \
            and re.match(r"[.)][ \t]+\S", text[nxt.start:nxt.start + 3]):
        return True  # list numbering: "1. Wat houdt ..."
    return False


def per_unit_follows(toks: list[Tok], slash: int) -> bool:
    """'$15/hour', '2000 euro/kg': a slash glued to a word is 'per', and the number before it an amount."""
    word = toks[slash + 1] if slash + 1 < len(toks) else None
    return word is not None and word.start == toks[slash].end and word.kind == "word"


def proper_fraction(toks, i) -> bool:
    if i + 2 >= len(toks) or toks[i + 2].kind != "num":
        return False
    try:
        return 0 < float(toks[i].text.replace(",", ".")) < float(toks[i + 2].text.replace(",", "."))
    except ValueError:
        return False


@functools.lru_cache(maxsize=None)
def vocab_codes() -> frozenset:
    return frozenset(str(c) for c in lexicon_shared()["currency_codes"])


@functools.lru_cache(maxsize=None)
def currency_signs() -> frozenset:
    return frozenset(str(k) for k in lexicon_shared()["currency_symbols"])


@functools.lru_cache(maxsize=None)
def vocab_shared_scales() -> frozenset:
    return frozenset(str(k) for k in lexicon_shared()["attached_scales"])


def looks_like_model_name(toks: list[Tok], i: int, lang: str) -> bool:
    prev = toks[i - 1] if i > 0 else None
    if prev is None or prev.kind != "word" or not prev.text[:1].isupper() or toks[i].start - prev.end != 1:
        return False
    return prev.low not in ordinary_words(lang)


def noun_after_model_name(toks: list[Tok], j: int) -> int | None:
    """Index of the word after a model name at j ('Falcon 9 missions', 'Falcon 9-missies'), or None."""
    if not (j + 2 < len(toks) and toks[j].kind == "word" and toks[j].text[:1].isupper()
            and toks[j + 1].kind == "num" and toks[j + 1].text.isdigit() and len(toks[j + 1].text) <= 3
            and toks[j + 1].start - toks[j].end in (0, 1)):
        return None
    k = j + 2
    if toks[k].text in HYPHEN_TOKENS and toks[k].start == toks[k - 1].end and k + 1 < len(toks):
        k += 1
    return k if toks[k].kind == "word" else None


def counted_after_model_name(toks: list[Tok], i: int, lang: str) -> bool:
    """'165 Falcon 9 missions': the 9 names the rocket when a number stands before its name."""
    if i < 2 or noun_after_model_name(toks, i - 1) is None:
        return False
    before = toks[i - 2]
    return before.kind == "num" or parse_number_word(before.low, lang) is not None


HYPHEN_TOKENS = {"-", "‐", "‑"}
BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}


@functools.lru_cache(maxsize=None)
def ordinary_words(lang: str) -> frozenset:
    """Capitalized words that may stand before a plain number without naming a model."""
    lex = lexicon(lang)
    words = {w.lower() for w in lex["not_names"]} | set(lex["stopwords"]) | set(lex["weekdays"])
    words |= {m.lower() for m in lex["months"]} | {q.split()[-1] for q in lex["qualifiers"]}
    return frozenset(words)


MONEY_SCALE = 1e6
JOINED_COUNT_WORDS = 6  # "1.1 billion shares were voted in favour and 916 million against"


@functools.lru_cache(maxsize=None)
def times_words(lang: str) -> frozenset:
    """'keer', 'times': after a number they make a ratio ('100 biljoen keer meer'), never money."""
    return frozenset(lexicon(lang)["times_words"])


def joined_to_a_count(a: dict, previous: dict | None, text: str, lang: str) -> bool:
    """'1,06 miljard stemmen voor en 916 miljoen tegen': a bare amount after 'and' counts what the one before counts."""
    if previous is None or not previous["unit"] or len(previous["unit"]) == 3 and previous["unit"].isupper():
        return False
    between = text[previous["end"]:a["start"]].lower().split()
    return len(between) <= JOINED_COUNT_WORDS and any(w in vocab(lang)["connectors"] for w in between) and not re.search(r"[.;!?]", text[previous["end"]:a["start"]])


def carry_currency(amounts: list[dict], text: str, toks: list[Tok], lang: str) -> None:
    """A bare large amount takes the currency named earlier in its paragraph ("230 miljard"),
    unless a word right after it says what is counted ("een miljoen Optimussen")."""
    last_currency, last_par, article_currency = None, -1, None
    v = vocab(lang)
    token_starts = [t.start for t in toks]
    paragraph_starts = [m.end() for m in re.finditer(r"\n\n", text)]
    plain = ordinary_words(lang)
    previous = None
    for a in amounts:
        k = bisect.bisect_left(token_starts, a["end"])
        nxt = toks[k] if k < len(toks) else None
        # a name right after says what is counted; a lowercase word is mostly the verb ("2,4 miljard betaalt")
        names_thing = nxt is not None and nxt.kind == "word" and nxt.low not in plain and nxt.text[:1].isupper()
        par = bisect.bisect_right(paragraph_starts, a["start"])
        if par != last_par:
            last_currency, last_par = None, par
        unit = a["unit"]
        if unit and len(unit) == 3 and unit.isupper():
            last_currency = article_currency = unit
        elif unit is None and not names_thing and (a["value"] or a["high"] or 0) >= MONEY_SCALE \
                and not joined_to_a_count(a, previous, text, lang) and not (nxt is not None and nxt.low in times_words(lang)):
            start = bisect.bisect_left(token_starts, a["start"])
            money_before = any(t.low in v["money_nouns"] for t in sentence_tokens_before(toks, start, text, MONEY_NOUN_REACH))
            between = text[previous["end"]:a["start"]].lower().split() if previous is not None else []
            changed_to = bool(between) and between[0] in v["change_to"] and len(between) <= 2 and previous["unit"] \
                and len(previous["unit"]) == 3 and previous["unit"].isupper()  # "van 13 miljard dollar naar eerst 50 miljard"
            if last_currency or money_before and article_currency or changed_to:  # "Musks vermogen op 150 miljard"
                a["unit"] = previous["unit"] if changed_to else last_currency or article_currency
        previous = a


MONEY_NOUN_REACH = 8  # tokens before a bare amount in which a money noun says it is money ("de winst van 13 miljard")


def sentence_tokens_before(toks: list[Tok], k: int, text: str, n: int) -> list[Tok]:
    out = []
    for t in reversed(toks[max(0, k - n):k]):
        if t.text in (".", "!", "?") or "\n\n" in text[t.end:toks[k].start if k < len(toks) else t.end]:
            break
        out.append(t)
    return out
