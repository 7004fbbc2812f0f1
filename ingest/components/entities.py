"""Entity mentions: registry names through PhraseMatchers, plus names missing from it.

Attaches doc._.kb_name_candidates: a list of dicts {start, end (token indices), entity, name, type,
registered}; kb_overlaps keeps those outside times as doc._.kb_mentions.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..discourse import (
    DATELINE_TOKENS,
    after_a_date_stamp,
    dateline_end,
    doc_text,
    is_base_of,
)
from ..lexicons import function_words, lexicon, lexicon_shared, load_registry, slugify
from ..tokenizer import phrase_tokens
from . import extensions  # noqa: F401  (registers the Doc extensions)

CONNECTORS = function_words("name_connectors")
ORG_SUFFIXES = function_words("org_suffixes")
LIST_CONNECTORS = function_words("list_connectors")
SURNAME_PARTICLES = function_words("surname_particles")  # after "van"
ROLE_LINKS = function_words("role_links")  # "analysts at Morgan Stanley", "analisten bij ING"
APPOSITION_WORDS = 6
APPOSITION_OPENERS = function_words("apposition_openers")
PLACE_PREPOSITIONS = function_words("place_prepositions")
OF_WORDS = function_words("of_words")
FACILITY_REACH = 3  # capitals after a known name up to the facility's head word: "Space Force Base"
PERIOD_CODE = re.compile(r"(?:[QKH][1-4]|FY\d{2}(?:\d{2})?)")  # "Q3", "H1", "FY25": a period, not a name


def alias_forms(entry: dict) -> list[str]:
    forms = [entry["name"], *entry["aliases"]]
    if entry["type"] in ("PERSON", "ORG", "AGENCY"):
        # Dutch genitive without apostrophe: "Musks plan", "Teslas omzet".
        forms += [f + "s" for f in forms if not f.endswith("s") and len(f) > 2]
    return forms


class EntityRecognizer:
    def __init__(self, nlp: Language, extra: list[dict]):
        self.registry = {e["slug"]: e for e in load_registry(extra=extra)}
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        for slug, entry in self.registry.items():
            matcher = self.exact if entry["case_sensitive"] else self.folded
            matcher.add(slug, [nlp.make_doc(form) for form in alias_forms(entry)])
        self.glued_forms = {form: slug for slug, entry in self.registry.items() for form in [entry["name"], *entry["aliases"]]
                            if len(form) >= 3 and " " not in form}
        lex = lexicon(nlp.lang)
        self.not_names = set(lex["not_names"])
        self.months = {m.lower() for m in lex["months"]} | set(lex["weekdays"]) | set(lex["weekday_abbreviations"])
        self.stopwords = set(lex["stopwords"])
        self.demonym_suffixes = tuple(lex["demonym_suffixes"])
        self.unit_words = {str(u).lower() for u in lex["units"]}
        self.person_titles = {phrase_tokens(t.lower(), nlp.lang) for t in lex["person_titles"]}
        self.person_titles |= {(t.lower(),) for t in lex["person_titles"] if t.endswith(".")}  # "Gen." is one token
        self.person_followers = set(lex["person_followers"])
        self.org_titles = {phrase_tokens(t.lower(), nlp.lang) for t in lex["org_titles"]}
        self.investor_cues = {phrase_tokens(t.lower(), nlp.lang) for t in lex["investor_cues"]}
        self.staff_words = set(lex["staff_words"])
        self.product_heads = set(lex["product_heads"])
        self.program_heads = set(lex["program_heads"])
        self.speech_words = {v for v in lex["speech_verbs"] if " " not in v}
        self.institution_heads = set(lex["institution_heads"])
        self.byline_words = set(lex["byline_words"])
        self.not_name_tags = set(lexicon_shared()["not_name_tags"])
        self.furniture_words = {w.lower() for w in lex["furniture_words"]}
        self.thing_pronouns = {w.lower() for w in lex["speaker_thing_pronouns"]}
        self.facility_heads = set(lex["facility_heads"])
        self.product_titles = {(h,) for h in self.product_heads}  # "Helix, a small rocket ...": an apposition's head
        self.forms = {slug: frozenset([e["name"], *e["aliases"]]) for slug, e in self.registry.items()}
        self.instrument_code = re.compile(lexicon_shared()["instrument_code"])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.exact(doc) + self.folded(doc)]
        known = [span for span in filter_spans(spans) if not self.lone_letter_in_a_list(span)]
        known = [span for span in known if not self.place_in_an_institution(doc, span)]  # "Bank of America"
        known = [span for span in known if not self.inside_a_facility(doc, span)]  # "Patrick Space Force Base"
        taken = {i for span in known for i in range(span.start, span.end)}
        mentions = [self.with_its_number(doc, self.registered_mention(span)) for span in known]
        for span in self.unregistered_spans(doc, taken):
            glued = self.glued_to_a_role(span[:1])
            if glued is None:
                mentions.append(self.unregistered_mention(span))
                continue
            mentions.append(glued)  # "Teslabaas Jane Porter": Tesla, and the person after the role
            if len(span) > 1:
                mentions.append(self.unregistered_mention(span[1:]))
        mentions += self.names_before_a_ticker(doc, {i for m in mentions for i in range(m["start"], m["end"])})
        mentions += self.surnames_opening_sentences(doc, mentions)
        mentions = unify_mentions(places_before_their_region(doc, sorted(mentions, key=lambda m: m["start"])))
        doc._.kb_name_candidates = [m for m in mentions if not place_as_modifier(doc, m)]
        return doc

    def inside_a_facility(self, doc: Doc, span: Span) -> bool:
        """'Patrick Space Force Base', 'Cape Canaveral Space Force Station': a known name inside a run of capitals
        that ends in a facility's head word names the facility, not the owner."""
        end = span.end
        while end < len(doc) and self.name_like(doc[end]) and end - span.end < FACILITY_REACH:
            end += 1
        return end > span.end and doc[end - 1].text in self.facility_heads

    def with_its_number(self, doc: Doc, mention: dict) -> dict:
        """'Long March 12 is ...': a known rocket with a number right after it is that version, named as written;
        not 'Starship 2 launches', where the number counts."""
        end = mention["end"]
        if mention["type"] != "PRODUCT" or end >= len(doc):
            return mention
        nxt = doc[end]
        after = doc[end + 1] if end + 1 < len(doc) else None
        if not (nxt.like_num and len(nxt.text) <= 3 and nxt.text.isdigit()) or doc[end - 1].whitespace_ == "" \
                or (after is not None and after.pos_ == "NOUN"):
            return mention
        name = f'{doc[mention["start"]:end].text} {nxt.text}'
        return {**mention, "end": end + 1, "entity": slugify(name), "name": name, "registered": False}

    def names_before_a_ticker(self, doc: Doc, taken: set[int]) -> list[dict]:
        """'Japanese company ispace 9348.T said': a word right before a stock's instrument code is a firm's name,
        even written in lowercase; the firm is then named wherever the article writes that word."""
        found = []
        for t in doc[:-1]:
            if t.i in taken or not t.is_alpha or not t.is_lower or len(t) < 3 or t.lower_ in self.stopwords:
                continue
            if self.instrument_code.fullmatch(doc[t.i + 1].text):
                found.append(t.text)
        out = []
        for name in dict.fromkeys(found):
            for t in doc:
                if t.text == name and t.i not in taken:
                    out.append({"start": t.i, "end": t.i + 1, "entity": slugify(name), "name": name, "type": "ORG",
                                "registered": False})
        return out

    def glued_to_a_role(self, span: Span) -> dict | None:
        """'Amazonbaas', 'Teslatopman': a known name glued to a role is that name, describing the person after it."""
        if len(span) != 1:
            return None
        text = span.text
        for cut in range(len(text) - 3, 2, -1):
            slug = self.glued_forms.get(text[:cut])
            if slug is not None and self.is_role_word(text[cut:].lower()):
                entry = self.registry[slug]
                return {"start": span.start, "end": span.end, "entity": slug, "name": entry["name"], "type": entry["type"],
                        "registered": True, "surface": text, "glued": True}
        return None

    def surnames_opening_sentences(self, doc: Doc, mentions: list[dict]) -> list[dict]:
        """'Johnston, a former consultant, co-founded ...', 'Orbitra has ...': a capital that opens a sentence is a
        name after all when a person of that surname, or that one-word name, was found elsewhere in the article."""
        surnames = {m["name"].split()[-1] for m in mentions if m["type"] == "PERSON" and " " in m["name"]}
        surnames |= {doc[m["start"]].text for m in mentions if not m["registered"] and m["end"] - m["start"] == 1}
        surnames |= {doc[m["start"]].text for m in mentions if not m["registered"] and m["type"] == "ORG"
                     and m["end"] - m["start"] > 1 and doc[m["start"]].text.lower() not in self.stopwords}  # "Isar" of "Isar Aerospace"
        taken = {i for m in mentions for i in range(m["start"], m["end"])}
        found = []
        for sent in doc.sents:
            t = doc[sent.start]
            if t.i not in taken and t.text in surnames:
                found.append(self.unregistered_mention(doc[t.i:t.i + 1]))
        return found

    def place_in_an_institution(self, doc: Doc, span: Span) -> bool:
        """'Bank of America', 'University of Texas', 'Bank of China': a known place after 'of' and an
        institution's head word is part of the institution's name."""
        entry = self.registry[span.label_]
        return entry["type"] in ("GPE", "LOC") and span.start >= 2 and doc[span.start - 1].lower_ in OF_WORDS \
            and doc[span.start - 1].is_lower and doc[span.start - 2].lower_ in self.institution_heads \
            and doc[span.start - 2].text[:1].isupper()

    @staticmethod
    def lone_letter_in_a_list(span: Span) -> bool:
        """'X' in "de modellen S en X" is a model letter, not the company."""
        if len(span.text) != 1:
            return False
        doc = span.doc
        near = doc[max(0, span.start - 3):span.start].text.split() + doc[span.end:span.end + 3].text.split()
        return any(len(w) == 1 and w.isupper() and w != span.text for w in near)

    def registered_mention(self, span: Span) -> dict:
        entry = self.registry[span.label_]
        forms = self.forms[entry["slug"]]
        genitive = span.text not in forms and span.text.endswith("s") and span.text[:-1] in forms  # "Musks plan"
        return {"start": span.start, "end": span.end, "entity": entry["slug"], "name": entry["name"],
                "type": entry["type"], "registered": True, "surface": span.text, "genitive": genitive}

    def unregistered_mention(self, span: Span) -> dict:
        name = re.sub(r"[’'`]s$", "", span.text).strip()
        if name.endswith(".") and name[:-1].split("-")[-1].isupper():
            name = name[:-1]  # "Invest-NL." at the end of a sentence
        return {"start": span.start, "end": span.end, "entity": slugify(name), "name": name,
                "type": self.guess_type(span), "registered": False}

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
        them also stands alone in the article, or a plural noun follows the pair. 'Gas and Water' inside a
        utility's name stays one."""
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
        return [left, right] if alone or plural_head else [span]

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
        for n in range(min(3, len(span) - 1), 0, -1):  # "Chief Executive Philip Johnston": the whole title goes
            words = tuple(t.lower_ for t in span[:n])
            if (words in self.person_titles or n == 1 and self.is_role_word(words[0])) and span[n].text[:1].isupper():
                return self.without_leading_role_word(span[n:])  # "Topman Sundar Pichai", "CEO Jane Doe"
        return span

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

    def person_before_of(self, span: Span) -> int | None:
        ofs = [t.i for t in span if t.lower_ == "of" and t.is_lower]
        if ofs and self.title_before(span, self.person_titles):
            return ofs[0]
        return None

    def is_role_word(self, word: str) -> bool:
        roles = {t[0] for t in self.person_titles | self.org_titles if len(t) == 1}
        return word in roles or any(word.endswith(p) and word[:-len(p)] in roles for p in ("en", "s", "n", "nen"))

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
        if len(span) == 1 and first.text.lower().endswith(self.demonym_suffixes):
            nxt = span.doc[span.end] if span.end < len(span.doc) else None
            if nxt is not None and (nxt.is_lower or nxt.text.isupper()):
                return False  # "Chinese AI-computers", "Nederlandse bedrijven"
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
        return "OTHER"

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


def with_acronyms_joined(mentions: list[dict]) -> list[dict]:
    """'Shanghai Spacecom Satellite Technology (SSST)': the acronym in brackets, and every later use of it,
    is the name before it."""
    acronyms: dict[str, dict] = {}
    for prev, m in zip(mentions, mentions[1:]):
        if not m["registered"] and m["name"].isupper() and m["start"] == prev["end"] + 1 and " " in prev["name"]:
            acronyms[m["name"]] = prev
    for m in mentions:
        target = acronyms.get(m["name"]) if not m["registered"] else None
        if target is not None:
            m.update(entity=target["entity"], name=target["name"], type=target["type"], registered=target["registered"])
    return mentions


def with_places_in_names_joined(mentions: list[dict]) -> list[dict]:
    """'China SatNet', 'Shanghai Spacecom Satellite Technology', 'South China Morning Post': a known place
    glued to an unknown name is part of that name."""
    out: list[dict] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m["start"] == prev["end"] and (
                (prev["type"] == "GPE" and prev["registered"] and not m["registered"])
                or (not prev["registered"] and m["registered"] and m["type"] == "GPE" and prev["end"] - prev["start"] == 1
                    and prev["type"] != "PERSON")
                or (not prev["registered"] and prev.get("joined") and not m["registered"])):
            name = f'{prev.get("surface", prev["name"])} {m.get("surface", m["name"])}'  # as written, not the registry's name
            out[-1] = {**prev, "end": m["end"], "name": name, "entity": slugify(name), "type": "ORG" if
                       m["type"] in ("OTHER", "ORG") or prev["type"] == "GPE" else prev["type"],
                       "registered": False, "joined": True}
            continue
        out.append(m)
    for m in out:
        m.pop("joined", None)
        m.pop("surface", None)
    return out


def with_versions_joined(mentions: list[dict]) -> list[dict]:
    """'Starship V3', 'Falcon 9 Block 5': a short code right after a known product is its version, not a name."""
    out: list[dict] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev["registered"] and prev["type"] in ("PRODUCT", "PROGRAM") and not m["registered"] \
                and m["start"] == prev["end"] and len(m["name"]) <= 4 and any(ch.isdigit() for ch in m["name"]):
            prev["end"] = m["end"]
            continue
        out.append(m)
    return out


def unify_mentions(mentions: list[dict]) -> list[dict]:
    """One article, one entity per name: 'Pichai' after 'Sundar Pichai' is the same person, and a name
    typed once from its context ('Morgan Stanley' after 'analysts at') keeps that type everywhere."""
    mentions = with_versions_joined(with_acronyms_joined(with_places_in_names_joined(mentions)))
    surnames: dict[str, dict] = {}  # "Pichai" after "Sundar Pichai", "McKinsey" after "McKinsey & Company"
    for m in mentions:
        words = m["name"].split()
        if len(words) >= 2 and m["type"] in ("PERSON", "ORG"):
            short = words[-1] if m["type"] == "PERSON" else words[0]
            surnames[short] = m if surnames.get(short, m)["entity"] == m["entity"] else {"entity": None}
    types: dict[str, str] = {}
    for m in mentions:
        target = surnames.get(m["name"]) if not m["registered"] and " " not in m["name"] else None
        if target and target.get("entity"):
            m.update(entity=target["entity"], name=target["name"], type=target["type"], registered=target["registered"])
        if m["type"] != "OTHER":
            types.setdefault(m["entity"], m["type"])
    for m in mentions:
        if m["type"] == "OTHER" and m["entity"] in types:
            m["type"] = types[m["entity"]]
    return mentions


def places_before_their_region(doc: Doc, mentions: list[dict]) -> list[dict]:
    """'Boca Chica, Texas', 'Hawthorne, California': an unknown name right before a comma and a known place is a place."""
    for m, nxt in zip(mentions, mentions[1:]):
        if not m["registered"] and m["type"] == "OTHER" and nxt["registered"] and nxt["type"] == "GPE" \
                and m["end"] < len(doc) and doc[m["end"]].text == "," and nxt["start"] == m["end"] + 1:
            m["type"] = "GPE"
    return mentions


def is_dateline_place(span: Span) -> bool:
    """'AMSTERDAM - De ...', 'MOUNTAIN VIEW, California — ...': the place (and region) a paragraph opens with."""
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start].is_sent_start and span.start - start < DATELINE_TOKENS:
        start -= 1
    end = dateline_end(doc, start)
    inside_brackets = any(t.text == "(" for t in doc[start:span.start])  # "(Reuters)", "(AP)": the agency
    opening = after_a_date_stamp(doc, start)  # "date 2025-06-25 WASHINGTON —"
    first = next((t for t in doc[opening:span.end] if t.text not in ("*", "_")), doc[opening])  # "**SAN FRANCISCO** —"
    return end is not None and span.end <= end and first.text.isupper() and not inside_brackets


def doc_words(doc, start: int, end: int) -> list[str]:
    return [t.lower_ for t in doc[start:end]]


def after_dateline(span: Span, sent: Span) -> bool:
    """'LONDON, Oct 14 (Reuters) - Putting ...': the first word after a dateline starts the sentence."""
    end = dateline_end(span.doc, sent.start)
    return end is not None and span.start == end + 1


def place_as_modifier(doc: Doc, mention: dict) -> bool:
    """'U.S. firms', 'US orbital launches': with the syntax, a country that only describes the noun after it
    is no party to the story, so no mention of it. A dateline's place and 'a Texas-based rival' stay."""
    if mention["type"] != "GPE" or not doc.has_annotation("DEP"):
        return False
    span = doc[mention["start"]:mention["end"]]
    after = doc[span.end] if span.end < len(doc) else None
    if is_dateline_place(span) or (after is not None and (after.text == "," or after.text in ("-", "‐")
                                                          and not span[-1].whitespace_)):
        return False  # "Kent, Washington-based": a place named with its region
    root = span.root
    return root.dep_ in ("compound", "amod") and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")


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


@Language.factory("kb_entities", default_config={"extra": []}, assigns=["doc._.kb_name_candidates"])
def make_entity_recognizer(nlp: Language, name: str, extra: list[dict]):
    return EntityRecognizer(nlp, extra)
