"""The metrics vocabulary (data/metrics.yml): a label and a description for each metric a claim can have."""
from __future__ import annotations

import functools

from .lexicons import DATA, DataError, read_yaml

FIELDS = ("label", "unit", "description")
COUNTED = "_count"  # a counted thing without a metric of its own: "gpus_count"


@functools.lru_cache(maxsize=None)
def vocabulary() -> dict[str, dict]:
    data = read_yaml(DATA / "metrics.yml")
    for name, entry in data.items():
        missing = [f for f in FIELDS if not (entry or {}).get(f)]
        if missing:
            raise DataError(f"metrics.yml: {name} has no {', '.join(missing)}")
    return data


def describe(name: str) -> dict:
    """A metric's row: from the vocabulary, or made from the name of a counted thing."""
    entry = vocabulary().get(name)
    if entry is not None:
        return {"name": name, **{f: entry[f] for f in FIELDS}}
    if name.endswith(COUNTED):
        thing = name[: -len(COUNTED)].replace("_", " ")
        return {"name": name, "label": f"Count: {thing}", "unit": "count", "description": f"How many {thing}"}
    return {"name": name, "label": name.replace("_", " ").capitalize(), "unit": "none", "description": ""}


def all_rows() -> list[dict]:
    return [describe(name) for name in vocabulary()]


def generic() -> tuple[str, ...]:
    """Fallback metrics that name no thing ('Other plan'): without a value or a claimant such a claim cannot
    fall due."""
    return tuple(sorted(name for name, entry in vocabulary().items() if entry.get("generic")))
