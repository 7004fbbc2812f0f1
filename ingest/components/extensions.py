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
    "kb_name_candidates": None,  # kb_entities: every name found
    "kb_amount_candidates": None,  # kb_amounts: every amount found
    "kb_periods": None,  # kb_periods: the times (a year inside a counted amount is none)
    "kb_mentions": None,  # kb_overlaps: the names outside times
    "kb_amounts": None,  # kb_overlaps: the amounts that are no times
    "kb_sentence_info": None,  # kb_discourse: each sentence's slots, reporting and tense
    "kb_relations": None,  # kb_relations
    "kb_claims": None,  # kb_claims
}

for name, default in EXTENSIONS.items():
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)
