"""The lexicon compiled for reading amounts: number words, scales, units, counted nouns and qualifiers per language."""
from __future__ import annotations

import functools
import re

from ..lexicons import function_words, lexicon, lexicon_shared
from .tokens import tokenize


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
        "comparison_words": function_words("comparison_words"),
        "ratio_words": set(lex["ratio_words"]),
        "change_from": set(lex["change_from"]), "change_to": set(lex["change_to"]),
        "month_words": {str(m).lower() for m in lex["months"]},
        "of_words": function_words("of_words"),
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
        "level_words": function_words("level_words"),
        "duration_phrases_by_first": phrases_by_first_token(lex["duration_phrases"]),
        "share_phrases_by_first": phrases_by_first_token({k: [v] for k, v in lex["share_phrases"].items()}),
        "unit_names": {u for family in shared["unit_families"].values() for u in family},
        "unit_modifiers": set(lex["unit_modifiers"]),
        # "een uur", "a kilogram": an article counts one of a measure, never of money or things
        "article_units": {u for u in units.values() if u in measure_units()}
        | {units[w] for w in lex["article_currencies"]},
        "counted_suffixes": sorted(counted, key=len, reverse=True),
        "counted_gap_phrases": [tuple(p.split()) for p in lex["counted_gap_phrases"]],
        "partitive_phrases": [tuple(p.split()) for p in lex["partitive_phrases"]],
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


def phrases_by_first_token(table: dict) -> dict[str, list]:
    out: dict[str, list] = {}
    for k, d in sorted(table.items(), key=lambda kv: len(kv[0]), reverse=True):
        phrase = tuple(t.low for t in tokenize(k))
        out.setdefault(phrase[0], []).append((phrase, tuple(d)))
    return out


BOUND_LOW = {"more_than", "at_least"}


BOUND_HIGH = {"less_than", "up_to"}


@functools.lru_cache(maxsize=None)
def vocab_codes() -> frozenset:
    return frozenset(str(c) for c in lexicon_shared()["currency_codes"])


@functools.lru_cache(maxsize=None)
def currency_signs() -> frozenset:
    return frozenset(str(k) for k in lexicon_shared()["currency_symbols"])


@functools.lru_cache(maxsize=None)
def vocab_shared_scales() -> frozenset:
    return frozenset(str(k) for k in lexicon_shared()["attached_scales"])


@functools.lru_cache(maxsize=None)
def ordinary_words(lang: str) -> frozenset:
    """Capitalized words that may stand before a plain number without naming a model."""
    lex = lexicon(lang)
    words = {w.lower() for w in lex["not_names"]} | set(lex["stopwords"]) | set(lex["weekdays"])
    words |= {m.lower() for m in lex["months"]} | {q.split()[-1] for q in lex["qualifiers"]}
    return frozenset(words)


@functools.lru_cache(maxsize=None)
def times_words(lang: str) -> frozenset:
    """'keer', 'times': after a number they make a ratio ('100 biljoen keer meer'), never money."""
    return frozenset(lexicon(lang)["times_words"])
