"""The claim lexicon compiled per language, and where its cue phrases stand in a sentence."""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from ..lexicons import lexicon, load_registry
from ..tense import DEFINITE_ARTICLES
from ..tokenizer import phrase_tokens

DEFAULT_METRIC = {"money": "amount", "percent": "percentage", "mass": "mass", "power": "power",
                  "energy": "energy", "time": "duration", "length": "distance", "compute": "compute",
                  "volume": "volume", "speed": "speed", "data": "data_capacity", "area": "area",
                  "frequency": "frequency"}


# Word lists of the subject rules, each read as a set under its own name.
SUBJECT_WORD_LISTS = ("joint_total_words", "development_verbs", "spending_words", "container_prepositions", "pay_nouns",
                      "flight_nouns", "absolute_openers", "firms_people", "plural_possessives", "valuing_verbs",
                      "valued_at")


@functools.lru_cache(maxsize=None)
def claim_lexicon(lang: str) -> dict:
    lex = lexicon(lang)
    def phrases(words):
        return [phrase_tokens(w.lower(), lang, keep_punct=False) for w in words]
    return {
        "kinds": {k: phrases(v) for k, v in lex["kinds"].items()},
        "metrics": {m: {"words": phrases(d["words"]), "units": set(d["units"])} for m, d in lex["metrics"].items()},
        "metric_by_subject": {m: dict(t) for m, t in lex["metric_by_subject"].items()},
        "falling": phrases(lex["falling_words"]), "level_words": set(lex["level_words"]),
        "level_reached_words": set(lex["level_reached_words"]),
        "period_metrics": set(lex["period_metrics"]), "same_period_phrases": [p.lower() for p in lex["same_period_phrases"]], "ambiguous_references": set(lex.get("ambiguous_references", [])),
        "metric_in_context": {m: {finer: phrases(cues) for finer, cues in t.items()} for m, t in lex["metric_in_context"].items()},
        "events": {m: phrases(v) for m, v in lex["events"].items()},
        "not_said_words": set(lex["not_said_words"]),
        "comparison_openers": phrases(lex["comparison_openers"]),
        "later_words": set(lex["later_words"]),
        "comparatives": set(lex["comparatives"]), "comparison_thans": set(lex["comparison_thans"]),
        "articles": set(lex["weak_number_words"]),
        "equivalence_words": set(lex["equivalence_words"]),
        "price_links": set(lex["price_links"]),
        "lang": lang,
        "speech_words": {v for v in lex["speech_verbs"] if " " not in v},
        "saying_topic_prepositions": set(lex["saying_topic_prepositions"]),
        "vague_count_openers": tuple(w + " " for w in lex["vague_count_openers"]),
        "separable_speech": dict(lex["separable_speech_verbs"]), "back_pointers": set(lex["back_pointers"]),
        "comparison_markers": [m.lower() for m in lex["comparison_markers"]],
        "base_openers": {"from", "van", "than", "dan"},
        "according_to": [p.lower() for p in lex["according_to"]], "complementizers": set(lex["complementizers"]),
        "source_units": set(lex["source_units"]), "source_followers": set(lex["source_followers"]),
        "speaking_openers": set(lex["speaking_openers"]), "partitives": list(lex["partitives"]),
        "and_words": list(lex["and_words"]), "series_words": list(lex["series_words"]),
        "series_now_words": list(lex["series_now_words"]), "words_before_times": list(lex["words_before_times"]),
        "base_markers": [m.lower() for m in lex["base_markers"]], "when_openers": set(lex["when_openers"]),
        "while_openers": set(lex["while_openers"]), "relative_openers": set(lex["relative_pronouns"]) - {"who", "whose", "whom"},
        "earlier_phrases": {" ".join(k.lower().split()): v for k, v in lex["earlier_phrases"].items()},
        "earlier_re": re.compile(r"\s*,?\s*(?P<phrase>" + "|".join(sorted((re.escape(k) for k in lex["earlier_phrases"]),
                                                                        key=len, reverse=True)) + r")\b", re.I),
        "base_time_links": {" ".join(m.lower().split()) for m in lex["base_time_links"]},
        "definite_articles": DEFINITE_ARTICLES,
        "past_plan_words": set(lex["past_plan_words"]),
        "times_words": set(lex["times_words"]), "ordinal_times": set(lex["counting_ordinal_nouns"]) - {"year", "years", "jaar"}, "times_comparatives": set(lex["times_comparatives"]),
        "event_units": dict(lex["event_units"]),
        "past_markers": set(lex["past_markers"]), "present_markers": set(lex["present_markers"]), "past_endings": tuple(lex["past_endings"]),
        "present_auxiliaries": set(lex["present_auxiliaries"]), "also_present": set(lex.get("past_markers_also_present", [])),
        "perfect_auxiliaries": set(lex["perfect_auxiliaries"]),
        "future_auxiliaries": set(lex["future_auxiliaries"]), "reported_future": set(lex["reported_future_auxiliaries"]),
        "prediction_words": set(lex["prediction_words"]),
        "not_counted_nouns": set(lex["not_counted_nouns"]),
        "belonging_prepositions": set(lex["belonging_prepositions"]),
        "percent_unit": "%",
        "weak_pronouns": set(lex["weak_anaphora"]), "facility_heads": set(lex["facility_heads"]),
        **{name: set(lex[name]) for name in SUBJECT_WORD_LISTS},
        "measure_nouns": set(lex["measure_nouns"]), "measure_links": set(lex["measure_links"]),
        "giving_verbs": set(lex["giving_verbs"]), "financing_nouns": set(lex["financing_nouns"]),
        "beneficiary_prepositions": set(lex["beneficiary_prepositions"]),
        "party_nouns": set(lex["party_nouns"]) | set(lex["anaphor_heads"]) | set(lex["staff_words"]),
        "report_metrics": set(lex["report_metrics"]),
        "company_metrics": set(lex["company_metrics"]),
        "constellation_words": tuple(w.lower() for w in lex["constellation_words"]),
        "constellations": constellations(),
        "multiple_unit": lex["times_words"][0],
        "multiplier_words": {k: float(v) for k, v in lex["multiplier_words"].items()},
        "multiplier_before_object": {k: set(v) for k, v in lex["multiplier_before_object"].items()},
    }


def phrase_positions(words: list[tuple[str, int]], phrase: tuple, compounding: bool = False) -> list[int]:
    n = len(phrase)
    first = phrase[0]
    if n == 1:
        long_word = len(first) >= 6  # long cue words also match their inflections: "investeringen"
        compound_head = len(first) >= 5 and compounding  # Dutch compounds end in their head: "recordomzet"
        return [at for w, at in words if w == first or (long_word and w.startswith(first))
                or (compound_head and w.endswith(first) and len(w) >= len(first) + 4)]
    return [words[i][1] for i in range(len(words) - n + 1)
            if words[i][0] == first and tuple(w for w, _ in words[i:i + n]) == phrase]


def sentence_words(doc: Doc, sent) -> list[tuple[str, int]]:
    return [(t.lower_, t.idx) for t in sent if not (t.is_space or t.is_punct)]


def nearest(words, phrases, pos, compounding: bool = False) -> int | None:
    best = None
    for p in phrases:
        for at in phrase_positions(words, p, compounding):
            d = abs(at - pos)
            best = d if best is None or d < best else best
    return best


@functools.lru_cache(maxsize=None)
def constellations() -> dict[str, frozenset]:
    """Operator -> its constellations, from the registry (entries marked `constellation: true`)."""
    out: dict[str, set] = {}
    for entry in load_registry():
        if entry.get("constellation") and entry.get("parent"):
            out.setdefault(entry["parent"], set()).add(entry["slug"])
    return {k: frozenset(v) for k, v in out.items()}


def measures(word: str, lex: dict) -> bool:
    """'prijs', 'lanceerprijs' (a Dutch compound ends in its head), 'price'."""
    return word in lex["measure_nouns"] or lex["lang"] == "nl" and any(
        word.endswith(m) and len(word) > len(m) + 2 for m in lex["measure_nouns"])
