"""Attach doc._.kb_periods: the time expressions of the text.

The publication date comes in through doc._.kb_published (the day relative times count from) and
doc._.kb_published_period (the first and last day it covers: a month known only to the month), set
before the pipeline runs.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..dates import find_times
from ..discourse import doc_text
from ..lexicons import lexicon
from ..spans import Spans
from . import extensions  # noqa: F401  (registers the Doc extensions)


@Language.component("kb_periods", assigns=["doc._.kb_periods"], requires=["doc._.kb_amount_candidates"])
def periods(doc: Doc) -> Doc:
    times = find_times(doc_text(doc), doc.lang_, doc._.kb_published)
    amounts = Spans(doc._.kb_amount_candidates or [])
    doc._.kb_periods = [t for t in times if not (year_inside_a_counted_amount(t, amounts) or ordinal_of_a_noun(doc, t))]
    return doc


def ordinal_of_a_noun(doc: Doc, time: dict) -> bool:
    """'on the second flight', 'op de eerste vlucht': a day in words right before a noun counts that noun; 'op de
    tweede terug' stays a day."""
    span = doc.char_span(time["start"], time["end"], alignment_mode="expand")
    if span is None or time["precision"] != "day" or span.end >= len(doc) or not doc.has_annotation("POS"):
        return False
    return span[-1].lower_ in lexicon(doc.lang_)["day_ordinals"] and doc[span.end].pos_ == "NOUN"


def year_inside_a_counted_amount(time: dict, amounts: Spans) -> bool:
    """'ruim 2000 banen': a number that counts something is not the year 2000."""
    return time["precision"] == "year" and any(
        a["unit"] and a["start"] <= time["start"] and time["end"] <= a["end"]
        and (a["end"] - a["start"]) > (time["end"] - time["start"])
        for a in amounts.overlapping(time["start"], time["end"]))
