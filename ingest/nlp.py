"""load_pipeline(lang): the trained syntax (or a blank pipeline) plus our components, loaded once per process."""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import components  # noqa: F401  (registers the factories)

LETTER = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
# Split "Starlink-satellieten", "Amazon-oprichter" (letter-hyphen-letter) so names stand
# alone; "Qwen-3" and "12A" keep their digits together.
HYPHEN_INFIX = rf"(?<=[{LETTER}])[-‐‑](?=[{LETTER}])"
POSSESSIVE_SUFFIX = r"[’'`]s$"
SENTENCE_PERIOD = rf"(?<=[{LETTER}0-9])(?<!\.[{LETTER}])\.$"  # "SpaceX." at the end of a sentence; not "U.S.", "a.m."
CITATION = r"(?<=\])\[|\](?=\[)"  # "[1][3]"


def our_tokenizer(nlp: Language) -> Tokenizer:
    """The language's own tokenizer with our infixes and suffixes, built in one go: setting them one by one
    on an existing tokenizer reloads its thousands of special cases each time (a slow cold start)."""
    defaults = nlp.Defaults
    return Tokenizer(
        nlp.vocab, rules=defaults.tokenizer_exceptions,
        prefix_search=compile_prefix_regex(defaults.prefixes).search if defaults.prefixes else None,
        suffix_search=compile_suffix_regex([POSSESSIVE_SUFFIX, SENTENCE_PERIOD] + list(defaults.suffixes)).search,
        infix_finditer=compile_infix_regex(list(defaults.infixes) + [HYPHEN_INFIX, CITATION]).finditer,
        token_match=defaults.token_match, url_match=defaults.url_match)


def blank_with_our_tokenizer(lang: str) -> Language:
    nlp = spacy.blank(lang)
    nlp.tokenizer = our_tokenizer(nlp)
    return nlp


SYNTAX = Path(__file__).parent / "syntax"  # trained by training/train_syntax.py from the UD treebanks


def syntax_enabled() -> bool:
    """KB_SYNTAX=0 runs the rules on a blank pipeline: to measure what the trained syntax brings."""
    return os.environ.get("KB_SYNTAX", "1") not in ("0", "off", "no", "false")


def with_syntax(lang: str) -> Language | None:
    """The shipped tagger, morphologizer and parser of `lang` with our tokenizer, or None without them."""
    path = SYNTAX / lang
    if not syntax_enabled() or not (path / "meta.json").exists():
        return None
    nlp = spacy.load(path)
    nlp.tokenizer = our_tokenizer(nlp)
    return nlp


@functools.lru_cache(maxsize=8)
def _load(lang: str, extra_json: str) -> Language:
    nlp = with_syntax(lang)
    if nlp is None:
        nlp = blank_with_our_tokenizer(lang)
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kb_line_breaks")
    else:  # the rules set the sentences (they score better on news furniture); the parser parses within them
        nlp.add_pipe("sentencizer", before="parser")
        nlp.add_pipe("kb_line_breaks", before="parser")
    nlp.add_pipe("kb_entities", config={"extra": json.loads(extra_json)})
    nlp.add_pipe("kb_amounts")
    nlp.add_pipe("kb_periods")
    nlp.add_pipe("kb_claims")
    nlp.add_pipe("kb_relations")
    return nlp


def load_pipeline(lang: str, extra_entities: list[dict] | tuple = ()) -> Language:
    """The pipeline for 'nl' or 'en'; `extra_entities` are user registry entries (from the db)."""
    return _load(lang, json.dumps(list(extra_entities), sort_keys=True, default=str))
