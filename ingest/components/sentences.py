"""Line breaks end sentences: headings, datelines and list items have no final period."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("kb_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[i + 1].is_sent_start = True
    return doc
