"""Unit families and normalization to a family's base unit. Pure; data in lexicons/shared.yml."""
from __future__ import annotations

import functools

from .lexicons import lexicon_shared

CENTS = "_CENT"


@functools.lru_cache(maxsize=None)
def factors() -> dict[str, tuple[str, float]]:
    out = {}
    for family, units in lexicon_shared()["unit_families"].items():
        for unit, factor in units.items():
            out[str(unit)] = (family, float(factor))
    return out


def unit_family(unit: str | None) -> str | None:
    """'money' for currencies, a family name for measures, 'count' for counted things."""
    if unit is None:
        return None
    found = factors().get(unit)  # "OPS" is a measure, not a currency code
    if found:
        return found[0]
    if (len(unit) == 3 and unit.isupper()) or unit.endswith(CENTS):
        return "money"
    return "count"


def normalize(value: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """(value in the base unit, the base unit): 3 GW -> (3e9, 'W'); currencies keep their code."""
    if unit is None or value is None:
        return value, unit
    if unit.endswith(CENTS):
        return value / 100, unit[: -len(CENTS)]
    found = factors().get(unit)
    if not found:
        return value, unit
    family, factor = found
    base = next(u for u, (f, k) in factors().items() if f == family and k == 1.0)
    return value * factor, base
