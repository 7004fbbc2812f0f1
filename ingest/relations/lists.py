"""Ties that reach every name coordinated with their object ('heads Tesla and SpaceX')."""
from __future__ import annotations

import functools

from ..discourse import ARTICLES, cues
from ..lexicons import lexicon_shared
from .phrases import slot_at


@functools.lru_cache(maxsize=None)
def relations_over_lists() -> frozenset:
    return frozenset(lexicon_shared()["relations_over_lists"])


def coordinated_after(doc, info, b, past_owners: bool = True) -> list:
    """'heads Tesla and SpaceX', 'rivals such as Starlink, OneWeb, and Amazon's Project Kuiper': the names
    coordinated with an object share its tie; only commas, 'and', 'or' and articles stand between them."""
    coords = cues(doc.lang_)["coord"]
    out, j = [], b.tok_end
    while j < info.span.end and doc[j].lower_ in coords:
        while j < info.span.end and (doc[j].lower_ in coords or doc[j].lower_ in ARTICLES):
            j += 1
        nxt = slot_at(info, j)
        while nxt is not None and nxt.possessor and past_owners:  # "and Amazon's Project Kuiper": the thing, not its owner
            j = nxt.tok_end + 1
            nxt = slot_at(info, j)
        if nxt is not None and nxt.possessor:
            break  # "ULA's Vulcan and Blue Origin's New Glenn": the next thing has an owner of its own
        if nxt is None or nxt.entity == b.entity or nxt.type in ("PERSON",) != (b.type == "PERSON"):
            break
        out.append(nxt)
        j = nxt.tok_end
    return out
