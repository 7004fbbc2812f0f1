"""Names in a text: the registry's entities, and the names it misses, as mentions with a type.

The trip, top to bottom: recognizer (registry names through PhraseMatchers, then the rest) -> runs (runs
of capitals cut into names) -> types (which to keep, and what each is) -> mentions (joined and settled
after finding) -> shapes (word shapes and the function words of names).
"""
from .recognizer import EntityRecognizer

__all__ = ["EntityRecognizer"]
