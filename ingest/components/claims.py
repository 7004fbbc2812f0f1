"""Attach doc._.kb_claims: each amount, and each dated plan, forecast or event, tied to the entity it is
about (ingest/claims/ builds them)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..claims import (
    build_claims,
    founded_is_about_the_company,
    price_is_about_the_bought,
)
from ..discourse import doc_text
from . import extensions  # noqa: F401  (registers the Doc extensions)


@Language.component("kb_claims", assigns=["doc._.kb_claims"],
                    requires=["doc._.kb_mentions", "doc._.kb_amounts", "doc._.kb_periods", "doc._.kb_sentence_info",
                              "doc._.kb_relations"])
def claims(doc: Doc) -> Doc:
    relations = doc._.kb_relations or []
    claims = founded_is_about_the_company(build_claims(doc), relations)
    doc._.kb_claims = price_is_about_the_bought(claims, relations, doc_text(doc), doc.lang_)
    return doc
