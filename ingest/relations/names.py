"""Ties written into names: possessives ('Musk's SpaceX', 'its Falcon rocket'), genitives, 'Y van X', 'owned by
its parent', a name right before another."""
from __future__ import annotations

from ..dependencies import is_owner, span_root
from ..discourse import ARTICLES, HYPHENS, POSSESSIVE, POSSESSIVE_DETERMINERS
from ..lexicons import function_words, lexicon, lexicon_shared
from .phrases import (
    POSSESSIVE_WINDOW,
    first_slot_after,
    names_a_unit,
    sentence_subject,
    slot_at,
)


def match_possessive(doc, info, p):
    found = []
    owners, objects = set(p["owner_types"]), set(p["object_types"])
    stops = set(lexicon_shared()["possessive_stop_tags"])
    for a in info.slots:
        if not a.possessor or a.type not in owners:
            continue
        j = a.tok_end + 1
        steps = 0
        while j < info.span.end and steps <= POSSESSIVE_WINDOW:
            b = slot_at(info, j)
            if b is not None:
                if b.type in objects and b.entity != a.entity:
                    pair = (a, b) if p["relation"] == "owns" else (b, a)
                    found.append((*pair, a.tok_start, b.tok_end, *part_of_a_company(doc, info, p, b)))
                break
            t = doc[j]
            if not (t.is_lower or t.text in ("-", "‐")) or t.text in POSSESSIVE or t.pos_ in stops \
                    or t.lower_ in function_words("infinitive_markers"):
                break
            j += 1
            steps += 1
    return found


def match_possessive_apposition(doc, info, p):
    """'Helix, Vega's second lunar lander, ...', 'Vega's cloud division, Orbitra, ...': a name set beside an owner's
    noun is that owner's thing (or unit), when the noun is one of the pattern's heads; so is the subject a copula
    ties to such a noun ('Helix is Vega's first rocket')."""
    owners, objects = set(p["owner_types"]), set(p["object_types"])
    found = []
    for a in info.slots:
        if not a.possessor or a.type not in owners:
            continue
        phrase = possessed_phrase(doc, info, a)
        described = (name_before_the_owner(info, a), name_after_the_phrase(doc, info, phrase)) \
            if phrase and any(t.lower_ in p["heads"] for t in phrase) else ()
        if not any(described):
            described = (subject_of_the_copula(doc, info, a, p["heads"]),)
        for b in described:
            if b is not None and b.type in objects and b.entity != a.entity and not b.possessor:
                pair = (a, b) if p["relation"] == "owns" else (b, a)
                found.append((*pair, min(a.tok_start, b.tok_start), max(a.tok_end, b.tok_end)))
    return found


def possessed_phrase(doc, info, owner):
    """The lower-case words after an owner's possessive up to a comma or the sentence's end ('second lunar
    lander'); None when a name or another word comes first."""
    j = owner.tok_end + (owner.tok_end < info.span.end and doc[owner.tok_end].text in POSSESSIVE)
    start = j
    while j < info.span.end and j - start <= POSSESSIVE_WINDOW and slot_at(info, j) is None \
            and (doc[j].is_lower or doc[j].text in HYPHENS or doc[j].like_num):
        j += 1
    if j == start or j >= info.span.end or doc[j].text not in (",", ".", ";") or doc[j - 1].pos_ != "NOUN":
        return None
    return doc[start:j]


HEAD_REACH = 3  # "Vega's first reusable rocket": words from the possessive to its noun


def subject_of_the_copula(doc, info, owner, heads):
    """'Helix is Vega's first rocket', 'Helix ... en is Vega's eerste raket die ...': the sentence's subject is what
    a copula says the owner's noun is."""
    k = owner.tok_start - 1
    if k <= info.span.start or doc[k].lower_ not in function_words("copulas"):
        return None
    j = owner.tok_end + (owner.tok_end < info.span.end and doc[owner.tok_end].text in POSSESSIVE)
    noun = next((t for t in doc[j:min(j + HEAD_REACH, info.span.end)] if t.lower_ in heads), None)
    if noun is None or not all(t.is_lower for t in doc[j:noun.i]):
        return None
    return next((s for s in info.slots if s.tok_end <= k and not (s.governed or s.possessor or s.modifier or s.bracketed
                                                                   or s.claimant or s.anaphor)), None)


def name_before_the_owner(info, owner):
    """'Helix, Vega's lander': the name right before the comma that opens the apposition."""
    doc = info.span.doc
    k = owner.tok_start - 1
    if k <= info.span.start or doc[k].text != ",":
        return None
    return next((s for s in info.slots if s.tok_end == k and not s.anaphor), None)


def name_after_the_phrase(doc, info, phrase):
    """'Vega's cloud division, Orbitra, ...': the name right after the comma that closes the owner's noun."""
    j = phrase.end
    if j + 1 >= info.span.end or doc[j].text != ",":
        return None
    nxt = first_slot_after(doc, info, j + 1, 0)
    return nxt if nxt is not None and not nxt.anaphor else None


def match_its_apposition(doc, info, p, infos):
    """'xAI released a statement on Colossus 2, its second data center', 'Helix, zijn nieuwe raket': a name set beside
    a possessive pronoun and the owner's noun is the thing of the one the pronoun points to (the sentence's subject
    before the name, else the topic)."""
    owners, objects = set(p["owner_types"]), set(p["object_types"])
    found = []
    for b in info.slots:
        j = b.tok_end
        if b.type not in objects or b.anaphor or j + 1 >= info.span.end or doc[j].text != "," \
                or doc[j + 1].lower_ not in POSSESSIVE_DETERMINERS:
            continue
        head = head_after_the_pronoun(doc, info, j + 2, p["heads"])
        if head is None:
            continue
        a = sentence_subject(info, (), b.tok_start) or sentence_subject(info, infos, b.tok_start)
        if a is not None and a.type in owners and a.entity != b.entity:
            found.append(((a, b) if p["relation"] == "owns" else (b, a)) + (b.tok_start, head.i + 1))
    return found


def head_after_the_pronoun(doc, info, start: int, heads):
    """The first of `heads` among the lower-case words after a possessive pronoun ('second data center here'), with
    only such words before it."""
    for t in doc[start:min(info.span.end, start + POSSESSIVE_WINDOW + 1)]:
        if slot_at(info, t.i) is not None or not (t.is_lower or t.text in HYPHENS or t.like_num):
            return None
        if t.lower_ in heads and t.pos_ == "NOUN":
            return t
    return None


def match_owned(doc, info, p, infos):
    """'xAI ... Its Grok chatbot', 'zijn platform X', 'zijn H20-accelerators': a thing after a possessive pronoun is
    the sentence subject's (or, with none before it, the topic's)."""
    owners, objects = set(p["owner_types"]), set(p["object_types"])
    found = []
    for b in info.slots:
        if not b.owned or b.type not in objects or b.anaphor:
            continue
        a = sentence_subject(info, (), b.tok_start) or next(
            (s for s in info.slots if s.possessor and s.tok_end <= b.tok_start), None) \
            or sentence_subject(info, infos, b.tok_start)  # "Vega's ability to train its X"; else the topic
        if a is not None and a.type in owners and a.entity != b.entity:
            pair = (a, b) if p["relation"] == "owns" else (b, a)
            found.append((*pair, b.tok_start - 1, b.tok_end, *part_of_a_company(doc, info, p, b)))
    return found


def part_of_a_company(doc, info, p, thing) -> tuple:
    """('part_of',) where a company's thing is named as one of its units ('its Helix division'); else ()."""
    return ("part_of",) if p["relation"] == "product_of" and names_a_unit(doc, thing, info.span.end) else ()


def match_name_before_name(doc, info, p):
    """'Nvidia GB200 GPUs', 'Tesla Megapacks', 'a Nvidia H100 chip': a firm's name right before a product's names
    the maker."""
    owners, objects = set(p["owner_types"]), set(p["object_types"])
    found = []
    for a in info.slots:
        if a.type not in owners or a.anaphor or a.possessor:
            continue
        b = next((s for s in info.slots if s.tok_start == a.tok_end and not s.anaphor), None)
        if b is not None and b.type in objects and b.entity != a.entity and doc[a.tok_end - 1].whitespace_:
            found.append((b, a, a.tok_start, b.tok_end))
    return found


def match_of_name(doc, info, p):
    """'Starlink van SpaceX', 'het New Shepard-programma van Blue Origin', 'Blue Origin, het ruimtevaartbedrijf van
    miljardair Jeff Bezos': a thing, its noun or a short apposition, a preposition of belonging, the owner's titles
    and the owner."""
    owners, objects, preps = set(p["owner_types"]), set(p["object_types"]), set(p["words"])
    end, found = info.span.end, []
    for b in info.slots:
        if b.type not in objects or b.modifier or b.anaphor and "anaphora" not in p.get("objects", ()):
            continue
        j = b.tok_end
        if j + 1 < end and doc[j].text in HYPHENS and not doc[j - 1].whitespace_ and doc[j + 1].is_lower:
            j += 2  # "het New Shepard-programma van"
        if j + 1 < end and doc[j].text == "," and doc[j + 1].lower_ in ARTICLES:
            k = j + 2
            while k < end and k - j <= OF_NAME_APPOSITION and doc[k].is_lower and doc[k].lower_ not in preps:
                k += 1
            j = k  # "Blue Origin, het ruimtevaartbedrijf van"
        if j >= end or doc[j].lower_ not in preps:
            continue
        k = j + 1
        while k < end and k - j <= OF_NAME_TITLES and (slot_at(info, k) is None or slot_at(info, k).modifier) \
                and (doc[k].is_lower or doc[k].text in HYPHENS or (slot_at(info, k) is not None)):
            k += 1  # "van Amazon-baas en miljardair Jeff Bezos"
        a = slot_at(info, k)
        if a is not None and a.possessor:  # "de New Glenn-raket van Jeff Bezos' Blue Origin": Blue Origin's
            a = first_slot_after(doc, info, a.tok_end, 2, skip_possessors=True) or a
        if a is not None and a.type in owners and a.entity != b.entity and not a.modifier:
            pair = (a, b) if p["relation"] == "owns" else (b, a)
            found.append((*pair, b.tok_start, a.tok_end, *part_of_a_company(doc, info, p, b)))
    return found


OF_NAME_APPOSITION = 4


OF_NAME_TITLES = 5


NAMING_DEPS = {"compound", "flat", "amod", "appos"}  # "de Starship-raket", "the Falcon 9 rocket": the name names the noun


def match_genitive(doc, info, p):
    """With the syntax: an owner that hangs on a thing, or on the noun the thing names, as its possessor
    ('SpaceX's Starship', 'Musk's SpaceX') or after a preposition of belonging ('de New Glenn van Blue Origin')."""
    if not doc.has_annotation("DEP"):
        return []
    owners, objects = set(p["owner_types"]), set(p["object_types"])
    prepositions = set(lexicon(doc.lang_)["belonging_prepositions"])
    found = []
    for b in info.slots:
        if b.type not in objects or b.anaphor:
            continue
        head = span_root(doc, b.tok_start, b.tok_end)
        nouns = {head.i} | ({head.head.i} if head.dep_ in NAMING_DEPS else set()) | glued_head(doc, b.tok_end)
        for a in info.slots:
            if a is b or a.type not in owners or a.entity == b.entity or a.anaphor:
                continue
            owner = span_root(doc, a.tok_start, a.tok_end)
            if owner.head.i in nouns and is_owner(owner, prepositions):
                pair = (a, b) if p["relation"] == "owns" else (b, a)
                found.append((*pair, min(a.tok_start, b.tok_start), max(a.tok_end, b.tok_end),
                              *part_of_a_company(doc, info, p, b)))
    return found


def glued_head(doc, end: int) -> set[int]:
    """'New Glenn-raket': the noun our tokenizer split off after the hyphen is the one the name names."""
    if end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        return {end + 1}
    return set()
