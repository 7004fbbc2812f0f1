"""Attach doc._.kb_sentence_info: each sentence's slots (names, amounts, times), its reporting and
its tense, the analysis the relations and the claims both read."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..discourse import analyse
from . import extensions  # noqa: F401  (registers the Doc extensions)


@Language.component("kb_discourse", assigns=["doc._.kb_sentence_info"],
                    requires=["doc._.kb_mentions", "doc._.kb_amounts", "doc._.kb_periods"])
def discourse(doc: Doc) -> Doc:
    doc._.kb_sentence_info = analyse(doc)
    return doc
