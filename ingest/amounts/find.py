"""find_amounts(text, lang): every amount of a text as a dict of character offsets, value, bounds, unit and qualifier. Pure."""
from __future__ import annotations

from .merging import (
    carry_currency,
    from_to_share_a_measure,
    in_base_duration,
    join_bounds,
    join_ratios,
    merge_compound_measures,
    merge_unit_ranges,
    name_counts_from_before,
    share_a_measure_before_and,
    tidy,
    whole_periods,
)
from .ordinals import counting_ordinals
from .reader import amount_at
from .tokens import tokenize
from .vocabulary import vocab


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
    return [tidy(in_base_duration(a)) for a in out if not inside_a_name(a, text)]


SENTENCE_ENDS = ".!?:\n\"“”'‘’(["


def inside_a_name(amount: dict, text: str) -> bool:
    """'Three Mile Island', 'Seven Sisters Road': number words capitalized inside a sentence, with a capitalized
    word after them, are part of a name."""
    words = amount["text"].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or any(ch.isdigit() for ch in amount["text"]):
        return False
    before = text[:amount["start"]].rstrip()
    after = text[amount["end"]:].lstrip()
    return bool(before) and before[-1] not in SENTENCE_ENDS and after[:1].isupper()
