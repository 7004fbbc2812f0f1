"""Attach doc._.kb_name_candidates: a list of dicts {start, end (token indices), entity, name, type,
registered}, the registry's names and those it misses (ingest/names/ finds them); kb_overlaps keeps
those outside times as doc._.kb_mentions."""
from __future__ import annotations

from spacy.language import Language

from ..names import EntityRecognizer
from . import extensions  # noqa: F401  (registers the Doc extensions)


@Language.factory("kb_entities", default_config={"extra": []}, assigns=["doc._.kb_name_candidates"])
def make_entity_recognizer(nlp: Language, name: str, extra: list[dict]):
    return EntityRecognizer(nlp, extra)
