"""What a bare number counts: the noun after it, the unit of the same things before it, a coordinated
count, counted events; and numbers that state nothing (identifiers, references, small bare counts)."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..amounts import parse_number_word, vocab
from ..discourse import words_in
from ..units import unit_family
from .clauses import clause_subject, clause_words
from .cues import measures
from .metric import choose_event

# News writes a quantity this large with separators or a scale; a phone number joins such digits by hyphens.
IDENTIFIER = re.compile(r"(?=[\d-]*?(?<!\d)(?:0\d+|\d{5,})(?!\d))\d+(?:-\d+)*")


MIN_UNITLESS = 1e5  # "vijf vragen", "één probleem": small bare numbers state nothing  # datelines live here; their dates are the article's, not claims


def about_satellites(doc: Doc, amount: dict, lex: dict) -> bool:
    """A count of satellites ('meer dan 9.600 operationele satellieten'), or a measure whose clause is about
    satellites ('6,5 procent van de gelanceerde satellieten bedekt ...', 'Een deel van de satellieten zit
    op 550 kilometer hoogte'); money is the operator's, and so is a load of 'satellietapparatuur'."""
    if amount["unit"] == "satellites":
        return True
    if unit_family(amount["unit"]) == "money" or not doc.has_annotation("DEP"):
        return False
    words = lex["constellation_words"]
    compounding = lex["lang"] == "nl"  # "testsatellieten" ends in its head; "satellietapparatuur" does not
    return any(t.lower_ in words or (compounding and t.lower_.endswith(words))
               for t in clause_subject(doc, amount["start"]))


def constellation_in_view(infos, info, owned: frozenset):
    """The operator's constellation the story has named so far: a figure about satellites that names no one
    is the constellation's, not its operator's ('Starlink van SpaceX ... Momenteel zijn er 9.600 satellieten')."""
    for i in reversed(infos[:info.index + 1]):
        for slot in i.slots:
            if slot.entity in owned:
                return slot
    return None


def share_of_a_whole(amount: dict, text: str, lex: dict) -> dict:
    """'bijna de helft van de groei', 'two thirds higher than a year ago': a fraction said in words, of a whole or
    against a base, is a share: so many percent."""
    values = [amount[k] for k in ("value", "low", "high") if amount[k] is not None]
    if amount["unit"] is not None and unit_family(amount["unit"]) != "count" or not values \
            or not all(0 < v < 1 for v in values) or any(ch.isdigit() for ch in amount["text"]):
        return amount
    words = amount["text"].lower().split()[1:] + text[amount["end"]:amount["end"] + SHARE_REACH].lower().split()[:1]
    if not any(w in lex["belonging_prepositions"] | lex["comparatives"] for w in words):
        return amount  # "half of the employees" (a count of half a person is none), "twee derde hoger"
    return {**amount, **{k: round(amount[k] * 100, 2) for k in ("value", "low", "high") if amount[k] is not None},
            "unit": lex["percent_unit"]}


SHARE_REACH = 20


def names_known_things(amount: dict, text: str, lex: dict) -> bool:
    """'the two companies', 'de drie bedrijven', 'twee van zijn bedrijven': a small count after a definite article,
    or of someone's things, points back."""
    before = text[max(0, amount["start"] - 6):amount["start"]].lower().split()
    partitive = any(f" {p} " in f" {amount['text'].lower()} " for p in lex["partitives"])  # "twee van zijn eigen bedrijven"
    if amount.get("ordinal"):
        return False  # "the third revision" counts; "the three revisions" points back
    return (bool(before) and before[-1] in lex["definite_articles"] or partitive) and amount["unit"] is not None \
        and (amount["value"] or 0) < SMALL_REFERENCE and unit_family(amount["unit"]) == "count"


SMALL_REFERENCE = 10


def names_a_source(amount: dict, text: str, lex: dict) -> bool:
    """'according to two people familiar with the matter', 'volgens drie ingewijden'; '..., two people familiar
    with the matter said': a few people who speak are the source."""
    before = " ".join(text[max(0, amount["start"] - 25):amount["start"]].lower().split())
    if any(before.endswith(p) for p in lex["according_to"]):
        return True
    after = words_in(text[amount["end"]:amount["end"] + 40])[:2]
    return (amount["value"] or 0) <= FEW_SOURCES and amount["unit"] in lex["source_units"] and \
        any(w in lex["speech_words"] or w in lex["source_followers"] for w in after)


FEW_SOURCES = 5


def is_one_of_a_unit(amount: dict, lex: dict) -> bool:
    """'een ton', 'a kilogram', 'all day', 'full-year': one of a unit in words names the unit, not a quantity."""
    if amount["value"] != 1 or amount["low"] is not None or amount["high"] is not None or not amount["text"]:
        return False
    first = amount["text"].split()[0].lower()
    said_as_a_number = any(ch.isdigit() for ch in amount["text"]) or (
        first not in lex["articles"] and parse_number_word(first, lex["lang"]) is not None)  # "één satelliet"
    return not said_as_a_number


def unit_of_the_same_things(amount: dict, earlier: dict | None) -> dict:
    """'9400 satellieten ... toestemming voor nog eens 7500 exemplaren': copies of what was counted before."""
    if amount["unit"] in ANAPHORIC_UNITS and earlier is not None and unit_family(earlier["unit"]) == "count" \
            and earlier["unit"] not in ANAPHORIC_UNITS:
        return {**amount, "unit": earlier["unit"]}
    return amount


ANAPHORIC_UNITS = {"units"}


def unit_pointed_back_to(amount: dict, earlier: dict | None, info, words, lex: dict) -> dict:
    """'... meer dan tien miljoen klanten. Een jaar geleden waren dat er nog zo'n 6 miljoen.': a bare amount in the
    next sentence, with a word that points back, counts what the claim before counted."""
    if amount["unit"] is not None or earlier is None or earlier["sentence"] != info.index - 1 \
            or unit_family(earlier["unit"]) != "count":
        return amount
    if not any(w in lex["back_pointers"] for w, at in words if at < amount["start"]):
        return amount
    return {**amount, "unit": earlier["unit"]}


def unit_of_a_coordinated_count(amount: dict, amounts: list[dict], text: str, lex: dict) -> dict:
    """'1.06 billion shares were voted in favour and 916 million against': a bare amount joined to a count
    in the same sentence counts the same things."""
    if amount["unit"] is not None:
        return amount
    before = [a for a in amounts if a["end"] <= amount["start"] and a["unit"] and unit_family(a["unit"]) == "count"
              and not a.get("multiple")]  # "is verdubbeld naar 200.000": not 200,000 times
    if not before:
        return amount
    series = [a for a in amounts if before[-1]["end"] <= a["start"] < amount["start"]]
    dated = own_year_after(amount, text, lex)  # "25 missions in 2020, 31 in 2021 and 61 in 2022"
    if series and not in_a_series(series + [amount], before[-1], text, lex, dated):
        return amount
    between = f' {text[before[-1]["end"]:amount["start"]].lower()} '
    listed_by_year = dated and "," in between and only_list_words(between.split(), lex, dated)
    joined = (any(f" {w} " in between for w in lex["and_words"] + lex["series_words"]) or level_reached(between, lex)
              or listed_by_year) \
        and not any(measures(w.strip(",.;:"), lex) for w in between.split())  # "and raised its valuation to 400"
    base = not joined and any(f" {w} " in between for w in lex["base_markers"])
    if len(between) > COORDINATION_REACH or not (joined or base):
        return amount  # "14 missions so far this year, compared with 16 in all of 2025": the same things
    size = amount["value"] or amount["high"] or 0
    if not (size >= MIN_UNITLESS or (before[-1]["value"] or 0) <= size * 100):
        return amount  # "200 satellites and 3 ...": a small bare number says something else
    gap = {w.strip(",") for w in text[(series or before)[-1]["end"]:amount["start"]].lower().split()}
    now = bool(gap & set(lex["series_now_words"]))  # "and now 165": now, not a year on
    stepped = (bool(series) or any(f" {w} " in between for w in lex["series_words"])) and not now
    return {**amount, "unit": before[-1]["unit"], "base_of_comparison": base,
            "series_step": len(series) + 1 if stepped else None, "series_now": now}


COORDINATION_REACH = 100


def in_a_series(bare: list[dict], counted: dict, text: str, lex: dict, dated: bool = False) -> bool:
    """'25 orbital flights in 2020, then 31, 61, 96, 134, and now 165': bare numbers that follow a count with only
    commas and words of a series between them (and, where each has its year, that year) go on counting the same
    things."""
    previous = bare[0]
    for a in bare[1:]:
        if a["unit"] is not None or not only_list_words(text[previous["end"]:a["start"]].lower().split(), lex, dated):
            return False
        previous = a
    return counted["end"] <= bare[0]["start"]


YEAR_WORD = re.compile(r"(?:19|20)\d\d")


def only_list_words(words: list[str], lex: dict, dated: bool) -> bool:
    """Only commas, 'and', words of a series and, when the numbers have their own years, those years between."""
    glue = set(lex["and_words"]) | set(lex["series_words"])
    times = set(lex["words_before_times"]) if dated else set()
    return all(not w or w in glue or w in times or dated and YEAR_WORD.fullmatch(w) for w in (w.strip(",.") for w in words))


def own_year_after(amount: dict, text: str, lex: dict) -> bool:
    """'31 in 2021': a bare number followed by its own year."""
    words = text[amount["end"]:amount["end"] + OWN_YEAR_REACH].lower().split()[:2]
    return len(words) == 2 and words[0] in lex["words_before_times"] and bool(YEAR_WORD.fullmatch(words[1].strip(",.;")))


OWN_YEAR_REACH = 12  # characters after a number in which its year stands: " in 2021"


def level_reached(between: str, lex: dict) -> bool:
    """'3,000 satellites, growing the constellation to over 9,300': the number is a level the things counted before
    reach."""
    words = [w.strip(",.;:") for w in between.split()]
    return any(w in lex["level_reached_words"] for w in words[-LEVEL_REACH:])


LEVEL_REACH = 3  # "to", "to over", "to more than"


def counted_events(amount: dict, words, info, lex: dict) -> dict:
    """'lanceerde 165 keer', 'flew more than 120 times': a number of times counts the clause's event;
    '10 keer zo groot', 'three times more' compare instead."""
    if amount["unit"] is not None:
        return amount
    after = [(w, at) for w, at in words if at >= amount["end"]]
    if not after or after[0][0] not in lex["times_words"]:
        return amount
    if len(after) > 1 and after[1][0] in lex["times_comparatives"]:
        return {**amount, "comparison": True}  # "100 biljoen keer meer energie": a ratio, no quantity of its own
    event = choose_event(clause_words(words, info, amount["start"]), amount["start"], lex, None)
    unit = lex["event_units"].get(event)
    return {**amount, "unit": unit} if unit else amount


def ordinal_time_of_an_event(amount: dict, words, info, lex: dict) -> dict | None:
    """'lanceerde de Starship voor de vijfde keer': the fifth time counts the clause's event (5 launches)."""
    if not amount.get("ordinal") or amount["unit"] not in lex["times_words"] | lex["ordinal_times"]:
        return amount
    event = choose_event(clause_words(words, info, amount["start"]), amount["start"], lex, None)
    unit = lex["event_units"].get(event)
    return {**amount, "unit": unit} if unit else None


def numbered_name(amount: dict, info, text: str) -> bool:
    """Whether the amount's number stands inside a name that holds digits ('Falcon 9', 'Ariane 64')."""
    return any(s.start <= amount["start"] < s.end and any(ch.isdigit() for ch in text[s.start:s.end])
               for s in info.slots)


def multiples_stated(sent, amounts: list[dict], lex: dict) -> list[dict]:
    """'revenue more than doubled', 'twice as many launches', 'de vraag verdubbelt': a multiple, as an amount of
    so many times (the unit of "10 times" too), where no number already states it."""
    found = []
    for t in sent:
        factor = lex["multiplier_words"].get(t.lower_)
        if factor is None or any(a["start"] <= t.idx < a["end"] for a in amounts):
            continue
        objects = lex["multiplier_before_object"].get(t.lower_)
        if objects is not None and (t.i + 1 >= sent.end or t.doc[t.i + 1].lower_ not in objects):
            continue  # "a double launch": no multiple
        found.append({"start": t.idx, "end": t.idx + len(t.text), "text": t.text, "value": factor, "low": None,
                      "high": None, "unit": lex["multiple_unit"], "qualifier": None, "multiple": True})
    return found


def unit_of_the_counted_noun(doc: Doc, amount: dict, lex: dict) -> dict:
    """'13 nations', 'twee trappen', '33 aan elkaar gekoppelde raketmotoren': where the syntax says a bare
    number modifies a noun after it, that noun is what it counts."""
    if amount["unit"] is not None or not doc.has_annotation("DEP") or (amount["value"] or 0) < 2:
        return amount  # "één probleem", "one roof": a single thing is how it is told, not a count
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return amount
    outer = [t for t in span if not span.start <= t.head.i < span.end]
    if len(outer) != 1:
        return amount
    number, noun = outer[0], outer[0].head
    if number.dep_ != "nummod" or noun.pos_ != "NOUN" or not 0 <= noun.i - span.end < COUNTED_NOUN_REACH \
            or noun.lower_ in lex["not_counted_nouns"]:  # the number, not the tagger's Number, says it is plural
        return amount
    words = vocab(doc.lang_)
    if noun.lower_ in words["words"]:
        return amount  # "van 7,2 naar 20 miljoen": a scale, not a thing counted
    return {**amount, "unit": words["units"].get(noun.lower_, noun.lower_)}  # "3.8-meter": a unit after all


COUNTED_NOUN_REACH = 8  # tokens from the number to its noun: "two large-scale data center campuses"


def name_counted_thing(amount: dict, info) -> dict:
    """"een miljoen Optimussen": an entity right after a unitless number is what is counted."""
    if amount["unit"] is not None:
        return amount
    following = [s for s in info.slots if 0 <= s.start - amount["end"] <= 1 and not s.anaphor]
    return {**amount, "unit": following[0].name} if following else amount
