"""The period a relation holds in: the time nearest it in its sentence, unless a description stands between."""
from __future__ import annotations

from ..discourse import cues, doc_text
from .phrases import opens_a_description

UNDATED_KINDS = {"role_compound", "role_of", "possessive", "genitive", "of_name", "owned", "name_before_name", "title_only"}


def closest_period(doc, info, tok):
    """The time nearest the tie's cue word, in the cue's own clause."""
    at = doc[min(tok, len(doc) - 1)].idx
    lo, hi = description_around(doc, info, tok) or info.clause_of(at)
    times = [t for t in (doc._.kb_periods or []) if lo <= t["start"] < hi and (t["period_start"] or t["period_end"])]
    text = doc_text(doc)
    joiners = cues(doc.lang_)["verb_coordinators"]
    own = [t for t in times if not (t["end"] <= at and joiners & set(text[t["end"]:at].lower().split()))]
    times = own or times  # "founded in 2023 and merged with SpaceX earlier this year": the merger's own time
    times = [t for t in times if not dates_a_description(doc, info, t, tok)]
    if not times:
        return None
    return min(times, key=lambda t: (t.get("vague", False), abs(t["start"] - at)))  # "inmiddels" yields to "in 2027"


def dates_a_description(doc, info, time: dict, tok: int) -> bool:
    """A time that dates a description of a name, not the tie its sentence states at token tok."""
    span = doc.char_span(time["start"], time["end"], alignment_mode="expand")
    return span is not None and (dates_a_participle(doc, span, tok) or inside_a_closed_description(doc, info, span, tok))


def dates_a_participle(doc, span, tok: int) -> bool:
    """'Het in 2000 opgerichte Vega wil concurreren met X', 'Vega, founded in 2000, competes with X': the time dates
    the participle that describes the name."""
    if not doc.has_annotation("DEP"):
        return False
    head = span.root.head
    return head.pos_ == "VERB" and "Part" in head.morph.get("VerbForm") and head.dep_ in ("acl", "amod") \
        and not head.left_edge.i <= tok <= head.right_edge.i


def inside_a_closed_description(doc, info, span, tok: int) -> bool:
    """'Vega, opgericht door Ann Lee in 2000, concurreert met X': a time between the commas of a description that
    closes before the cue dates the description."""
    if span.end > tok:
        return False
    close = next((k for k in range(span.end, tok) if doc[k].text == ","), None)
    opener = next((k for k in range(span.start - 1, max(info.span.start, span.start - DESCRIPTION_REACH) - 1, -1)
                   if doc[k].text == ","), None)
    return close is not None and opener is not None and opens_a_description(doc, doc[opener + 1])


def description_around(doc, info, tok) -> tuple[int, int] | None:
    """', the rocket company founded by Jeff Bezos,': the commas around a description inside the sentence,
    whose tie keeps to its own times ('... has booked 12 launches this year' dates the booking)."""
    sent = info.span
    left = next((k for k in range(tok - 1, max(sent.start, tok - DESCRIPTION_REACH) - 1, -1) if doc[k].text == ","), None)
    right = next((k for k in range(tok + 1, min(sent.end, tok + DESCRIPTION_REACH)) if doc[k].text == ","), None)
    if left is None or right is None or not doc[left + 1].is_lower:
        return None
    return doc[left].idx, doc[right].idx


DESCRIPTION_REACH = 10
