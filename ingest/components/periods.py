"""Attach doc._.kb_periods (time expressions) and drop amounts that are really times.

The publication date comes in through doc._.kb_published (the day relative times count from) and
doc._.kb_published_period (the first and last day it covers: a month known only to the month), set
before the pipeline runs.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers the Doc extensions)

from ..discourse import doc_text
from ..periods import find_times
from ..spans import Spans



# Times and amounts settle their overlaps here, and names inside a time are dropped: this component
# also rewrites the amounts and mentions of the components before it.
@Language.component("kb_periods", assigns=["doc._.kb_periods", "doc._.kb_amounts", "doc._.kb_mentions"],
                    requires=["doc._.kb_amounts", "doc._.kb_mentions"])
def periods(doc: Doc) -> Doc:
    times = find_times(doc_text(doc), doc.lang_, doc._.kb_published)
    # "ruim 2000 banen": a number that counts something is not the year 2000
    amounts = Spans(doc._.kb_amounts or [])
    times = [t for t in times if not (t["precision"] == "year" and any(
        a["unit"] and a["start"] <= t["start"] and t["end"] <= a["end"] and (a["end"] - a["start"]) > (t["end"] - t["start"])
        for a in amounts.overlapping(t["start"], t["end"])))]
    doc._.kb_periods = times
    doc._.kb_mentions = names_outside_times(doc, times)
    if doc._.kb_amounts:
        # "binnen vijf jaar" is a window in time, not an amount of five years.
        spans = Spans(times)
        doc._.kb_amounts = [a for a in doc._.kb_amounts
                            if not any(a["start"] < t["end"] and t["start"] < a["end"] and t["period_start"] is not None
                                       or (a["start"] >= t["start"] and a["end"] <= t["end"])
                                       for t in spans.overlapping(a["start"], a["end"]))]
    return doc


def names_outside_times(doc: Doc, times: list[dict]) -> list[dict] | None:
    """'Eid al-Fitr 2034', 'Suikerfeest in 2046': capitals inside a time are no name of their own."""
    if not doc._.kb_mentions:
        return doc._.kb_mentions
    spans = [(t["start"], t["end"]) for t in times if t["period_start"] or t["period_end"]]
    def inside(m):
        start, end = doc[m["start"]].idx, doc[m["end"] - 1].idx + len(doc[m["end"] - 1])
        return any(s <= start and end <= e for s, e in spans)
    return [m for m in doc._.kb_mentions if m["registered"] or not inside(m)]
