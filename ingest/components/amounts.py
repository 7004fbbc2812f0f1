"""Attach doc._.kb_amount_candidates: the amounts numbers.find_amounts finds, as character spans."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..amounts import find_amounts
from ..amounts.ordinals import NOUN_REACH
from ..discourse import doc_text
from . import extensions  # noqa: F401  (registers the Doc extensions)


@Language.component("kb_amounts", assigns=["doc._.kb_amount_candidates"])
def amounts(doc: Doc) -> Doc:
    found = find_amounts(doc_text(doc), doc.lang_)
    if doc.has_annotation("TAG") or doc.has_annotation("POS"):
        found = [a for a in (counted_by_the_tagger(doc, a) if a.get("ordinal") else a for a in found) if a is not None]
    doc._.kb_amount_candidates = found
    return doc


def counted_by_the_tagger(doc: Doc, amount: dict) -> dict | None:
    """Where the tagger ran, the noun an ordinal counts is the first noun after it ('its second data center
    here': centers, not 'here'); None when no noun follows within reach."""
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return amount
    for t in doc[span.end:span.end + NOUN_REACH + 1]:
        if t.pos_ == "NOUN" and t.is_lower:
            last = t
            while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "NOUN" and doc[last.i + 1].is_lower \
                    and last.dep_ == "compound":
                last = doc[last.i + 1]  # "data center"
            return {**amount, "unit": doc[t.i:last.i + 1].text.lower()}
        if not (t.is_lower and t.is_alpha) or t.pos_ in ("AUX", "ADP", "PRON", "DET", "PUNCT") \
                or t.pos_ == "VERB" and t.dep_ not in ("amod", "acl"):  # "de elfde bemande vlucht": a participle that describes
            return None
    return None
