"""Amounts in Dutch and English text: numbers in digits and words, their scale, bounds, unit or counted noun.

The trip, top to bottom: find (the whole text) -> merging (amounts joined into ranges, measures, ratios)
-> reader (one amount at a token) -> numbers (digits and number words) -> counted (the unit or noun
after a number) -> fractions -> numerals (words to values) -> vocabulary (the lexicon compiled) -> tokens.
"""
from .counted import counted_noun
from .find import find_amounts
from .numerals import combine, parse_number_word
from .tokens import parse_digits
from .vocabulary import vocab

__all__ = ["find_amounts", "combine", "parse_number_word", "counted_noun", "parse_digits", "vocab"]
