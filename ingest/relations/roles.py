"""Roles: 'Tesla CEO Elon Musk', 'Amazon-oprichter Jeff Bezos', 'Musk, de CEO van Tesla', 'founder of OpenAI'."""
from __future__ import annotations

from ..discourse import ARTICLES, HYPHENS, POSSESSIVE, cues
from ..lexicons import function_words, lexicon
from .lists import listed_after
from .phrases import (
    ROLE_WINDOW,
    apposition_before,
    content_tokens,
    first_slot_after,
    phrase_hits,
    sentence_subject,
)


def match_role_compound(doc, info, p):
    found, belonging = [], set(lexicon(doc.lang_)["belonging_prepositions"])
    for a in info.slots:
        if (glued_role(doc, a),) in p["phrases"]:  # "Amazonbaas en miljardair Jeff Bezos": the role is in the word
            b = first_slot_after(doc, info, a.tok_end, ROLE_WINDOW)
            if b is not None and b.entity != a.entity:
                found.append((a, b, a.tok_start, a.tok_end) if p.get("direction") == "forward" else (b, a, a.tok_start, a.tok_end))
            continue
        j = a.tok_end
        if j < info.span.end and doc[j].text in HYPHENS | POSSESSIVE:
            j += 1  # "SpaceX-topman", "Vega's CEO"
        for i, k in phrase_hits(doc, info.span, p["phrases"]):
            if i == j:
                b = described_by_the_compound(doc, info, k) or the_name_this_apposition_describes(doc, info, a, k) \
                    or first_slot_after(doc, info, k, ROLE_WINDOW)
                if b is not None and any(t.lower_ in cues(doc.lang_)["relatives"] for t in doc[k:b.tok_start]):
                    b = None  # "the Nvidia-backed startup that launched an H100 chip": not the chip
                if b is not None and any(t.lower_ in belonging for t in doc[k:b.tok_start]):
                    b = None  # "de Helix-divisie van Vega": the unit belongs to Vega, it does not name it
                if b is not None and b.entity != a.entity:
                    # "SpaceX-topman Elon Musk": Musk is the CEO; "Nvidia-backed Starcloud": Nvidia backs it
                    found.append((a, b, i, k) if p.get("direction") == "forward" else (b, a, i, k))
    return found


def glued_role(doc, slot) -> str:
    """'baas' of 'Amazonbaas': the lower-case rest of the one word a name is glued to, else ''."""
    if slot.tok_end - slot.tok_start != 1:
        return ""
    word, name = doc[slot.tok_start].text, slot.name
    rest = word[len(name):] if word.lower().startswith(name.lower()) else ""
    return rest if rest.isalpha() and rest.islower() else ""


def match_title_only(doc, info, p, infos):
    """'..., with CEO Mark Zuckerberg noting', 'CEO Rob Demillo': a chief's title with no firm before it is held at
    the firm the sentence is about."""
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        person = next((s for s in info.slots if s.tok_start == k and s.type == "PERSON"), None)
        firm_before = i > info.span.start and any(
            s.tok_end == i or s.tok_end == i - 1 and doc[i - 1].text in POSSESSIVE | HYPHENS for s in info.slots)
        if person is None or firm_before:
            continue  # "Tesla CEO Elon Musk" is the compound's
        firm = firm_the_sentence_is_about(info, infos, i)
        if firm is not None and firm.entity != person.entity:
            found.append((person, firm, i, person.tok_end))
    return found


def firm_the_sentence_is_about(info, infos, i: int):
    """The sentence's subject when it is a firm; else the first firm free before token i, or one whose possessive
    opens what is said of its people ('Vega's founders — CTO Ann Lee, CEO Bob Stone')."""
    subject = sentence_subject(info, infos, i)
    if subject is not None and subject.type in TITLE_FIRM_TYPES:
        return subject
    before = [s for s in info.slots if s.tok_end <= i and s.type in TITLE_FIRM_TYPES and not s.governed
              and not (s.modifier or s.bracketed or s.claimant)]
    return next((s for s in before if not s.possessor), None) or next(iter(before), None)


TITLE_FIRM_TYPES = ("ORG", "AGENCY")


def the_name_this_apposition_describes(doc, info, a, k):
    """'Sophia Space, an Nvidia partner, has ...': the compound is the whole apposition, so it describes the
    name before its comma."""
    if k < info.span.end and doc[k].text not in APPOSITION_CLOSERS:
        return None
    comma = next((t.i for t in reversed(doc[max(info.span.start, a.tok_start - 3):a.tok_start])
                  if t.text in APPOSITION_OPENERS), None)  # "Alphabet, Google's parent,", "Alphabet—Google's parent—"
    if comma is None or not all(t.lower_ in ARTICLES for t in doc[comma + 1:a.tok_start]):
        return None
    return next((s for s in info.slots if s.tok_end == comma), None)


APPOSITION_OPENERS = (",", "—", "–")
APPOSITION_CLOSERS = (",", ")", ";", "—", "–")


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


def match_role_list(doc, info, p):
    """'Vega's founders — CTO Ann Lee and CEO Bob Stone', 'de oprichters van Vega, Ann Lee en Bob Stone': the
    people listed after a plural role hold it at the firm that owns the role noun."""
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        firm, j = owner_of_the_role(doc, info, i, k)
        if firm is None or j >= info.span.end or doc[j].lower_ not in function_words("list_openers"):
            continue
        for person in listed_after(doc, info, j + 1):
            if person.type in ("PERSON", "OTHER") and person.entity != firm.entity:
                found.append((person, firm, i, k))
    return found


def owner_of_the_role(doc, info, i: int, k: int):
    """The firm before a role noun as its possessor ('Vega's founders'), or after it with 'of' ('founders of
    Vega'); with the token after the firm's name or the role noun."""
    before = next((s for s in info.slots if s.possessor and i - s.tok_end in (0, 1) and s.type in FIRM_TYPES), None)
    if before is not None:
        return before, k
    if k < info.span.end and doc[k].lower_ in function_words("of_words"):
        after = first_slot_after(doc, info, k + 1, 1)
        if after is not None and after.type in FIRM_TYPES:
            return after, after.tok_end
    return None, k


FIRM_TYPES = ("ORG", "AGENCY", "GROUP")
