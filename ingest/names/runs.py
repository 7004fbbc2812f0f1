"""Runs of capitals cut into names: inner titles, pairs ('A and B'), 'van' between two names, grammar and
role words at the edges, common words inside."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..discourse import doc_text
from .shapes import (
    CONNECTORS,
    LIST_CONNECTORS,
    OF_WORDS,
    ORG_SUFFIXES,
    ROLE_LINKS,
    SURNAME_PARTICLES,
    camel_cased,
    doc_prev_is_opener,
    glued_to_the_next,
    reads_as_a_word,
    times_written,
)
from .types import NameTypes


class RunsOfCapitals(NameTypes):
    """A run of capitals cut into the names it holds."""

    def name_like(self, token) -> bool:
        text = token.text
        if not (text[:1].isupper() or camel_cased(text)) or token.is_punct or len(text) < 2:
            return False
        if self.instrument_code.fullmatch(text) or "_" in text:
            return False  # "LUNR.O" after "Intuitive Machines"; "Flight_010824", a file's name in a caption
        if text in self.not_names or re.split(r"[/-](?=\d)", text.lower().rstrip("."))[0] in self.months:
            return False  # "Jan.", "Jan/2019": a month
        return any(c.isalpha() for c in text)

    @staticmethod
    def opens_a_hyphenated_name(doc: Doc, i: int, sent: Span) -> bool:
        """'In-Q-Tel': capitals glued by hyphens are one name, even when the first is a common word."""
        t = doc[i]
        return (i + 2 < sent.end and t.text[:1].isupper() and t.is_alpha and not t.whitespace_
                and doc[i + 1].text in ("-", "‐") and not doc[i + 1].whitespace_
                and doc[i + 2].text[:1].isupper() and doc[i + 2].is_alpha and not doc[i + 2].whitespace_
                and i + 3 < sent.end and doc[i + 3].text in ("-", "‐"))

    def group_word_inside_name(self, t, inside: bool) -> bool:
        """'Union of Concerned Scientists': a plural that opens sentences ('Scientists say') can end a name."""
        return inside and t.text in self.not_names and len(t.text) > 4 and t.text.endswith("s") and not t.is_sent_start

    def two_names_around_van(self, doc: Doc, j: int, sent: Span) -> bool:
        """'Virgin Galactic van Richard Branson': 'van' before a name of two capitals joins no surname ('Jan van
        Dijk' has one) but links a firm to its owner."""
        return doc[j].lower_ == "van" and j + 2 < sent.end and self.name_like(doc[j + 1]) and self.name_like(doc[j + 2]) \
            and j - 1 >= sent.start and self.name_like(doc[j - 1]) and j - 2 >= sent.start and self.name_like(doc[j - 2])

    def common_word_inside_name(self, doc: Doc, j: int, inside: bool, sent: Span) -> bool:
        """'Global Data Centers', 'Deep Space Data Systems': a noun that opens sentences ('Data show ...') is part
        of a name between two of its capitalized words."""
        t = doc[j]
        return inside and t.text in self.not_names and reads_as_a_word(t) and not t.is_sent_start \
            and t.lower_ not in self.stopwords and t.pos_ in ("NOUN", "PROPN") \
            and j + 1 < sent.end and self.name_like(doc[j + 1])

    def first_name_like_a_month(self, doc: Doc, i: int, sent: Span) -> bool:
        """'Jan van Dijk', 'Jan de Vries': a month abbreviation that starts a person's name."""
        t = doc[i]
        if not (t.text[:1].isupper() and t.text.lower() in self.months) or i + 1 >= sent.end:
            return False
        nxt = doc[i + 1]
        if nxt.lower_ in CONNECTORS and nxt.is_lower and i + 2 < sent.end:
            nxt = doc[i + 2]
        return self.name_like(nxt) and nxt.text.lower() not in self.months

    def unregistered_spans(self, doc: Doc, taken: set[int]):
        for sent in doc.sents:
            words = [t for t in sent if t.is_alpha]
            if words and sum(t.text[:1].isupper() for t in words) > 0.6 * len(words) and len(words) > 3 \
                    and not any(t.is_lower and len(t) > 3 and t.lower_ not in self.stopwords for t in words):
                continue  # a Title Case headline: capitals say nothing there (a sentence full of names has verbs)
            i = sent.start
            while i < sent.end:
                if i in taken or not (self.name_like(doc[i]) or self.first_name_like_a_month(doc, i, sent)
                                      or self.opens_a_hyphenated_name(doc, i, sent)):
                    i += 1
                    continue
                j = i + 1
                while j < sent.end and j not in taken:
                    t = doc[j]
                    if self.name_like(t) or (t.like_num and any(c.isdigit() for c in t.text) and j > i) \
                            or self.group_word_inside_name(t, j > i) or self.common_word_inside_name(doc, j, j > i, sent):
                        j += 1
                    elif (t.lower_ == "van" and t.is_lower and j + 2 < sent.end and doc[j + 1].lower_ in SURNAME_PARTICLES
                          and doc[j + 1].is_lower and j + 2 not in taken and self.name_like(doc[j + 2])):
                        j += 3  # "Frank van der Berg", "Anna van den Broek"
                    elif (t.text in ("-", "‐") and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < sent.end
                          and j + 1 not in taken and doc[j + 1].text[:1].isupper()
                          and (doc[j + 1].is_alpha or self.name_like(doc[j + 1]))):
                        j += 2  # "Invest-NL", "In-Q-Tel": a capital after the hyphen keeps one name
                    elif (t.lower_ in CONNECTORS and j + 1 < sent.end and j + 1 not in taken
                          and self.name_like(doc[j + 1]) and (t.is_lower or t.text == "&")
                          and not (t.lower_ in OF_WORDS and doc[j + 1].text.isupper() and len(doc[j + 1].text) > 1)
                          and not (t.lower_ in LIST_CONNECTORS and i > sent.start and doc[i - 1].text == ",")
                          and not self.two_names_around_van(doc, j, sent)):
                        j += 2  # "Bank of America"; not "..., Morgan Stanley and Bank of America": a list
                    else:
                        break
                span = self.without_grammar_words(self.without_leading_role_word(doc[i:j]))
                cut = self.person_before_of(span)
                if cut is not None:  # "chief executive Dana Whitfield of Nimbus Compute": two names
                    j = cut
                    span = doc[span.start:cut]
                for part in self.names_in_the_run(span):
                    if self.keep_unregistered(part, sent):
                        yield part
                i = j

    def names_in_the_run(self, span: Span) -> list[Span]:
        """A run of capitals may hold more than one name: a title between a firm and a person ('Acme Director of
        Research Jane Doe said'), or two names joined by 'and'."""
        titled = self.split_at_inner_title(span)
        if titled is not None:
            return titled
        return self.parts_of_a_pair(span)

    def split_at_inner_title(self, span: Span) -> list[Span] | None:
        """'Acme Director of Research Jane Doe said', 'Acme Vice President of Global Sales Jane Doe': the words of
        a title and its 'of' phrase are no name; before them stands the firm, after them the person, who is
        known by speaking next. None when no title with an 'of' phrase stands inside the run."""
        doc = span.doc
        for k in range(span.start, span.end - 2):
            for n in (3, 2, 1):
                words = tuple(t.lower_ for t in doc[k:k + n])
                of = k + n
                if words in self.person_titles and of < span.end - 1 and doc[of].lower_ in ROLE_LINKS and doc[of].is_lower:
                    firm = [doc[span.start:k]]
                    rest = doc[of + 1:span.end]
                    speaks = span.end < len(doc) and doc[span.end].lower_ in self.speech_words
                    person = [doc[span.end - 2:span.end]] if speaks and len(rest) >= 3 else []
                    return firm + person
        return None

    def parts_of_a_pair(self, span: Span) -> list[Span]:
        """'Acme Systems and Orbitra had ...', 'Lorain and Wayne counties': two names joined by 'and' when one of
        them also stands alone in the article, a plural noun follows the pair, the first ends as a company's
        name ends ('Systems', 'Labs'), or both are names of two words or more. 'Gas and Water' inside a utility's
        name stays one."""
        doc = span.doc
        links = [t.i for t in span if t.lower_ in LIST_CONNECTORS and t.is_lower]
        if len(links) != 1 or links[0] in (span.start, span.end - 1):
            return [span]
        left, right = doc[span.start:links[0]], doc[links[0] + 1:span.end]
        text = doc_text(doc)
        whole = times_written(span.text, text)
        alone = any(times_written(part.text, text) > whole for part in (left, right))
        nxt = doc[span.end] if span.end < len(doc) else None
        plural_head = nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower and "Plur" in nxt.morph.get("Number")
        # "Hughes Network Systems and Viasat"; but "Vega Research and Development Partners" is one firm's name
        complete = len(left) > 1 and left[-1].lower_ in ORG_SUFFIXES and right[-1].lower_ not in ORG_SUFFIXES
        # "Ann Lee and Bob Stone", "Goldman Sachs and Morgan Stanley": two names of two capitalized words or more;
        # not "Department of Energy and Climate Change" (a name with 'of' in it), nor "Beijing Municipal Science and
        # Technology Commission", whose second part begins or ends as a firm's or an institution's name does
        two_names = len(left) > 1 and len(right) > 1 and not {right[-1].lower_, right[0].lower_} & self.name_heads \
            and all(t.text[:1].isupper() for t in (*left, *right))
        return [left, right] if alone or plural_head or complete or two_names else [span]

    def without_grammar_words(self, span: Span) -> Span:
        """Where the syntax tagged the words: a grammar word that opens a run of capitals is capitalized because
        it opens a sentence or follows page furniture ('Bovenop de Super Heavy', 'Onder SpaceRise', 'Currently'),
        so it is no part of a name. At the end of a run the capital says more than the tagger ('South China
        Morning Post'). The span may come out empty."""
        doc = span.doc
        if not doc.has_annotation("POS") or not len(span):
            return span
        start = span.start
        while start < span.end and doc[start].pos_ in self.not_name_tags and reads_as_a_word(doc[start]) \
                and not glued_to_the_next(doc[start]) and (start == span.start or doc[start].is_lower):
            start += 1
        return doc[start:span.end]

    def without_leading_role_word(self, span: Span) -> Span:
        """'Analisten van Morgan Stanley', 'Topman van X' at a sentence start: the name is what follows."""
        sentence_initial = span[0].is_sent_start or (span.start > 0 and doc_prev_is_opener(span))
        if len(span) > 2 and span[1].is_lower and span[1].lower_ in CONNECTORS and self.is_role_word(span[0].lower_) \
                and sentence_initial and span[0].lower_ not in self.institution_heads:  # not "Bank of America"
            return span[2:]
        if tuple(t.lower_ for t in span) in self.person_titles:
            return span[len(span):]  # "Vega's Chief Financial Officer, Ann Lee": a title on its own names no one
        for n in range(min(3, len(span) - 1), 0, -1):  # "Chief Executive Philip Johnston": the whole title goes
            words = tuple(t.lower_ for t in span[:n])
            if (words in self.person_titles or n == 1 and self.is_role_word(words[0])) and span[n].text[:1].isupper():
                return self.without_leading_role_word(span[n:])  # "Topman Sundar Pichai", "CEO Jane Doe"
        return span

    def person_before_of(self, span: Span) -> int | None:
        ofs = [t.i for t in span if t.lower_ == "of" and t.is_lower]
        if ofs and self.title_before(span, self.person_titles):
            return ofs[0]
        return None
