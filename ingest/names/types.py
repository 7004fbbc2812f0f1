"""Which unregistered names to keep (no furniture, no role words, no speech) and what type each is: a
person, a company, a product or a program, from titles, appositions, bylines and the words around it."""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..discourse import HYPHENS, POSSESSIVE_DETERMINERS, after_a_possessed_noun, doc_text, is_base_of
from ..lexicons import function_words, lexicon_shared
from .mentions import is_dateline_place
from .shapes import (
    APPOSITION_OPENERS,
    APPOSITION_WORDS,
    COMPASS_PREFIXES,
    CONNECTORS,
    LIST_CONNECTORS,
    ORG_SUFFIXES,
    PERIOD_CODE,
    PLACE_PREPOSITIONS,
    ROLE_LINKS,
    after_dateline,
    doc_prev_is_opener,
    doc_words,
    has_inner_capital_or_digit,
)

GIVEN_NAMES = frozenset(lexicon_shared()["given_names"])


class NameTypes:
    """Which names to keep and what they are: a person, a company, a product or a program."""

    def speaks_next(self, span: Span) -> bool:
        """'Airbus said ...', 'Bernstein analysts wrote ...' at a sentence start: a word that speaks (or whose staff
        speak) is a name, unless it names a role."""
        doc = span.doc
        nxt = doc[span.end] if span.end < len(doc) else None
        word = span[0].lower_
        staff_speak = nxt is not None and self.is_role_word(nxt.lower_) and span.end + 1 < len(doc) \
            and doc[span.end + 1].lower_ in self.speech_words  # "Bernstein analysts wrote"
        return (nxt is not None and (nxt.lower_ in self.speech_words or staff_speak) and span[0].text not in self.not_names
                and not self.is_role_word(word) and word not in self.stopwords)

    def is_role_word(self, word: str) -> bool:
        roles = {t[0] for t in self.person_titles | self.org_titles if len(t) == 1}
        return word in roles or any(word.endswith(p) and word[:-len(p)] in roles for p in function_words("role_plural_suffixes"))

    def keep_unregistered(self, span: Span, sent: Span) -> bool:
        if not len(span):
            return False
        first = span[0]
        if len(span) == 1 and span.start > 0 and first.lower_ in self.unit_words and (
                span.doc[span.start - 1].like_num or span.doc[span.start - 1].lower_ in self.unit_words):
            return False  # "1.2 GW", "744 TOPS", "20 graden Celsius": a unit, not a name
        if PERIOD_CODE.fullmatch(first.text):
            return False
        if self.is_furniture(span):
            return False  # "Share Close Button", "FILE PHOTO", "CHOOSE YOUR LANGUAGE", "FacebookXPinterestEmailShare"
        if len(span) == 1 and self.is_role_word(first.lower_):
            return False  # ", Chief executive Andy Jassy told": a title, not a name
        before = span.doc[span.start - 1] if span.start > 0 else None
        if len(span) == 1 and first.lower_ in ORG_SUFFIXES and (before is None or not before.text[:1].isupper()
                                                                or before.lower_ in ORG_SUFFIXES):
            return False  # "Technologies Corp.", "Space" alone: the end of a firm's name; but "Brussels Airlines"
        if span.start == sent.start or (span.start > sent.start and doc_prev_is_opener(span)) or after_dateline(span, sent):
            # Sentence-initial capitals are grammar, not evidence of a name.
            if len(span) == 1 and not has_inner_capital_or_digit(first.text) and not self.speaks_next(span) \
                    and not self.apposition_has(span, self.org_titles | self.person_titles):
                return False  # but "Crusoe, the data center developer, ..." is named by its apposition
            if first.lower_ in self.stopwords:
                return False
            if len(span) == 2 and span[1].like_num and span.end < len(span.doc) and (
                    span.doc[span.end].text == "%" or span.doc[span.end].lower_ in self.unit_words):
                return False  # "Only 3% of investors", "Some 40 GW": a word before an amount, not a name
            if len(span) == 2 and span[1].like_num and first.pos_ not in ("PROPN", "") and span.end < len(span.doc) \
                    and span.doc[span.end].is_lower and span.doc[span.end].is_alpha:
                return False  # "Today 150 satellites", "Ruim 150 satellieten"; not "Falcon 9 rockets" (a proper noun)
        nxt2 = span.doc[span.end:span.end + 2]
        if len(nxt2) == 2 and nxt2[0].text in ("-", "‐") and not span[-1].whitespace_ \
                and nxt2[1].text.lower().endswith(self.demonym_suffixes):
            return False  # "het Frans-Italiaanse bedrijf": a nationality, not a name
        if len(span) == 1 and first.text.lower().endswith(self.demonym_suffixes) and not has_inner_capital_or_digit(first.text):
            nxt = span.doc[span.end] if span.end < len(span.doc) else None
            if nxt is not None and (nxt.is_lower or nxt.text.isupper()):
                return False  # "Chinese AI-computers", "Nederlandse bedrijven"; not "SpaceRise zal"
        return True

    def is_furniture(self, span: Span) -> bool:
        """A run of capitals made only of the words of page furniture (buttons, captions, banners), glued or not."""
        words = [w.lower() for t in span for w in re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+", t.text)]
        if len(words) > 2:
            words = [w for w in words if len(w) > 1]  # the "X" in a glued row of share buttons
        return bool(words) and all(w in self.furniture_words for w in words) \
            and any(w not in CONNECTORS | LIST_CONNECTORS for w in words)

    def guess_type(self, span: Span) -> str:
        words = span.text.split()
        if is_dateline_place(span) or is_base_of(span):
            return "GPE"
        if any(ch.isdigit() for ch in span.text):
            return "PRODUCT"
        if words[-1].lower() in ORG_SUFFIXES or words[0].lower() in self.institution_heads and len(words) > 2:
            return "ORG"  # "Bank of America"
        if span.start >= 2 and doc_words(span.doc, span.start - 2, span.start)[1] in ROLE_LINKS \
                and self.is_role_word(doc_words(span.doc, span.start - 2, span.start)[0]):
            return "ORG"  # "analisten van Morgan Stanley", "a partner at McKinsey", "de topman van X"
        if is_a_region(span):
            return "GPE"  # "Zuid-Maleisië", "South-East Asia"
        if self.opens_with_a_given_name(words):
            return "PERSON"  # "Virgin Galactic van Richard Branson": not the firm an 'of' would make it
        prev = span.doc[span.start - 1] if span.start > 0 else None
        if prev is not None and prev.lower_ in PLACE_PREPOSITIONS and len(words) == 1:
            return "GPE"
        before = span.doc[span.start - 2] if span.start >= 2 else None
        if before is not None and span.doc[span.start - 1].lower_ in ROLE_LINKS \
                and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start:
            return "ORG"  # "Dana Whitfield of Nimbus Compute", "Pichai van Alphabet"
        if self.looks_like_person(span) or self.in_a_byline(span):
            return "PERSON"
        if self.title_after(span, self.person_titles):
            return "ORG"  # "Robinhood co-founder Baiju Bhatt", "Tesla-topman Elon Musk"
        if self.title_before(span, self.org_titles) or self.apposition_has(span, self.org_titles):
            return "ORG"  # "Starcloud, a Washington start-up backed by ..."
        if prev is not None and span.doc.lang_ == "nl" and any(
                prev.lower_.endswith(t[0]) and len(prev.lower_) > len(t[0]) + 2 for t in self.org_titles if len(t) == 1 and len(t[0]) >= 4):
            return "ORG"  # "satellietbedrijf Planet": a compound of a firm's title
        if span.end < len(span.doc) and span.doc[span.end].lower_ in self.staff_words:
            return "ORG"  # "Bernstein analysts"
        head = span.end + (1 if span.end + 1 < len(span.doc) and span.doc[span.end].text in ("-", "‐") else 0)
        if head < len(span.doc) and span.doc[head].lower_ in self.product_heads:
            return "PRODUCT"  # "its Neutron rocket", "de Neutron-raket"
        if head < len(span.doc) and span.doc[head].lower_ in self.program_heads:
            return "PROGRAM"  # "het Stargate-initiatief", "the Artemis program"
        if self.title_before(span, self.investor_cues):
            return "ORG"  # "a round led by Andreessen Horowitz": not a person, so a firm
        if self.apposition_has(span, self.product_titles):
            return "PRODUCT"  # "Helix, a small rocket capable of ..."
        if self.named_after_a_product_noun(span):
            return "PRODUCT"  # "its chatbot Lyra", "its chatbot known as Lyra", "zijn chatbot genaamd Lyra"
        return "OTHER"

    def named_after_a_product_noun(self, span: Span) -> bool:
        return after_a_possessed_noun(span.doc, span.start, 0, self.naming_words, self.product_heads)

    def opens_with_a_given_name(self, words: list[str]) -> bool:
        """'Richard Branson', 'Jan de Vries': a common given name, then a surname that does not end like a firm
        ('Sophia Space', 'Morgan Capital')."""
        capitals = [w for w in words if w[:1].isupper()]  # "Jan de Vries": particles do not count
        return 2 <= len(capitals) <= 3 and words[0].lower() in GIVEN_NAMES and words[-1] == capitals[-1] \
            and words[-1].lower() not in ORG_SUFFIXES and words[-1].lower() not in self.product_heads | self.program_heads \
            and words[-1] not in self.facility_heads

    def apposition_has(self, span: Span, titles: set[tuple]) -> bool:
        """'Sundar Pichai, Google's chief executive, ...': a title in the phrase after the name's comma."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].text != ",":
            return False
        opener = doc[span.end + 1]
        owner = span.end + 2 < len(doc) and doc[span.end + 2].text in ("'s", "’s")
        titled = any(title[0] == opener.lower_ for title in titles)  # ", director of research at ..."
        if opener.lower_ not in APPOSITION_OPENERS and not owner and not titled:
            return False  # "Redmond, Washington start-up": a place and its region, not an apposition
        words = []
        for t in doc[span.end + 1:span.end + 1 + APPOSITION_WORDS]:
            if t.text in (",", ".", ";", ":") or t.is_sent_start:
                break
            words.append(t.lower_)
        return any(tuple(words[k:k + len(title)]) == title for title in titles for k in range(len(words)))

    @staticmethod
    def title_before(span: Span, titles: set[tuple]) -> bool:
        doc = span.doc
        before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
        return any(tuple(before[len(before) - len(title):]) == title for title in titles if len(title) <= len(before))

    @staticmethod
    def title_after(span: Span, titles: set[tuple]) -> bool:
        """A title and then a capitalized name right after the span."""
        doc = span.doc
        k = span.end + (1 if span.end < len(doc) and doc[span.end].text in ("-", "‐") else 0)
        after = [t.lower_ for t in doc[k:k + 3]]
        for title in titles:
            n = len(title)
            if tuple(after[:n]) == title and k + n < len(doc) and doc[k + n].text[:1].isupper() and doc[k + n].is_alpha:
                return True
        return False

    def in_a_byline(self, span: Span) -> bool:
        """'By Jane Porter', '*Door Jan de Vries*': a name after the byline word that opens a line."""
        doc = span.doc
        k = span.start - 1
        if k < 0 or doc[k].lower_ not in self.byline_words or len(span) < 2:
            return False
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, doc[k].idx) + 1
        return set(text[line_start:doc[k].idx]) <= set(" \t*_")

    SPEECH_REACH = 8  # tokens after the speaker in which 'it' points back to it

    def called_it(self, span: Span) -> bool:
        end = min(span.sent.end, span.end + self.SPEECH_REACH)
        return any(t.lower_ in self.thing_pronouns for t in span.doc[span.end:end])

    def looks_like_person(self, span: Span) -> bool:
        """A title before the name, or a two- or three-word name that says something or is 'who'."""
        doc = span.doc
        if self.title_before(span, self.person_titles):
            return True
        names = [t for t in span if not (t.is_lower and t.lower_ in CONNECTORS)]  # "Jan van Dijk"
        if not 2 <= len(names) <= 3 or not all(t.is_alpha and t.text[:1].isupper() for t in names):
            return False
        after = [t.lower_ for t in doc[span.end:span.end + 2]]
        if after and after[0] in self.speech_words and self.called_it(span):
            return False  # "Orbital Forge said on Monday that it had raised ...": a company speaks
        return bool(after) and (after[0] in self.speech_words or after[:1] == [","] and after[1:] and after[1] in self.person_followers
                                or self.apposition_has(span, self.person_titles))


def is_a_region(span: Span) -> bool:
    """A compass point glued by a hyphen to a capitalized name: 'Zuid-Maleisië', 'Noord-Brabant'."""
    return len(span) >= 3 and span[0].lower_ in COMPASS_PREFIXES and span[1].text in HYPHENS \
        and not span[0].whitespace_ and span[2].text[:1].isupper()
