"""Reading the trained parse: small questions about heads and dependency labels, shared by the
components that use the syntax."""
from __future__ import annotations


def span_root(doc, start: int, end: int):
    """The token of doc[start:end] whose head lies outside it (the first such, for a fragment)."""
    return next((t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i), doc[start])


OBJECT_DEPS = ("obj", "dobj", "iobj", "obl")


def is_object(doc, start: int, end: int) -> bool:
    """With the syntax: doc[start:end] is the object of its verb ('joined the company'), not its subject."""
    return doc.has_annotation("DEP") and span_root(doc, start, end).dep_ in OBJECT_DEPS


def is_owner(token, prepositions) -> bool:
    """'Starlink's revenue', 'de omzet van Starlink': the token hangs on its head as its owner, as a possessor
    or after one of the prepositions of belonging."""
    return token.dep_ == "nmod:poss" or token.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in prepositions for c in token.children)


def is_participle(token) -> bool:
    """'deploying', 'Rising', 'led', 'geleid': a verb in a participle or gerund form."""
    return token.pos_ == "VERB" and bool({"Ger", "Part"} & set(token.morph.get("VerbForm")))


def is_finite(token) -> bool:
    """A verb or auxiliary that carries tense: 'draait', 'is', 'launched'; not 'to field', 'deploying'."""
    return token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")
