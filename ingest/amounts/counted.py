"""The unit after a number, or the noun it counts ('12 satellieten', 'three launch pads'), and the model
names ('A100') that are no amount."""
from __future__ import annotations

from ..lexicons import function_words
from .numerals import parse_number_word
from .tokens import HYPHEN_TOKENS, Tok
from .vocabulary import ordinary_words, vocab


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
    if toks[j].low in function_words("material_links") and j + 1 < len(toks) and toks[j + 1].low in v["units"] \
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
    partitive = part_of_counted_things(toks, j, v)
    k = k if partitive is None else partitive
    for gap in range(COUNTED_GAP_WORDS + 1):
        if k >= len(toks):
            break
        if k > j and counted_noun(toks[k].low, v):
            if partitive is not None and noun_head_after(toks, k, v) is not None:
                break  # "two of the rocket launch providers": the launches describe the providers
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


def part_of_counted_things(toks: list[Tok], j: int, v: dict) -> int | None:
    """'123 of the launches', 'drie van de satellieten': where the counted noun may start after a partitive;
    None when there is none, or the number is one ('one of the providers' names a member, it counts nothing)."""
    phrase = next((p for p in v["partitive_phrases"] if tuple(t.low for t in toks[j:j + len(p)]) == p), None)
    if phrase is None or j == 0 or toks[j - 1].text == "1" or v["words"].get(toks[j - 1].low) == 1:
        return None
    return j + len(phrase)


def noun_head_after(toks: list[Tok], j: int, v: dict):
    """English puts the counted noun last: in '27 launch contracts' the singular 'launch' describes the contracts."""
    if v["lang"] != "en" or toks[j].low.endswith("s") or j + 1 >= len(toks):
        return None
    nxt = toks[j + 1]
    if nxt.kind != "word" or not nxt.text.islower() or not nxt.low.endswith("s") or nxt.low.endswith("ss") \
            or nxt.low in v["stopwords"] or nxt.low in v["units"] or nxt.start - toks[j].end != 1:
        return None
    return nxt


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


BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}
