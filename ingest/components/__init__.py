"""spaCy components of the pipeline; importing this module registers their factories."""
from . import (  # noqa: F401
    amounts,
    claims,
    discourse,
    entities,
    overlaps,
    periods,
    relations,
    sentences,
)
