"""spaCy components of the pipeline; importing this module registers their factories."""
from . import amounts, claims, entities, periods, relations, sentences  # noqa: F401
