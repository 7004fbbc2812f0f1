"""Ties that reach every name coordinated with their object ('heads Tesla and SpaceX')."""
from __future__ import annotations

import functools

from ..discourse import ARTICLES, cues, lowers
from ..lexicons import function_words, lexicon_shared
from .phrases import first_slot_after, slot_at, titled_person_after

LIST_ITEM_WINDOW = 3  # "en het Saoedische staatsfonds PIF": words may stand before a later item


@functools.lru_cache(maxsize=None)
def relations_over_lists() -> frozenset:
    return frozenset(lexicon_shared()["relations_over_lists"])


@functools.lru_cache(maxsize=None)
def symmetric_relations() -> frozenset:
    return frozenset(lexicon_shared()["symmetric_relations"])


def coordinated_after(doc, info, b, past_owners: bool = True) -> list:
    """'heads Tesla and SpaceX', 'rivals such as Starlink, OneWeb, and Amazon's Project Kuiper': the names
    coordinated with an object share its tie; only commas, 'and', 'or' and articles stand between them."""
    coords = cues(doc.lang_)["coord"]
    out, j = [], past_its_owner(doc, info, b.tok_end)
    while j < info.span.end and doc[j].lower_ in coords:
        while j < info.span.end and (doc[j].lower_ in coords or doc[j].lower_ in ARTICLES) \
                and slot_at(info, j) is None:  # "en het Pentagon": the article may open the name
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
        j = past_its_owner(doc, info, nxt.tok_end)
    return out


def past_its_owner(doc, info, j: int) -> int:
    """'met SpaceX van Elon Musk en Virgin Galactic': the token after a person named as the owner of the name
    before (so the list goes on past him)."""
    if j + 1 >= info.span.end or doc[j].lower_ not in OF_WORDS:
        return j
    owner = slot_at(info, j + 1)
    return owner.tok_end if owner is not None and owner.type == "PERSON" else j


OF_WORDS = function_words("of_words")


def listed_after(doc, info, k, transparent=()):
    """Mentions listed right after token k: 'Nvidia, Cisco, Qatar en andere investeerders',
    'bij onder meer Nvidia en het Saoedische staatsfonds PIF'."""
    coords = {",", "en", "and", "&", "of", "or"}
    lows = lowers(doc)
    for phrase in transparent:
        if tuple(lows[k:k + len(phrase)]) == phrase:
            k += len(phrase)
            break
    items, j = [], k
    while j < info.span.end:
        window = 1 if not items else LIST_ITEM_WINDOW
        s = first_slot_after(doc, info, j, window, skip_possessors=True)  # "the UK's fund": the fund when it is named
        if s is None:
            owner = first_slot_after(doc, info, j, window)
            s = owner if owner is not None and owner.possessor else None  # "Shanghai's municipal government": Shanghai
        if s is None:
            break
        person = titled_person_after(doc, info, s)
        if person is not None:  # "backed by former Google chief executive Eric Schmidt": Schmidt backs it
            s = person
        items.append(s)
        j = s.tok_end
        if j < info.span.end and doc[j].lower_ in coords:
            j += 1
            if doc[j - 1].text == "," and j < info.span.end and doc[j].lower_ in coords - {","}:
                j += 1  # "A, B, and chief growth officer C": the serial comma's 'and' is no word before the item
            continue
        break
    return items
