"""Our tokenizer: each language's own, with the infixes and suffixes news needs; and lexicon phrases as
its tokens see them, so word lists match the way the pipeline splits text."""
from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

LETTER = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
# Split "Starlink-satellieten", "Amazon-oprichter" (letter-hyphen-letter) and "Falcon 9-raket", "Iris²-programma"
# (a digit before a lowercase word) so names stand alone; "Qwen-3" and "12A" keep their digits together.
HYPHEN_INFIX = rf"(?<=[{LETTER}])[-‐‑](?=[{LETTER}])|(?<=[0-9²³¹])[-‐‑](?=[a-zà-ÿ]{{3,}})"  # also "Falcon 9-raket"
POSSESSIVE_SUFFIX = r"[’'`‘]s$"  # ‘ too: 'SpaceX‘s' is typed with the opening quote
SENTENCE_PERIOD = rf"(?<=[{LETTER}0-9])(?<!\.[{LETTER}])\.$"  # "SpaceX." at the end of a sentence; not "U.S.", "a.m."
CITATION = r"(?<=\])\[|\](?=\[)"  # "[1][3]"
CREDIT_SLASH = r"(?<=[A-Z])/(?=[A-Z])"  # "ANP/RTR", "AP/Reuters": two credits, two names
CREDIT_SLASH_END = r"(?<=[A-Z]{2})/$"  # "REUTERS/ Jane Doe": a credit and then the photographer


def our_tokenizer(nlp: Language) -> Tokenizer:
    """The language's own tokenizer with our infixes and suffixes, built in one go: setting them one by one
    on an existing tokenizer reloads its thousands of special cases each time (a slow cold start)."""
    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab, rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=compile_suffix_regex([POSSESSIVE_SUFFIX, SENTENCE_PERIOD, CREDIT_SLASH_END] + list(defaults.suffixes)).search,
        infix_finditer=compile_infix_regex(list(defaults.infixes) + [HYPHEN_INFIX, CITATION, CREDIT_SLASH]).finditer,
        token_match=defaults.token_match, url_match=defaults.url_match)


def blank_with_our_tokenizer(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.tokenizer = our_tokenizer(nlp)
    return nlp


@functools.lru_cache(maxsize=None)
def _tokenizer(lang: str):
    return blank_with_our_tokenizer(lang).tokenizer


@functools.lru_cache(maxsize=65536)
def phrase_tokens(phrase: str, lang: str, keep_punct: bool = True) -> tuple[str, ...]:
    """A lexicon phrase as the pipeline's tokens see it: 'the start-up' -> ('the', 'start', '-', 'up')."""
    return tuple(t.lower_ for t in _tokenizer(lang)(phrase) if not t.is_space and (keep_punct or not t.is_punct))
