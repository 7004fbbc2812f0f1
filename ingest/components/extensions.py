"""Every Doc extension our components read and write, registered once, here.

Each component declares what it assigns and requires (spaCy checks the order of the pipeline
against it); the values below are the extensions' defaults.
"""
from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = {
    "kb_published": None,  # the day relative times count from; set before the pipeline runs
    "kb_published_period": None,  # the first and last day the publication date covers (a month: the month)
    "kb_published_told": False,  # no publication date: kb_published is the year the text tells of most
    "kb_mentions": None,  # kb_entities
    "kb_amounts": None,  # kb_amounts
    "kb_periods": None,  # kb_periods
    "kb_sentence_info": None,  # kb_claims: the discourse analysis, reused by kb_relations
    "kb_claims": None,  # kb_claims
    "kb_relations": None,  # kb_relations
}

for name, default in EXTENSIONS.items():
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
