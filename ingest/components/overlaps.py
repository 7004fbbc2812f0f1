"""Where a time overlaps an amount or a name, the time wins: attach doc._.kb_amounts and doc._.kb_mentions.

The finders before this one each write their own candidates; this component alone settles them, so
no component rewrites another's output.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..spans import Spans
from . import extensions  # noqa: F401  (registers the Doc extensions)


@Language.component("kb_overlaps", assigns=["doc._.kb_amounts", "doc._.kb_mentions"],
                    requires=["doc._.kb_name_candidates", "doc._.kb_amount_candidates", "doc._.kb_periods"])
def overlaps(doc: Doc) -> Doc:
    times = doc._.kb_periods or []
    doc._.kb_mentions = names_outside_times(doc, doc._.kb_name_candidates, times)
    doc._.kb_amounts = amounts_that_are_no_times(doc._.kb_amount_candidates, times)
    return doc


def amounts_that_are_no_times(amounts: list[dict] | None, times: list[dict]) -> list[dict] | None:
    """'binnen vijf jaar' is a window in time, not an amount of five years."""
    if not amounts:
        return amounts
    spans = Spans(times)
    return [a for a in amounts
            if not any(a["start"] < t["end"] and t["start"] < a["end"] and t["period_start"] is not None
                       or (a["start"] >= t["start"] and a["end"] <= t["end"])
                       for t in spans.overlapping(a["start"], a["end"]))]


def names_outside_times(doc: Doc, mentions: list[dict] | None, times: list[dict]) -> list[dict] | None:
    """'Eid al-Fitr 2034', 'Suikerfeest in 2046': capitals inside a time are no name of their own."""
    if not mentions:
        return mentions
    spans = [(t["start"], t["end"]) for t in times if t["period_start"] or t["period_end"]]

    def inside(m):
        start, end = doc[m["start"]].idx, doc[m["end"] - 1].idx + len(doc[m["end"] - 1])
        return any(s <= start and end <= e for s, e in spans)
    return [m for m in mentions if m["registered"] or not inside(m)]
