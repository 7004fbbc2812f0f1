"""load_pipeline(lang): a blank spaCy pipeline plus our components, loaded once per process."""
from __future__ import annotations

import functools
import json

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

from . import components  # noqa: F401  (registers the factories)

LETTER = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
# Split "Starlink-satellieten", "Amazon-oprichter" (letter-hyphen-letter) so names stand
# alone; "Qwen-3" and "12A" keep their digits together.
HYPHEN_INFIX = rf"(?<=[{LETTER}])[-‐‑](?=[{LETTER}])"
POSSESSIVE_SUFFIX = r"[’'`]s$"
SENTENCE_PERIOD = rf"(?<=[{LETTER}0-9])\.$"  # "SpaceX." at the end of a sentence
CITATION = r"(?<=\])\[|\](?=\[)"  # "[1][3]"


def blank_with_our_tokenizer(lang: str) -> Language:
    nlp = spacy.blank(lang)
    tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [HYPHEN_INFIX, CITATION]).finditer
    tokenizer.suffix_search = compile_suffix_regex([POSSESSIVE_SUFFIX, SENTENCE_PERIOD] + list(nlp.Defaults.suffixes)).search
    return nlp


@functools.lru_cache(maxsize=8)
def _load(lang: str, extra_json: str) -> Language:
    nlp = blank_with_our_tokenizer(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("kb_line_breaks")
    nlp.add_pipe("kb_entities", config={"extra": json.loads(extra_json)})
    nlp.add_pipe("kb_amounts")
    nlp.add_pipe("kb_periods")
    nlp.add_pipe("kb_claims")
    nlp.add_pipe("kb_relations")
    return nlp


def load_pipeline(lang: str, extra_entities: list[dict] | tuple = ()) -> Language:
    """The pipeline for 'nl' or 'en'; `extra_entities` are user registry entries (from the db)."""
    return _load(lang, json.dumps(list(extra_entities), sort_keys=True, default=str))
