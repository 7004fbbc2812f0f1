"""Attach doc._.kb_relations: the ties between entities that ingest/relations/ finds in each sentence."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..relations import build_relations
from . import extensions  # noqa: F401  (registers the Doc extensions)


@Language.component("kb_relations", assigns=["doc._.kb_relations"],
                    requires=["doc._.kb_mentions", "doc._.kb_periods", "doc._.kb_sentence_info"])
def relations(doc: Doc) -> Doc:
    doc._.kb_relations = build_relations(doc)
    return doc
