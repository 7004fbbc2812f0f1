"""load_pipeline(lang): a blank spaCy pipeline plus our components, loaded once per process."""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

from . import components  # noqa: F401  (registers the factories)

LETTER = r"A-Za-zÀ-ÖØ-öø-ÿĀ-ſ"
# Split "Starlink-satellieten", "Amazon-oprichter" (letter-hyphen-letter) so names stand
# alone; "Qwen-3" and "12A" keep their digits together.
HYPHEN_INFIX = rf"(?<=[{LETTER}])[-‐‑](?=[{LETTER}])"
POSSESSIVE_SUFFIX = r"[’'`]s$"
SENTENCE_PERIOD = rf"(?<=[{LETTER}0-9])(?<!\.[{LETTER}])\.$"  # "SpaceX." at the end of a sentence; not "U.S.", "a.m."
CITATION = r"(?<=\])\[|\](?=\[)"  # "[1][3]"


def blank_with_our_tokenizer(lang: str) -> Language:
    nlp = spacy.blank(lang)
    tokenizer = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + [HYPHEN_INFIX, CITATION]).finditer
    tokenizer.suffix_search = compile_suffix_regex([POSSESSIVE_SUFFIX, SENTENCE_PERIOD] + list(nlp.Defaults.suffixes)).search
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
    ours = blank_with_our_tokenizer(lang).tokenizer
    nlp.tokenizer.infix_finditer, nlp.tokenizer.suffix_search = ours.infix_finditer, ours.suffix_search
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
