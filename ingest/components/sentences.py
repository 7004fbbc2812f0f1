"""Sentence ends the sentencizer misses: line breaks (headings, datelines and list items have
no final period), a period glued to a unit after a number ("for €120m. The deal ...") or to a
name in capitals ("bij Invest-NL. Oprichter ..."), and a run of words too long to be one sentence."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

MAX_SENTENCE_TOKENS = 200  # past this, a "sentence" is a list, a table or junk: cut it, so work per sentence stays bounded


@Language.component("kb_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    since_start = 0
    for i, token in enumerate(doc[:-1]):
        since_start = 0 if token.is_sent_start else since_start + 1
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            doc[i + 1].is_sent_start = True
        elif ends_a_sentence_after_a_number(doc, i) or ends_with_a_capitalized_abbreviation(doc, i):
            doc[i + 1].is_sent_start = True
        elif since_start >= MAX_SENTENCE_TOKENS:
            doc[i + 1].is_sent_start = True
    return doc


def ends_with_a_capitalized_abbreviation(doc: Doc, i: int) -> bool:
    """'bij Invest-NL. Oprichter ...': the Dutch exceptions keep 'NL.' and 'ING.' whole."""
    token, nxt = doc[i], doc[i + 1]
    word = token.text[:-1]
    return (token.text.endswith(".") and len(word) >= 2 and word.isalpha() and word.isupper()
            and bool(token.whitespace_) and nxt.text[:1].isupper())


def ends_a_sentence_after_a_number(doc: Doc, i: int) -> bool:
    """'120 m.' + 'The': the tokenizer kept the period on an abbreviation-like unit."""
    token, nxt = doc[i], doc[i + 1]
    return (i > 0 and doc[i - 1].like_num and not doc[i - 1].whitespace_ and token.text.endswith(".")
            and len(token.text) <= 4 and token.text[:-1].isalpha() and token.whitespace_
            and nxt.text[:1].isupper())
