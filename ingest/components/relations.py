"""Relations between entities, from the pattern lists in the lexicons (relation_patterns).

Pattern kinds:
  role_compound  "Amazon-oprichter Jeff Bezos", "Tesla CEO Elon Musk"   -> rel(B, A)
  role_of        "Musk, de CEO van Tesla", "founder of OpenAI"         -> rel(B, A)
  between        "SpaceX heeft xAI overgenomen", "X geïntegreerd in xAI" -> rel(A, B)
  pair_after     "de fusie tussen xAI en SpaceX"                         -> rel(A, B)
  list_after     "haalde xAI op bij Nvidia, Cisco en Qatar"              -> rel(each, subject)
  passive_by     "werd door Musk opgericht", "founded by Musk"           -> rel(B, subject)
  plan_object    "CASC wil een Space Cloud bouwen"                       -> plans(A, B)
  possessive     "Alibaba's Qwen-3" -> product_of(B, A); "Musk's SpaceX" -> owns(A, B)
Attaches doc._.kb_relations.
"""
from __future__ import annotations

import functools
from types import SimpleNamespace

from spacy.language import Language
from spacy.tokens import Doc

from ..claims.when import in_the_past_when_reported
from ..dependencies import is_owner, span_root
from ..discourse import (
    ARTICLES,
    HYPHENS,
    PLACE_TYPES,
    POSSESSIVE,
    QUOTES,
    by_first_word,
    cues,
    doc_text,
    lowers,
    phrase_at,
    topic_before,
)
from ..lexicons import function_words, lexicon, lexicon_shared
from ..tokenizer import phrase_tokens
from . import extensions  # noqa: F401  (registers the Doc extensions)

ACTION_KINDS = {"between", "list_after", "passive_by", "pair_after"}  # what "deed hetzelfde" can repeat
ROLE_WINDOW = 3
THEN_WINDOW = 4  # "invested $2 billion in the French start-up X"
POSSESSIVE_WINDOW = 6


@functools.lru_cache(maxsize=None)
def patterns(lang: str) -> list[dict]:
    out = []
    for p in lexicon(lang)["relation_patterns"]:
        p = dict(p)
        p["phrases"] = sorted((phrase_tokens(w.lower(), lang) for w in p.get("words", [])), key=len, reverse=True)
        p["then"] = set(p.get("then", []))
        p["by"] = set(p.get("by", []))
        p["requires"] = set(p.get("requires", []))
        out.append(p)
    return out


LIST_ITEM_WINDOW = 3  # "en het Saoedische staatsfonds PIF": words may stand before a later item


@functools.lru_cache(maxsize=None)
def transparent_phrases(lang: str) -> tuple:
    return tuple(sorted((phrase_tokens(w.lower(), lang) for w in lexicon(lang)["transparent_phrases"]),
                        key=len, reverse=True))


def content_tokens(doc, start, end):
    return [t for t in doc[start:end] if not (t.is_space or t.text in QUOTES or t.lower_ in ARTICLES)]


def phrase_hits(doc, sent, phrases):
    """Every start of a phrase in the sentence (overlaps allowed), with its longest match."""
    lows, index = lowers(doc), by_first_word(phrases)
    named = named_tokens(doc)  # "Strategic Investment Fund": a name, not a cue
    hits = []
    for i in range(sent.start, sent.end):
        p = phrase_at(lows, i, sent.end, index)
        if p is not None and not any(k in named for k in range(i, i + len(p))):
            hits.append((i, i + len(p)))
    return hits


def named_tokens(doc) -> frozenset:
    """Token indices inside mentions, computed once per document."""
    cached = doc.user_data.get("kb_named_tokens")
    if cached is None:
        cached = frozenset(i for m in (doc._.kb_mentions or []) for i in range(m["start"], m["end"]))
        doc.user_data["kb_named_tokens"] = cached
    return cached


def slot_at(info, tok):
    return next((s for s in info.slots if s.tok_start == tok and not s.anaphor), None) or \
        next((s for s in info.slots if s.tok_start == tok), None)


def first_slot_after(doc, info, i, window, skip_possessors=False):
    """The first mention within `window` content tokens after token i ("Elon Musk's SpaceX-plannen":
    with skip_possessors, SpaceX)."""
    seen = 0
    for t in doc[i:info.span.end]:
        s = slot_at(info, t.i)
        if s is not None and not (skip_possessors and s.possessor):
            return s
        if t.is_space or t.text in QUOTES or t.lower_ in ARTICLES:
            continue
        seen += 1
        if seen > window:
            return None
    return None


def match_role_compound(doc, info, p):
    found = []
    for a in info.slots:
        j = a.tok_end
        if j < info.span.end and doc[j].text in ("-", "‐", "‑"):
            j += 1
        for i, k in phrase_hits(doc, info.span, p["phrases"]):
            if i == j:
                b = described_by_the_compound(doc, info, k) or the_name_this_apposition_describes(doc, info, a, k) \
                    or first_slot_after(doc, info, k, ROLE_WINDOW)
                if b is not None and any(t.lower_ in cues(doc.lang_)["relatives"] for t in doc[k:b.tok_start]):
                    b = None  # "the Nvidia-backed startup that launched an H100 chip": not the chip
                if b is not None and b.entity != a.entity:
                    # "SpaceX-topman Elon Musk": Musk is the CEO; "Nvidia-backed Starcloud": Nvidia backs it
                    found.append((a, b, i, k) if p.get("direction") == "forward" else (b, a, i, k))
    return found


def match_title_only(doc, info, p, infos):
    """'..., with CEO Mark Zuckerberg noting', 'CEO Rob Demillo': a chief's title with no firm before it is held at
    the firm the sentence is about."""
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        person = next((s for s in info.slots if s.tok_start == k and s.type == "PERSON"), None)
        firm_before = i > info.span.start and any(s.tok_end in (i, i - 1) for s in info.slots)
        if person is None or firm_before:
            continue  # "Tesla CEO Elon Musk" is the compound's
        firm = sentence_subject(info, infos, i)
        if firm is not None and firm.type in ("ORG", "AGENCY") and firm.entity != person.entity:
            found.append((person, firm, i, person.tok_end))
    return found


def the_name_this_apposition_describes(doc, info, a, k):
    """'Sophia Space, an Nvidia partner, has ...': the compound is the whole apposition, so it describes the
    name before its comma."""
    if k < info.span.end and doc[k].text not in (",", ")", ";"):
        return None
    comma = next((t.i for t in reversed(doc[max(info.span.start, a.tok_start - 3):a.tok_start]) if t.text == ","), None)
    if comma is None or not all(t.lower_ in ARTICLES for t in doc[comma + 1:a.tok_start]):
        return None
    return next((s for s in info.slots if s.tok_end == comma), None)


def described_by_the_compound(doc, info, k):
    """'Starcloud, the Nvidia-backed startup that ...': the compound describes the company the head noun
    after it stands in apposition to."""
    head = next((t for t in doc[k:min(k + 3, info.span.end)] if t.is_alpha), None)
    if head is None:
        return None
    return apposition_before(doc, info, head.i + 1)


def match_role_of(doc, info, p):
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        covering = [s for s in info.slots if s.anaphor and s.tok_start <= i < s.tok_end]
        nxt = content_tokens(doc, k, min(k + 2, info.span.end))
        if not nxt or nxt[0].lower_ not in function_words("of_words"):
            titled = title_name_of(doc, info, i, k)
            if titled:
                found.extend(titled)
                continue
            if not any(w in ("aan de wieg stond", "who founded", "who co-founded", "who owns") for w in [" ".join(doc[i:k].text.lower().split())]):
                continue
            a = first_slot_after(doc, info, k, 3)
        else:
            a = first_slot_after(doc, info, nxt[0].i + 1, 1)
        # "de concurrent van OpenAI" is itself the anaphor that names the rival
        before = covering or [s for s in info.slots if s.tok_end <= i and i - s.tok_end <= 8 and not s.governed]
        if a is not None and before and before[-1].entity != a.entity:
            found.append((before[-1], a, i, k))
    return found


def title_name_of(doc, info, i, k):
    """'topman Sundar Pichai van Google', 'chief executive Jane Doe of Nimbus'."""
    person = first_slot_after(doc, info, k, 1)
    if person is None or person.type != "PERSON":
        return []
    nxt = content_tokens(doc, person.tok_end, min(person.tok_end + 2, info.span.end))
    if not nxt or nxt[0].lower_ not in function_words("role_links"):
        return []
    org = first_slot_after(doc, info, nxt[0].i + 1, 1)
    return [(person, org, i, k)] if org is not None and org.entity != person.entity else []


def match_between(doc, info, p, infos=()):
    found = []
    gap = p.get("max_gap", 8)
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        before = [s for s in info.slots if s.tok_end <= i and i - s.tok_end <= gap and not s.possessor and not s.modifier
                  and not s.bracketed]
        free = [s for s in before if not s.governed] or before
        if free and all(getattr(s, "owned", False) for s in free):
            owner = sentence_subject(info, infos, free[0].tok_start)  # "it will launch its TPUs ... in partnership with"
            free = [owner] if owner is not None else free
        inverted = subject_after_the_verb(doc, info, i, k) if not free else None
        if inverted is not None:  # "In 2000 richtte Bezos het bedrijf Blue Origin op"
            a = inverted
            b = first_slot_after(doc, info, a.tok_end, p.get("object_window", gap) + INVERSION_EXTRA, skip_possessors=True)
            if b is not None and b.entity != a.entity:
                found.append((a, b, i, k))
            continue
        if not free:
            pointer = demonstrative_subject(doc, info, infos)  # "Dit vormt een uitdaging voor ..."
            if pointer is None:
                continue
            free = [pointer]
        a = free[-1]
        h = i - 1
        while h > info.span.start and doc[h].pos_ == "ADV":
            h -= 1  # "and also heads"
        if h >= info.span.start and doc[h].is_alpha and doc[h].lower_ in cues(doc.lang_)["coord"]:
            lo = info.clause_of(doc[i].idx)[0]
            first = next((s for s in info.slots if lo <= s.start and s.tok_end <= i
                          and not (s.governed or s.possessor or s.modifier)), None)
            a = first or a  # "Musk, ..., is an ally of President Trump and heads DOGE": the verbs share Musk
        b = None
        if p["then"]:
            for t in doc[k:min(k + gap, info.span.end)]:
                if t.lower_ in p["then"]:
                    b = first_slot_after(doc, info, t.i + 1, THEN_WINDOW)
                    break
            if b is None:
                # Dutch verb-final order: "X is in 2025 geïntegreerd in xAI" keeps 'then' after the verb,
                # "in xAI geïntegreerd" puts it before.
                for t in reversed(doc[a.tok_end:i]):
                    if t.lower_ in p["then"]:
                        b = first_slot_after(doc, info, t.i + 1, THEN_WINDOW)
                        break
        else:
            b = first_slot_after(doc, info, k, p.get("object_window", gap), skip_possessors=True)
            if b is not None and "object_window" in p and b.governed:
                b = None  # "bought parts from Panasonic": Panasonic sold, it was not bought
            if b is None:
                middle = [s for s in info.slots if a.tok_end <= s.tok_start and s.tok_end <= i]
                b = middle[0] if middle else None
            if b is None:
                lo = info.clause_of(a.start)[0]
                head = info.relative_heads.get(lo) or head_of_relative_apposition(doc, info, a)
                earlier = [s for s in free if s.start >= lo and s is not a and s.entity != a.entity]
                bare_head = apposition_before(doc, info, a.tok_start) if a.type == "PERSON" and a.tok_end == i else None
                if bare_head is not None:
                    b = bare_head  # "Blue Origin, the rocket company Bezos founded in 2000"
                elif head is not None and head.end <= a.start and a.type == "PERSON":
                    b = head  # "SpaceX, which Musk founded in 2002": a person acts on the head
                elif head is not None and head.end <= a.start:
                    a, b = head, a  # "Eutelsat, dat het Britse OneWeb in 2023 overnam": the head acts
                elif doc.lang_ == "nl" and earlier:
                    a, b = earlier[-1], a  # "dat SpaceX het AI-bedrijf xAI overneemt": verb last, subject first
        if b is not None and a.type == "PERSON" and p["relation"] in COMPANY_ONLY:
            a = info.relative_heads.get(info.clause_of(a.start)[0])  # "xAI, the company that Musk founded and merged with SpaceX"
        if a is not None and b is not None and b.entity != a.entity:
            found.append((a, b, i, k))
    return found


COMPANY_ONLY = {"merged_with"}  # a person does not merge: the company he acts for does


def subject_after_the_verb(doc, info, i, k):
    """Dutch puts the verb second: after a phrase put first ('In 2000 richtte Bezos ...') the subject follows it."""
    if doc.lang_ != "nl" or i <= info.span.start or doc[i - 1].is_punct or doc[k - 1].lower_ in cues("nl")["preps"]:
        return None  # "een uitdaging voor Elon Musk's SpaceX": the name after a preposition is its object
    return next((s for s in info.slots if s.tok_start == k and s.type in ("PERSON", "ORG", "AGENCY", "GROUP", "OTHER")), None)


INVERSION_EXTRA = 3  # "richtte Bezos het raketbedrijf Blue Origin op": a describing noun before the object


def head_of_relative_apposition(doc, info, subject):
    """'Blue Origin, het raketbedrijf dat Bezos in 2000 oprichtte': the company a relative clause's noun stands for."""
    k = subject.tok_start - 1
    if k <= info.span.start or doc[k].lower_ not in cues(doc.lang_)["relatives"]:
        return None
    return apposition_before(doc, info, k)


def apposition_before(doc, info, k):
    """'Blue Origin, the rocket company Bezos founded in 2000': the company that a head noun ending right before
    token k stands in apposition to."""
    heads = cues(doc.lang_)["anaphor_heads"]
    if not any(tuple(t.lower_ for t in doc[k - len(h):k]) == h or len(h) == 1 and doc[k - 1].lower_.endswith(h[0])
               for h in heads if k - len(h) >= info.span.start):
        return None  # "the rocket company", "het raketbedrijf"
    comma = next((t.i for t in reversed(doc[max(info.span.start, k - APPOSITION_WORDS):k]) if t.text == ","), None)
    if comma is None:
        return None
    return next((s for s in info.slots if s.tok_end == comma and s.type in ("ORG", "AGENCY", "GROUP")), None)


APPOSITION_WORDS = 6


def demonstrative_subject(doc, info, infos):
    """'Dit', 'Dat', 'This' opening a sentence: what the sentence before was about, at the word's place."""
    first = next((t for t in info.span if not (t.is_space or t.is_punct or t.text in QUOTES)), None)
    if first is None or first.lower_ not in lexicon(doc.lang_)["back_pointers"] or not infos:
        return None
    topic = topic_before(infos, info.index)
    if topic is None:
        return None
    return SimpleNamespace(entity=topic.entity, name=topic.name, type=topic.type, start=first.idx,
                           end=first.idx + len(first.text), tok_start=first.i, tok_end=first.i + 1)


def match_pair_after(doc, info, p):
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        a = first_slot_after(doc, info, k, 1)
        if a is None:
            continue
        b = first_slot_after(doc, info, a.tok_end, 2)
        if b is not None and b.entity != a.entity:
            found.append((a, b, i, k))
    return found


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
        s = first_slot_after(doc, info, j, 1 if not items else LIST_ITEM_WINDOW, skip_possessors=True)  # "the UK's fund"
        if s is None:
            break
        person = titled_person_after(doc, info, s)
        if person is not None:  # "backed by former Google chief executive Eric Schmidt": Schmidt backs it
            s = person
        items.append(s)
        j = s.tok_end
        if j < info.span.end and doc[j].lower_ in coords:
            j += 1
            continue
        break
    return items


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


def used_as_adjective(doc, slot) -> bool:
    nxt = doc[slot.tok_end] if slot.tok_end < len(doc) else None
    return nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_ not in ATTRIBUTIVE_STOPS \
        and not getattr(slot, "titled", False) and slot.type != "PERSON"


ATTRIBUTIVE_STOPS = function_words("attributive_stops")


def titled_person_after(doc, info, org):
    """A person named right after an organization and a title: 'Google chief executive Eric Schmidt'."""
    nxt = first_slot_after(doc, info, org.tok_end, ROLE_WINDOW)
    if nxt is None or nxt.type != "PERSON" or nxt is org:
        return None
    return nxt if getattr(nxt, "titled", False) else None


def sentence_subject(info, infos, before_tok):
    free = [s for s in info.candidates() if s.tok_end <= before_tok and not s.governed and s.type not in PLACE_TYPES]
    speaker = [s for s in info.slots if s.claimant and s.tok_end <= before_tok and s.type not in PLACE_TYPES]
    if free or speaker:  # "Lumen Orbit, a start-up backed by Nvidia, said ...": the speaker is backed
        return (free or speaker)[0]
    return topic_before(infos, info.index)


def match_list_after(doc, info, p, infos):
    found = []
    lows = lowers(doc)
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        if p["requires"] and not any(w in p["requires"] for w in lows[info.span.start:i]):
            continue  # "bij" names investors only in a sentence about raising money
        subject = sentence_subject(info, infos, i)
        if subject is None:
            continue
        for item in listed_after(doc, info, k, transparent_phrases(doc.lang_)):
            if item.entity != subject.entity:
                found.append((item, subject, i, k))
    return found


def match_passive_by(doc, info, p, infos):
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        for t in doc[max(info.span.start, i - 4):min(info.span.end, k + 3)]:
            if t.lower_ in p["by"]:
                b = first_slot_after(doc, info, t.i + 1, 1)
                if b is not None and b.possessor:  # "founded by Amazon's Jeff Bezos": the person founded it
                    b = first_slot_after(doc, info, t.i + 1, POSSESSED_WINDOW, skip_possessors=True) or b
                if b is None:
                    continue
                person = titled_person_after(doc, info, b)  # "founded by Robinhood co-founder Baiju Bhatt"
                if person is None and used_as_adjective(doc, b):
                    continue  # "founded by former Airbus engineers": engineers founded it, not Airbus
                b = person or b
                others = [s for s in info.slots if s.entity != b.entity and s.tok_end <= i and not s.governed
                          and not (s.bracketed or s.possessor or s.modifier or s.counted)
                          and s.type not in PLACE_TYPES]  # "The Kent, Washington-based company, owned by"; a speaker too
                a = others[0] if others else topic_before(infos, info.index)
                if a is not None and a.entity != b.entity:
                    found.append((b, a, i, k))
                break
    return found


POSSESSED_WINDOW = 4

def match_separable(doc, info, p):
    """'SpaceX nam in februari het AI-bedrijf xAI over': a Dutch verb and its particle around the object;
    the subject stands before the verb, the object is the last name before the particle."""
    found = []
    lows = lowers(doc)
    types = set(p.get("object_types", []))
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        lo, hi = info.clause_of(doc[i].idx)
        end = next((t.i for t in doc[k:info.span.end] if t.idx < hi and lows[t.i] == p["particle"]
                    and (t.i + 1 >= info.span.end or doc[t.i + 1].is_punct or lows[t.i + 1] in SEPARABLE_AFTER)), None)
        if end is None:
            continue
        a = next((s for s in sorted(info.slots, key=lambda s: -s.tok_start) if s.tok_end <= i and s.start >= lo
                  and not (s.governed or s.possessor or s.modifier or s.bracketed)), None)
        if a is None:  # "In februari nam SpaceX xAI over": after a phrase put first, the subject follows the verb
            a = next((s for s in info.slots if s.tok_start == k and s.type in ("PERSON", "ORG", "AGENCY", "GROUP", "OTHER")), None)
        b = next((s for s in sorted(info.slots, key=lambda s: -s.tok_start) if k <= s.tok_start and s.tok_end <= end
                  and (not types or s.type in types) and not s.possessor and s is not a), None)
        if a is not None and b is not None and a.entity != b.entity:
            found.append((a, b, i, end + 1))
    return found


SEPARABLE_AFTER = function_words("separable_after")  # "nam Twitter over voor 44 miljard dollar"

UNDATED_KINDS = {"role_compound", "role_of", "possessive", "genitive", "of_name", "owned", "name_before_name", "title_only"}
PLAN_OBJECT_WINDOW = 5  # "plans to launch Starship"; farther off, the name is usually inside another object


def match_plan_object(doc, info, p):
    found = []
    types = set(p.get("object_types", []))
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        before = [s for s in info.candidates() if s.tok_end <= i and i - s.tok_end <= 3 and not s.governed]
        if not before:
            continue
        a = before[-1]
        for s in info.slots:
            if s.tok_start >= k and s.tok_start - k <= PLAN_OBJECT_WINDOW and s.type in types and s.entity != a.entity:
                owned_by_another = any(o.possessor and o.tok_end + 1 == s.tok_start and o.entity != a.entity for o in info.slots)
                if not owned_by_another:  # "aims to rival Elon Musk's Starlink": another's thing, no plan of its own
                    found.append((a, s, i, k))
                break
    return found


def match_possessive(doc, info, p):
    found = []
    owners, objects = set(p["owner_types"]), set(p["object_types"])
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
                    found.append((*pair, a.tok_start, b.tok_end))
                break
            t = doc[j]
            if not (t.is_lower or t.text in ("-", "‐")) or t.text in POSSESSIVE:
                break
            j += 1
            steps += 1
    return found


def match_owned(doc, info, p, infos):
    """'xAI ... Its Grok chatbot', 'zijn platform X', 'zijn H20-accelerators': a thing after a possessive pronoun is
    the sentence subject's (or, with none before it, the topic's)."""
    owners, objects = set(p["owner_types"]), set(p["object_types"])
    found = []
    for b in info.slots:
        if not b.owned or b.type not in objects or b.anaphor:
            continue
        a = sentence_subject(info, infos, b.tok_start)
        if a is not None and a.type in owners and a.entity != b.entity:
            pair = (a, b) if p["relation"] == "owns" else (b, a)
            found.append((*pair, b.tok_start - 1, b.tok_end))
    return found


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
        if b.type not in objects or b.anaphor or b.modifier:
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
        if a is not None and a.type in owners and a.entity != b.entity and not a.modifier:
            pair = (a, b) if p["relation"] == "owns" else (b, a)
            found.append((*pair, b.tok_start, a.tok_end))
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
                found.append((*pair, min(a.tok_start, b.tok_start), max(a.tok_end, b.tok_end)))
    return found


def glued_head(doc, end: int) -> set[int]:
    """'New Glenn-raket': the noun our tokenizer split off after the hyphen is the one the name names."""
    if end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        return {end + 1}
    return set()


def match_same_as_before(doc, info, p, previous):
    """'en Tesla deed onlangs hetzelfde': the last relation again, with a new subject."""
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        before = [s for s in info.slots if s.tok_end <= i and i - s.tok_end <= 2]
        if not before or not previous:
            continue
        actions = [r for r in previous if r.get("_kind") in ACTION_KINDS]
        if not actions:
            continue
        last = actions[-1]
        subject = before[-1]
        if subject.entity != last["object"]:
            found.append((subject, last, i, k))
    return found


def object_type(slot) -> str:
    return getattr(slot, "type", None) or "OTHER"


def closest_period(doc, info, tok):
    """The time nearest the tie's cue word, in the cue's own clause."""
    at = doc[min(tok, len(doc) - 1)].idx
    lo, hi = description_around(doc, info, tok) or info.clause_of(at)
    times = [t for t in (doc._.kb_periods or []) if lo <= t["start"] < hi and (t["period_start"] or t["period_end"])]
    text = doc_text(doc)
    joiners = cues(doc.lang_)["verb_coordinators"]
    own = [t for t in times if not (t["end"] <= at and joiners & set(text[t["end"]:at].lower().split()))]
    times = own or times  # "founded in 2023 and merged with SpaceX earlier this year": the merger's own time
    if not times:
        return None
    return min(times, key=lambda t: (t.get("vague", False), abs(t["start"] - at)))  # "inmiddels" yields to "in 2027"


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


def build_relations(doc: Doc) -> list[dict]:
    infos = doc._.kb_sentence_info or []
    seen, out = set(), []
    for info in infos:
        for p in patterns(doc.lang_):
            kind = p["kind"]
            if kind in ("list_after", "passive_by", "between", "owned", "title_only"):
                hits = MATCHERS[kind](doc, info, p, infos)
            elif kind == "same_as_before":
                hits = [(a, SimpleNamespace(entity=last["object"], name=last["object_name"], start=a.start, end=a.end),
                         i, k, last["relation"]) for a, last, i, k in match_same_as_before(doc, info, p, out)]
            else:
                hits = MATCHERS[kind](doc, info, p)
            if p["relation"] in relations_over_lists() and kind in ("between", "role_of"):
                hits = hits + [(a, other, i, k) for a, b, i, k, *_ in hits for other in coordinated_after(doc, info, b)]
            elif p["relation"] in relations_over_lists() and kind == "possessive":  # "SpaceX's Falcon 9 and Falcon Heavy"
                things = (lambda a, b: b) if p["relation"] == "owns" else (lambda a, b: a)
                hits = hits + [(other, b, i, k) if p["relation"] != "owns" else (a, other, i, k)
                               for a, b, i, k, *_ in hits for other in coordinated_after(doc, info, things(a, b), False)]
            for hit in hits:
                a, b, i, k = hit[:4]
                if p.get("direction") == "reverse":
                    a, b = b, a  # "Planet secured a contract with NATO": NATO is the customer
                relation = hit[4] if len(hit) > 4 else p["relation"]
                if kind in ("between", "passive_by") and "object_types" in p and object_type(b) not in p["object_types"]:
                    continue  # "bought 8 H200 chips": buying a product is not an acquisition
                if getattr(a, "based", False) or getattr(b, "based", False):
                    continue  # "a Texas-based rival": where it sits, not who it is
                key = (a.entity, relation, b.entity, info.index)
                if key in seen:
                    continue
                seen.add(key)
                # a tie told by a description ("Nvidia-backed", "SpaceX-topman", "Google's Suncatcher") is a
                # state, not an event of the sentence's time
                period = None if kind in UNDATED_KINDS else closest_period(doc, info, i)
                if relation != "plans":  # a stated tie dated without a year lies behind the article
                    period = in_the_past_when_reported(period, "fact", doc._.kb_published)
                    if period and doc._.kb_published and (period["period_start"] or "") > doc._.kb_published:
                        period = None  # "Nvidia-backed Starcloud plans to ... next month": the plan is dated, not the tie
                start, end = min(a.start, b.start), max(a.end, b.end)
                if kind == "same_as_before":
                    start, end = a.start, doc[k - 1].idx + len(doc[k - 1].text)
                out.append({
                    "sentence": info.index, "start": start, "end": end,
                    "subject": a.entity, "subject_name": a.name, "relation": relation,
                    "object": b.entity, "object_name": b.name,
                    "period_start": period["period_start"] if period else None,
                    "period_end": period["period_end"] if period else None, "_kind": kind,
                })
    text = doc_text(doc)
    for r in out:
        r["text"] = text[r["start"]:r["end"]]
        r.pop("_kind")
    return out


MATCHERS = {"role_compound": match_role_compound, "role_of": match_role_of, "between": match_between,
            "pair_after": match_pair_after, "list_after": match_list_after, "passive_by": match_passive_by,
            "plan_object": match_plan_object, "possessive": match_possessive, "separable": match_separable,
            "genitive": match_genitive, "of_name": match_of_name, "owned": match_owned,
            "name_before_name": match_name_before_name, "title_only": match_title_only}


@Language.component("kb_relations", assigns=["doc._.kb_relations"],
                    requires=["doc._.kb_mentions", "doc._.kb_periods", "doc._.kb_sentence_info"])
def relations(doc: Doc) -> Doc:
    doc._.kb_relations = build_relations(doc)
    return doc
