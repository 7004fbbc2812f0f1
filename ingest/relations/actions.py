"""Relations a verb states: 'SpaceX heeft xAI overgenomen', 'founded by Musk', 'de fusie tussen A en B', 'haalde
geld op bij A, B en C', 'CASC wil een Space Cloud bouwen', 'deed hetzelfde'."""
from __future__ import annotations

from types import SimpleNamespace

from ..dependencies import is_finite
from ..discourse import ARTICLES, HYPHENS, PLACE_TYPES, POSSESSIVE, POSSESSIVE_DETERMINERS, QUOTES, cues, lowers, topic_before
from ..lexicons import function_words, lexicon
from .lists import coordinated_after, listed_after
from .phrases import (
    THEN_WINDOW,
    apposition_before,
    first_slot_after,
    names_the_maker,
    opens_a_description,
    phrase_hits,
    sentence_subject,
    slot_at,
    titled_person_after,
    transparent_phrases,
    used_as_adjective,
)

ACTION_KINDS = {"between", "list_after", "passive_by", "pair_after"}  # what "deed hetzelfde" can repeat


def match_between(doc, info, p, infos=()):
    found = []
    gap = p.get("max_gap", 8)
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        if "pos" in p and doc.has_annotation("POS") and doc[i].pos_ != p["pos"]:
            continue  # "a certification launch for its Vulcan": the noun, not the verb of flying for someone
        i = deal_phrase_start(doc, info, i)
        before = [s for s in info.slots if s.tok_end <= i and i - s.tok_end <= gap and not s.possessor and not s.modifier
                  and not s.bracketed]
        free = [s for s in before if not s.governed]
        described = name_before_an_apposition(doc, info, i)
        if described is not None:  # "Vega, het bedrijf van Ann Lee, wil concurreren met": Vega, not Ann Lee
            before, free = [described], [described]
        if not free and before:  # "X expanded a deal with Y, and also secured a contract with Z": X, not Y
            joined = subject_of_a_joined_verb(doc, info, i)
            free = [joined] if joined is not None else before
        acting = possessor_of_the_act(doc, info, i)
        if acting and (not free or acting[0].tok_start > free[-1].tok_start):
            free = free + acting  # "the mission advances China's bid to rival Starlink": China acts, not the mission
        if free and all(getattr(s, "owned", False) for s in free):
            owner = sentence_subject(info, infos, free[0].tok_start)  # "it will launch its TPUs ... in partnership with"
            free = [owner] if owner is not None else free
        inverted = subject_after_the_verb(doc, info, i, k) if not free else None
        if inverted is not None:  # "In 2000 richtte Bezos het bedrijf Blue Origin op"
            a = inverted
            b = object_after_then(doc, info, a.tok_end, p, gap) if p["then"] else \
                first_slot_after(doc, info, a.tok_end, p.get("object_window", gap) + INVERSION_EXTRA, skip_possessors=True)
            if b is not None and b.entity != a.entity:
                found.append((a, b, i, k))
            continue
        if not free:
            pointer = demonstrative_subject(doc, info, infos) or subject_of_a_joined_verb(doc, info, i)
            if pointer is None:
                continue  # "Dit vormt een uitdaging voor ...", "The company plans to ..., then buy a bus from X"
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
            b = object_after_then(doc, info, k, p, gap)
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
        if b is not None and "unless_maker_of" in p and names_the_maker(doc, info, b, p["unless_maker_of"]):
            continue  # "acquire one million Nvidia chips": the chips are bought, not their maker
        if b is not None and a.type == "PERSON" and p["relation"] in COMPANY_ONLY:
            a = info.relative_heads.get(info.clause_of(a.start)[0])  # "xAI, the company that Musk founded and merged with SpaceX"
        if a is not None and b is not None and b.entity != a.entity:
            found.append((a, b, i, k))
    return found


def subject_of_a_joined_verb(doc, info, i: int):
    """'The company plans to test it on the ground, then buy a satellite bus from X': a verb joined to the ones
    before by 'and' or 'then', a participle after a comma ('..., marking a direct challenge to X') or a verb after
    'it' ('..., helping it compete with X') tells of the sentence's subject; so does a noun that is such a verb's
    object ('..., and also secured a new contract with X')."""
    verb = verb_of_the_object(doc, i)
    return joined_verb_subject(doc, info, i) or (joined_verb_subject(doc, info, verb) if verb != i else None)


def joined_verb_subject(doc, info, i: int):
    h = i - 1
    while h > info.span.start and (doc[h].pos_ in ("ADV", "AUX", "PART", "DET", "ADJ") and doc[h].lower_ not in JOINED_VERB_WORDS
                                   or doc[h].lower_ in function_words("infinitive_markers")):
        h -= 1  # "and also heads", "then to buy", "marking a direct challenge"
    if h <= info.span.start:
        return None
    participle = doc[h].pos_ == "VERB" and "Part" in doc[h].morph.get("VerbForm") and "Pres" in doc[h].morph.get("Tense") \
        and doc[h - 1].text == ","
    if doc[h].lower_ in JOINED_VERB_WORDS or participle or doc[h].lower_ in cues(doc.lang_)["pronouns_it"]:
        return sentence_subject(info, (), i)
    return None


JOINED_VERB_WORDS = function_words("joined_verb_words")


APPOSITION_REACH = 12  # ", het ruimtevaartbedrijf van Amazonbaas en miljardair Jeff Bezos,": its tokens
VERB_AFTER_APPOSITION = 3  # ", wil concurreren met": words from the closing comma to the cue


def name_before_an_apposition(doc, info, i: int):
    """'Vega, het ruimtevaartbedrijf van miljardair Ann Lee, wil concurreren met X': the names inside an
    apposition describe the name before it, which is the verb's subject."""
    close = next((t.i for t in reversed(doc[max(info.span.start, i - VERB_AFTER_APPOSITION - 1):i]) if t.text == ","), None)
    if close is None:
        return None
    opener = next((t.i for t in reversed(doc[max(info.span.start, close - APPOSITION_REACH):close]) if t.text == ","), None)
    if opener is None or opener + 1 >= close or not opens_a_description(doc, doc[opener + 1]):
        return None
    return next((s for s in info.slots if s.tok_end == opener and not (s.governed or s.possessor or s.modifier
                                                                       or s.bracketed)), None)


def verb_of_the_object(doc, i: int) -> int:
    """'... and also secured a new contract with Z': the verb whose object the cue's noun is."""
    t = doc[i]
    if t.pos_ == "NOUN" and t.dep_ in ("obj", "dobj") and t.head.pos_ == "VERB" and t.head.i < i:
        return t.head.i
    return i


def object_after_then(doc, info, k: int, p: dict, gap: int):
    """The name right after the pattern's next word ('invested ... in X', 'lanceert ... voor NASA')."""
    then = next((t for t in doc[k:min(k + gap, info.span.end)] if t.lower_ in p["then"]), None)
    return first_slot_after(doc, info, then.i + 1, THEN_WINDOW) if then is not None else None


POSSESSOR_REACH = 4


NOUN_PHRASE_WORDS = 2  # "its existing HSA agreement": lowercase words between a determiner and a name


def deal_phrase_start(doc, info, i: int) -> int:
    """'its existing HSA (HSA) agreement with X', 'the Helix contract with X': a name between a determiner and
    the noun of the cue names the deal and is no party to it; the parties stand before the determiner."""
    if doc[i].pos_ != "NOUN":
        return i
    j, named = i - 1, False
    while j > info.span.start and (doc[j].text in "()" or any(s.tok_start <= j < s.tok_end for s in info.slots)):
        named = named or doc[j].text not in "()"
        j -= 1
    words = 0
    while named and j > info.span.start and doc[j].is_alpha and doc[j].is_lower and words < NOUN_PHRASE_WORDS \
            and doc[j].lower_ not in DETERMINERS:
        j, words = j - 1, words + 1
    inside = doc[j + 1:i]
    balanced = sum(t.text == "(" for t in inside) == sum(t.text == ")" for t in inside)
    return j if named and balanced and doc[j].lower_ in DETERMINERS else i


DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS


def possessor_of_the_act(doc, info, i: int) -> list:
    """'China's bid to rival Starlink', 'Vega's plan to buy Helix': with no name free before the verb, whose
    bid or plan it is acts."""
    markers = function_words("infinitive_markers")
    return [s for s in info.slots if s.possessor and s.tok_end <= i and i - s.tok_end <= POSSESSOR_REACH
            and all(t.is_lower or t.is_punct for t in doc[s.tok_end:i]) and doc[i - 1].lower_ in markers][-1:]


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
    """'de fusie tussen de Franse satellietoperator Eutelsat en het Britse OneWeb', 'the rivalry between A and B':
    the two names after the cue, each past a few lowercase words that describe it."""
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        a = first_slot_after(doc, info, k, 1) or described_slot_after(doc, info, k)
        if a is None:
            continue
        b = first_slot_after(doc, info, a.tok_end, 2) or second_described_slot(doc, info, a)
        if b is not None and b.entity != a.entity:
            found.append((a, b, i, k))
    return found


DESCRIBING_WORDS = 3  # "de Franse satellietoperator Eutelsat": words that describe a name before it


def second_described_slot(doc, info, first):
    """After 'A en'/'A and': the second name, past a few describing words ('en het Britse OneWeb')."""
    k = first.tok_end
    if k < info.span.end and doc[k].lower_ in cues(doc.lang_)["coord"]:
        return described_slot_after(doc, info, k + 1)
    return None


def described_slot_after(doc, info, k: int):
    """The name after token k past at most a few describing words: articles, adjectives ('Franse', 'American')
    and words in lower case."""
    j, words = k, 0
    while j < info.span.end and words <= DESCRIBING_WORDS:
        slot = slot_at(info, j)
        if slot is not None:
            return slot
        t = doc[j]
        if t.is_punct or not (t.is_alpha and (t.is_lower or t.pos_ == "ADJ" or t.lower_ in ARTICLES)):
            return None
        j, words = j + 1, words + (t.lower_ not in ARTICLES)
    return None


def match_list_after(doc, info, p, infos):
    found = []
    lows = lowers(doc)
    reach = 1 if p.get("subject_from") == "sentence_before" else None  # a topic guessed from afar misleads
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        if p["requires"] and not any(w in p["requires"] for w in lows[info.span.start:i]):
            continue  # "bij" names investors only in a sentence about raising money
        subject = described_before_its_comma(doc, info, i) or sentence_subject(info, infos, i, reach)
        if subject is None:
            continue
        for item in listed_after(doc, info, k, transparent_phrases(doc.lang_)):
            if item.entity != subject.entity and not item.owned:  # "de ontwikkeling van zijn Grok": its own, no party
                found.append((item, subject, i, k))
    return found


def described_before_its_comma(doc, info, i: int):
    """'..., while Qianfan, backed by Shanghai, ...': a phrase that opens right after a name and its comma
    describes that name."""
    if i - 1 <= info.span.start or doc[i - 1].text != ",":
        return None
    return next((s for s in info.slots if s.tok_end == i - 1 and not (s.possessor or s.modifier)), None)


def match_passive_by(doc, info, p, infos):
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        if i - 1 > info.span.start and doc[i - 1].text in HYPHENS and not doc[i - 2].whitespace_:
            continue  # "led by the state-owned SatNet": 'owned' is half of a word that describes, no verb of its own
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
                a = others[0] if others else fronted_participle_subject(doc, info, i, b) or topic_before(infos, info.index)
                if a is not None and a.entity != b.entity:
                    found.append((b, a, i, k))
                break
    return found


POSSESSED_WINDOW = 4


def fronted_participle_subject(doc, info, i: int, agent):
    """'Built by Vega, the Helix rocket flew': a participle that opens its sentence describes the subject after
    its comma."""
    if i != info.span.start:
        return None
    comma = next((t.i for t in doc[agent.tok_end:info.span.end] if t.text == ","), None)
    return first_slot_after(doc, info, comma + 1, 2) if comma is not None else None


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


POSSESSED_PLAN_GAP = 2  # words between an owner and its plan: "China's broader plan", "Vega's own bid"
PLAN_VERB_AFTER = 6  # Dutch puts the verb last: "plan om twee constellaties, Guowang en Qianfan, te lanceren"
POSSESSED_PLAN_REACH = 12  # tokens from "to" to the name: "to field two massive low-Earth orbit constellations, Guowang"


def match_possessed_plan(doc, info, p):
    """'China's broader plan to field two constellations, Guowang and Qianfan', 'Vega's bid to build Helix': the
    program or product an owner's plan is to make or field is the owner's plan (and each one listed with it)."""
    found, types, subjects = [], set(p["object_types"]), set(p["subject_types"])
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        owner = next((s for s in info.slots if s.possessor and s.type in subjects and s.tok_end < i
                      and all(t.is_lower or t.text in POSSESSIVE for t in doc[s.tok_end:i])
                      and i - s.tok_end <= POSSESSED_PLAN_GAP + 1), None)
        if owner is None:
            continue
        thing = next((s for s in info.slots if k <= s.tok_start <= k + POSSESSED_PLAN_REACH and s.type in types
                      and not s.possessor and s.entity != owner.entity), None)
        if thing is None or any(is_finite(t) for t in doc[k:thing.tok_start]):
            continue  # "Vega's plan to grow is why Helix flies": the name is in another clause
        if not any(t.lower_ in p["then"] for t in doc[k:min(info.span.end, thing.tok_end + PLAN_VERB_AFTER)]):
            continue  # "China's bid to rival Starlink": not a plan to field Starlink
        found += [(owner, each, i, k) for each in [thing] + coordinated_after(doc, info, thing)]
    return found


def match_joint_subjects(doc, info, p):
    """'Vega en Orbitra zullen samen drie locaties openen', 'Vega and Orbitra will jointly build': firms coordinated
    before a word of acting together are partners; not where together they only hold a share ('samen goed voor').
    'Vega along with Orbitra and Helix won spots to compete': with pairs: all, each of them with each other."""
    found = []
    joining, types, lows = cues(doc.lang_)["coord"] | JOINING_WORDS, set(p["object_types"]), lowers(doc)
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        if any(tuple(lows[k:k + len(w)]) == w for w in p["unless_after"]):
            continue
        lo = info.clause_of(doc[i].idx)[0]
        before = [s for s in info.slots if lo <= s.start and s.tok_end <= i and s.type in types
                  and not (s.possessor or s.modifier or s.anaphor)
                  and (not s.governed or s.tok_start > 0 and lows[s.tok_start - 1] in joining)]  # "along with X and Y"
        group = []
        for a, b in zip(before, before[1:]):
            if b.tok_start > a.tok_end and all(t.lower_ in joining for t in doc[a.tok_end:b.tok_start]) \
                    and a.entity != b.entity:
                group = (group or [a]) + [b]
                found.append((a, b, i, k))
            else:
                group = []
        if p.get("pairs") == "all" and len(group) > 2:
            found += [(a, b, i, k) for n, a in enumerate(group) for b in group[n + 2:]]
    return found


JOINING_WORDS = function_words("joining_words")  # "Vega along with Orbitra", "Vega, Orbitra and Helix"


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


GOODS_WINDOW = 6  # "acquire one million Nvidia and AMD chips": words from the verb to the goods' maker


def match_goods_of_makers(doc, info, p):
    """'xAI plans to acquire one million Nvidia and AMD chips', 'Vega kocht 5.000 Nvidia-chips': who buys goods
    named by their maker is that maker's customer."""
    found = []
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        lo = info.clause_of(doc[i].idx)[0]
        before = [s for s in info.slots if lo <= s.start and s.tok_end <= i and i - s.tok_end <= p.get("max_gap", 8)
                  and not (s.governed or s.possessor or s.modifier or s.bracketed) and s.type not in PLACE_TYPES]
        buyer = before[-1] if before else sentence_subject(info, (), i)  # "The company ... and plans to acquire"
        if buyer is None:
            continue
        makers = [s for s in info.slots if k <= s.tok_start <= k + GOODS_WINDOW and s.entity != buyer.entity
                  and s.type in p["object_types"] and names_the_maker(doc, info, s, p["heads"])]
        found += [(buyer, maker, i, k) for maker in makers]
    return found


MEMBERS_OWNER_REACH = 3  # "Het consortium SpaceRise bestaat uit": words between the group's name and the verb


def match_members(doc, info, p):
    """'Onder SpaceRise vallen Airbus, Thales en andere partijen', 'The consortium consists of Vega and Orbitra':
    the names listed after the verb are part of the group named before it (after 'onder' where the verb comes second)."""
    found, types = [], set(p["object_types"])
    for i, k in phrase_hits(doc, info.span, p["phrases"]):
        if p["by"]:
            group = next((s for s in info.slots if s.tok_end == i and s.tok_start > info.span.start
                          and doc[s.tok_start - 1].lower_ in p["by"]), None)
        else:
            group = next((s for s in sorted(info.slots, key=lambda s: -s.tok_start) if s.tok_end <= i
                          and i - s.tok_end <= MEMBERS_OWNER_REACH and not (s.governed or s.possessor)), None)
        if group is None or group.type in PLACE_TYPES:
            continue
        found += [(m, group, i, k) for m in listed_after(doc, info, k) if m.type in types and m.entity != group.entity]
    return found
