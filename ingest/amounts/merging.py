"""Amounts read one by one, then joined: ranges that share a unit or a scale, compound measures, ratios, bounds,
a currency carried to the bare amounts after it, counts named before their numbers."""
from __future__ import annotations

import bisect
import re

from ..lexicons import function_words, lexicon, lexicon_shared
from ..units import normalize, unit_family
from .counted import counted_noun
from .tokens import YEAR, Tok, parse_digits
from .vocabulary import (
    BOUND_HIGH,
    BOUND_LOW,
    measure_units,
    ordinary_words,
    times_words,
    vocab,
)


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
            if between in function_words("range_connectors_between_amounts") \
                    or (between in function_words("and_words") and opener):
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


MONEY_SCALE = 1e6


JOINED_COUNT_WORDS = 6  # "1.1 billion shares were voted in favour and 916 million against"


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
            if not converted_in_brackets(a, text):  # "500 miljard dollar (426 miljard euro)": dollars stay the currency
                last_currency = article_currency = unit
        elif unit is None and not names_thing and (a["value"] or a["high"] or 0) >= MONEY_SCALE \
                and not joined_to_a_count(a, previous, text, lang) and not (nxt is not None and nxt.low in times_words(lang)):
            start = bisect.bisect_left(token_starts, a["start"])
            money_before = any(t.low in v["money_nouns"] for t in sentence_tokens_before(toks, start, text, MONEY_NOUN_REACH))
            between = text[previous["end"]:a["start"]].lower().split() if previous is not None else []
            changed_to = bool(between) and between[0] in v["change_to"] and len(between) <= 2 and previous["unit"] \
                and len(previous["unit"]) == 3 and previous["unit"].isupper()  # "van 13 miljard dollar naar eerst 50 miljard"
            if counted_before_in_the_sentence(previous, a, text) and not money_before and not changed_to:
                a["unit"] = previous["unit"]  # "ended with 4.6 million customers, double ... when it passed 2 million"
            elif last_currency or money_before and article_currency or changed_to:  # "Musks vermogen op 150 miljard"
                a["unit"] = previous["unit"] if changed_to else last_currency or article_currency
        previous = a


def converted_in_brackets(amount: dict, text: str) -> bool:
    """The amount opens a bracket right after another amount: the same sum in another currency."""
    before = text[max(0, amount["start"] - 3):amount["start"]].rstrip()
    return before.endswith("(") and text.find(")", amount["end"]) != -1


def counted_before_in_the_sentence(previous: dict | None, amount: dict, text: str) -> bool:
    """The amount before a bare one, in the same sentence, counts things (customers, satellites)."""
    return previous is not None and unit_family(previous["unit"]) == "count" \
        and not re.search(r"[.!?]\s", text[previous["end"]:amount["start"]])


MONEY_NOUN_REACH = 8  # tokens before a bare amount in which a money noun says it is money ("de winst van 13 miljard")


def sentence_tokens_before(toks: list[Tok], k: int, text: str, n: int) -> list[Tok]:
    out = []
    for t in reversed(toks[max(0, k - n):k]):
        if t.text in (".", "!", "?") or "\n\n" in text[t.end:toks[k].start if k < len(toks) else t.end]:
            break
        out.append(t)
    return out
