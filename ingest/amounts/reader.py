"""amount_at: one amount read at a token: a number, its sign, scale, bounds and qualifier, and its unit or counted noun."""
from __future__ import annotations

import re

from ..lexicons import function_words
from .counted import (
    counted_after_model_name,
    looks_like_model_name,
    scaled_code,
    unit_after,
)
from .fractions import compound_fraction, denominator
from .numbers import number_at, number_glued_to_unit
from .numerals import parse_bare, parse_number_word
from .tokens import HYPHEN_TOKENS, YEAR, Tok
from .vocabulary import (
    BOUND_HIGH,
    BOUND_LOW,
    currency_signs,
    measure_units,
    vocab,
    vocab_codes,
    vocab_shared_scales,
)

SIGNED_UNITS = {"degC", "degF", "deg"}  # measures that go below zero


SIGN_OPENERS = {"<", ">", "=", "≤", "≥", "(", "["}


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
    share = share_phrase_at(toks, i, text, lang)
    if share is not None:
        return share
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
    if unit is None and unit_after(toks, j, lang)[0] is None and toks[i].kind == "num":
        for n in (3, 2, 1):  # "ringgit 42", "malaysian ringgit 42", "dollar 22.5 million"; not "in dollars een halve biljonair"
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


def share_phrase_at(toks: list[Tok], i: int, text: str, lang: str):
    """'bijna de helft': a share said in words with its article, as a fraction (with its bound)."""
    for phrase, (value,) in vocab(lang)["share_phrases_by_first"].get(toks[i].low, ()):
        j = i + len(phrase)
        if tuple(t.low for t in toks[i:j]) != phrase:
            continue
        qualifier, start_i = qualifier_before(toks, i, lang)
        start, end = toks[start_i].start, toks[j - 1].end
        return ({"start": start, "end": end, "text": text[start:end], "value": float(value),
                 "low": value if qualifier in BOUND_LOW else None, "high": value if qualifier in BOUND_HIGH else None,
                 "unit": None, "qualifier": qualifier}, j)
    return None


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


ABBREVIATION = 4  # letters of a scale word written short: "mld.", "mln.", "mrd."


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
            and nxt.text[:1].isupper() and nxt.low not in function_words("short_units") \
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
