"""The relation patterns compiled per language, where their phrases stand in a sentence, and the names
(slots) around them."""
from __future__ import annotations

import functools

from ..discourse import (
    ARTICLES,
    HYPHENS,
    PLACE_TYPES,
    QUOTES,
    by_first_word,
    cues,
    lowers,
    phrase_at,
    topic_before,
)
from ..lexicons import function_words, lexicon
from ..tokenizer import phrase_tokens

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
        for key in ("heads", "unless_maker_of"):  # the name of a lexicon list of nouns ("product_heads")
            if key in p:
                p[key] = frozenset(lexicon(lang)[p[key]])
        if "unless_after" in p:  # the name of a lexicon list of phrases that undo the cue right after it
            p["unless_after"] = [phrase_tokens(w.lower(), lang) for w in lexicon(lang)[p["unless_after"]]]
        out.append(p)
    return out


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
    seen, skip_to = 0, i
    for t in doc[i:info.span.end]:
        if t.i < skip_to:
            continue
        s = slot_at(info, t.i)
        if s is not None and not (skip_possessors and s.possessor) and not s.based:
            return s  # past "the Paris-based": where the one named next sits
        if t.is_space or t.text in QUOTES or t.lower_ in ARTICLES:
            continue
        if t.text in HYPHENS or t.i > i and doc[t.i - 1].text in HYPHENS and not doc[t.i - 1].whitespace_:
            continue  # "led by the state-owned SatNet": a hyphenated word counts once
        close = nameless_brackets_end(info, t)
        if close is not None:  # "Chief Executive Officer (CEO), Elon Musk": an abbreviation in brackets says no more
            skip_to = close
            continue
        seen += 1
        if seen > window:
            return None
    return None


BRACKET_WORDS = 3


def nameless_brackets_end(info, t):
    """The token after ')' when `t` opens brackets of a few words with no name in them ('(CEO)', '(EV)')."""
    if t.text != "(":
        return None
    doc = t.doc
    close = next((k for k in range(t.i + 1, min(t.i + 2 + BRACKET_WORDS, info.span.end)) if doc[k].text == ")"), None)
    if close is None or any(t.i < s.tok_start < close for s in info.slots):
        return None
    return close + 1


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


def used_as_adjective(doc, slot) -> bool:
    nxt = doc[slot.tok_end] if slot.tok_end < len(doc) else None
    return nxt is not None and nxt.is_alpha and nxt.is_lower and nxt.lower_ not in ATTRIBUTIVE_STOPS \
        and not getattr(slot, "titled", False) and slot.type != "PERSON"


ATTRIBUTIVE_STOPS = function_words("attributive_stops")


LIST_BREAKS = (",", ";", "—", "–")  # what parts the items of a list; a hyphen ("co-founder") does not


def titled_person_after(doc, info, org):
    """A person named right after an organization and a title: 'Google chief executive Eric Schmidt'; not the
    next item of a list ('CTO Ann Lee, CEO Bob Stone')."""
    nxt = first_slot_after(doc, info, org.tok_end, ROLE_WINDOW)
    if nxt is None or nxt.type != "PERSON" or nxt is org \
            or any(t.text in LIST_BREAKS for t in doc[org.tok_end:nxt.tok_start]):
        return None
    return nxt if getattr(nxt, "titled", False) else None


def sentence_subject(info, infos, before_tok, reach: int | None = None):
    free = [s for s in info.candidates() if s.tok_end <= before_tok and not s.governed and s.type not in PLACE_TYPES]
    speaker = [s for s in info.slots if s.claimant and s.tok_end <= before_tok and s.type not in PLACE_TYPES]
    if free or speaker:  # "Lumen Orbit, a start-up backed by Nvidia, said ...": the speaker is backed
        return (free or speaker)[0]
    return topic_before(infos, info.index, reach)


def names_a_unit(doc, slot, end: int) -> bool:
    """'SpaceX's Starlink business', 'de Helix-divisie van Vega': the name is followed by a word for a part of a company."""
    j = slot.tok_end
    if j + 1 < end and doc[j].text in HYPHENS and not doc[j - 1].whitespace_:
        j += 1
    return j < end and doc[j].lower_ in lexicon(doc.lang_)["company_unit_nouns"]


MAKER_REACH = 4  # names between a maker and its goods: "Nvidia and AMD chips", "NVIDIA GB200 GPUs"


def names_the_maker(doc, info, slot, goods: frozenset) -> bool:
    """'Nvidia GPUs', 'Nvidia-chips', 'Nvidia and AMD chips', 'NVIDIA GB200 GPUs': a name that stands before the
    goods it makes (past hyphens, 'and' and other names) names their maker."""
    coords = cues(doc.lang_)["coord"]
    j, names = slot.tok_end, 0
    while j < info.span.end and names < MAKER_REACH:
        other = slot_at(info, j)
        if other is not None and other.tok_end > j:
            j, names = other.tok_end, names + 1
        elif doc[j].text in HYPHENS or doc[j].lower_ in coords:
            j += 1
        else:
            return doc[j].lower_ in goods
    return False


def opens_a_description(doc, t) -> bool:
    """', the rocket company of ...,', ', founded by ...,', ', which ...,': the first word of a phrase about a name."""
    return t.lower_ in function_words("description_openers") or t.lower_ in cues(doc.lang_)["relatives"] \
        or t.pos_ == "VERB" and ("Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense")
                                 or t.dep_ == "acl" and t.head.i < t.i)
