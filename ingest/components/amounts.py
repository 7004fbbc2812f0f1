"""Attach doc._.kb_amounts: the amounts numbers.find_amounts finds, as character spans."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers the Doc extensions)

from ..discourse import doc_text
from ..numbers import find_amounts



@Language.component("kb_amounts", assigns=["doc._.kb_amounts"])
def amounts(doc: Doc) -> Doc:
    doc._.kb_amounts = find_amounts(doc_text(doc), doc.lang_)
    return doc
