"""load_pipeline(lang): the trained syntax (or a blank pipeline) plus our components, loaded once per process."""
from __future__ import annotations

import functools
import json
import os
from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .tokenizer import blank_with_our_tokenizer, our_tokenizer

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
    nlp.add_pipe("kb_overlaps")
    nlp.add_pipe("kb_discourse")
    nlp.add_pipe("kb_relations")
    nlp.add_pipe("kb_claims")
    return nlp


def load_pipeline(lang: str, extra_entities: list[dict] | tuple = ()) -> Language:
    """The pipeline for 'nl' or 'en'; `extra_entities` are user registry entries (from the db)."""
    return _load(lang, json.dumps(list(extra_entities), sort_keys=True, default=str))
