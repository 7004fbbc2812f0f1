"""The metric of an amount (valuation, revenue, satellites, launches...) from the cues nearest to it,
the unit family, and what is measured."""
from __future__ import annotations

import re

from ..units import unit_family
from .cues import DEFAULT_METRIC, nearest

TEMPERATURE_UNITS = {"degC", "degF", "K"}


BARE_MONEY = 1e6


def accepts(spec: dict, amount: dict, family: str | None) -> bool:
    units = spec["units"]
    if family is None:
        # a bare scaled amount ("10 miljard") is money more often than anything else
        return "money" in units and (amount["value"] or amount["high"] or 0) >= BARE_MONEY
    return family in units or amount["unit"] in units or (family == "count" and "count" in units)


def signed_by_its_verb(amount: dict, words, lex: dict) -> dict:
    """'net income fell 37%', 'een daling van 5 procent': a change told by a falling word is negative."""
    before = [w for w, at in words if at < amount["start"]][-1:]
    if before and before[0] in lex["level_words"]:
        return amount  # "daalde van 40 naar minder dan 15 procent": the levels, not the change
    grows = [p for p in lex["metrics"]["growth"]["words"] if p not in lex["falling"]]
    down = nearest(words, lex["falling"], amount["start"], compounding=lex["lang"] == "nl")
    up = nearest(words, grows, amount["start"], compounding=lex["lang"] == "nl")
    if down is None or (up is not None and up < down) or (amount["value"] or amount["low"] or amount["high"] or 0) < 0:
        return amount
    def neg(x):
        return -x if x is not None else None
    return {**amount, "value": neg(amount["value"]), "low": neg(amount["high"]), "high": neg(amount["low"])}  # the bounds swap


def priced_per_unit(amount: dict, text: str) -> bool:
    """'$200/kg', '€ 2,20/stuk': money per a unit is a price."""
    return unit_family(amount["unit"]) == "money" and re.match(r"\s?/\s?[^\W\d_]", text[amount["end"]:amount["end"] + 4]) is not None


def choose_metric(words, amount: dict, lex: dict, earlier: dict | None = None, clause=None) -> str:
    """The metric named by the nearest cue word, first in the amount's own clause ('Planet, which operates 200
    satellites, will build ...'), then in its sentence; without one, that of the paragraph's last amount of
    the same kind ('Starlink zal 16 miljard dollar omzetten. Vorig jaar was dat nog 11,8 miljard dollar.')."""
    family = unit_family(amount["unit"])
    # the amount's own words ("2000 banen") say what is counted; the cue is what is said of it ("schrapt")
    outside = [(w, at) for w, at in words if not amount["start"] <= at < amount["end"]]
    own = [(w, at) for w, at in clause or [] if not amount["start"] <= at < amount["end"]]
    best = nearest_cue(own, amount, family, lex) or nearest_cue(outside, amount, family, lex)
    if best:
        return metric_in_context(metric_of_what_is_measured(best, outside, amount["start"], lex), outside, amount, lex)
    for metric, spec in lex["metrics"].items():
        if amount["unit"] in spec["units"]:
            return metric  # "93 ruimtelanceringen": the unit says what is counted
    if earlier is not None and family not in (None, "count") and unit_family(earlier["unit"]) == family \
            and earlier["metric"] not in DEFAULT_METRIC.values():
        return earlier["metric"]
    if family in DEFAULT_METRIC:
        return DEFAULT_METRIC[family]
    if amount["unit"] in TEMPERATURE_UNITS:
        return "temperature"
    if family == "count":
        return amount["unit"].replace(" ", "_") + "_count"
    return "quantity"


def nearest_cue(words, amount: dict, family: str | None, lex: dict) -> str | None:
    best, best_d = None, None
    for metric, spec in lex["metrics"].items():
        if not accepts(spec, amount, family):
            continue
        d = nearest(words, spec["words"], amount["start"], compounding=lex["lang"] == "nl")
        if d is not None and (best_d is None or d < best_d):
            best, best_d = metric, d
    return best


def metric_in_context(metric: str, words, amount: dict, lex: dict) -> str:
    """'an initial public offering that could raise $75 billion': money raised in an IPO is the IPO's."""
    for finer, cues in lex["metric_in_context"].get(metric, {}).items():
        if nearest(words, cues, amount["start"], compounding=lex["lang"] == "nl") is not None:
            return finer
    return metric


def metric_of_what_is_measured(metric: str, words, pos: int, lex: dict) -> str:
    """'the market would be worth $1 trillion': what is worth it decides between a valuation and a market size."""
    table = lex["metric_by_subject"].get(metric)
    if not table:
        return metric
    before = [w for w, at in words if at < pos][-SUBJECT_REACH:]
    cues = lex["metrics"][metric]["words"]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in table and tuple(before[k:k + 2]) not in cues:  # not "market value", "market cap"
            return table[before[k]]
    return metric


SUBJECT_REACH = 6


def choose_event(words, pos: int, lex: dict, kind: str) -> str:
    best, best_d = None, None
    for metric, phrases in lex["events"].items():
        d = nearest(words, phrases, pos)
        if d is not None and (best_d is None or d < best_d):
            best, best_d = metric, d
    if kind is None:
        return best
    return best or {"plan": "plan", "forecast": "forecast"}.get(kind, "event")
