"""The shapes of words in names (camel case, inner capitals, a word glued to the next) and the function
words a name may hold ("Bank of America", "Van der Valk")."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..discourse import dateline_end
from ..lexicons import function_words

CONNECTORS = function_words("name_connectors")


ORG_SUFFIXES = function_words("org_suffixes")


LIST_CONNECTORS = function_words("list_connectors")


SURNAME_PARTICLES = function_words("surname_particles")  # after "van"


ROLE_LINKS = function_words("role_links")  # "analysts at Morgan Stanley", "analisten bij ING"


APPOSITION_WORDS = 6


APPOSITION_OPENERS = function_words("apposition_openers")


PLACE_PREPOSITIONS = function_words("place_prepositions")


COMPASS_PREFIXES = function_words("compass_prefixes")


OF_WORDS = function_words("of_words")


FACILITY_REACH = 3  # capitals after a known name up to the facility's head word: "Space Force Base"


PERIOD_CODE = re.compile(r"(?:[QKH][1-4]|FY\d{2}(?:\d{2})?)")  # "Q3", "H1", "FY25": a period, not a name


def alias_forms(entry: dict) -> list[str]:
    forms = [entry["name"], *entry["aliases"]]
    if entry["type"] in ("PERSON", "ORG", "AGENCY"):
        # Dutch genitive without apostrophe: "Musks plan", "Teslas omzet".
        forms += [f + "s" for f in forms if not f.endswith("s") and len(f) > 2]
    return forms


def doc_words(doc, start: int, end: int) -> list[str]:
    return [t.lower_ for t in doc[start:end]]


def after_dateline(span: Span, sent: Span) -> bool:
    """'LONDON, Oct 14 (Reuters) - Putting ...': the first word after a dateline starts the sentence."""
    end = dateline_end(span.doc, sent.start)
    return end is not None and span.start == end + 1


def times_written(name: str, text: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text))


def camel_cased(text: str) -> bool:
    """'airBaltic', 'eBay', 'iPhone': a brand written with a capital inside a lowercase start."""
    return len(text) > 3 and text[:1].islower() and text.isalpha() and any(c.isupper() for c in text[1:])


def reads_as_a_word(token) -> bool:
    """'Onder', 'Currently': letters with at most an initial capital; 'SatNet', 'ESA' are names whatever
    the tagger thinks."""
    return token.is_alpha and token.text[1:].islower()


def glued_to_the_next(token) -> bool:
    """'In' of 'In-Q-Tel': no space, and a hyphen or a letter follows."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not token.whitespace_ and nxt is not None and (nxt.text in ("-", "‐") or nxt.text[:1].isalnum())


def doc_prev_is_opener(span: Span) -> bool:
    """After an opening quote or bracket at the start of a sentence the word is still initial."""
    prev = span.doc[span.start - 1]
    return prev.is_sent_start and (prev.is_quote or prev.is_bracket or prev.is_punct)


def has_inner_capital_or_digit(text: str) -> bool:
    return any(c.isupper() for c in text[1:]) or any(c.isdigit() for c in text)
