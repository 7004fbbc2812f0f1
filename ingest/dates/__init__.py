"""Time expressions in Dutch and English, resolved against the publication date.

The trip, top to bottom: find (the whole text, overlaps settled) -> ranges (two times joined) ->
absolute, relative, parts, holidays (the resolvers, one module per kind of expression) -> words (the
numbers in a date and what follows it) -> reckoning (date arithmetic, the year a date falls in) ->
grammar (the lexicon compiled into patterns); years_in_words turns "tweeduizend vijfentwintig" into digits first.
"""
from .find import find_times

__all__ = ["find_times"]
