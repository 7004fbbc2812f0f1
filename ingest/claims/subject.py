"""Who a figure is about: the name the parse ties it to, the owner of a measure, the recipient of an
amount, a vehicle of an event, a thing named generically; and who says it (the claimant)."""
from __future__ import annotations

import functools
import itertools
import re
from collections import Counter

from ..dependencies import is_owner, is_participle
from ..discourse import (
    COMPANY_TYPES,
    PLACE_TYPES,
    POSSESSIVE,
    POSSESSIVE_DETERMINERS,
    dateline_end,
    doc_text,
    first_of_its_list,
    subject_for,
)
from ..lexicons import alt, function_words, lexicon, lexicon_shared
from ..tense import DEFINITE_ARTICLES
from ..units import unit_family
from .cues import claim_lexicon, measures


def company_in_view(infos, info, topic):
    """The company a sentence names (the first that is free to be a subject), else the topic when it is a
    company, else the company the story has named most so far."""
    named = next((s for s in info.candidates() if s.type in COMPANY_TYPES and not s.anaphor), None)
    if named is not None:
        return named
    if topic is not None and topic.type in COMPANY_TYPES:
        return topic
    seen = Counter(s.entity for i in infos[:info.index + 1] for s in i.slots if s.type in COMPANY_TYPES)
    if not seen:
        return None
    top = seen.most_common(1)[0][0]
    return next(s for i in infos[:info.index + 1] for s in i.slots if s.entity == top)


COUNTED_OWNER_TYPES = {"PRODUCT", "PROGRAM", "ORG", "AGENCY"}  # not "EUV-machines": an unknown acronym
POSSESSING_TYPES = COUNTED_OWNER_TYPES | {"GPE"}  # "China's 13th launch this year"


def subject_for_amount(info, amount: dict, topic):
    # "9.000 Starlink-satellieten": the entity inside the counted noun is what is counted; "500 Orbitra employees":
    # the people counted are the named firm's.
    for s in info.slots:
        if (s.modifier or amount["unit"] in PEOPLE_UNITS) and amount["start"] <= s.start and s.end <= amount["end"] \
                and s.type in COUNTED_OWNER_TYPES:
            return s, "sentence"
    owner = owner_before_the_amount(info, amount) or owner_after_the_share(info, amount) or program_counted_in(info, amount)
    if owner is not None:
        return owner, "sentence"
    priced = vehicle_priced(info, amount)
    if priced is not None:
        return priced, "sentence"
    described = name_described(info, amount) or name_measured_by_adjective(info, amount)
    if described is not None:
        return described, "sentence"
    lex = claim_lexicon(info.span.doc.lang_)
    measured = owner_of_the_measure(info, amount, lex) or recipient_of_the_amount(info, amount, lex) \
        or financed_by_the_amount(info, amount, lex) or product_the_money_develops(info, amount, lex) \
        or paid_to(info, amount, lex) or valued_at(info, amount, lex)
    if measured is not None:
        return measured, "sentence"
    shared = subject_of_the_first_verb(info, amount) or subject_of_the_complement(info, amount) \
        or owner_of_the_plan(info, amount) or object_told_to_act(info, amount) or subject_after_with(info, amount, lex)
    if shared is not None:
        return shared, "sentence"
    described = described_by_an_opening_participle(info, amount, lex, topic)
    if described is not None:
        return described, "context"
    subject, how = subject_for(info, amount["start"], topic)
    if how == "context":
        owner = owner_of_the_sentence_subject(info, lex)
        if owner is not None:
            return owner, "sentence"  # "Shares of Orbitra ..., which would mark a 29% fall": Orbitra's, not the topic's
    if subject is None or reports_the_figure(info, subject, amount) or subject.type in PLACE_TYPES:
        syntactic = subject_by_syntax(info, amount, lex)
        if syntactic is not None and (subject is None or subject.type not in PLACE_TYPES
                                      or syntactic.type not in PLACE_TYPES):
            return syntactic, "sentence"  # "WASHINGTON - Isar Aerospace has raised ...": the firm, not the place
    if subject is None:  # "more than 150 Starship launches" and no one else named
        subject = next((s for s in info.slots if amount["start"] <= s.start and s.end <= amount["end"]), None)
        how = "sentence" if subject is not None else how
    if subject is not None and how == "sentence" and subject.type in PLACE_TYPES | {"OTHER"} \
            and subject.tok_end <= amount_token(info, amount):
        subject = first_of_its_list(info.span.doc, info, subject)  # "in Zwitserland en Noorwegen bijna 33 euro"
    if subject is not None and subject.type in PLACE_TYPES and how == "context":
        lo, hi = info.clause_of(amount["start"])
        here = next((s for s in info.slots if lo <= s.start < hi and s.type in PLACE_TYPES and not s.modifier
                     and s.entity != subject.entity), None)
        if here is not None:  # "Nederlanders betalen 9 euro ... In Frankrijk is dat 39 euro": a country set against it
            return here, "sentence"
    return subject, how


PEOPLE_UNITS = lexicon_shared()["people_units"]


def amount_token(info, amount: dict) -> int:
    span = info.span.doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    return span.start if span is not None else info.span.start


def owner_before_the_amount(info, amount: dict):
    """'Helix, Orbitra's second lunar lander', 'Orbitra's 7,000 satellites': a name with a possessive right before
    the amount owns what it counts, whatever the phrase describes."""
    span = info.span.doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return None
    owner = next((s for s in info.slots if s.possessor and s.type in POSSESSING_TYPES and s.tok_end <= span.start
                  and all(t.text in POSSESSIVE_MARKS for t in info.span.doc[s.tok_end:span.start])), None)
    return owner or owner_of_its(info, span)


def owner_after_the_share(info, amount: dict):
    """'Half of Orbitra's revenue came from Asia', '40% of Vega's launches': a share of a possessed thing is the
    possessor's."""
    span = info.span.doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    doc = info.span.doc
    if span is None or span.end >= info.span.end or doc[span.end].lower_ not in claim_lexicon(doc.lang_)["belonging_prepositions"]:
        return None
    return next((s for s in info.slots if s.tok_start == span.end + 1 and s.possessor and s.type in COUNTED_OWNER_TYPES), None)


def program_counted_in(info, amount: dict):
    """'de elfde bemande vlucht in het Helix-programma van Orbitra', '500 satellites in the Helix constellation': things
    counted inside a named program or product are its count, not its maker's."""
    if unit_family(amount["unit"]) != "count":
        return None
    doc = info.span.doc
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return None
    prepositions = claim_lexicon(doc.lang_)["container_prepositions"]
    at = next((k for k in range(span.end, min(span.end + COUNTED_NOUN_WORDS, info.span.end)) if doc[k].lower_ in prepositions
               or not doc[k].is_alpha), None)  # "de elfde bemande vlucht in": past the counted noun and its adjectives
    if at is None or doc[at].lower_ not in prepositions:
        return None
    k = at + 1 + (1 if at + 1 < info.span.end and doc[at + 1].lower_ in DEFINITE_ARTICLES else 0)
    return next((s for s in info.slots if s.tok_start == k and s.type in ("PRODUCT", "PROGRAM") and not s.possessor), None)


COUNTED_NOUN_WORDS = 3


def owner_of_its(info, span):
    """'xAI opened Colossus 2, its second data center': after a name and its comma, 'its' before the amount is the
    firm that acts in the sentence, not the name the phrase describes."""
    doc = info.span.doc
    if span.start - 2 <= info.span.start or doc[span.start - 1].lower_ not in POSSESSIVE_DETERMINERS \
            or doc[span.start - 2].text != ",":
        return None
    described = next((s for s in info.slots if s.tok_end == span.start - 2), None)
    return next((s for s in info.candidates() if s.type in COMPANY_TYPES and s is not described and not s.governed
                 and s.tok_end <= span.start - 2 and (described is None or s.entity != described.entity)), None)


POSSESSIVE_MARKS = POSSESSIVE | {"'", "’"}  # "Vega's", "Bezos' "


SUBJECT_DEPS = ("nsubj", "nsubj:pass")


DESCRIBING_DEPS = ("appos", "amod", "acl")  # "Helix, a rocket capable of carrying 800 kg": words about Helix


CLAUSE_OF_ITS_OWN = ("ccomp", "parataxis", "conj", "acl:relcl", "advcl:relcl")


def parsed_span(info, amount: dict):
    """The amount's tokens, when the syntax ran; None without a parse."""
    doc = info.span.doc
    if not doc.has_annotation("DEP"):
        return None
    return doc.char_span(amount["start"], amount["end"], alignment_mode="expand")


def name_described(info, amount: dict):
    """'Orbitra is developing Helix, a small rocket capable of carrying 800 kilograms': the amount sits in a
    phrase that describes a name without a verb of its own, so it is that name's, not the clause subject's."""
    span = parsed_span(info, amount)
    if span is None:
        return None
    node = span.root
    for _ in range(SUBJECT_CLIMB):
        head = node.head
        if head.i == node.i or node.dep_ in CLAUSE_OF_ITS_OWN or "Fin" in node.morph.get("VerbForm") \
                or any(c.dep_ == "cop" for c in node.children):
            return None  # a clause with a verb or a copula of its own says something, it does not describe
        if node.dep_ in DESCRIBING_DEPS and head.i < span.start:  # the description follows the name
            slot = slot_of(info, head)
            if slot is not None and slot.type in COUNTED_OWNER_TYPES | {"OTHER"}:
                return slot
        node = head
    return None


def name_measured_by_adjective(info, amount: dict):
    """'de 98 meter hoge Helix-raket', 'het 3 ton zware Vega-toestel': a measure that qualifies an adjective
    before a name describes the thing named, whatever the clause says of it."""
    span = parsed_span(info, amount)
    if span is None:
        return None
    node = span.root
    adjective = node.head
    if node.dep_ not in MEASURE_OF_ADJECTIVE or adjective.pos_ != "ADJ" or adjective.dep_ != "amod":
        return None
    thing = adjective.head
    slot = slot_of(info, thing) or next((s for s in info.slots if s.tok_start <= thing.i < s.tok_end and s.modifier
                                         and glued_to_its_noun(info.span.doc, s)), None)  # "de Helix-raket"
    return slot if slot is not None and slot.type in COUNTED_OWNER_TYPES | {"OTHER"} else None


MEASURE_OF_ADJECTIVE = ("obl", "nmod", "obl:npmod", "npadvmod")  # "98 meter" -> "hoge"


def reports_the_figure(info, subject, amount: dict) -> bool:
    """Whether the subject chosen is the source that reports the figure: the sentence's claimant, or (by the
    syntax) the subject of a verb whose complement clause states the amount ('Quilty estimates that ...')."""
    if info.claimant is not None and info.claimant.entity == subject.entity:
        return True
    doc = info.span.doc
    if not doc.has_annotation("DEP") or subject.tok_end > len(doc):
        return False
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    said = next((t for t in doc[subject.tok_start:subject.tok_end] if t.dep_ in SUBJECT_DEPS), None)
    if span is None or said is None:
        return False
    node = span.root
    while node.head.i != node.i:
        if node.dep_ in REPORTED_CLAUSES and node.head.i == said.head.i:
            return True
        node = node.head
    return False


REPORTED_CLAUSES = ("ccomp", "parataxis")


def subject_by_syntax(info, amount: dict, lex: dict):
    """The entity that is the grammatical subject of the clause that states the amount, or owns that subject
    ('Starlink's revenue was $7.8 billion'); so the source that reports the figure ('Quilty estimates that ...')
    is not taken for it. None when the parse names no entity there."""
    span = parsed_span(info, amount)
    subject = clause_subject_token(span.root) if span is not None else None
    if subject is None:
        return None
    return slot_of(info, subject) or next(
        (slot_of(info, c) for c in subject.children if is_owner(c, lex["belonging_prepositions"]) and slot_of(info, c)), None)


def described_by_an_opening_participle(info, amount: dict, lex: dict, topic):
    """'Rising 62 meters, it trails only ...': a participle phrase that opens the sentence describes the subject after
    its comma; when that is a pronoun, the thing (a vehicle, a program) the story is about."""
    doc = info.span.doc
    first = next((t for t in info.span if not (t.is_space or t.is_punct)), None)
    if topic is None or topic.type not in ("PRODUCT", "PROGRAM") or first is None or not is_participle(first):
        return None  # a thing's measure: "it" after the phrase is the vehicle the story is about
    comma = next((t for t in doc[first.i:info.span.end] if t.text == ","), None)
    if comma is None or amount["end"] > comma.idx or comma.i + 1 >= info.span.end \
            or doc[comma.i + 1].lower_ not in lex["weak_pronouns"]:
        return None
    return topic


def owner_of_the_sentence_subject(info, lex: dict):
    """'Shares of Orbitra were untraded, ...': the name that owns the subject of the sentence's main verb."""
    root = info.span.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None) if info.span.doc.has_annotation("DEP") else None
    if subject is None:
        return None
    owners = (named_slot(info, c) for c in subject.children if is_owner(c, lex["belonging_prepositions"]))
    return next((s for s in owners if s is not None), None)


def named_slot(info, token):
    """The slot whose tokens hold `token`, governed or not (a name after 'of' still names the owner)."""
    return next((s for s in info.slots if s.tok_start <= token.i < s.tok_end and not (s.claimant or s.modifier or s.counted)), None)


SUBJECT_CLIMB = 6  # heads from the amount up to its clause's verb


def subject_of_the_first_verb(info, amount: dict):
    """'SpaceX flew twice as many missions as China and accounted for 85% of all launches': a verb joined to
    another by 'and', with no subject of its own, shares that verb's subject."""
    span = parsed_span(info, amount)
    node = span.root if span is not None else None
    for _ in range(SUBJECT_CLIMB if node is not None else 0):
        if any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return None  # the verb has its own subject
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB":
            first = next((c for c in node.head.children if c.dep_ in SUBJECT_DEPS), None)
            return slot_of(info, first) if first is not None else None
        if node.head.i == node.i or node.dep_ in CLAUSE_EDGES:
            return None
        node = node.head
    return None


def subject_of_the_complement(info, amount: dict):
    """'Orbitra sent investors a plan claiming that Helix would carry 20 tonnes': a figure in a clause that
    something says or claims is about that clause's own named subject, not about who says it."""
    found = named_complement(info, amount)
    return found[0] if found is not None else None


def complement_start(info, amount: dict) -> int | None:
    """Where the claimed clause of subject_of_the_complement opens (a character offset), else None."""
    found = named_complement(info, amount)
    return found[1] if found is not None else None


def named_complement(info, amount: dict):
    span = parsed_span(info, amount)
    node = span.root if span is not None else None
    for _ in range(SUBJECT_CLIMB if node is not None else 0):
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            named = slot_of(info, subject)
            if named is None or node.dep_ != "ccomp" or subject.i >= span.start:
                return None
            return named, node.left_edge.idx
        if node.head.i == node.i or node.dep_ in CLAUSE_EDGES:
            return None
        node = node.head
    return None


def owner_of_the_plan(info, amount: dict):
    """'Beijing's plans to deploy up to 10,000 satellites', 'Orbitra's bid to raise $2 billion': a figure in the
    infinitive that a possessed noun governs is the possessor's, who is to do it."""
    span = parsed_span(info, amount)
    node = span.root if span is not None else None
    for _ in range(SUBJECT_CLIMB if node is not None else 0):
        if any(c.dep_ in SUBJECT_DEPS for c in node.children) or node.head.i == node.i:
            return None
        if node.dep_ in ("acl", "xcomp") and node.pos_ == "VERB" and node.head.pos_ != "VERB" \
                and any(c.dep_ == "mark" for c in node.children):
            owner = next((c for c in node.head.children if c.dep_ == "nmod:poss"), None)
            return next((s for s in info.slots if owner is not None and s.tok_start <= owner.i < s.tok_end
                         and s.possessor), None)
        if node.dep_ in CLAUSE_EDGES:
            return None
        node = node.head
    return None


def object_told_to_act(info, amount: dict):
    """'The agency required China's operators to place at least 10 percent of their satellites in orbit', 'asked
    Orbitra to cut 500 jobs': in an infinitive after a verb and its object, the object (or its owner) acts."""
    span = parsed_span(info, amount)
    node = span.root if span is not None else None
    for _ in range(SUBJECT_CLIMB if node is not None else 0):
        if any(c.dep_ in SUBJECT_DEPS for c in node.children) or node.head.i == node.i:
            return None
        if node.dep_ == "xcomp" and node.pos_ == "VERB" and node.head.pos_ == "VERB" and any(c.dep_ == "mark" for c in node.children):
            told = next((c for c in node.head.children if c.dep_ in ("obj", "iobj") and c.i < node.i), None)
            if told is None:
                return None
            owner = next((c for c in told.children if c.dep_ == "nmod:poss"), None)
            return next((s for s in info.slots if any(t is not None and s.tok_start <= t.i < s.tok_end for t in (told, owner))
                         and s.type != "PERSON" and not s.claimant), None)
        if node.dep_ in CLAUSE_EDGES:
            return None
        node = node.head
    return None


def subject_after_with(info, amount: dict, lex: dict):
    """'..., with the company seeking a valuation of $113 billion in a share sale worth $300 million': after 'with', a
    name and a participle open a clause of their own; the figures in it are that name's."""
    doc = info.span.doc
    for slot in info.slots:
        if slot.end > amount["start"] or slot.tok_start - 1 < info.span.start or slot.tok_end >= info.span.end:
            continue
        before, after = doc[slot.tok_start - 1], doc[slot.tok_end]
        if before.lower_ in lex["absolute_openers"] and is_participle(after) and slot.type != "PERSON":
            return slot
    return None


CLAUSE_EDGES = ("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "appos")  # a clause or phrase of its own


def slot_of(info, token):
    """The entity slot whose tokens hold `token`, when it can be a subject: not a dateline's place, nor a name
    that only describes another ('SpaceX-concurrent Rocket Lab'). None for a subject that is not a name."""
    doc = info.span.doc
    dateline = dateline_end(doc, info.span.start)
    slot = next((s for s in info.slots if s.tok_start <= token.i < s.tok_end), None)
    if slot is None or slot.claimant or slot.modifier or slot.bracketed or slot.counted \
            or (dateline is not None and slot.tok_start < dateline):
        return None
    return slot


def vehicle_of_the_event(info, metric: str, t: dict, subject):
    """'The company performed the inaugural launch of Helix on March 30': the launch is the rocket's."""
    if metric not in lexicon_shared()["vehicle_events"] or (subject is not None and subject.type == "PRODUCT"):
        return subject
    lo, hi = info.clause_of(t["start"])
    doc = info.span.doc
    lex = claim_lexicon(doc.lang_)
    def after_of(s):  # "of Helix", "van de Helix-raket": not "launched an H100 chip", a payload
        before = [doc[k].lower_ for k in range(max(info.span.start, s.tok_start - 2), s.tok_start)]
        return bool(before) and (before[-1] in lex["belonging_prepositions"]
                                 or len(before) == 2 and before[0] in lex["belonging_prepositions"] and before[1] in DEFINITE_ARTICLES)
    vehicle = next((s for s in info.slots if lo <= s.start < hi and s.type == "PRODUCT" and not s.counted and not s.owned
                    and (after_of(s) or is_clause_subject(doc[s.tok_start:s.tok_end]) or glued_to_its_noun(doc, s))), None)
    return vehicle or subject


def glued_to_its_noun(doc, slot) -> bool:
    """'de New Glenn-raket': the name and its noun are one word, the thing itself (not 'its payload')."""
    return slot.tok_end + 1 < len(doc) and doc[slot.tok_end].text in ("-", "‐") and not doc[slot.tok_end - 1].whitespace_ \
        and doc[slot.tok_end + 1].lower_ in lexicon(doc.lang_)["vehicle_heads"]


def is_clause_subject(span) -> bool:
    """'Helix launched', 'de Helix-raket werd gelanceerd': the name, or the noun it is glued to, is the subject."""
    root = span.root
    return root.dep_ in SUBJECT_DEPS or (root.dep_ in ("compound", "amod", "flat", "nmod", "nmod:poss")
                                         and root.head.i >= span.end and root.head.dep_ in SUBJECT_DEPS)


def owner_of_the_measure(info, amount: dict, lex: dict):
    """'de lanceerprijs van een Falcon 9-raket is 50 miljoen euro', 'the price of a Helix launch is $5 million': a
    noun that measures, then 'of' and a name, in the amount's clause before it: the name owns the figure."""
    doc = info.span.doc
    lo = info.clause_of(amount["start"])[0]
    lows = [(t.i, t.lower_) for t in info.span if lo <= t.idx < amount["start"]]
    for k, (i, word) in enumerate(lows[:-1]):
        if not measures(word, lex):
            continue
        j = i + 1
        if doc[j].lower_ not in lex["belonging_prepositions"]:
            continue
        j += 1 + (doc[j + 1].lower_ in lex["articles"] | DEFINITE_ARTICLES if j + 1 < len(doc) else 0)
        owner = next((s for s in info.slots if s.tok_start == j and s.start < amount["start"]
                      and s.type not in PLACE_TYPES and not s.claimant), None)
        if owner is not None:
            return owner
    return None


def recipient_of_the_amount(info, amount: dict, lex: dict):
    """'giving Acme more than $5.9 billion, Orbitra $5.3 billion and Vega nearly $2.4 billion': after a verb of
    giving, the name right before an amount receives it."""
    doc = info.span.doc
    lo = info.clause_of(amount["start"])[0]
    before = [t for t in info.span if lo <= t.idx < amount["start"]]
    if not any(t.lower_ in lex["giving_verbs"] for t in before):
        return None
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return None
    return next((s for s in info.slots if s.tok_end == span.start and not s.possessor and s.type not in PLACE_TYPES), None)


def financed_by_the_amount(info, amount: dict, lex: dict):
    """'a $5 billion debt package for xAI', 'een lening van 2 miljard voor Orbitra': money raised for someone is
    theirs, whoever arranges it."""
    doc = info.span.doc
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return None
    k, words = span.end, []
    while k < info.span.end and len(words) < FINANCING_REACH and doc[k].is_lower and doc[k].lower_ not in lex["beneficiary_prepositions"]:
        words.append(doc[k].lower_)
        k += 1
    # "een lening van 2 miljard euro voor X", "a loan of $2 billion for X": the noun before the amount
    words += [t.lower_ for t in doc[max(info.span.start, span.start - 2):span.start]]
    if not any(w in lex["financing_nouns"] for w in words) or k >= info.span.end \
            or doc[k].lower_ not in lex["beneficiary_prepositions"]:
        return None
    return next((s for s in info.slots if s.tok_start == k + 1 and s.type in COMPANY_TYPES | {"PRODUCT", "PROGRAM", "OTHER"}), None)


def product_the_money_develops(info, amount: dict, lex: dict):
    """'The company has spent more to develop Helix than the planned $250 million', 'Orbitra trekt 300 miljoen uit om
    Helix te ontwikkelen': money spent to develop a product is what the product costs."""
    if unit_family(amount["unit"]) != "money" or not info.span.doc.has_annotation("DEP") \
            or not any(t.lower_ in lex["spending_words"] for t in info.span):
        return None  # "raised $2 billion to build Helix": the firm's funding
    doc = info.span.doc
    for s in info.slots:
        root = doc[s.tok_start:s.tok_end].root
        verb = root.head
        if s.type == "PRODUCT" and not s.counted and root.dep_ == "obj" and verb.lower_ in lex["development_verbs"] \
                and any(c.dep_ == "mark" for c in verb.children):
            return s
    return None


FINANCING_REACH = 3  # "a $5 billion debt package for": the words that name what the money is


PAID_TITLE_WORDS = 3  # "voor topman Ann Lee", "for chief executive Ann Lee"


def paid_to(info, amount: dict, lex: dict):
    """'een beloningspakket voor topman Ann Lee dat tot 1 biljoen dollar waard kan worden', 'a pay package for Ann
    Lee worth $56 billion': what a pay package is worth is the pay of the person it is for."""
    if unit_family(amount["unit"]) != "money":
        return None
    doc = info.span.doc
    for t in info.span:
        if t.idx >= amount["start"]:
            return None
        if t.lower_ not in lex["pay_nouns"] or t.i + 1 >= info.span.end or doc[t.i + 1].lower_ not in lex["beneficiary_prepositions"]:
            continue
        return next((s for s in info.slots if s.type == "PERSON" and t.i + 1 < s.tok_start <= t.i + 1 + PAID_TITLE_WORDS
                     and s.end <= amount["start"]), None)
    return None


def valued_at(info, amount: dict, lex: dict):
    """'the deal values Orbitra at $80 billion and Vega at $33 billion', 'waardeert Orbitra op 80 miljard': after a
    verb of valuing, the name right before 'at'/'op' and the amount is the one valued."""
    doc = info.span.doc
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None or span.start - 2 < info.span.start or doc[span.start - 1].lower_ not in lex["valued_at"]:
        return None
    if not any(t.lower_ in lex["valuing_verbs"] for t in doc[info.span.start:span.start]):
        return None
    return next((s for s in info.slots if s.tok_end == span.start - 1 and not s.possessor and s.type in COUNTED_OWNER_TYPES), None)


def thing_named_generically(info, amount: dict, lex: dict) -> str | None:
    """'Data centers could need 29 gigawatts', 'An average nuclear plant generates 1 gigawatt', 'de markt voor
    datacenters wordt op 23 gigawatt geschat': with no name in the amount's clause, its subject is a plain noun
    said of things in general (a bare plural or an indefinite singular), or what a noun that measures is said of.
    None where the subject is a name, a pronoun, a party ('investors') or a thing of the story ('the rocket')."""
    if named_in_the_clause(info, amount):
        return None
    span = parsed_span(info, amount)
    if span is None:
        return None
    multiplied = amount.get("multiple") and span.root.pos_ in ("VERB", "AUX")  # "Tot 2030 verdubbelt de stroomvraag"
    subject = what_multiplies(span.root) if multiplied else clause_subject_token(span.root)
    if subject is not None and subject.pos_ == "PRON" and subject.head.dep_ == "acl:relcl" and subject.i < span.start:
        subject = subject.head.head  # "data centers that may require 10 gigawatts": what the relative clause is about
    if subject is None or subject.pos_ != "NOUN" or not multiplied and (
            subject.i >= span.start or subject.head.i in range(span.start, span.end)) \
            or any(s.tok_start <= subject.i < s.tok_end for s in info.slots):
        return None  # not the counted noun itself ("83 launches succeeded"), nor a noun after the figure
    if subject.lower_ in lex["measure_nouns"] or subject.lemma_.lower() in lex["measure_nouns"]:
        subject = next((t for t in said_of(subject, lex) if said_generically(t, lex)), None)
        return concept_name(noun_phrase(subject)) if subject is not None else None
    return concept_name(noun_phrase(subject)) if said_generically(subject, lex) else None


def named_in_the_clause(info, amount: dict) -> bool:
    """A name other than a place or the source stands in the amount's clause."""
    lo, hi = info.clause_of(amount["start"])
    return any(lo <= s.start < hi and s.type not in PLACE_TYPES and not s.claimant for s in info.slots)


def what_multiplies(verb):
    """'In Zuid-Amerika verdubbelt de stroomvraag': the noun a verb of multiplying says grows, its subject or (where
    the small parser takes the inverted subject for an object) its object; never a name after a preposition."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS + ("obj",) and c.pos_ == "NOUN"
                 and not any(g.dep_ == "case" for g in c.children)), None)


def concept_pointed_back_to(info, amount: dict, lex: dict) -> str | None:
    """'Datacenters zijn gebouwen vol computers. In 2030 kan hun verbruik uitkomen op 945 terawattuur': 'hun'/'their'
    in a clause that names no one points back to the thing said of in general that opened the sentence before."""
    if named_in_the_clause(info, amount) or info.index == 0:
        return None
    lo, _ = info.clause_of(amount["start"])
    if not any(t.lower_ in lex["plural_possessives"] for t in info.span if lo <= t.idx < amount["start"]):
        return None
    before = info.span.doc._.kb_sentence_info[info.index - 1].span
    words = [t.text for t in before if not t.is_space][:OPENING_CONCEPT_WORDS]
    concepts = (known_concept(" ".join(words[:n])) for n in range(len(words), 0, -1))
    return next((c for c in concepts if c is not None), None)


OPENING_CONCEPT_WORDS = 2  # "Data centers are ...", "Datacenters zijn ..."


def concept_measured(info, amount: dict, lex: dict) -> str | None:
    """'voor een datacenter van één gigawatt', 'a 1-gigawatt data center': an amount that sizes a thing said of in
    general (one of the concepts the knowledge base follows, after 'a'/'een') is that thing's; not where a name acts
    in the clause ('Orbitra opened a 300-megawatt data center': Orbitra's)."""
    if named_in_the_clause(info, amount):
        return None
    doc = info.span.doc
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return None
    before = doc[max(info.span.start, span.start - 3):span.start]
    if len(before) == 3 and before[0].lower_ in lex["articles"] and before[2].lower_ in lex["belonging_prepositions"]:
        return known_concept(before[1].text)  # "een datacenter van één gigawatt"
    k = span.end + (1 if span.end < info.span.end and doc[span.end].text in ("-", "‐") else 0)
    if span.start > info.span.start and doc[span.start - 1].lower_ in lex["articles"]:
        for n in (2, 1):  # "a 1-gigawatt data center"
            if k + n <= info.span.end and known_concept(doc[k:k + n].text):
                return known_concept(doc[k:k + n].text)
    return None


def known_concept(phrase: str) -> str | None:
    name = concept_name(phrase)
    return name if name != phrase or phrase.lower() in lexicon_shared()["generic_concepts"] else None


def concept_name(phrase: str) -> str:
    """'data centers', 'AI-datacentra', 'datacenters': one name for a thing said of in general, in either language,
    so its figures meet in one timeline (shared.yml generic_concepts); other phrases stay as written."""
    low = phrase.lower()
    for name, forms in lexicon_shared()["generic_concepts"].items():
        if any(low == f or low.endswith((" " + f, "-" + f)) for f in forms):
            return name
    return phrase


def clause_subject_token(node):
    """The grammatical subject of the clause a token stands in, climbing no further than its clause; a clause that
    leaves out its verb ('..., and up to 67 more gigawatts by 2030') shares the verb's."""
    for _ in range(SUBJECT_CLIMB):
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if node.head.i == node.i or node.dep_ in CLAUSE_EDGES and not without_its_verb(node):
            return None
        node = node.head
    return None


def without_its_verb(node) -> bool:
    """'need 29 gigawatts within a few years, and up to 67 more gigawatts by 2030': a noun joined to a verb by 'and'
    is a clause that leaves the verb out."""
    return node.dep_ == "conj" and node.pos_ in ("NOUN", "NUM", "PROPN") and node.head.pos_ in ("VERB", "AUX")


def said_of(noun, lex: dict):
    """'de vraag naar elektriciteit van datacenters': the nouns a measuring noun is said of, nearest first."""
    for child in noun.children:
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in lex["measure_links"] for c in child.children):
            yield child
            yield from said_of(child, lex)


def said_generically(noun, lex: dict) -> bool:
    """A bare plural ('data centers') or a noun after an indefinite article ('an average plant'); not a party."""
    if noun.pos_ != "NOUN" or noun.lower_ in lex["party_nouns"] or noun.lower_ in lex["not_counted_nouns"]:
        return False
    determiners = [c for c in noun.children if c.dep_ in ("det", "nmod:poss") or c.dep_.startswith("det")]
    if not determiners:
        return "Plur" in noun.morph.get("Number")
    compound = any(c.dep_ == "compound" for c in noun.children)  # "an average nuclear power plant", not "a site"
    return compound and len(determiners) == 1 and (determiners[0].lower_ in lex["articles"]
                                                   or "Ind" in determiners[0].morph.get("Definite"))


def noun_phrase(noun) -> str:
    """The noun with the compound words right before it: 'data centers', 'nuclear power plant' (its other
    adjectives say which ones: 'an average plant')."""
    doc, k = noun.doc, noun.i
    while k - 1 >= 0 and doc[k - 1].head.i >= k and (doc[k - 1].dep_ in ("compound", "flat")
                                                  or doc[k - 1].dep_ == "amod" and doc[k - 1].head.dep_ == "compound"):
        k -= 1
    text = doc[k:noun.i + 1].text
    return text[:1].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() else text


def vehicle_priced(info, amount: dict):
    """'Launch costs fell to $1,500 per kilogram on a Falcon 9': with no one acting in the clause, a price
    on a vehicle is the vehicle's ('Amazon spent $10 billion on Project Kuiper' stays Amazon's)."""
    lo = info.clause_of(amount["start"])[0]
    if any(lo <= s.start < amount["start"] and not s.governed for s in info.candidates()):
        return None
    text = doc_text(info.span.doc)
    on = priced_on(info.span.doc.lang_)
    return next((s for s in info.slots if s.type in ("PRODUCT", "PROGRAM") and 0 <= s.start - amount["end"] <= PRICED_REACH
                 and on.fullmatch(text[amount["end"]:s.start])), None)


@functools.lru_cache(maxsize=None)
def priced_on(lang: str):
    """' per kilogram on the ', ' op een ': what stands between a price and the vehicle it is paid on."""
    lex = lexicon(lang)
    articles = alt(lex["price_articles"])
    return re.compile(rf"(?:\s+(?:per|{articles})\s+\w+)?\s+(?:{alt(lex['vehicle_prepositions'])})\s+(?:(?:{articles})\s+)?", re.I)


PRICED_REACH = 30


def claimant_of(info, pos: int):
    """The source of what is said at pos: not a speaker of a later clause joined by 'en'/'and'
    ('Starcloud lanceerde vorig jaar X, en topman Y zegt dat ...')."""
    later = [who for at, who in info.later_speakers if at < pos]
    if later:
        return later[-1]  # "SpaceX has said ..., while Google announced that it would ..."
    speaker = info.claimant
    if speaker is not None:
        lo, hi = info.clause_of(pos)
        s_lo, _ = info.clause_of(speaker.start)
        opener = next((t.lower_ for t in info.span if t.idx >= s_lo and not t.is_space), "")
        if s_lo >= hi and opener in COORDINATED_CLAUSE_OPENERS:
            speaker = None
    return speaker or info.reported_by


COORDINATED_CLAUSE_OPENERS = function_words("coordinators_of_clauses")


BASE_REACH = 40  # characters between a figure and the base it is compared with


def subject_of_the_elaborated(text: str, amount: dict, claims: list[dict], info):
    """'Vega at $33 billion ($45B less $12B debt)': figures in a bracket that opens right after a figure work it out,
    so they are about what that figure is about."""
    opened = text.rfind("(", info.span.start_char, amount["start"])
    if opened < 0 or ")" in text[opened:amount["start"]]:
        return None
    this_sentence = itertools.takewhile(lambda c: c["sentence"] == info.index, reversed(claims))
    before = next((c for c in this_sentence if c["value"] is not None and c["end"] <= opened), None)
    if before is None or before["subject"] is None or text[before["end"]:opened].strip():
        return None
    return next((s for s in info.slots if s.entity == before["subject"]), None)


def subject_of_the_compared(text: str, amount: dict, claims: list[dict], info, lex: dict, subject):
    """'Starlink's revenue was $7.8 billion, compared to an estimated $2.9 billion in 2023': a base of comparison
    is about what it is compared with, not about the firm that estimates both; unless the base names its own
    ('50 miljoen, tegen 70 miljoen voor de Ariane 6')."""
    this_sentence = itertools.takewhile(lambda c: c["sentence"] == info.index, reversed(claims))
    compared = next((c for c in this_sentence if c["value"] is not None and c["end"] <= amount["start"]), None)
    if compared is None or compared["subject"] is None or (subject is not None and subject.start >= compared["end"]):
        return None
    between = f' {text[compared["end"]:amount["start"]].lower()} '
    if len(between) > BASE_REACH or not any(f" {w} " in between for w in lex["base_markers"]):
        return None
    return next((s for s in info.slots if s.entity == compared["subject"]), None)
