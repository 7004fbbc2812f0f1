"""spaCy components of the pipeline; importing this module registers their factories."""
from . import amounts, claims, discourse, entities, overlaps, periods, relations, sentences  # noqa: F401
