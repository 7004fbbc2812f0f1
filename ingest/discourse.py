"""Who is who in each sentence: the roles of mentions, anaphora, topics and claimants.

A blank pipeline has no parser, so roles come from the words around a mention: a
preposition before it ("bij Nvidia"), a possessive after it ("Alibaba's Qwen-3"), a
hyphenated compound ("Amazon-oprichter"), brackets, and verbs of saying next to it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .dependencies import is_object, is_participle
from .detect import date_stamp
from .lexicons import function_words, lexicon, load_registry
from .spans import Spans
from .tokenizer import phrase_tokens

QUOTES = set("‘’“”\"'`«»„")
ARTICLES = function_words("articles")
POSSESSIVE = {"’s", "'s", "`s", "‘s"}
HYPHENS = {"-", "‐", "‑"}


@dataclass
class Slot:
    """A mention (or a resolved anaphor) in a sentence, with its role."""
    entity: str
    name: str
    type: str
    start: int  # character offsets
    end: int
    tok_start: int
    tok_end: int
    governed: bool = False
    owned: bool = False  # "its Falcon 9", "zijn Starship": a thing of the subject, not the subject
    counted: bool = False  # "150 Starship launches": inside an amount, it describes what is counted
    based: bool = False  # "a Texas-based rival": the place where someone sits
    possessor: bool = False
    modifier: bool = False
    bracketed: bool = False
    claimant: bool = False
    anaphor: bool = False
    titled: bool = False  # a role word before the name: "oprichter Maartje de Groot"
    role: str | None = None  # the kind of company a name was introduced as: "chipfabrikant Nvidia"
    outlet: bool = False  # a news outlet ("REUTERS/ photographer", "the Associated Press"): it reports, it is not reported on


@dataclass
class SentenceInfo:
    index: int
    span: Span
    slots: list[Slot] = field(default_factory=list)
    claimant: Slot | None = None
    paragraph: int = 0
    clauses: list[tuple[int, int]] = field(default_factory=list)  # character ranges
    relative_heads: dict[int, Slot] = field(default_factory=dict)  # clause start -> what ", which" points back to
    resumed_heads: dict[int, Slot] = field(default_factory=dict)  # clause after ', which ...,' -> the head
    reported_by: Slot | None = None  # a source named in the sentence after ("Dat meldt Reuters.")
    later_speakers: list[tuple[int, Slot]] = field(default_factory=list)  # (offset of the verb, who speaks there)

    def clause_of(self, pos: int) -> tuple[int, int]:
        return next((c for c in self.clauses if c[0] <= pos < c[1]), (self.span.start_char, self.span.end_char))

    def candidates(self) -> list[Slot]:
        return [s for s in self.slots if not (s.claimant or s.bracketed or s.possessor or s.modifier or s.counted or s.outlet)]


@functools.lru_cache(maxsize=None)
def cues(lang: str) -> dict:
    lex = lexicon(lang)
    def tokens(p):
        return phrase_tokens(p.lower(), lang)
    return {
        "preps": {p for p in lex["prepositions"] if " " not in p},
        "prep_phrases": [tokens(p) for p in lex["prepositions"] if " " in p],
        "coord": set(lex["coordinators"]),
        "clause_openers": set(lex["clause_openers"]),
        "comma_openers": set(lex["clause_openers"]) | set(lex["comma_clause_openers"]),
        "complementizers": set(lex["complementizers"]),
        "relatives": set(lex["relative_pronouns"]),
        "verb_coordinators": {w for w in lex["clause_openers"] if w in lex["coordinators"]} | function_words("coordinators_of_clauses"),
        "modal_cues": {w for kind in ("plan", "forecast") for w in lex["kinds"][kind] if " " not in w},
        "speech_words": {v.split()[-1] for v in lex["speech_verbs"]},
        "staff_words": set(lex["staff_words"]),
        "speech_verbs": {v for v in lex["speech_verbs"] if " " not in v},
        "anaphora": sorted((tokens(a) for a in lex["anaphora"] + lex["program_anaphora"] + lex["product_anaphora"]
                            + lex["country_anaphora"] if a not in lex["weak_anaphora"]),
                           key=len, reverse=True),
        "program_anaphora": {tuple(tokens(a)) for a in lex["program_anaphora"]},
        "product_anaphora": {tuple(tokens(a)) for a in lex["product_anaphora"]},
        "country_anaphora": {tuple(tokens(a)) for a in lex["country_anaphora"]},
        "report_tail_openers": set(lex["report_tail_openers"]),
        "speech": sorted((tokens(v) for v in lex["speech_verbs"]), key=len, reverse=True),
        "separable_speech": dict(lex["separable_speech_verbs"]),
        "when_words": {w.lower() for w in lex["weekdays"]} | set(lex["said_when_words"]) | {str(m).lower() for m in lex["months"]}
        | set(lex["separable_speech_verbs"].values()),
        "generic_heads": set(lex["generic_company_heads"]),
        "role_nouns": {tokens(w) for w in list(lex["org_titles"]) + list(lex["person_titles"])},
        "according": sorted((tokens(v) for v in lex["according_to"]), key=len, reverse=True),
        "back_pointers": set(lex["back_pointers"]),
        "person_titles": [tokens(t) for t in lex["person_titles"]],
        "weak_anaphora": set(lex["weak_anaphora"]) | set(lex["self_reference_pronouns"]),
        "first_person": set(lex["first_person_pronouns"]), "product_heads": set(lex["product_heads"]),
        "program_heads": set(lex["program_heads"]),
        "description_words": dict(lex["description_words"]), "generic_description_words": set(lex["generic_description_words"]),
        "pronouns_it": set(lex["clause_pronouns"]),
        "anaphor_heads": [tokens(h) for h in lex["anaphor_heads"]], "compounding": lang == "nl",
        "person_heads": [tokens(h) for h in lex["person_anaphor_heads"]],
        "opening_pronouns": set(lex["opening_pronouns"]), "expletive_verbs": set(lex["expletive_verbs"]),
        "inverted_pronouns": set(lex["inverted_pronouns"]),
        "demonstrative_openers": set(lex["demonstrative_openers"]),
        "naming_words": [tuple(tokens(w)) for w in lex["naming_words"]],
        "definite_articles": set(lex["definite_articles"]),
        "new_referent_words": set(lex["new_referent_words"]), "merged_words": set(lex["merged_words"]),
        "superlative_suffixes": tuple(lex["superlative_suffixes"]),
        "transparent": sorted((tokens(w) for w in lex["transparent_phrases"]), key=len, reverse=True),
        "person_anaphora": set(function_words("person_anaphora")),
    }


def analyse(doc: Doc) -> list[SentenceInfo]:
    c = cues(doc.lang_)
    mentions = Spans(doc._.kb_mentions or [])  # offsets in tokens
    infos, topic = [], {"org": None, "person": None, "company": None, "companies": []}
    paragraph = 0
    text = doc_text(doc)
    for index, sent in enumerate(doc.sents):
        if index and "\n\n" in text[doc[sent.start - 1].idx:sent.start_char] or (
                sent.start > 0 and doc[sent.start - 1].is_space and doc[sent.start - 1].text.count("\n") > 1):
            paragraph += 1
        clauses, shared = split_clauses(sent, c)
        info = SentenceInfo(index=index, span=sent, paragraph=paragraph, clauses=clauses)
        for m in mentions.starting_in(sent.start, sent.end):
            info.slots.append(make_slot(doc, m))
        for slot in info.slots:
            mark_roles(doc, sent, slot, info.slots, c)
        add_anaphora(doc, sent, info, topic, c)
        add_opening_pronoun(doc, sent, info, topic, c)
        add_inverted_pronoun(doc, sent, info, topic, c)
        add_demonstrative_pronoun(sent, info, topic, c)
        add_clause_pronouns(doc, info, c)
        info.slots.sort(key=lambda s: s.start)
        find_relative_heads(doc, info, c, text)
        find_claimant(doc, sent, info, c)
        find_shared_subjects(info, shared)
        update_topic(info, topic)
        infos.append(info)
    attribute_backwards(doc, infos, c)
    return infos


def attribute_backwards(doc: Doc, infos: list[SentenceInfo], c: dict) -> None:
    """'... lanceren. Dat meldt persbureau Reuters.': the source of a sentence can follow it."""
    lows = lowers(doc)
    for prev, info in zip(infos, infos[1:]):
        words = [lows[t.i] for t in info.span if not (t.is_space or t.is_punct)][:3]
        if info.claimant is None or prev.claimant is not None or prev.paragraph != info.paragraph or not words:
            continue
        if words[0] in c["back_pointers"] and any(w in c["speech_verbs"] or w in c["separable_speech"] for w in words[1:3]):
            prev.reported_by = info.claimant


LOOK_BACK = 200  # characters: enough to see past the spaces before a clause, without copying the whole text


def find_relative_heads(doc: Doc, info: SentenceInfo, c: dict, text: str) -> None:
    """'Amazon spent $10 billion on Project Kuiper, which has 150 satellites': the clause is about Kuiper;
    'Relativity, which is backed by X, raised $500 million': after the closing comma, Relativity again."""
    clauses = info.clauses
    for n, (lo, hi) in enumerate(clauses[1:], start=1):
        words = text[lo:lo + 20].split()
        participle = bool(words) and participle_at(info, lo)
        if not words or words[0].lower() not in c["relatives"] and not participle:
            continue
        if not text[max(0, lo - LOOK_BACK):lo].rstrip().endswith(","):
            head = head_of_an_apposition(doc, info, lo)  # "Starcloud, the Nvidia-backed startup that launched ..."
            if head is not None:
                info.relative_heads[lo] = head
                if n + 1 < len(clauses) and text[max(0, hi - LOOK_BACK):hi].rstrip().endswith(","):
                    info.resumed_heads[clauses[n + 1][0]] = head
            continue
        window = text[max(0, lo - LOOK_BACK):lo]
        comma_at = lo - (len(window) - len(window.rstrip()))  # where the text before the clause ends
        head = [s for s in info.slots if (not s.anaphor or s.tok_end - s.tok_start > 1) and 0 <= comma_at - 1 - s.end <= 1
                and not (s.governed and s.type in PLACE_TYPES)]  # "the supercomputer in Memphis, which will use ..."
        if head:
            info.relative_heads[lo] = head[-1]
            if n + 1 < len(clauses) and text[max(0, hi - LOOK_BACK):hi].rstrip().endswith(","):
                info.resumed_heads[clauses[n + 1][0]] = head[-1]


def participle_at(info: SentenceInfo, lo: int) -> bool:
    """Whether the clause opening at character lo opens with a participle ('deploying more than 150 in orbit')."""
    first = next((t for t in info.span if t.idx >= lo and not (t.is_space or t.is_punct)), None)
    return first is not None and opens_a_participle_phrase(first)


def head_of_an_apposition(doc: Doc, info: SentenceInfo, lo: int) -> Slot | None:
    """The name before ', the ... startup' when a relative clause opens at character lo right after it."""
    span = doc.char_span(info.span.start_char, lo, alignment_mode="contract")
    if span is None or not len(span):
        return None
    k = span.end
    comma = next((t.i for t in reversed(doc[max(info.span.start, k - APPOSITION_REACH):k]) if t.text == ","), None)
    if comma is None or comma + 1 >= k or doc[comma + 1].lower_ not in APPOSITION_ARTICLES:
        return None
    return next((s for s in info.slots if s.tok_end == comma and s.type in COMPANY_TYPES | {"PERSON", "OTHER"}), None)


def find_shared_subjects(info: SentenceInfo, shared: set[int]) -> None:
    """'Amazon has launched 200 satellites | and aims to start service in 2027': Amazon aims."""
    for n, (lo, _) in enumerate(info.clauses[1:], start=1):
        if lo not in shared or lo in info.resumed_heads:
            continue
        prev_lo, prev_hi = info.clauses[n - 1]
        subject = info.resumed_heads.get(prev_lo) or next(
            (s for s in info.candidates() if prev_lo <= s.start < prev_hi and not s.governed), None)
        if subject is not None:
            info.resumed_heads[lo] = subject


APPOSITION_ARTICLES = ARTICLES - POSSESSIVE
APPOSITION_REACH = 6


def opens_an_apposition_before(sent: Span, i: int) -> bool:
    """', een Amerikaanse start-up die ...', ', a startup which ...': a comma and an article a few words before."""
    words = sent.doc[max(sent.start, i - APPOSITION_REACH):i]
    for k, t in enumerate(words[:-1]):
        if t.text == "," and words[k + 1].lower_ in APPOSITION_ARTICLES:
            return all(w.is_alpha or w.text in ("-", "‐") for w in words[k + 2:])
    return False


def split_clauses(sent: Span, c: dict) -> tuple[list[tuple[int, int]], set[int]]:
    """Character ranges of the clauses: split at ';', ':' and at a comma before 'en', 'maar', ...;
    a relative clause (', which ...,') also ends at its closing comma."""
    cuts = [sent.start_char]
    in_relative = False
    shared_subject = set()
    said_at = None  # a verb of saying whose complement has not opened yet
    for t in sent[:-1]:
        nxt = t.doc[t.i + 1]
        if t.lower_ in c["speech_words"]:
            said_at = t.i
        elif said_at is not None and nxt.lower_ in c["complementizers"] and t.lower_ not in c["speech_words"] \
                and nxt.i - said_at <= SAID_TO_COMPLEMENT and t.text != ",":
            cuts.append(nxt.idx)  # "zei woensdag op een conferentie in San José | dat de markt ..."
            said_at = None
            continue
        if nxt.lower_ in c["relatives"] and t.lower_ not in c["speech_words"] and not in_relative \
                and opens_an_apposition_before(sent, nxt.i):
            cuts.append(nxt.idx)  # "in Starcloud, een Amerikaanse start-up | die datacenters ... wil bouwen"
            in_relative = True
            continue
        if t.text == "," and in_relative:
            cuts.append(t.idx + len(t.text))
            in_relative = False
        elif t.text == "," and opens_a_participle_phrase(nxt) and t.i - 1 >= sent.start and t.doc[t.i - 1].text[:1].isupper() \
                and t.doc[t.i - 1].lower_ not in c["when_words"]:  # a name's comma; not "on Friday, marking another failure"
            cuts.append(t.idx + len(t.text))  # "and Amazon's Project Kuiper, | deploying more than 150 in orbit"
            in_relative = True
        elif t.text in (";", ":") or (t.text == "," and nxt.lower_ in c["comma_openers"]):
            cuts.append(t.idx + len(t.text))
            in_relative = t.text == "," and nxt.lower_ in c["relatives"]
        elif t.lower_ in c["verb_coordinators"] and nxt.lower_ in c["modal_cues"]:
            cuts.append(t.idx)  # "kostte 2 miljoen | en moet eind 2026 klaar zijn"
            shared_subject.add(t.idx)
        elif nxt.lower_ in c["complementizers"] and t.lower_ in c["speech_words"]:
            cuts.append(nxt.idx)  # "heeft aangekondigd | dat het ... gaat bouwen"
            said_at = None
    cuts.append(sent.end_char)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a], shared_subject


def opens_a_participle_phrase(token) -> bool:
    """'deploying', 'led', 'geleid': a participle right after a name's comma describes that name, as 'which' does."""
    return token.is_lower and is_participle(token)


def make_slot(doc: Doc, m: dict) -> Slot:
    start = doc[m["start"]].idx
    last = doc[m["end"] - 1]
    return Slot(entity=m["entity"], name=m["name"], type=m["type"], start=start, end=last.idx + len(last.text),
                tok_start=m["start"], tok_end=m["end"], outlet=m["entity"] in news_outlets(),
                modifier=bool(m.get("glued")),  # "Amazonbaas": Amazon describes the person after it
                possessor=bool(m.get("genitive")))  # "Elon Musks AI-bedrijf xAI": Musk owns, xAI acts


@functools.lru_cache(maxsize=None)
def news_outlets() -> frozenset[str]:
    """The registry's news agencies and papers (bloc: media)."""
    return frozenset(e["slug"] for e in load_registry() if e.get("bloc") == "media")


POSSESSIVE_DETERMINERS = function_words("possessive_determiners")


def is_base_of(span: Span) -> bool:
    """'a Washington-based start-up', 'the Kent, Washington-based company': places where someone is based."""
    doc = span.doc
    k = span.end
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].text[:1].isupper():
        k += 2  # "Kent, Washington-based"
    return k + 1 < len(doc) and doc[k].text in ("-", "‐") and doc[k + 1].lower_ == "based"


DASHES = ("-", "–", "—")


def dateline_end(doc: Doc, start: int) -> int | None:
    """Token index of the dash that closes a dateline opening at `start` ('AMSTERDAM - ...',
    'MOUNTAIN VIEW, California — ...', 'BEIJING (Reuters) - ...'), else None."""
    i = after_a_date_stamp(doc, start)  # "date 2025-06-25 WASHINGTON — ...": page furniture before the dateline
    end = min(len(doc), i + DATELINE_TOKENS)
    while i < end and set(doc[i].text) <= MARKUP:
        i += 1  # "**SAN FRANCISCO** —": Markdown emphasis around the place
    first = i
    while i < end and doc[i].is_alpha and doc[i].text.isupper():
        i += 1
    if i == first:
        return None
    while i < end and set(doc[i].text) <= MARKUP:
        i += 1
    if i < end and doc[i].text == ",":
        i += 1
        while i < end and (doc[i].text[:1].isupper() or doc[i].text in (".", ",") or doc[i].is_digit):
            i += 1  # "MOUNTAIN VIEW, California", "LONDON, Oct 14"
    if i < end and doc[i].text == "(":
        close = next((k for k in range(i, end) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    return i if i < len(doc) and doc[i].text in DASHES else None


def place_before_a_dash(doc: Doc, sent: Span, slot: Slot) -> bool:
    """'San Francisco — OpenAI has signed ...': a place that opens its sentence, then a dash and a capital, is a
    dateline written in title case; not 'China — the world's largest ...', an apposition."""
    k = slot.tok_end
    return slot.type in PLACE_TYPES and k + 1 < sent.end and doc[k].text in ("—", "–") and doc[k + 1].text[:1].isupper() \
        and slot.tok_start == after_a_date_stamp(doc, sent.start)


def after_a_date_stamp(doc: Doc, start: int) -> int:
    """The token after a date stamp that opens a sentence ('date 2025-06-25', '2025-06-25'), else `start`."""
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc):
        return start
    m = date_stamp().match(doc_text(doc), doc[start].idx)
    if m is None:
        return start
    return next((t.i for t in doc[start:start + DATELINE_TOKENS] if t.idx >= m.end()), start)


DATELINE_TOKENS = 12
MARKUP = set("*_")
SAID_WHEN_WORDS = 4
SOURCE_LINKS = function_words("source_links")
SOURCE_REACH = 5  # tokens between 'volgens'/'according to' and the source's name
SAID_TO_COMPLEMENT = 10  # tokens between a verb of saying and the 'dat'/'that' of what was said


def words_before(doc: Doc, i: int, floor: int, n: int = 3) -> list[str]:
    """Up to n lowercase words before token i, skipping quotes, articles and 'its'."""
    out, j = [], i - 1
    while j >= floor and len(out) < n:
        t = doc[j]
        if t.text in QUOTES or t.is_space or t.lower_ in ARTICLES or t.lower_ in POSSESSIVE_DETERMINERS:
            j -= 1
            continue
        out.append(t.lower_)
        j -= 1
    return out


def mark_roles(doc: Doc, sent: Span, slot: Slot, slots: list[Slot], c: dict) -> None:
    prev = words_before(doc, slot.tok_start, sent.start, 6)
    for phrase in c["transparent"]:  # "bij onder meer Nvidia": the preposition still governs
        if tuple(reversed(prev[:len(phrase)])) == phrase:
            prev = prev[len(phrase):]
            break
    if prev and (prev[0] in c["preps"] or any(tuple(reversed(prev[:len(p)])) == p for p in c["prep_phrases"])):
        slot.governed = True
    elif preposition_past_descriptors(doc, sent, slot, c):
        slot.governed = True  # "in the French start-up Orbital Forge", "bij het Saoedische fonds PIF"
    else:
        coord = coordinator_before(doc, sent, slot, c)
        earlier = [s for s in slots if s.tok_end <= slot.tok_start] \
            if coord is not None and not subject_of_the_verb_after(doc, slot) else []
        if earlier:
            last = max(earlier, key=lambda s: s.tok_end)
            between = [t for t in doc[last.tok_end:coord + 1] if not (t.is_space or t.text in QUOTES or t.lower_ in ARTICLES)]
            if all(t.lower_ in c["coord"] for t in between):
                slot.governed = last.governed
    before = doc[slot.tok_start - 1] if slot.tok_start > sent.start else None
    if before is not None and before.lower_ in POSSESSIVE_DETERMINERS:
        slot.owned = True
    elif owned_after_its_head(doc, sent, slot, c):
        slot.owned = True  # "zijn platform X", "its chatbot Grok", "its chatbot known as Grok"
    if is_base_of(doc[slot.tok_start:slot.tok_end]):
        slot.modifier = slot.based = True  # "The Kent, Washington-based company": where it sits, not who acts
    nxt = doc[slot.tok_end] if slot.tok_end < len(doc) else None
    if nxt is not None and (nxt.text in POSSESSIVE or bare_apostrophe_after_s(doc, slot, before)):
        slot.possessor = True
    if nxt is not None and slot.type in COMPANY_TYPES | THING_TYPES and titles_a_person_after(doc, sent, slot, slots, c):
        slot.modifier = True  # "Acme CEO Jane Doe", "Helix chief designer Dai Li": the firm or the thing describes her
    if (nxt is not None and nxt.text in HYPHENS and not doc[slot.tok_end - 1].whitespace_ and slot.tok_end + 1 < len(doc)
            and doc[slot.tok_end + 1].is_lower and not (names_its_head(slot, doc[slot.tok_end + 1].lower_, c)
                                                         and before is not None and before.lower_ in c["definite_articles"])):
        slot.modifier = True  # "SpaceX-topman", "Starlink-satellieten"; but "de New Glenn-raket" is the rocket itself
    if inside_apposition(doc, sent, slot, slots):
        slot.bracketed = True  # "Johnston, a former McKinsey consultant, co-founded ...": McKinsey describes him
        return
    opened = sum(1 for t in doc[sent.start:slot.tok_start] if t.text == "(") - \
        sum(1 for t in doc[sent.start:slot.tok_start] if t.text == ")")
    dateline = (dateline_end(doc, sent.start) or 0) >= slot.tok_end or place_before_a_dash(doc, sent, slot)
    slot.bracketed = opened > 0 or dateline  # "AMSTERDAM - ...": where it was written, not who acts
    slot.titled = bool(prev) and any(tuple(reversed(prev[:len(t)])) == t for t in c["person_titles"])
    before = doc[slot.tok_start - 1].lower_ if slot.tok_start > sent.start else ""
    if slot.type in COMPANY_TYPES and (before,) in c["role_nouns"]:
        slot.role = before  # "Chipfabrikant Nvidia"


def owned_after_its_head(doc: Doc, sent: Span, slot: Slot, c: dict) -> bool:
    return after_a_possessed_noun(doc, slot.tok_start, sent.start, c["naming_words"], c["product_heads"] | c["program_heads"])


def after_a_possessed_noun(doc: Doc, k: int, floor: int, naming: list[tuple], heads) -> bool:
    """'its chatbot Grok', 'zijn platform X', 'its chatbot known as Grok': a possessive, one of the nouns `heads` (and
    words that name it) before token k."""
    lows = lowers(doc)
    named = next((n for n in naming if k - len(n) >= floor and tuple(lows[k - len(n):k]) == n), ())
    k -= len(named)
    return k - 2 >= floor and lows[k - 1] in heads and lows[k - 2] in POSSESSIVE_DETERMINERS


def titles_a_person_after(doc: Doc, sent: Span, slot: Slot, slots: list[Slot], c: dict) -> bool:
    """A role word right after the firm's name, and a person named within a few words after it."""
    nxt = doc[slot.tok_end]
    if (nxt.lower_,) not in c["role_nouns"]:
        return False
    return any(s.type == "PERSON" and 0 < s.tok_start - slot.tok_end <= TITLE_WORDS for s in slots)


TITLE_WORDS = 5  # "Director of Research" and the like between a firm and its person


def bare_apostrophe_after_s(doc: Doc, slot: Slot, before) -> bool:
    """"Jeff Bezos' Blue Origin": an apostrophe glued to a name that ends in s, not a closing quote ('Artemis')."""
    nxt = doc[slot.tok_end]
    return nxt.text in ("'", "’") and doc[slot.tok_end - 1].text.endswith("s") and not doc[slot.tok_end - 1].whitespace_ \
        and bool(nxt.whitespace_) and not (before is not None and before.text in ("'", "‘", "’"))


def inside_apposition(doc: Doc, sent: Span, slot: Slot, slots: list[Slot]) -> bool:
    """A name between the commas of an apposition that follows a person: ', a former X consultant,'."""
    k = slot.tok_start - 1
    while k > sent.start and doc[k].text != "," and slot.tok_start - k <= APPOSITION_TOKENS:
        if doc[k].text in (".", ";", ":"):
            return False
        k -= 1
    if k <= sent.start or doc[k].text != "," or doc[k + 1].lower_ not in function_words("description_openers"):
        return False
    person = next((s for s in slots if s.tok_end == k and s.type == "PERSON"), None)
    closing = next((t.i for t in doc[slot.tok_end:min(sent.end, slot.tok_end + APPOSITION_TOKENS)] if t.text == ","), None)
    return person is not None and closing is not None


def subject_of_the_verb_after(doc: Doc, slot: Slot) -> bool:
    """'Built by Vega, the Helix rocket is ...': after the comma that closes a phrase put first, the name is the
    subject of the clause, not one more item of the phrase."""
    if not doc.has_annotation("DEP"):
        return False
    root = doc[slot.tok_start:slot.tok_end].root
    return root.dep_ in ("nsubj", "nsubj:pass") and root.head.i >= slot.tok_end


def preposition_past_descriptors(doc: Doc, sent: Span, slot: Slot, c: dict) -> bool:
    """A preposition before an article and up to three describing words: 'in the French start-up X'."""
    j, words, article = slot.tok_start - 1, 0, False
    # "with Earth-imaging company Planet Labs": a role noun right before the name stands in for the article
    role_named = slot.tok_start > sent.start and (doc[slot.tok_start - 1].lower_,) in c["role_nouns"]
    while j >= sent.start:
        t = doc[j]
        if t.is_space or t.text in QUOTES or t.text in HYPHENS:
            j -= 1
            continue
        low = t.lower_
        if low in ARTICLES or low in POSSESSIVE_DETERMINERS:
            article = True
            j -= 1
            continue
        if low in c["preps"]:
            return (article or role_named) and words > 0
        if not t.is_alpha or words >= COORD_DESCRIPTORS or low in c["speech_verbs"] or low in c["coord"]:
            return False
        words += 1
        j -= 1
    return False


COORD_DESCRIPTORS = 3  # "Nvidia en het Saoedische staatsfonds PIF": words that describe the next item


def coordinator_before(doc: Doc, sent: Span, slot: Slot, c: dict) -> int | None:
    """Token index of 'en'/'and'/',' before a mention, past a few describing words, or None."""
    seen, j = 0, slot.tok_start - 1
    while j >= sent.start:
        t = doc[j]
        if t.is_space or t.text in QUOTES or t.lower_ in ARTICLES:
            j -= 1
            continue
        if t.lower_ in c["coord"]:
            return j
        if seen >= COORD_DESCRIPTORS or not t.is_alpha or t.lower_ in c["preps"] or t.lower_ in c["speech_verbs"] \
                or t.pos_ in ("VERB", "AUX"):
            return None  # "an ally of Anna Reyes and heads the agency": a verb of its own, no coordinated name
        seen += 1
        j -= 1
    return None


def doc_text(doc: Doc) -> str:
    """doc.text, built once: spaCy rebuilds it from every token on each access."""
    cached = doc.user_data.get("kb_text")
    if cached is None:
        cached = doc.user_data["kb_text"] = doc.text
    return cached


def lowers(doc: Doc) -> list[str]:
    """Lowercase token texts, computed once per Doc (phrase lookups run per sentence and pattern)."""
    cached = doc.user_data.get("kb_lowers")
    if cached is None or len(cached) != len(doc):
        cached = doc.user_data["kb_lowers"] = [t.lower_ for t in doc]
    return cached


def by_first_word(phrases) -> dict[str, list[tuple]]:
    """Phrases indexed by their first word, longest first: a lookup per token instead of a scan."""
    key = tuple(phrases)
    index = _PHRASE_INDEX.get(key)
    if index is None:
        index = {}
        for p in sorted(key, key=len, reverse=True):
            index.setdefault(p[0], []).append(p)
        _PHRASE_INDEX[key] = index
    return index


_PHRASE_INDEX: dict[tuple, dict[str, list[tuple]]] = {}


def phrase_at(lows: list[str], i: int, end: int, index: dict[str, list[tuple]]) -> tuple | None:
    for p in index.get(lows[i], ()):
        if i + len(p) <= end and tuple(lows[i:i + len(p)]) == p:
            return p
    return None


def find_phrases(doc: Doc, sent: Span, phrases: list[tuple]) -> list[tuple[int, int, tuple]]:
    """Non-overlapping phrase matches in a sentence, left to right, longest first."""
    found, i = [], sent.start
    lows, index = lowers(doc), by_first_word(phrases)
    while i < sent.end:
        p = phrase_at(lows, i, sent.end, index)
        if p is not None:
            found.append((i, i + len(p), p))
            i += len(p)
            continue
        i += 1
    return found


def add_anaphora(doc: Doc, sent: Span, info: SentenceInfo, topic: dict, c: dict) -> None:
    taken = {i for s in info.slots for i in range(s.tok_start, s.tok_end)}
    found = [f for f in find_phrases(doc, sent, c["anaphora"]) if not (  # "the rocket company": a company, described
        tuple(f[2]) in c["product_anaphora"] and f[1] < sent.end and doc[f[1]].is_lower and doc[f[1]].pos_ == "NOUN")]
    found += [h for h in described_heads(doc, sent, c) if not any(h[0] < f[1] and f[0] < h[1] for f in found)]
    for i, j, phrase in found:
        if any(k in taken for k in range(i, j)) and phrase not in (DESCRIBED, DESCRIBED_PERSON, POSSESSED, MERGED):
            continue
        text = " ".join(phrase)
        if text in c["first_person"] and inside_a_quote(doc, sent, i):
            continue  # '"We think ...," said Anna Reyes': the speaker's own side, not the company of before
        is_person = text in c["person_anaphora"] or phrase == DESCRIBED_PERSON
        referent = None
        if tuple(phrase) in c["program_anaphora"]:
            referent = topic.get("program")
            if referent is None:
                continue  # no program named before: "the project" is no company
        if tuple(phrase) in c["product_anaphora"]:
            referent = topic.get("product")
            if referent is None:
                continue  # "the rocket" with no rocket named before: no one we know
        if tuple(phrase) in c["country_anaphora"]:
            referent = topic.get("country")
            if referent is None:
                continue  # "the country" with no state named before (a city or a province is none)
        prev = [t for t in doc[sent.start:i] if not t.is_space]
        speaks = any(w in c["speech_verbs"] for w in lowers(doc)[j:j + 2])
        if len(prev) >= 2 and prev[-1].text == "," and not is_person and not speaks:
            # apposition: "SpaceX, het bedrijf dat ..." (not "..., the company said")
            referent = next((s for s in info.slots if s.tok_end == prev[-2].i + 1), None) or referent
        if referent is None and phrase == MERGED:
            referent = first_of_the_last_pair(topic["companies"] + [s for s in info.slots if s.tok_end <= i
                                                                     and s.type in COMPANY_TYPES and not s.anaphor])
        if referent is None and phrase == POSSESSED:
            referent = company_named_before(info, i)  # "SpaceX has told investors ..., as Elon Musk's rocket company seeks"
        if referent is None and phrase == DESCRIBED:  # "the artificial-intelligence company": the one described so
            earlier = topic["companies"] + [s for s in info.slots if s.tok_end <= i and s.type in COMPANY_TYPES and not s.anaphor]
            referent = described_in_the_registry(lowers(doc)[i + 1:j - 1], earlier, c)
        if referent is None and not is_person:
            referent = subject_earlier_in_sentence(doc, info, i, j, c) or employer_of_speaker_before(doc, info, i, c)
            if referent is not None and referent.type in PLACE_TYPES:
                referent = None  # "A rocket left Shanghai on Monday, the company's fifth launch": no firm is a place
        if referent is None:
            referent = topic["person"] if is_person else (topic.get("company") or topic["org"])
            if not is_person:
                referent = of_the_kind_named(referent, lowers(doc)[j - 1], topic["companies"], c) or referent
        if referent is None:
            continue
        slot = Slot(entity=referent.entity, name=referent.name, type=referent.type, start=doc[i].idx,
                    end=doc[j - 1].idx + len(doc[j - 1].text), tok_start=i, tok_end=j, anaphor=True)
        mark_roles(doc, sent, slot, info.slots, c)
        slot.role = referent.role
        info.slots.append(slot)


def described_in_the_registry(words: list[str], earlier: list[Slot], c: dict) -> Slot | None:
    """'the artificial-intelligence company', 'het raketbedrijf': the latest company named before whose registry
    description says what the describing words say (through description_words: 'artificial-intelligence' -> 'ai')."""
    wanted = {c["description_words"].get(w, w) for w in words if w not in HYPHENS and len(w) > 1}
    wanted -= c["generic_description_words"]
    if not wanted:
        return None
    return next((s for s in reversed(earlier) if wanted & described_as(s.entity)), None)


@functools.lru_cache(maxsize=None)
def registry_descriptions() -> dict[str, frozenset]:
    return {e["slug"]: frozenset(re.findall(r"[a-z0-9²]+(?:-[a-z0-9]+)*", (e.get("description") or "").lower()))
            for e in load_registry()}


def described_as(slug: str) -> frozenset:
    return registry_descriptions().get(slug, frozenset())


@functools.lru_cache(maxsize=None)
def registry_countries() -> frozenset:
    return frozenset(e["slug"] for e in load_registry() if e.get("country"))


def is_a_country(slug: str) -> bool:
    return slug in registry_countries()


def names_its_head(slot: Slot, head: str, c: dict) -> bool:
    """'de New Glenn-raket', 'het Stargate-initiatief': a product or program glued to the noun it names."""
    return slot.type == "PRODUCT" and head in c["product_heads"] or slot.type == "PROGRAM" and head in c["program_heads"]


def first_of_the_last_pair(companies: list[Slot]) -> Slot | None:
    """'the merger of SpaceX and xAI ... the combined company': the first of the last two companies named."""
    distinct = []
    for s in reversed(companies):
        if all(s.entity != d.entity for d in distinct):
            distinct.append(s)
        if len(distinct) == 2:
            return distinct[1]
    return None


def inside_a_quote(doc: Doc, sent: Span, i: int) -> bool:
    """An odd number of quotation marks before token i in its sentence (or the sentence opens inside one)."""
    marks = sum(1 for t in doc[sent.start:i] if t.is_quote or t.text in ("“", "”", "„"))
    return marks % 2 == 1


def company_named_before(info: SentenceInfo, i: int) -> Slot | None:
    """The last company named in the sentence before token i, not as someone's possession."""
    return next((s for s in sorted(info.slots, key=lambda s: -s.tok_start) if s.tok_end <= i and s.type in COMPANY_TYPES
                 and not (s.possessor or s.bracketed or s.anaphor)), None)


def employer_of_the_speaker(info: SentenceInfo) -> Slot | None:
    """The organization in the post of a person who speaks: 'Anna Reyes, chief executive of Lumen Systems,'."""
    speaker = info.claimant
    if speaker is None or speaker.type != "PERSON":
        return None
    doc = info.span.doc
    org = employer_of_speaker_before(doc, info, info.span.end, cues(doc.lang_))
    return org if org is not None and org.tok_start > speaker.tok_end else None


def employer_of_speaker_before(doc: Doc, info: SentenceInfo, i: int, c: dict) -> Slot | None:
    """'"...," said Wang Jian, director of the Zhejiang Lab, adding that the group aims to ...', 'X, Blue Origin's
    chief executive, told staff the company would ...': a company anaphor after a person described by his post
    points to the organization of that post."""
    lows = lowers(doc)
    for person in (s for s in info.slots if s.type in ("PERSON", "OTHER") and s.tok_end < i):  # the post says who
        k = person.tok_end
        if k >= i or doc[k].text != ",":
            continue
        k += 1
        owner = next((s for s in info.slots if s.type in COMPANY_TYPES and s.tok_start == k and s.tok_end < i
                      and lows[s.tok_end] in ("'s", "’s") and (lows[s.tok_end + 1],) in c["role_nouns"]), None)
        if owner is not None:
            return owner  # "Dave Limp, Blue Origin's chief executive, told staff the company would ..."
        while k < i and (lows[k] in ARTICLES or (lows[k],) in c["role_nouns"] or doc[k].text in HYPHENS):
            k += 1
        if k < i and lows[k] in SOURCE_LINKS:
            org = next((s for s in info.slots if s.type in COMPANY_TYPES and s.tok_start in (k + 1, k + 2) and s.tok_end <= i), None)
            if org is not None and all(lows[t] in ARTICLES for t in range(k + 1, org.tok_start)):
                return org
    return None


def add_opening_pronoun(doc: Doc, sent: Span, info: SentenceInfo, topic: dict, c: dict) -> None:
    """'It must have 1,618 in space by July': a sentence that opens with 'it' and a verb that acts speaks of the
    company of the sentence before; 'It is unclear whether ...' does not."""
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if words and any(doc[k].is_quote for k in range(max(0, sent.start - 1), words[0].i)):
        return  # '"It works," said ...': a quote's own 'it'
    progressive = words[2].lower_.endswith("ing") if len(words) > 2 else False  # "It is burning $1 billion a month"
    if len(words) < 3 or words[0].lower_ not in c["opening_pronouns"] or (
            words[1].lower_ in c["expletive_verbs"] and not progressive) or words[2].lower_ in c["expletive_verbs"]:
        return  # "It is unclear", "It could be years before ..."
    referent = topic.get("company") or topic.get("org")
    if referent is None or any(s.tok_start == words[0].i for s in info.slots):
        return
    t = words[0]
    info.slots.append(Slot(entity=referent.entity, name=referent.name, type=referent.type, start=t.idx,
                           end=t.idx + len(t.text), tok_start=t.i, tok_end=t.i + 1, anaphor=True))


def add_demonstrative_pronoun(sent: Span, info: SentenceInfo, topic: dict, c: dict) -> None:
    """'De boostertrap (Helix) is nodig ... Die is 71 meter hoog': a demonstrative that opens a sentence before its
    verb points to the last thing the sentence before named (unlike 'hij', which keeps to the subject)."""
    words = [t for t in sent if not (t.is_space or t.is_punct or t.is_quote)]
    if len(words) < 3 or words[0].lower_ not in c["demonstrative_openers"] or words[1].pos_ not in ("VERB", "AUX"):
        return  # "Die raket is ...": a determiner
    referent = topic.get("last_named")
    if referent is None or any(s.tok_start == words[0].i for s in info.slots):
        return
    t = words[0]
    info.slots.append(Slot(entity=referent.entity, name=referent.name, type=referent.type, start=t.idx,
                           end=t.idx + len(t.text), tok_start=t.i, tok_end=t.i + 1, anaphor=True))


def add_inverted_pronoun(doc: Doc, sent: Span, info: SentenceInfo, topic: dict, c: dict) -> None:
    """'Volgens de website heeft het 175 miljard bespaard': after a phrase put first, the pronoun right after the
    verb is the subject, the company of the sentences before; not 'In 2025 wordt het spannend' (a placeholder
    verb) nor 'heeft het Franse bedrijf' (an article)."""
    words = [t for t in sent if not (t.is_space or t.is_punct or t.is_quote)]
    verb = next((k for k, t in enumerate(words) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb == 0 or verb + 2 >= len(words):
        return
    pronoun, after = words[verb + 1], words[verb + 2]
    if pronoun.lower_ not in c["inverted_pronouns"] or words[verb].lower_ in c["expletive_verbs"] \
            or after.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or after.lower_ in c["expletive_verbs"]:
        return
    if any(s.tok_start < words[verb].i and not (s.governed or s.modifier or s.claimant) for s in info.slots) \
            or any(s.tok_start <= pronoun.i < s.tok_end for s in info.slots):
        return  # "Vega heeft het ...": the name before the verb is the subject
    referent = topic.get("company") or topic.get("org")
    if referent is not None:
        info.slots.append(Slot(entity=referent.entity, name=referent.name, type=referent.type, start=pronoun.idx,
                               end=pronoun.idx + len(pronoun.text), tok_start=pronoun.i, tok_end=pronoun.i + 1,
                               anaphor=True))


def add_clause_pronouns(doc: Doc, info: SentenceInfo, c: dict) -> None:
    """'xAI was valued at $230bn in January, when it raised $20bn': 'it' right after the word that opens a
    later clause is the company the sentence began with."""
    lows = lowers(doc)
    for lo, _ in info.clauses[1:]:
        span = doc.char_span(lo, info.span.end_char, alignment_mode="expand")
        words = [t for t in span if not (t.is_space or t.is_punct)][:2] if span is not None else []
        if len(words) < 2 or lows[words[0].i] not in c["clause_openers"] or lows[words[1].i] not in c["pronouns_it"]:
            continue
        pronoun = words[1]
        if any(s.tok_start <= pronoun.i < s.tok_end for s in info.slots):
            continue
        subject = next((s for s in sorted(info.slots, key=lambda s: s.tok_start) if s.tok_end <= pronoun.i
                        and s.type in COMPANY_TYPES and not (s.governed or s.possessor or s.modifier or s.bracketed
                                                             or s.claimant)), None)
        if subject is None or subject.start >= lo:
            continue
        info.slots.append(Slot(entity=subject.entity, name=subject.name, type=subject.type, start=pronoun.idx,
                               end=pronoun.idx + len(pronoun.text), tok_start=pronoun.i, tok_end=pronoun.i + 1, anaphor=True))


def of_the_kind_named(referent: Slot | None, head: str, recent: list[Slot], c: dict) -> Slot | None:
    """'Chipfabrikant Nvidia neemt een belang in The Exploration Company ... De start-up kwam uit op ...':
    a start-up is not the company introduced as a chipmaker; the latest company not introduced as
    something else is."""
    if referent is None or referent.role is None or head in c["generic_heads"] or head == referent.role:
        return None
    return next((s for s in reversed(recent) if s.entity != referent.entity and s.role in (None, head)), None)


RECENT_COMPANIES = 8


DESCRIBED = ("<described>",)
POSSESSED = ("<possessed>",)  # "Elon Musk's rocket company": a company of someone named right before
MERGED = ("<merged>",)  # "the combined company", "het gefuseerde bedrijf"
DESCRIBED_PERSON = ("<described person>",)


def described_heads(doc: Doc, sent: Span, c: dict) -> list[tuple[int, int, tuple]]:
    """'the Musk-led company', 'the rocket company', 'het Amerikaanse bedrijf', 'the Amazon founder': a definite
    article, up to three describing words, and a head noun that names a company (or a person's post)."""
    lows = lowers(doc)
    out = []
    for head, head_marker in [(h, DESCRIBED) for h in c["anaphor_heads"]] + [(h, DESCRIBED_PERSON) for h in c["person_heads"]]:
        n = len(head)
        for k in range(sent.start, sent.end - n + 1):
            compound = c["compounding"] and n == 1 and lows[k].endswith(head[0]) and len(lows[k]) > len(head[0]) + 2
            if tuple(lows[k:k + n]) != head and not compound:  # "de zoekgigant", "het satellietbedrijf"
                continue
            j = k - 1
            words = 0
            marker = head_marker
            while j >= sent.start and words <= 3 and lows[j] not in c["definite_articles"] and lows[j] not in POSSESSIVE:
                t = doc[j]
                place_list = t.text == "," and j + 1 < sent.end and doc[j + 1].text[:1].isupper()  # "Kent, Washington-based"
                if not (t.is_alpha or t.text in HYPHENS or place_list) or lows[j] in c["preps"] or lows[j] in c["speech_verbs"]:
                    break
                if lows[j] in c["new_referent_words"] or lows[j].endswith(c["superlative_suffixes"]):
                    j = sent.start - 1  # "het grootste private bedrijf", "a new company": someone new
                    break
                if lows[j] in c["merged_words"] and marker == DESCRIBED:
                    marker = MERGED  # "the combined company": the one the merger was named by
                words += t.is_alpha
                j -= 1
            followed_by_name = k + n < sent.end and doc[k + n].text[:1].isupper()  # "the French start-up Orbital Forge"
            if j >= sent.start and lows[j] in c["definite_articles"] and 0 < k - j and not followed_by_name:
                out.append((j, k + n, marker))
            elif j > sent.start and lows[j] in POSSESSIVE and not followed_by_name and doc[j - 1].text[:1].isupper():
                out.append((j + 1, k + n, POSSESSED if marker == DESCRIBED else marker))  # "Elon Musk's rocket company"
    return out


def subject_earlier_in_sentence(doc: Doc, info: SentenceInfo, i: int, j: int, c: dict) -> Slot | None:
    """The sentence's own subject, for an anaphor in a later clause ('SpaceX prepares an IPO that
    could value the company at ...') or one that speaks ('..., the company said'); not for an object
    of the same clause ('Tesla bought the start-up'), nor when the subject is only a source."""
    lows = lowers(doc)
    prev = words_before(doc, i, info.span.start, 1)
    if prev and prev[0] in c["preps"]:
        return None
    speaks = any(w in c["speech_verbs"] for w in lows[j:j + 2])
    for s in sorted(info.slots, key=lambda s: s.tok_start):
        if s.tok_end > i:
            return None
        if s.type not in TOPIC_TYPES or s.governed or s.possessor or s.modifier or s.bracketed:
            continue
        if any(w in c["speech_verbs"] for w in lows[s.tok_end:s.tok_end + 2]):
            continue
        if any(lows[max(0, s.tok_start - len(p)):s.tok_start] == list(p) for p in c["according"]):
            continue
        between = set(lows[s.tok_end:i])
        later_clause = bool(between & (c["clause_openers"] | c["complementizers"] | c["relatives"] | {",", ";"}))
        return s if speaks or later_clause else None
    return None


def find_claimant(doc: Doc, sent: Span, info: SentenceInfo, c: dict) -> None:
    lows = lowers(doc)
    for i, j, _ in find_phrases(doc, sent, c["according"]):
        # "volgens persbureau Reuters", "according to analysts at X"; not "volgens analisten zal Starlink"
        describing = {k for s in info.slots if s.modifier for k in range(s.tok_start, s.tok_end)}  # "TU Delft-onderzoeker"
        after = [s for s in info.slots if s.tok_start >= j and s.tok_start <= j + SOURCE_REACH and not s.modifier
                 and all(lows[k] in ARTICLES or lows[k] in SOURCE_LINKS or (lows[k],) in c["role_nouns"] or k in describing
                         or doc[k].text in HYPHENS
                         or any(lows[k].startswith(r[0]) for r in c["role_nouns"] if len(r) == 1 and len(r[0]) > 4)
                         or c["compounding"] and any(lows[k].endswith(r[0]) for r in c["role_nouns"]  # "ruimtevaartdeskundige"
                                                     if len(r) == 1 and len(r[0]) > 4)
                         for k in range(j, s.tok_start))]
        if after:
            info.claimant = after[0]
            after[0].claimant = True
            return
    for i, j, _ in find_phrases(doc, sent, c["speech"]) + separable_speech(doc, sent, c):
        near = [s for s in info.slots if s.type in ("PERSON", "ORG", "AGENCY", "OTHER") and not s.possessor
                and (0 <= i - s.tok_end <= 2 or 0 <= s.tok_start - j <= (TITLED_REACH if s.titled else 2))
                and not (s.tok_start > j and any(lows[k] in c["complementizers"] or lows[k] in INDEFINITE_ARTICLES
                                                 for k in range(j, s.tok_start)))]  # "said that the Helix ...", "announced a Helix demo"
        if any(s.type == "PERSON" for s in near):
            near = [s for s in near if not s.modifier] or near  # "zei ESA-directeur Josef Aschbacher": the person
        described = speaker_before_apposition(doc, sent, info, i)
        if described:  # "Sundar Pichai, Google's chief executive, said", "Lumen Orbit, a start-up backed by Nvidia, said"
            near = described
        if not near:
            near = described_source_after(doc, sent, info, j, c)  # "Dat schrijft de Amerikaanse zakenkrant The WSJ"
        if not near:
            lo = info.clause_of(doc[i].idx)[0]
            head = info.resumed_heads.get(lo)
            if head is not None and all(t.is_space or t.is_punct for t in doc[sent.start:i] if t.idx >= lo):
                near = [head]  # "Lonestar, which sent a device to the Moon, said last week it had raised ..."
        if near:
            # "topman Sundar Pichai van Google zei": the speaker, not the company in his title
            inverted = i == sent.start or doc[i - 1].is_punct or doc[i - 1].is_quote  # '"...," said X'
            best = min(near, key=lambda s: (s.governed, not inverted and s.tok_start >= j,  # "Musk has said xAI could"
                                            min(abs(i - s.tok_end), abs(s.tok_start - j))))
            best = first_of_its_list(doc, info, best) if best.tok_end <= i else best
            best.claimant = True
            add_self_reference(doc, sent, info, best, j, c)
            if info.claimant is None:
                info.claimant = best
            elif best.entity != info.claimant.entity:
                info.later_speakers.append((doc[i].idx, best))  # "X has said ..., while Google announced that ..."


def first_of_its_list(doc: Doc, info: SentenceInfo, slot: Slot) -> Slot:
    """'Orbitra, Vega en Lumo hebben aangekondigd dat zij ...': names listed before a verb speak together; the
    first of the list stands for them, as a joint figure is given to the first name."""
    first = slot
    while True:
        joined = next((s for s in info.slots if listed_together(doc, s, first, slot)), None)
        if joined is None:
            return first
        first = joined


AND_WORDS = function_words("and_words")


def members_of_its_list(doc: Doc, info: SentenceInfo, slot: Slot) -> list[Slot]:
    """'in Zwitserland en Noorwegen', 'Orbitra, Vega and Lumo': the names listed with `slot`, in order (the slot
    alone when it stands in no list)."""
    members = [first_of_its_list(doc, info, slot)]
    while True:
        joined = next((s for s in info.slots if listed_together(doc, members[-1], s, slot)), None)
        if joined is None or any(m.entity == joined.entity for m in members):
            return members
        members.append(joined)


def listed_together(doc: Doc, left: Slot, right: Slot, like: Slot) -> bool:
    """`right` follows `left` after one comma or 'and', both names that can stand in a list with `like`: of its type
    (or of a type not known), no possessor, no pronoun, and governed only when `like` is."""
    return right.tok_start == left.tok_end + 1 and (doc[left.tok_end].text == "," or doc[left.tok_end].lower_ in AND_WORDS) \
        and all((s.type == like.type or "OTHER" in (s.type, like.type)) and not (s.possessor or s.anaphor)
                and (not s.governed or like.governed) for s in (left, right) if s is not like)


def described_source_after(doc: Doc, sent: Span, info: SentenceInfo, j: int, c: dict) -> list[Slot]:
    """'Dat schrijft de Amerikaanse zakenkrant The Wall Street Journal': after a sentence that points back and
    its verb of saying, the name that follows a short description is the source."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ not in c["back_pointers"]:
        return []
    for s in sorted(info.slots, key=lambda s: s.tok_start):
        if s.tok_start >= j and s.tok_start - j <= SOURCE_DESCRIPTION and s.type in ("PERSON", "ORG", "AGENCY", "OTHER") \
                and all(t.is_alpha for t in doc[j:s.tok_start]):
            return [s]
    return []


SOURCE_DESCRIPTION = 5
TITLED_REACH = 4  # "zei ESA-directeur Josef Aschbacher": the title stands between the verb and the name


def speaker_before_apposition(doc: Doc, sent: Span, info: SentenceInfo, i: int) -> list[Slot]:
    if i - 1 <= sent.start or doc[i - 1].text != ",":
        return []
    opening = next((k for k in range(i - 2, max(sent.start, i - 2 - APPOSITION_TOKENS), -1) if doc[k].text == ","), None)
    if opening is None:  # "Starcloud, the Nvidia-backed startup that launched a chip into orbit last year, said"
        opening = next((k for k in range(i - 2, max(sent.start, i - 2 - LONG_APPOSITION_TOKENS), -1) if doc[k].text == ","
                        and k + 1 < i and (doc[k + 1].lower_ in APPOSITION_ARTICLES or doc[k + 1].lower_ in cues(doc.lang_)["relatives"])),
                       None)  # "Musk, who is chief executive of both Tesla and SpaceX, wrote"
    if opening is None:
        return []
    return [s for s in info.slots if s.tok_end == opening and s.type in ("PERSON", "ORG", "AGENCY", "OTHER")]


APPOSITION_TOKENS = 8
LONG_APPOSITION_TOKENS = 20  # one that opens with an article may hold a relative clause


def separable_speech(doc: Doc, sent: Span, c: dict) -> list[tuple[int, int, str]]:
    """'Dat maakte eurocommissaris X dinsdag bekend': in a sentence that points back, the verb speaks when its
    particle follows."""
    lows = lowers(doc)
    first = next((lows[t.i] for t in sent if not (t.is_space or t.is_punct)), "")
    found = []
    for t in sent:
        particle = c["separable_speech"].get(lows[t.i])
        if not particle or particle not in lows[t.i + 1:sent.end]:
            continue
        tail = t.i - 2 >= sent.start and lows[t.i - 1] in c["report_tail_openers"] and doc[t.i - 2].text == ","
        last = next((lows[u.i] for u in reversed(sent) if not (u.is_space or u.is_punct)), "")
        inverted = t.i - 1 >= sent.start and doc[t.i - 1].text == "," and last == particle  # "..., merkt het IEA op."
        if first in c["back_pointers"] or tail or inverted:  # "..., zo maakte Morgan Stanley maandag bekend": the source
            found.append((t.i, t.i + 1, lows[t.i]))
    return found  # "Vorige week maakte Tesla een omzetdaling bekend": Tesla acts, it is not quoted


def add_self_reference(doc: Doc, sent: Span, info: SentenceInfo, speaker: Slot, j: int, c: dict) -> None:
    """'Airbus said it had taken a stake': the 'it' right after the verb of saying is the speaker."""
    lows = lowers(doc)
    k = j + 1 if j < sent.end and lows[j] in c["complementizers"] else j
    skipped = 0
    while k < sent.end and lows[k] not in c["weak_anaphora"] and skipped < SAID_WHEN_WORDS and (
            lows[k] in c["preps"] or lows[k] in c["complementizers"] or lows[k] in c["when_words"]):
        k, skipped = k + 1, skipped + 1  # "said on Tuesday it will ...", "zei dinsdag dat het ..."
    if k >= sent.end or lows[k] not in c["weak_anaphora"] or speaker.type == "PERSON" and lows[k] in ("it", "het"):
        return
    if any(s.tok_start <= k < s.tok_end or s.tok_start == k + 1 for s in info.slots):
        return  # "voorspelt het IEA": 'het' is the article of the name after it, not 'it'
    t = doc[k]
    info.slots.append(Slot(entity=speaker.entity, name=speaker.name, type=speaker.type, start=t.idx,
                           end=t.idx + len(t.text), tok_start=k, tok_end=k + 1, anaphor=True))
    info.slots.sort(key=lambda s: s.start)


TOPIC_TYPES = {"ORG", "PRODUCT", "PROGRAM", "GPE", "AGENCY", "GROUP"}


COMPANY_TYPES = {"ORG", "AGENCY", "GROUP"}
PLACE_TYPES = {"GPE", "LOC"}
THING_TYPES = {"PRODUCT", "PROGRAM"}


def update_topic(info: SentenceInfo, topic: dict) -> None:
    companies = [s for s in info.slots if (s.type in COMPANY_TYPES or s.type == "OTHER" and not s.governed)
                 and not s.claimant and not s.modifier and not s.bracketed  # an unknown name in subject position may be a company
                 and not names_the_source_again(info, s)]
    # "SpaceX's Starship": SpaceX is the company a later "the company" means; "De omzet van Nvidia":
    # with no company outside a phrase, the one inside it
    chosen = next((s for s in companies if not s.governed), None) or (companies[0] if companies and not any(
        s.type in TOPIC_TYPES and not s.governed for s in info.candidates()) else None)
    if chosen is None and speaking_company(info):
        chosen = info.claimant  # "SpaceX told investors its satellites would ... The company is targeting ..."
    if chosen is not None:
        topic["company"] = chosen
    topic["companies"] = (topic["companies"] + [s for s in info.slots if s.type in COMPANY_TYPES and not s.anaphor
                                                 and not s.bracketed])[-RECENT_COMPANIES:]
    for s in info.slots:
        if s.type == "PERSON" and not s.governed and not s.possessor:
            topic["person"] = s
            break
    topic["program"] = next((s for s in reversed(info.slots) if s.type == "PROGRAM" and not s.anaphor),
                            topic.get("program"))
    topic["product"] = next((s for s in reversed(info.slots) if s.type == "PRODUCT" and not s.anaphor and not s.counted),
                            topic.get("product"))
    topic["last_named"] = next((s for s in reversed(info.slots) if s.type in TOPIC_TYPES - PLACE_TYPES | {"OTHER"}
                                and not (s.claimant or s.modifier or s.outlet)), None)
    topic["country"] = next((s for s in reversed(info.slots) if is_a_country(s.entity) and not s.anaphor),
                            topic.get("country"))
    for s in sorted(info.candidates(), key=lambda s: s.tok_start):
        if s.type in TOPIC_TYPES and not s.governed and not s.owned:  # not "its Neutron rocket"
            topic["org"] = s
            return


def subject_for(info: SentenceInfo, pos: int, topic_slot: Slot | None) -> tuple[Slot | None, str]:
    """As subject_of_statement, but a titled person's plan is the company's: "Oprichter X wil ... lanceren"."""
    subject, how = subject_of_statement(info, pos, topic_slot)
    if subject is not None and subject.type == "PERSON" and subject.titled and how == "sentence":
        own = next((s for s in info.slots if s.modifier and s.tok_end <= subject.tok_start
                    and subject.tok_start - s.tok_end <= 2 and s.type in COMPANY_TYPES), None)
        if own is not None:
            return own, "sentence"  # "ESA-directeur Josef Aschbacher wil ...": ESA's plan
        if topic_slot is not None and topic_slot.type in COMPANY_TYPES:
            return topic_slot, "context"
    return subject, how


def subject_of_statement(info: SentenceInfo, pos: int, topic_slot: Slot | None) -> tuple[Slot | None, str]:
    """The entity a statement at character `pos` is about, and how it was found.

    First the subject of the statement's own clause (an anaphor there wins: it was put
    there to be the subject), then the nearest free mention of the sentence, then mentions
    inside phrases, then the topic carried over from earlier sentences, then the claimant.
    """
    cands = info.candidates()
    lo, hi = info.clause_of(pos)
    if lo in info.resumed_heads:
        return info.resumed_heads[lo], "sentence"
    if lo in info.relative_heads and subject_relative(info, lo):
        return info.relative_heads[lo], "sentence"  # "xAI, which merged with X in March": xAI merged
    clause_before = [s for s in cands if lo <= s.start and s.end <= pos and not s.governed and not s.owned]
    if clause_before:
        anaphors = [s for s in clause_before if s.anaphor and not (
            s is not clause_before[0] and is_object(info.span.doc, s.tok_start, s.tok_end))]
        return (anaphors[-1] if anaphors else clause_before[0]), "sentence"  # not "X joined the company in 2024"
    if lo in info.relative_heads:
        return info.relative_heads[lo], "sentence"
    clause_after = [s for s in cands if pos <= s.start and s.end <= hi and not s.governed and not s.owned]
    if clause_after:
        return clause_after[0], "sentence"
    # a name inside another clause's relative clause ("Thales, dat de studie ASCEND leidde, schat dat ...") is no subject
    elsewhere = [c for c in info.clauses if c[0] in info.relative_heads and c != (lo, hi)]
    cands = [s for s in cands if not any(a <= s.start < b for a, b in elsewhere)]
    before = [s for s in cands if s.end <= pos]
    after = [s for s in cands if s.start >= pos]
    free_before = [s for s in before if not s.governed]
    free_after = [s for s in after if not s.governed]
    if free_before:
        return free_before[-1], "sentence"
    if free_after:
        return free_after[0], "sentence"
    if speaking_company(info):
        return info.claimant, "sentence"  # "SpaceX now says the first test will fly in ...": about SpaceX
    employer = employer_of_the_speaker(info)
    if employer is not None:
        return employer, "sentence"  # '"...," said Anna Reyes, chief executive of Lumen Systems': Lumen's plan
    clause_owners = [s for s in info.slots if s.possessor and not s.claimant and lo <= s.start < pos]
    if clause_owners:
        return clause_owners[0], "sentence"  # "the company's filing with the FCC puts the figure at": the company's
    # a place inside a phrase ("at its site in Memphis") says where, not who: the topic comes first;
    # so does a name inside a phrase of another clause ("zei op een conferentie in San José dat de markt ...")
    if topic_slot is not None:
        before = [s for s in before if lo <= s.start]
        after = []  # "schreef hij op X": a name in a phrase after the statement yields to the topic
    described = [s for s in before + after if describes_another(info, s)]  # "Alphabet, het moederbedrijf van Google,"
    before = [s for s in before if s not in described] or before
    after = [s for s in after if s not in described] or after
    doc = info.span.doc
    def spoken_in(s):  # "Speaking in Riyadh, Musk said ...": he, not the place he spoke in
        return info.claimant is not None and s.tok_start > 0 and doc[s.tok_start - 1].lower_ in LOCATIVES
    before = [s for s in before if s.type not in PLACE_TYPES] or \
        ([s for s in before if not spoken_in(s)] if topic_slot is None else [])
    after = [s for s in after if s.type not in PLACE_TYPES] or \
        ([s for s in after if not spoken_in(s)] if topic_slot is None else [])
    if before:
        return before[-1], "sentence"
    if after:
        return after[0], "sentence"
    owners = [s for s in info.slots if s.possessor and not s.claimant]
    if owners:
        return owners[0], "sentence"
    if topic_slot is not None:
        return topic_slot, "context"
    later = [who for at, who in info.later_speakers if at < pos]  # "..., while Ark Invest predicted the market would"
    if later or info.claimant is not None:
        return (later[-1] if later else info.claimant), "claimant"
    return None, "none"


def subject_relative(info: SentenceInfo, lo: int) -> bool:
    """'which merged with X', 'dat in 2002 werd opgericht': the relative pronoun is the clause's subject when no
    name or article follows it ('which Musk founded', 'dat het Britse OneWeb overnam' have their own)."""
    doc = info.span.doc
    words = [t for t in info.span if t.idx >= lo and not (t.is_space or t.is_punct)][:2]
    if words and opens_a_participle_phrase(words[0]):
        return True  # "Project Kuiper, deploying more than 150": the name does what the participle says
    if len(words) < 2:
        return False
    nxt = words[1]
    if nxt.lower_ in ARTICLES or nxt.text[:1].isupper() or any(s.tok_start == nxt.i for s in info.slots):
        return False
    return nxt.lower_ not in cues(doc.lang_)["weak_anaphora"]  # "which it bought", "dat ze overnam"


def describes_another(info: SentenceInfo, slot: Slot) -> bool:
    """A name inside an apposition of another name: 'Alphabet, het moederbedrijf van Google, ...',
    'Planet, a partner of Google, ...'."""
    doc = info.span.doc
    k = slot.tok_start - 1
    words = 0
    while k > info.span.start and doc[k].text != "," and doc[k].is_lower and words < APPOSITION_DESCRIPTION:
        k, words = k - 1, words + 1
    if k <= info.span.start or doc[k].text != "," or not words:
        return False
    closes = slot.tok_end < info.span.end and doc[slot.tok_end].text == ","
    return closes and any(s.tok_end == k for s in info.slots if s is not slot)


APPOSITION_DESCRIPTION = 4
LOCATIVES = function_words("locatives")
INDEFINITE_ARTICLES = function_words("indefinite_articles")


def names_the_source_again(info: SentenceInfo, slot: Slot) -> bool:
    """'Dat meldt het staatspersbureau Xinhua': a pointer to the source that cites is no topic."""
    return slot.anaphor and info.claimant is not None and slot.entity == info.claimant.entity and not speaking_company(info)


def topic_before(infos: list[SentenceInfo], index: int, reach: int | None = None) -> Slot | None:
    """The latest org-like subject of an earlier sentence (what 'het bedrijf' points to); with `reach`, of at most
    that many sentences back."""
    for info in reversed(infos[max(0, index - reach) if reach else 0:index]):
        for s in sorted(info.candidates(), key=lambda s: s.tok_start):
            if s.type in TOPIC_TYPES and not s.governed and not s.owned and not names_the_source_again(info, s):
                return s  # not "its Neutron rocket"
        if info.slots and all(s.anaphor for s in info.slots) and info.slots[0].type in TOPIC_TYPES:
            return info.slots[0]  # "Met dit plan is 500 miljard gemoeid.": naming nothing else, it keeps the plan in view
        owner = owner_of_the_subject(info)
        if owner is not None:
            return owner  # "SES's maritime business supports ...": the sentence is about SES
        if speaking_company(info):
            return info.claimant
        employer = employer_of_titled_person(info)
        if employer is not None:
            return employer  # "Topman Sundar Pichai van Google zei ...": the sentence speaks for Google
    return None


def owner_of_the_subject(info: SentenceInfo) -> Slot | None:
    """A company whose possessive opens its sentence, or its sentence's subject: 'SES's maritime business
    supports ...'."""
    doc = info.span.doc
    opening = after_a_date_stamp(doc, info.span.start)  # "date 2025-05 Orbitra's Gaming-divisie ...": furniture first
    first = next((t.i for t in doc[opening:info.span.end] if not (t.is_space or t.text in QUOTES)), info.span.start)
    for s in info.slots:
        if not s.possessor or s.type not in COMPANY_TYPES or s.governed or s.bracketed:
            continue
        head = doc[s.tok_start:s.tok_end].root.head
        if s.tok_start == first or head.dep_ in ("nsubj", "nsubj:pass") and head.i >= s.tok_end:
            return s
    return None


def employer_of_titled_person(info: SentenceInfo) -> Slot | None:
    people = [s for s in info.slots if s.type == "PERSON" and s.titled]
    for person in people:
        org = next((s for s in info.slots if s.type in COMPANY_TYPES and s.tok_start == person.tok_end + 1
                    and info.span.doc[person.tok_end].lower_ in SOURCE_LINKS), None)
        if org is not None:
            return org
    return None


def speaking_company(info: SentenceInfo) -> bool:
    """A company that opens its sentence by speaking is what the sentence is about; not a source named
    after its verb ('..., meldt persbureau Bloomberg')."""
    speaker = info.claimant
    if speaker is None or speaker.type not in COMPANY_TYPES or speaker is not info.slots[0] or speaker.governed:
        return False
    c = cues(info.span.doc.lang_)
    doc = info.span.doc
    if speaker.tok_end < len(doc) and doc[speaker.tok_end].lower_ in c["staff_words"]:
        return False  # "Bernstein analysts wrote that ...": they write about the market, not about Bernstein
    verbs = [t for t in info.span if t.i < speaker.tok_start and (t.lower_ in c["speech_words"] or t.lower_ in c["separable_speech"])]
    if not verbs:
        return True
    # "Voor heel 2026 rekent Demcon Space op ...": a phrase put first moves the verb before the company;
    # "..., meldt Bloomberg" and "Dat meldt Reuters" cite a source
    verb = verbs[-1]
    first = next((t.lower_ for t in info.span if not (t.is_space or t.is_punct)), "")
    return verb.i - 1 > info.span.start and not (doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote) \
        and first not in c["back_pointers"] and verb.i + 1 == speaker.tok_start


def words_in(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", text.lower())
