"""EntityRecognizer: registry names through PhraseMatchers, plus the names the registry misses."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..discourse import HYPHENS
from ..lexicons import lexicon, lexicon_shared, load_registry, slugify
from ..tokenizer import phrase_tokens
from .mentions import place_as_modifier, places_before_their_region, unify_mentions
from .runs import RunsOfCapitals
from .shapes import FACILITY_REACH, OF_WORDS, ORG_SUFFIXES, alias_forms


class EntityRecognizer(RunsOfCapitals):
    """Registry names through PhraseMatchers, then the names the registry misses."""

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
        self.division_heads = set(lex["division_heads"])
        self.speech_words = {v for v in lex["speech_verbs"] if " " not in v}
        self.institution_heads = set(lex["institution_heads"])
        self.name_heads = self.institution_heads | ORG_SUFFIXES  # what ends or opens a firm's or institution's name
        self.byline_words = set(lex["byline_words"])
        self.not_name_tags = set(lexicon_shared()["not_name_tags"])
        self.furniture_words = {w.lower() for w in lex["furniture_words"]}
        self.thing_pronouns = {w.lower() for w in lex["speaker_thing_pronouns"]}
        self.facility_heads = set(lex["facility_heads"])
        self.naming_words = [tuple(w.lower().split()) for w in lex["naming_words"]]
        self.product_titles = {(h,) for h in self.product_heads}  # "Helix, a small rocket ...": an apposition's head
        self.forms = {slug: frozenset([e["name"], *e["aliases"]]) for slug, e in self.registry.items()}
        self.instrument_code = re.compile(lexicon_shared()["instrument_code"])
        self.role_words = {w for p in lex["relation_patterns"] if p["kind"] == "role_compound" for w in p["words"]}

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.exact(doc) + self.folded(doc)]
        matched_ends = {span.end for span in spans}
        known = [span for span in filter_spans(spans) if not self.lone_letter_in_a_list(span)
                 and not self.letter_glued_to_a_word(span) and not self.tail_of_a_hyphenated_name(span, matched_ends)]
        known = [span for span in known if not self.place_in_an_institution(doc, span)]  # "Bank of America"
        known = [span for span in known if not self.inside_a_facility(doc, span)]  # "Patrick Space Force Base"
        taken = {i for span in known for i in range(span.start, span.end)}
        mentions = [self.with_its_number(doc, self.registered_mention(span)) for span in known]
        for span in self.unregistered_spans(doc, taken):
            if self.names_a_division(span):
                continue
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

    def names_a_division(self, span: Span) -> bool:
        """'de Data Center-afdeling', 'its Gaming division': a name before a division's head word is a part of the
        firm in view, not an entity of its own."""
        doc = span.doc
        k = span.end + (1 if span.end + 1 < len(doc) and doc[span.end].text in HYPHENS and not doc[span.end].whitespace_ else 0)
        return k < len(doc) and doc[k].lower_ in self.division_heads

    def letter_glued_to_a_word(self, span: Span) -> bool:
        """'X-band', 'X-ray': one letter glued to a common word is a term, not the company named so ('X-topman'
        is: a role glued to a name)."""
        doc = span.doc
        if len(span.text) != 1 or span.end + 1 >= len(doc) or doc[span.end].text not in HYPHENS \
                or span[-1].whitespace_ or doc[span.end].whitespace_:
            return False
        word = doc[span.end + 1]
        return word.is_lower and word.lower_ not in self.role_words

    @staticmethod
    def tail_of_a_hyphenated_name(span: Span, matched_ends: set[int]) -> bool:
        """'Zuid-Amerika', 'Noord-Korea': a known name glued by a hyphen to a capitalized word before it is the end
        of another name (not in 'Tesla-SpaceX', two known names)."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].text not in HYPHENS or doc[span.start - 1].whitespace_ \
                or span.start - 1 in matched_ends:
            return False
        before = doc[span.start - 2]
        return not before.whitespace_ and before.is_alpha and before.text[:1].isupper()

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
