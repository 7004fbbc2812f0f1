"""Ordinals that count: 'its second lunar lander' (2 landers), 'de elfde bemande vlucht' (11 flights), 'for the fifth
time' (5 times). Not 'the first' (a start, no count), nor a part of a period ('the second quarter'), nor a rank
glued to a superlative ('second-largest')."""
from __future__ import annotations

import functools
import re

from ..lexicons import lexicon

NOUN_REACH = 3  # words between the ordinal and the noun it counts ("the third upward revision")


@functools.lru_cache(maxsize=None)
def ordinal_vocab(lang: str) -> dict:
    lex = lexicon(lang)
    suffixes = "|".join(sorted(map(re.escape, lex["digit_ordinal_suffixes"]), key=len, reverse=True))
    return {"words": {str(k).lower(): int(v) for k, v in lex["counting_ordinals"].items()},
            "digit_ordinal": re.compile(rf"(\d{{1,3}})(?:{suffixes})", re.I),
            "determiners": set(lex["ordinal_determiners"]), "not_counted": set(lex["ordinal_not_counted"]),
            "stopwords": set(lex["stopwords"]) - set(lex["counting_ordinal_nouns"]), "lang": lang,
            "not_noun_endings": tuple(lex["not_noun_endings"])}


def ordinal_value(word: str, v: dict) -> int | None:
    if word in v["words"]:
        return v["words"][word]
    m = v["digit_ordinal"].fullmatch(word)
    return int(m.group(1)) if m and int(m.group(1)) >= 2 else None


def counting_ordinals(toks: list, text: str, found: list[dict], lang: str) -> list[dict]:
    """Amounts for ordinals after a determiner ('the', 'its', "ispace's") that count the noun after them; the
    counted noun is the unit."""
    v = ordinal_vocab(lang)
    out = []
    for i in range(1, len(toks)):
        value = ordinal_value(toks[i].low, v)
        if value is None or not determined(toks, i, v):
            continue
        noun = counted_noun(toks, i, text, v)
        if noun is None or any(a["start"] < noun.end and toks[i].start < a["end"] for a in found + out):
            continue
        out.append({"start": toks[i].start, "end": toks[i].end, "text": toks[i].text, "value": float(value),
                    "low": None, "high": None, "unit": noun.low, "qualifier": None, "ordinal": True})
    return out


def determined(toks: list, i: int, v: dict) -> bool:
    prev = toks[i - 1]
    return prev.low in v["determiners"] or prev.low.endswith(("'s", "’s")) or (prev.text in ("'", "’") and i > 1)


def counted_noun(toks: list, i: int, text: str, v: dict):
    """The noun the ordinal counts: in the run of up to NOUN_REACH lowercase words right after it, the first that
    is no inflected adjective in Dutch ('elfde bemande vlucht'), the last in English ('third upward revision').
    None before a hyphen or a comma ('second-largest', 'Second, ...'), a name, a number or a period's part."""
    run = []
    for k in range(i + 1, min(len(toks), i + 1 + NOUN_REACH)):
        t = toks[k]
        if t.kind != "word" or not t.text.islower() or text[toks[k - 1].end:t.start] != " " \
                or (not run and t.low in v["stopwords"] and v["lang"] == "en") or (run and t.low in v["stopwords"]) \
                or (run and t.low.endswith(v["not_noun_endings"])):
            break  # "second lunar lander crashed": a verb or an adverb ends the noun phrase
        run.append(t)
    if v["lang"] == "nl":
        run = [t for t in run if not (t.low.endswith("e") and not t.low.endswith("ie"))][:1]
    noun = run[-1] if run else None
    return None if noun is None or noun.low in v["not_counted"] else noun
