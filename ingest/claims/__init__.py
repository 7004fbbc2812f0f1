"""Claims: subject, metric, value, unit, period, kind and claimant of each figure and dated event.

The trip, top to bottom: build (one claim per amount or dated event) -> when (its period) -> subject
(who it is about, who says it) -> counted (what a bare number counts) -> kind -> metric -> clauses
(the stretch of a sentence it belongs to) -> cues (the claim lexicon and where its phrases stand).
"""
from .build import build_claims, founded_is_about_the_company, price_is_about_the_bought

__all__ = ["build_claims", "founded_is_about_the_company", "price_is_about_the_bought"]
