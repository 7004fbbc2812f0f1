"""The stretch of a sentence a figure belongs to: its clause, its segment between other dated
segments, its paragraph; lines without a verb."""
from __future__ import annotations

from spacy.tokens import Doc

from ..lexicons import function_words
from ..spans import Spans

GOVERNED_OPENERS = function_words("governed_openers")


def same_clause(times: list[dict], info, pos: int, text: str) -> list[dict]:
    """Times of the clause around pos; after a colon, the clause it elaborates counts too."""
    lo, hi = info.clause_of(pos)
    inside = [t for t in times if lo <= t["start"] < hi]
    if not inside and text[info.span.start_char:lo].rstrip().endswith(":"):
        before = [c for c in info.clauses if c[1] <= lo]
        if before:
            inside = [t for t in times if before[-1][0] <= t["start"] < before[-1][1]]
    return inside


def outside_asides(times: list[dict], info, pos: int, text: str) -> list[dict]:
    """'Acme, set to report on October 30, spent $3 billion in Q2': a time inside an aside between two commas
    right after a name dates the aside; a figure after it takes a time of its own stretch when there is one."""
    bounds = segment_bounds(info)
    asides = [(lo, hi) for lo, hi in zip(bounds[1:-2], bounds[2:-1])  # commas on both sides
              if hi <= pos and any(s.end <= lo and not text[s.end:lo].strip() for s in info.slots)]
    kept = [t for t in times if not any(lo <= t["start"] < hi for lo, hi in asides)]
    return kept or times


def paragraph_of(infos, slot) -> int | None:
    return next((i.paragraph for i in infos if any(s is slot for s in i.slots)), None)


def in_sentence(items: Spans, sent):
    return items.starting_in(sent.start_char, sent.end_char)


def clause_subject(doc: Doc, start: int) -> list:
    """The tokens of the grammatical subject of the clause a figure stands in (the figure's own phrase
    when it is that subject)."""
    token = next((t for t in doc if t.idx >= start), None)
    seen = set()
    while token is not None and token.i not in seen:
        seen.add(token.i)
        subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
        if subjects:
            return [t for s in subjects for t in s.subtree]
        if token.dep_.startswith("nsubj"):
            return list(token.subtree)
        if token.head is token:
            break
        token = token.head
    return []


def clause_words(words, info, pos):
    """The words of the clause around pos; a clause of what was said keeps its verb of saying."""
    lo, hi = info.clause_of(pos)
    inside = [w for w in words if lo <= w[1] < hi]
    if lo > info.span.start_char and inside and inside[0][0] in GOVERNED_OPENERS:
        inside = [w for w in words if w[1] < lo][-2:] + inside
    return inside


def segment_bounds(info) -> list[int]:
    """Character offsets that cut a sentence at its commas and semicolons, ends included."""
    return [info.span.start_char] + [tok.idx for tok in info.span if tok.text in (",", ";")] + [info.span.end_char]


def without_other_dated_segments(words, info, t: dict, times: list[dict]):
    """'The company, founded in 2023, plans a demonstration in 2028': 'founded' belongs to 2023."""
    bounds = segment_bounds(info)
    keep = []
    for lo, hi in zip(bounds, bounds[1:]):
        dated_elsewhere = any(lo <= o["start"] < hi for o in times if o is not t) and not lo <= t["start"] < hi
        keep += [] if dated_elsewhere else [(w, at) for w, at in words if lo <= at < hi]
    return keep


def segment_words(words, info, pos):
    """The words between the commas around pos: 'Blue Origin, founded in 2000, aims to ...'."""
    bounds = segment_bounds(info)
    lo = max(b for b in bounds[:-1] if b <= pos)
    hi = min(b for b in bounds[1:] if b > pos)
    return [w for w in words if lo <= w[1] < hi]


def without_a_verb(sent) -> bool:
    """A line with no verb and no closing stop: a date stamp, a caption, a counter. Unknown without the tagger."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return sent.doc.has_annotation("POS") and not any(t.pos_ in ("VERB", "AUX") for t in sent) \
        and not (last is not None and last.text in SENTENCE_STOPS)


SENTENCE_STOPS = {".", "!", "?", "…"}
