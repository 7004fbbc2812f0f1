"""Claims: each amount, and each dated plan, forecast or event, tied to the entity it is about.

Attaches doc._.kb_claims: dicts with subject, metric, value/low/high, unit, period, kind, claimant,
the evidence span and the sentence index.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (registers the Doc extensions)

from ..dependencies import is_owner
from ..discourse import COMPANY_TYPES, PLACE_TYPES, dateline_end, doc_text, subject_for, topic_before, words_in
from ..lexicons import alt, lexicon, lexicon_shared, load_registry
from ..tokenizer import phrase_tokens
from ..amounts import parse_number_word, vocab
from ..spans import Spans
from ..units import unit_family
from ..tense import DEFINITE_ARTICLES, told_in_past


DEFAULT_METRIC = {"money": "amount", "percent": "percentage", "mass": "mass", "power": "power",
                  "energy": "energy", "time": "duration", "length": "distance", "compute": "compute",
                  "volume": "volume", "speed": "speed", "data": "data_capacity", "area": "area",
                  "frequency": "frequency"}
HEADER_CHARS = 250
TEMPERATURE_UNITS = {"degC", "degF", "K"}
BARE_MONEY = 1e6
GOVERNED_OPENERS = {"dat", "that"}
IDENTIFIER = re.compile(r"0\d+|\d{5,}")  # news writes a quantity this large with separators or a scale
MIN_UNITLESS = 1e5  # "vijf vragen", "één probleem": small bare numbers state nothing  # datelines live here; their dates are the article's, not claims


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
        "period_metrics": set(lex["period_metrics"]), "same_period_phrases": [p.lower() for p in lex["same_period_phrases"]], "ambiguous_references": set(lex.get("ambiguous_references", [])),
        "metric_in_context": {m: {finer: phrases(cues) for finer, cues in t.items()} for m, t in lex["metric_in_context"].items()},
        "events": {m: phrases(v) for m, v in lex["events"].items()},
        "articles": set(lex["weak_number_words"]),
        "lang": lang,
        "speech_words": {v for v in lex["speech_verbs"] if " " not in v},
        "separable_speech": dict(lex["separable_speech_verbs"]), "back_pointers": set(lex["back_pointers"]),
        "comparison_markers": [m.lower() for m in lex["comparison_markers"]],
        "base_openers": {"from", "van", "than", "dan"},
        "according_to": [p.lower() for p in lex["according_to"]], "complementizers": set(lex["complementizers"]),
        "source_units": set(lex["source_units"]), "source_followers": set(lex["source_followers"]),
        "speaking_openers": set(lex["speaking_openers"]), "partitives": list(lex["partitives"]),
        "and_words": list(lex["and_words"]),
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


def accepts(spec: dict, amount: dict, family: str | None) -> bool:
    units = spec["units"]
    if family is None:
        # a bare scaled amount ("10 miljard") is money more often than anything else
        return "money" in units and (amount["value"] or amount["high"] or 0) >= BARE_MONEY
    return family in units or amount["unit"] in units or (family == "count" and "count" in units)


def signed_by_its_verb(amount: dict, words, lex: dict) -> dict:
    """'net income fell 37%', 'een daling van 5 procent': a change told by a falling word is negative."""
    before = [w for w, at in words if at < amount["start"]][-1:]
    if before and before[0] in lex["level_words"]:
        return amount  # "daalde van 40 naar minder dan 15 procent": the levels, not the change
    grows = [p for p in lex["metrics"]["growth"]["words"] if p not in lex["falling"]]
    down = nearest(words, lex["falling"], amount["start"], compounding=lex["lang"] == "nl")
    up = nearest(words, grows, amount["start"], compounding=lex["lang"] == "nl")
    if down is None or (up is not None and up < down) or (amount["value"] or amount["low"] or amount["high"] or 0) < 0:
        return amount
    def neg(x):
        return -x if x is not None else None
    return {**amount, "value": neg(amount["value"]), "low": neg(amount["high"]), "high": neg(amount["low"])}  # the bounds swap


def same_period_as_before(text: str, amount: dict, info, earlier: dict | None, lex: dict) -> dict | None:
    """'Morgan Stanley sees $45 billion by 2035. Bank of America puts it at $10 billion over the same period':
    the period of the claim before."""
    clause = text[slice(*info.clause_of(amount["start"]))].lower()
    m = next((p for p in lex["same_period_phrases"] if p in clause), None)
    if m is None or earlier is None or not (earlier["period_start"] or earlier["period_end"]):
        return None
    at = info.clause_of(amount["start"])[0] + clause.index(m)
    return {"start": at, "end": at + len(m), "text": text[at:at + len(m)], "period_start": earlier["period_start"],
            "period_end": earlier["period_end"], "precision": "range", "reference": earlier.get("reference") or "point",
            "anchored": True}


def the_period_it_is_for(t: dict | None, lex: dict) -> dict | None:
    """'Voor 2026 verwacht het bedrijf een omzet van 22 tot 24 miljard': a figure over a period is for it, not
    before it; 'voor' reads both ways, and a revenue or a budget is told for its year or quarter."""
    if t is None or t["reference"] != "deadline" or not t["period_end"] or \
            t["text"].split()[0].lower() not in lex["ambiguous_references"]:
        return t
    end = t["period_end"]
    start = {"year": end[:4] + "-01-01", "month": end[:7] + "-01",
             "quarter": f"{end[:4]}-{int(end[5:7]) - 2:02d}-01"}.get(t["precision"])
    return {**t, "period_start": start, "reference": "point"} if start else t


def priced_per_unit(amount: dict, text: str) -> bool:
    """'$200/kg', '€ 2,20/stuk': money per a unit is a price."""
    return unit_family(amount["unit"]) == "money" and re.match(r"\s?/\s?[^\W\d_]", text[amount["end"]:amount["end"] + 4]) is not None


def choose_metric(words, amount: dict, lex: dict, earlier: dict | None = None, clause=None) -> str:
    """The metric named by the nearest cue word, first in the amount's own clause ('Planet, which operates 200
    satellites, will build ...'), then in its sentence; without one, that of the paragraph's last amount of
    the same kind ('Starlink zal 16 miljard dollar omzetten. Vorig jaar was dat nog 11,8 miljard dollar.')."""
    family = unit_family(amount["unit"])
    # the amount's own words ("2000 banen") say what is counted; the cue is what is said of it ("schrapt")
    outside = [(w, at) for w, at in words if not amount["start"] <= at < amount["end"]]
    own = [(w, at) for w, at in clause or [] if not amount["start"] <= at < amount["end"]]
    best = nearest_cue(own, amount, family, lex) or nearest_cue(outside, amount, family, lex)
    if best:
        return metric_in_context(metric_of_what_is_measured(best, outside, amount["start"], lex), outside, amount, lex)
    for metric, spec in lex["metrics"].items():
        if amount["unit"] in spec["units"]:
            return metric  # "93 ruimtelanceringen": the unit says what is counted
    if earlier is not None and family not in (None, "count") and unit_family(earlier["unit"]) == family \
            and earlier["metric"] not in DEFAULT_METRIC.values():
        return earlier["metric"]
    if family in DEFAULT_METRIC:
        return DEFAULT_METRIC[family]
    if amount["unit"] in TEMPERATURE_UNITS:
        return "temperature"
    if family == "count":
        return amount["unit"].replace(" ", "_") + "_count"
    return "quantity"


def nearest_cue(words, amount: dict, family: str | None, lex: dict) -> str | None:
    best, best_d = None, None
    for metric, spec in lex["metrics"].items():
        if not accepts(spec, amount, family):
            continue
        d = nearest(words, spec["words"], amount["start"], compounding=lex["lang"] == "nl")
        if d is not None and (best_d is None or d < best_d):
            best, best_d = metric, d
    return best


def metric_in_context(metric: str, words, amount: dict, lex: dict) -> str:
    """'an initial public offering that could raise $75 billion': money raised in an IPO is the IPO's."""
    for finer, cues in lex["metric_in_context"].get(metric, {}).items():
        if nearest(words, cues, amount["start"], compounding=lex["lang"] == "nl") is not None:
            return finer
    return metric


def metric_of_what_is_measured(metric: str, words, pos: int, lex: dict) -> str:
    """'the market would be worth $1 trillion': what is worth it decides between a valuation and a market size."""
    table = lex["metric_by_subject"].get(metric)
    if not table:
        return metric
    before = [w for w, at in words if at < pos][-SUBJECT_REACH:]
    cues = lex["metrics"][metric]["words"]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in table and tuple(before[k:k + 2]) not in cues:  # not "market value", "market cap"
            return table[before[k]]
    return metric


SUBJECT_REACH = 6


def choose_event(words, pos: int, lex: dict, kind: str) -> str:
    best, best_d = None, None
    for metric, phrases in lex["events"].items():
        d = nearest(words, phrases, pos)
        if d is not None and (best_d is None or d < best_d):
            best, best_d = metric, d
    if kind is None:
        return best
    return best or {"plan": "plan", "forecast": "forecast"}.get(kind, "event")


def an_old_plan(kind: str, words, lex: dict) -> bool:
    """'Het bedrijf wilde eind 2025 al 648 satellieten hebben': a plan told in the past tense may have failed;
    it stays a plan even when its date has passed."""
    return kind == "plan" and any(w in lex["past_plan_words"] for w, _ in words)


def settled_kind(kind: str, time: dict | None, published: str | None, scheduled: bool = True,
                 foreseen: bool = False) -> str:
    """What was planned or foreseen for a period that ended before the article was written happened: a fact;
    a plain statement with a deadline or window still to come ("daalt tegen 2030 tot ...") is a forecast, and so
    is a future state told by a source about no one in particular ("Volgens ING is de markt in 2030 ... waard")."""
    if time is None or not published or not time["period_end"]:
        return kind
    if kind in ("plan", "forecast") and time["period_end"] < published and time["reference"] == "point":
        return "fact"
    if kind == "fact" and time["reference"] in ("deadline", "window") and time["period_end"] > published:
        return "forecast"  # "daalt tegen 2030 tot ...", "binnen tien jaar"
    if scheduled and kind == "fact" and time["reference"] == "point" and (time["period_start"] or "") > published:
        return "forecast" if foreseen else "plan"  # "lanceert begin volgende maand": a scheduled event, not yet a fact
    return kind


def carried_time(t: dict | None, kind: str, published: str | None, present: bool = False) -> dict | None:
    """The time of the sentence before dates a statement about the same thing, but not a plan or forecast
    when that time is already over ('China zette in mei ... Het land wil 2800 satellieten lanceren'),
    nor a fact when it is still to come."""
    if t is None or not published:
        return t
    if kind in ("plan", "forecast"):
        return None if (t["period_end"] or published) < published else t
    if (t["period_start"] or published) > published:
        return None  # a fact does not borrow a planned date
    if present and (t["period_end"] or published) < published and t["reference"] == "point":
        return None  # "... in the first half. The company is valued at": the present is not the first half
    return t


def in_the_past_when_reported(t: dict | None, kind: str, published: str | None) -> dict | None:
    """'raised $500 million in March' (said in November): a fact dated without a year happened
    in the last such month, not the next one."""
    if t is None or kind in ("plan", "forecast") or not published or not t["period_start"] \
            or t["period_start"] <= published or any(ch.isdigit() for ch in t["text"]) or t["reference"] != "point" \
            or t.get("anchored"):
        return t
    if t["precision"] == "day":  # "dinsdag" said on a Saturday: the Tuesday before, not next week's
        return {**t, "period_start": week_earlier(t["period_start"]), "period_end": week_earlier(t["period_end"])}
    return {**t, "period_start": year_earlier(t["period_start"]), "period_end": year_earlier(t["period_end"])}


def week_earlier(iso: str | None) -> str | None:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=7)).isoformat() if iso else iso


def year_earlier(iso: str | None) -> str | None:
    if not iso:
        return iso
    y, rest = iso[:4], iso[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{int(y) - 1:04d}{rest}"


def dates_the_saying(doc: Doc, t: dict, lex: dict, info=None) -> bool:
    """'zei dinsdag', 'said last October', 'zei ESA-directeur X maandag': a day, week or month next to a verb
    of saying (or to the speaker right after it) dates the saying; a window or deadline ('predicted that
    within five years') is what was said."""
    if t["reference"] != "point":
        return False
    if t["precision"] not in SAYING_PRECISIONS:  # "zei eerder dit jaar dat ...", but not "said 2025 revenue ..."
        span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
        return span is not None and said_before_what_was_said(doc, span, lex)
    near = [w for w, at in words_around(doc, t["start"], t["end"], 2)]
    if any(w in lex["speech_words"] for w, _ in words_around(doc, t["start"], t["end"], 2, within_clause=True)):
        return True  # not "SpaceX, which merged with xAI in February, expects ...": the merger is dated there
    span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
    if span is None:
        return False
    if in_an_opening_of_speaking(span, lex):
        return True  # "Speaking at a conference in Turin last October, the Amazon founder said ..."
    if said_before_what_was_said(doc, span, lex):
        return True  # "told employees in a memo on Monday that ...", "zei dinsdag in een verklaring dat ..."
    speaker = info.claimant if info is not None else None
    if speaker is not None and 0 <= t["start"] - speaker.end <= 1:
        before = [w for w, at in words_around(doc, speaker.start, speaker.end, 4) if at < speaker.start]
        if any(w in lex["speech_words"] for w in before):
            return True  # "zei ESA-directeur Josef Aschbacher maandag"
    lows = [tok.lower_ for tok in span.sent]
    if any(v in lex["separable_speech"] and content_follows(lows, lex["separable_speech"][v], lex) for v in near):
        return True  # "Vorige maand maakte SpaceX bekend dat ...": what was made known follows
    first = next((tok.lower_ for tok in span.sent if not (tok.is_space or tok.is_punct)), "")
    if first not in lex["back_pointers"]:
        return False  # "Vorige week maakte Tesla een omzetdaling bekend": the announcement is the event
    verbs = set(lows)
    return any(lex["separable_speech"].get(v) in near for v in verbs)  # "Dat maakte X dinsdag bekend"


def content_follows(lows: list[str], particle: str, lex: dict) -> bool:
    """'bekend dat ...': the particle of a separable verb of saying, and the 'dat' that opens what was said."""
    return any(w == particle and k + 1 < len(lows) and lows[k + 1] in lex["complementizers"] for k, w in enumerate(lows))


SAYING_PRECISIONS = {"day", "week", "month"}
SAYING_REACH = 6  # words between a verb of saying and its time, before what was said opens


def in_an_opening_of_speaking(span, lex: dict) -> bool:
    sent = span.sent
    first = next((tok.lower_ for tok in sent if not (tok.is_space or tok.is_punct)), "")
    comma = next((tok.i for tok in sent if tok.text == ","), sent.end)
    return first in lex["speaking_openers"] and span.end <= comma


def said_before_what_was_said(doc: Doc, span, lex: dict) -> bool:
    """A time between a verb of saying and the 'that'/'dat' that opens what was said dates the saying."""
    after = [tok.lower_ for tok in doc[span.end:min(span.end + 2, span.sent.end)] if not tok.is_punct]
    if not after or after[0] not in lex["complementizers"]:
        return False
    before = [tok.lower_ for tok in doc[max(span.sent.start, span.start - SAYING_REACH):span.start]]
    return any(w in lex["speech_words"] for w in before) and not any(w in lex["complementizers"] for w in before)


def counted_from_the_saying(times: list[dict], saying: set[int], published: str | None, info) -> list[dict]:
    """'Musk said in January that SpaceX would launch within two to three years': the window counts from
    January, when it was said, not from the article's date; a window another speaker set is left alone
    ('SpaceX has said ... within three years, while Google announced in November that ...')."""
    said = [t for t in times if t["start"] in saying and t["period_start"] and published]
    if not said or not published:
        return times
    when = in_the_past_when_reported(said[0], "fact", published)["period_start"]  # what was said lies behind
    if when >= published:
        return times
    shift = dt.date.fromisoformat(when) - dt.date.fromisoformat(published)
    def moved(iso):
        return (dt.date.fromisoformat(iso) + shift).isoformat() if iso else iso
    speaker = claimant_of(info, said[0]["start"])
    return [{**t, "period_start": moved(t["period_start"]), "period_end": moved(t["period_end"])}
            if t.get("anchored") and t["reference"] in ("window", "deadline") and t not in said
            and claimant_of(info, t["start"]) is speaker else t for t in times]


def not_the_saying(times: list[dict], saying: set[int]) -> list[dict]:
    """'said on Tuesday it will launch two satellites by early 2027': the day of saying dates the
    statement only when the statement has no time of its own."""
    own = [t for t in times if t["start"] not in saying]
    return own or times


def words_around(doc: Doc, start: int, end: int, n: int, within_clause: bool = False):
    """The n words before and after a span as (lowercase, offset); within_clause stops at a comma or
    other punctuation mark, which words_around otherwise skips."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    before = list(doc[max(0, span.start - n):span.start])
    after = list(doc[span.end:span.end + n])
    if within_clause:
        cut = [k for k, t in enumerate(before) if t.is_punct and t.text not in QUOTE_MARKS]
        before = before[cut[-1] + 1:] if cut else before
        cut = [k for k, t in enumerate(after) if t.is_punct and t.text not in QUOTE_MARKS]
        after = after[:cut[0]] if cut else after
    return [(t.lower_, t.idx) for t in before + after if not t.is_punct]


QUOTE_MARKS = {'"', "'", "“", "”", "‘", "’"}


def choose_kind(words, pos: int, lex: dict, qualifier: str | None = None, window: int = 60) -> str:
    """plan or forecast from cues in the clause; estimate from hedges near the amount; else fact."""
    for kind in ("plan", "forecast"):
        if nearest(words, lex["kinds"][kind], pos) is not None:
            return kind
    if qualifier in ("about", "estimated", "nearly"):
        return "estimate"
    d = nearest(words, lex["kinds"]["estimate"], pos)
    if d is not None and d <= window:
        return "estimate"
    return "fact"


def looking_back(t: dict | None, published: str | None) -> dict | None:
    """'daalde in vijf jaar van 40 naar 15 procent': in the past tense, 'in five years' is the five years
    up to the article, not a date five years ahead."""
    if t is None or not published or not t.get("anchored") or t["reference"] != "point" \
            or not t["period_start"] or t["period_start"] <= published or t["period_start"] != t["period_end"]:
        return t
    ahead = dt.date.fromisoformat(t["period_start"]) - dt.date.fromisoformat(published)
    start = (dt.date.fromisoformat(published) - ahead).isoformat()
    return {**t, "period_start": start, "period_end": published, "reference": "window"}


def opens_with_anaphor(info) -> bool:
    """'De raket bracht twintig satellieten ...', 'It carried ...': the sentence goes on about what the one
    before told."""
    first = min(info.slots, key=lambda s: s.tok_start, default=None)
    opener = next((t for t in info.span if not (t.is_space or t.is_punct)), None)
    return first is not None and first.anaphor and first.tok_start - info.span.start <= 1 or \
        opener is not None and opener.lower_ in DEFINITE_ARTICLES


def told_in_present(words, lex: dict) -> bool:
    """'The combined company is valued at ...': a present-tense verb and no past one."""
    lows = {w for w, _ in words}
    return bool(lows & lex["present_markers"]) and not told_in_past(words, lex)


def announced_intent(kind: str, words, subject, speaker, lex: dict, sentence=()) -> str:
    """'Google said it will launch two satellites': what a speaker says it will do itself is a plan;
    what it says others will do, or what it expects, stays a forecast."""
    if kind != "forecast" or subject is None or speaker is None or subject.entity != speaker.entity:
        return kind
    cues = {w for w, _ in words}
    reported = next((at for w, at in sentence if w in lex["reported_future"]), None)
    said = reported is not None and any(w in lex["speech_words"] and at < reported for w, at in sentence)
    future = lex["future_auxiliaries"] | (lex["reported_future"] if said else set())
    if cues & future and not cues & lex["prediction_words"]:
        return "plan"  # "would" only after a verb of saying: "announced that it would launch"; not "X would need"
    return kind


def closest_time(times: list[dict], start: int, end: int) -> dict | None:
    usable = [t for t in times if not (t["start"] < end and start < t["end"]) and t["period_start"] or
              (not (t["start"] < end and start < t["end"]) and t["period_end"])]
    if not usable:
        return None
    # "onlangs", "momenteel" only date a statement when nothing more specific is in the sentence,
    # unless they follow the amount at once: "to under $2,000 today"
    return min(usable, key=lambda t: (t.get("vague", False) and not 0 <= t["start"] - end <= 1,
                                      min(abs(t["start"] - end), abs(start - t["end"]))))


def time_the_when_clause_points_to(times: list[dict], info, pos: int, text: str, lex: dict, past: bool) -> dict | None:
    """'valued at $230bn in January, when it raised $20bn': a 'when' clause happens at the time before it; so do
    a relative clause ('its Q1 results, which showed ...') and a 'while' clause told in the past ('revenue of $28.1 billion for the quarter, while its net income fell')."""
    lo, _ = info.clause_of(pos)
    opener = text[lo:lo + 12].split()[:1]
    after_comma = text[:lo].rstrip().endswith(",")
    if not opener or not (opener[0].lower() in lex["when_openers"] or after_comma and opener[0].lower() in lex["relative_openers"]
                          or past and opener[0].lower() in lex["while_openers"]):
        return None  # "its Q1 2024 results, which showed revenue of €498 million": the results' quarter
    before = [c for c in info.clauses if c[1] <= lo]
    inside = [t for t in times if before and before[-1][0] <= t["start"] < before[-1][1]]
    return inside[0] if len(inside) == 1 else None


def same_clause(times: list[dict], info, pos: int, text: str) -> list[dict]:
    """Times of the clause around pos; after a colon, the clause it elaborates counts too."""
    lo, hi = info.clause_of(pos)
    inside = [t for t in times if lo <= t["start"] < hi]
    if not inside and text[info.span.start_char:lo].rstrip().endswith(":"):
        before = [c for c in info.clauses if c[1] <= lo]
        if before:
            inside = [t for t in times if before[-1][0] <= t["start"] < before[-1][1]]
    return inside


def paragraph_of(infos, slot) -> int | None:
    return next((i.paragraph for i in infos if any(s is slot for s in i.slots)), None)


def in_sentence(items: Spans, sent):
    return items.starting_in(sent.start_char, sent.end_char)


def build_claims(doc: Doc) -> list[dict]:
    lex = claim_lexicon(doc.lang_)
    infos = doc._.kb_sentence_info
    published = doc._.kb_published
    dated_at = doc._.kb_published_period  # a state told in the present holds when it was published
    amounts, times = doc._.kb_amounts or [], doc._.kb_periods or []
    amount_spans, time_spans = Spans(amounts), Spans(times)
    claims, previous_time, last_amount_claim = [], {}, {}
    report = reported_period(infos, times, published)
    text = doc_text(doc)
    for info in infos:
        sent = info.span
        words = sentence_words(doc, sent)
        s_amounts, s_times = in_sentence(amount_spans, sent), in_sentence(time_spans, sent)
        s_amounts = s_amounts + multiples_stated(sent, s_amounts, lex)
        s_times = [t for t in s_times if not is_dateline(t, published, text)]
        bases = [t for t in s_times if compared_with(text, t, lex)]  # "up from $400,000 in 2024"
        s_times = [t for t in s_times if t not in bases]
        saying = {t["start"] for t in s_times if dates_the_saying(doc, t, lex, info)}  # "zei dinsdag", "said in January"
        s_times = counted_from_the_saying(s_times, saying, published, info)
        topic = topic_before(infos, info.index)
        if topic is not None and info.claimant is not None and info.claimant.type != "PERSON" \
                and paragraph_of(infos, topic) != info.paragraph:
            topic = None  # a new paragraph that cites a firm or agency speaks of what that source counted
        used_times = set()
        for slot in info.slots:  # "150 Starship launches": a name inside a counted amount describes what is counted
            if any(a["start"] <= slot.start and slot.end <= a["end"] and a["unit"] for a in s_amounts):
                slot.counted = True
        verbless = without_a_verb(sent)
        for a in s_amounts:
            if a["unit"] is None and (verbless or IDENTIFIER.fullmatch(a["text"])):
                continue  # "Posts: 2,511 +934", "AP video 4637165": a counter or an identifier, nothing told
            a = ordinal_time_of_an_event(a, words, info, lex)
            if a is None:
                continue  # "for the second time" with no event named: an order, nothing counted
            a = counted_events(a, words, info, lex)
            a = unit_of_a_coordinated_count(a, s_amounts, text, lex)
            a = unit_pointed_back_to(a, last_amount_claim.get(info.paragraph), info, words, lex)
            a = unit_of_the_counted_noun(doc, a, lex)
            if a["unit"] is None and ((a["value"] or a["high"] or 0) < MIN_UNITLESS or a.get("comparison")):
                continue
            if numbered_name(a, info, text):
                continue  # "165 Falcon 9 missions", "de Long March 12": the digits belong to a name
            if is_one_of_a_unit(a, lex):
                continue  # "een ton aan apparatuur staat gelijk aan ...", "a kilogram costs": a unit, not a quantity
            if names_known_things(a, text, lex) or names_a_source(a, text, lex):
                continue  # "the two companies said", "according to two people": who speaks, not how many there are
            if unit_family(a["unit"]) == "time" and nearest(clause_words(words, info, a["start"]),
                                                            lex["metrics"]["duration"]["words"], a["start"]) is None:
                continue  # "a three-year deal", "ran it for six years": a span of time, not a measured claim
            subject, how = subject_for_amount(info, a, topic)
            generic = thing_named_generically(info, a, lex)
            if generic is not None:
                subject, how = None, "generic"
            here = clause_words(words, info, a["start"])
            earlier_time = time_before_the_compared(text, a, claims, info, lex)  # "up from 6 million a year earlier"
            if a.get("base_of_comparison") and base_time(text, a, bases, lex) is None and earlier_time is None:
                continue  # "45 medewerkers, tegen twaalf vroeger": a base with no time of its own is no claim
            t = earlier_time or base_time(text, a, bases, lex) or closest_time(
                not_the_saying(same_clause(s_times, info, a["start"], text), saying), a["start"], a["end"]) \
                or time_the_when_clause_points_to(s_times, info, a["start"], text, lex, told_in_past(here, lex))
            kind = choose_kind(here, a["start"], lex, a["qualifier"])
            if t is None:
                t = same_period_as_before(text, a, info, last_amount_claim.get(info.paragraph), lex)
            carried = t is None and (how == "context" or kind == "fact" and told_in_past(here, lex) and opens_with_anaphor(info))
            if carried:
                t = carried_time(previous_time.get(info.paragraph), kind, published, told_in_present(here, lex))
            if t is not None:
                used_times.add(t["start"])
            if how != "claimant":  # only the speaker was left to be the subject: no plan of its own is told
                kind = announced_intent(kind, here, subject, claimant_of(info, a["start"]), lex, words)
            if not carried:  # a time from the sentence before was placed there already
                t = in_the_past_when_reported(t, settled_kind(kind, t, published, scheduled=False), published)
                if kind == "fact" and told_in_past(here, lex):
                    t = looking_back(t, published)
            kind = kind if an_old_plan(kind, words, lex) else settled_kind(kind, t, published, foreseen=how == "claimant")
            a = name_counted_thing(a, info)
            earlier = last_amount_claim.get(info.paragraph)
            a = unit_of_the_same_things(a, earlier)
            metric = "price" if priced_per_unit(a, text) else "multiple" if a.get("multiple") \
                else choose_metric(words, a, lex, earlier, clause=here)
            if a["unit"] in lex["event_units"].values():  # "launched the Helix rocket for the fifth time": Helix's
                subject = vehicle_of_the_event(info, "launch" if a["unit"] == lex["event_units"].get("launch") else a["unit"], a, subject)
            if subject is not None and subject.type == "PERSON" and metric in lex["company_metrics"]:
                subject = company_in_view(infos, info, topic) or subject  # "Musk moet de EBITDA laten groeien": Tesla's
            if subject is not None and subject.entity in lex["constellations"] and (how != "sentence" or subject.anaphor) \
                    and about_satellites(doc, a, lex):  # "SpaceX placed 48 Starlink satellites": named, SpaceX did
                subject = constellation_in_view(infos, info, lex["constellations"][subject.entity]) or subject
            if metric == "growth":
                a = signed_by_its_verb(a, here, lex)
            if t is None and kind == "fact" and metric in lex["report_metrics"]:
                t = report  # "Tesla boekt een dramatisch laatste kwartaal ... De omzet kromp 3 procent"
            if metric in lex["period_metrics"]:
                t = the_period_it_is_for(t, lex)
            claims.append(claim_record(info, subject, metric, a, t, kind, dated_at, a, generic))
            last_amount_claim[info.paragraph] = claims[-1]
        for t in s_times:
            if t["start"] in used_times or not (t["period_start"] or t["period_end"]) or t.get("vague") \
                    and not (t.get("today") and choose_event(clause_words(words, info, t["start"]), t["start"], lex, None)):
                continue  # "nu", "momenteel" date what is said, they are not events; "is today launched" is one
            if t["start"] in saying:
                continue  # "zei dinsdag dat ...", "said on Tuesday": when it was said, not an event
            subject, how = subject_for(info, t["start"], topic)
            if subject is None or without_a_verb(sent):
                continue  # "March 28, 2025", a photo's caption: a date, no event told
            here = clause_words(words, info, t["start"])
            kind = choose_kind(here, t["start"], lex)
            if how != "claimant":
                kind = announced_intent(kind, here, subject, claimant_of(info, t["start"]), lex, words)
            if kind == "fact" and told_in_past(here, lex):
                t = in_the_past_when_reported(t, kind, published)  # "asked regulators in January" (said in September)
            kind = kind if an_old_plan(kind, words, lex) else settled_kind(kind, t, published, foreseen=how == "claimant")
            metric = (choose_event(segment_words(words, info, t["start"]), t["start"], lex, None)
                      or choose_event(without_other_dated_segments(clause_words(words, info, t["start"]), info, t, s_times),
                                      t["start"], lex, kind))
            subject = vehicle_of_the_event(info, metric, t, subject)
            claims.append(claim_record(info, subject, metric, None, t, kind, dated_at, t))
        own_times = [t for t in s_times if t["start"] not in saying]  # "maakte maandag bekend"
        if own_times:
            previous_time[info.paragraph] = own_times[-1]
    return claims


def company_in_view(infos, info, topic):
    """The company a sentence names (the first that is free to be a subject), else the topic when it is a
    company, else the company the story has named most so far."""
    named = next((s for s in info.candidates() if s.type in COMPANY_TYPES and not s.anaphor), None)
    if named is not None:
        return named
    if topic is not None and topic.type in COMPANY_TYPES:
        return topic
    seen = Counter(s.entity for i in infos[:info.index + 1] for s in i.slots if s.type in COMPANY_TYPES)
    if not seen:
        return None
    top = seen.most_common(1)[0][0]
    return next(s for i in infos[:info.index + 1] for s in i.slots if s.entity == top)


@functools.lru_cache(maxsize=None)
def constellations() -> dict[str, frozenset]:
    """Operator -> its constellations, from the registry (entries marked `constellation: true`)."""
    out: dict[str, set] = {}
    for entry in load_registry():
        if entry.get("constellation") and entry.get("parent"):
            out.setdefault(entry["parent"], set()).add(entry["slug"])
    return {k: frozenset(v) for k, v in out.items()}


def about_satellites(doc: Doc, amount: dict, lex: dict) -> bool:
    """A count of satellites ('meer dan 9.600 operationele satellieten'), or a measure whose clause is about
    satellites ('6,5 procent van de gelanceerde satellieten bedekt ...', 'Een deel van de satellieten zit
    op 550 kilometer hoogte'); money is the operator's, and so is a load of 'satellietapparatuur'."""
    if amount["unit"] == "satellites":
        return True
    if unit_family(amount["unit"]) == "money" or not doc.has_annotation("DEP"):
        return False
    words = lex["constellation_words"]
    compounding = lex["lang"] == "nl"  # "testsatellieten" ends in its head; "satellietapparatuur" does not
    return any(t.lower_ in words or (compounding and t.lower_.endswith(words))
               for t in clause_subject(doc, amount["start"]))


def clause_subject(doc: Doc, start: int) -> list:
    """The tokens of the grammatical subject of the clause a figure stands in (the figure's own phrase
    when it is that subject)."""
    token = next((t for t in doc if t.idx >= start), None)
    seen = set()
    while token is not None and token.i not in seen:
        seen.add(token.i)
        subjects = [c for c in token.children if c.dep_.startswith("nsubj")]
        if subjects:
            return [t for s in subjects for t in s.subtree]
        if token.dep_.startswith("nsubj"):
            return list(token.subtree)
        if token.head is token:
            break
        token = token.head
    return []


def constellation_in_view(infos, info, owned: frozenset):
    """The operator's constellation the story has named so far: a figure about satellites that names no one
    is the constellation's, not its operator's ('Starlink van SpaceX ... Momenteel zijn er 9.600 satellieten')."""
    for i in reversed(infos[:info.index + 1]):
        for slot in i.slots:
            if slot.entity in owned:
                return slot
    return None


def reported_period(infos, times: list[dict], published: str | None) -> dict | None:
    """The quarter or half year an article reports on, when its title or lead names one that has ended
    ('het laatste kwartaal van 2025', 'Q1 2024 results')."""
    lead = infos[:LEAD_SENTENCES]
    if not lead or not published:
        return None
    end = lead[-1].span.end_char
    return next((t for t in times if t["start"] < end and t["precision"] in REPORT_PRECISIONS
                 and t["period_end"] and t["period_end"] < published), None)


LEAD_SENTENCES = 3  # the title and the opening of the text (furniture lines count as sentences)
REPORT_PRECISIONS = {"quarter", "half"}


def names_known_things(amount: dict, text: str, lex: dict) -> bool:
    """'the two companies', 'de drie bedrijven', 'twee van zijn bedrijven': a small count after a definite article,
    or of someone's things, points back."""
    before = text[max(0, amount["start"] - 6):amount["start"]].lower().split()
    partitive = any(f" {p} " in f" {amount['text'].lower()} " for p in lex["partitives"])  # "twee van zijn eigen bedrijven"
    if amount.get("ordinal"):
        return False  # "the third revision" counts; "the three revisions" points back
    return (bool(before) and before[-1] in lex["definite_articles"] or partitive) and amount["unit"] is not None \
        and (amount["value"] or 0) < SMALL_REFERENCE and unit_family(amount["unit"]) == "count"


SMALL_REFERENCE = 10


def names_a_source(amount: dict, text: str, lex: dict) -> bool:
    """'according to two people familiar with the matter', 'volgens drie ingewijden'; '..., two people familiar
    with the matter said': a few people who speak are the source."""
    before = " ".join(text[max(0, amount["start"] - 25):amount["start"]].lower().split())
    if any(before.endswith(p) for p in lex["according_to"]):
        return True
    after = words_in(text[amount["end"]:amount["end"] + 40])[:2]
    return (amount["value"] or 0) <= FEW_SOURCES and amount["unit"] in lex["source_units"] and \
        any(w in lex["speech_words"] or w in lex["source_followers"] for w in after)


FEW_SOURCES = 5


def is_one_of_a_unit(amount: dict, lex: dict) -> bool:
    """'een ton', 'a kilogram', 'all day', 'full-year': one of a unit in words names the unit, not a quantity."""
    if amount["value"] != 1 or amount["low"] is not None or amount["high"] is not None or not amount["text"]:
        return False
    first = amount["text"].split()[0].lower()
    said_as_a_number = any(ch.isdigit() for ch in amount["text"]) or (
        first not in lex["articles"] and parse_number_word(first, lex["lang"]) is not None)  # "één satelliet"
    return not said_as_a_number


def unit_of_the_same_things(amount: dict, earlier: dict | None) -> dict:
    """'9400 satellieten ... toestemming voor nog eens 7500 exemplaren': copies of what was counted before."""
    if amount["unit"] in ANAPHORIC_UNITS and earlier is not None and unit_family(earlier["unit"]) == "count" \
            and earlier["unit"] not in ANAPHORIC_UNITS:
        return {**amount, "unit": earlier["unit"]}
    return amount


ANAPHORIC_UNITS = {"units"}


def unit_pointed_back_to(amount: dict, earlier: dict | None, info, words, lex: dict) -> dict:
    """'... meer dan tien miljoen klanten. Een jaar geleden waren dat er nog zo'n 6 miljoen.': a bare amount in the
    next sentence, with a word that points back, counts what the claim before counted."""
    if amount["unit"] is not None or earlier is None or earlier["sentence"] != info.index - 1 \
            or unit_family(earlier["unit"]) != "count":
        return amount
    if not any(w in lex["back_pointers"] for w, at in words if at < amount["start"]):
        return amount
    return {**amount, "unit": earlier["unit"]}


def unit_of_a_coordinated_count(amount: dict, amounts: list[dict], text: str, lex: dict) -> dict:
    """'1.06 billion shares were voted in favour and 916 million against': a bare amount joined to a count
    in the same sentence counts the same things."""
    if amount["unit"] is not None:
        return amount
    before = [a for a in amounts if a["end"] <= amount["start"] and a["unit"] and unit_family(a["unit"]) == "count"]
    if not before or any(before[-1]["end"] <= a["start"] < amount["start"] for a in amounts):
        return amount
    between = f' {text[before[-1]["end"]:amount["start"]].lower()} '
    joined = any(f" {w} " in between for w in lex["and_words"])
    base = not joined and any(f" {w} " in between for w in lex["base_markers"])
    if len(between) > COORDINATION_REACH or not (joined or base):
        return amount  # "14 missions so far this year, compared with 16 in all of 2025": the same things
    size = amount["value"] or amount["high"] or 0
    if not (size >= MIN_UNITLESS or (before[-1]["value"] or 0) <= size * 100):
        return amount  # "200 satellites and 3 ...": a small bare number says something else
    return {**amount, "unit": before[-1]["unit"], "base_of_comparison": base}


COORDINATION_REACH = 100


def counted_events(amount: dict, words, info, lex: dict) -> dict:
    """'lanceerde 165 keer', 'flew more than 120 times': a number of times counts the clause's event;
    '10 keer zo groot', 'three times more' compare instead."""
    if amount["unit"] is not None:
        return amount
    after = [(w, at) for w, at in words if at >= amount["end"]]
    if not after or after[0][0] not in lex["times_words"]:
        return amount
    if len(after) > 1 and after[1][0] in lex["times_comparatives"]:
        return {**amount, "comparison": True}  # "100 biljoen keer meer energie": a ratio, no quantity of its own
    event = choose_event(clause_words(words, info, amount["start"]), amount["start"], lex, None)
    unit = lex["event_units"].get(event)
    return {**amount, "unit": unit} if unit else amount


def ordinal_time_of_an_event(amount: dict, words, info, lex: dict) -> dict | None:
    """'lanceerde de Starship voor de vijfde keer': the fifth time counts the clause's event (5 launches)."""
    if not amount.get("ordinal") or amount["unit"] not in lex["times_words"] | lex["ordinal_times"]:
        return amount
    event = choose_event(clause_words(words, info, amount["start"]), amount["start"], lex, None)
    unit = lex["event_units"].get(event)
    return {**amount, "unit": unit} if unit else None


def numbered_name(amount: dict, info, text: str) -> bool:
    """Whether the amount's number stands inside a name that holds digits ('Falcon 9', 'Ariane 64')."""
    return any(s.start <= amount["start"] < s.end and any(ch.isdigit() for ch in text[s.start:s.end])
               for s in info.slots)


def multiples_stated(sent, amounts: list[dict], lex: dict) -> list[dict]:
    """'revenue more than doubled', 'twice as many launches', 'de vraag verdubbelt': a multiple, as an amount of
    so many times (the unit of "10 times" too), where no number already states it."""
    found = []
    for t in sent:
        factor = lex["multiplier_words"].get(t.lower_)
        if factor is None or any(a["start"] <= t.idx < a["end"] for a in amounts):
            continue
        objects = lex["multiplier_before_object"].get(t.lower_)
        if objects is not None and (t.i + 1 >= sent.end or t.doc[t.i + 1].lower_ not in objects):
            continue  # "a double launch": no multiple
        found.append({"start": t.idx, "end": t.idx + len(t.text), "text": t.text, "value": factor, "low": None,
                      "high": None, "unit": lex["multiple_unit"], "qualifier": None, "multiple": True})
    return found


def unit_of_the_counted_noun(doc: Doc, amount: dict, lex: dict) -> dict:
    """'13 nations', 'twee trappen', '33 aan elkaar gekoppelde raketmotoren': where the syntax says a bare
    number modifies a noun after it, that noun is what it counts."""
    if amount["unit"] is not None or not doc.has_annotation("DEP") or (amount["value"] or 0) < 2:
        return amount  # "één probleem", "one roof": a single thing is how it is told, not a count
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return amount
    outer = [t for t in span if not span.start <= t.head.i < span.end]
    if len(outer) != 1:
        return amount
    number, noun = outer[0], outer[0].head
    if number.dep_ != "nummod" or noun.pos_ != "NOUN" or not 0 <= noun.i - span.end < COUNTED_NOUN_REACH \
            or noun.lower_ in lex["not_counted_nouns"]:  # the number, not the tagger's Number, says it is plural
        return amount
    words = vocab(doc.lang_)
    if noun.lower_ in words["words"]:
        return amount  # "van 7,2 naar 20 miljoen": a scale, not a thing counted
    return {**amount, "unit": words["units"].get(noun.lower_, noun.lower_)}  # "3.8-meter": a unit after all


COUNTED_NOUN_REACH = 5  # tokens from the number to its noun: "33 aan elkaar gekoppelde raketmotoren"


def name_counted_thing(amount: dict, info) -> dict:
    """"een miljoen Optimussen": an entity right after a unitless number is what is counted."""
    if amount["unit"] is not None:
        return amount
    following = [s for s in info.slots if 0 <= s.start - amount["end"] <= 1 and not s.anaphor]
    return {**amount, "unit": following[0].name} if following else amount


def clause_words(words, info, pos):
    """The words of the clause around pos; a clause of what was said keeps its verb of saying."""
    lo, hi = info.clause_of(pos)
    inside = [w for w in words if lo <= w[1] < hi]
    if lo > info.span.start_char and inside and inside[0][0] in GOVERNED_OPENERS:
        inside = [w for w in words if w[1] < lo][-2:] + inside
    return inside


def segment_bounds(info) -> list[int]:
    """Character offsets that cut a sentence at its commas and semicolons, ends included."""
    return [info.span.start_char] + [tok.idx for tok in info.span if tok.text in (",", ";")] + [info.span.end_char]


def without_other_dated_segments(words, info, t: dict, times: list[dict]):
    """'The company, founded in 2023, plans a demonstration in 2028': 'founded' belongs to 2023."""
    bounds = segment_bounds(info)
    keep = []
    for lo, hi in zip(bounds, bounds[1:]):
        dated_elsewhere = any(lo <= o["start"] < hi for o in times if o is not t) and not lo <= t["start"] < hi
        keep += [] if dated_elsewhere else [(w, at) for w, at in words if lo <= at < hi]
    return keep


def segment_words(words, info, pos):
    """The words between the commas around pos: 'Blue Origin, founded in 2000, aims to ...'."""
    bounds = segment_bounds(info)
    lo = max(b for b in bounds[:-1] if b <= pos)
    hi = min(b for b in bounds[1:] if b > pos)
    return [w for w in words if lo <= w[1] < hi]


COUNTED_OWNER_TYPES = {"PRODUCT", "PROGRAM", "ORG", "AGENCY"}  # not "EUV-machines": an unknown acronym


def subject_for_amount(info, amount: dict, topic):
    # "9.000 Starlink-satellieten": the entity inside the counted noun is what is counted.
    for s in info.slots:
        if s.modifier and amount["start"] <= s.start and s.end <= amount["end"] and s.type in COUNTED_OWNER_TYPES:
            return s, "sentence"
    priced = vehicle_priced(info, amount)
    if priced is not None:
        return priced, "sentence"
    described = name_described(info, amount)
    if described is not None:
        return described, "sentence"
    lex = claim_lexicon(info.span.doc.lang_)
    measured = owner_of_the_measure(info, amount, lex) or recipient_of_the_amount(info, amount, lex) \
        or financed_by_the_amount(info, amount, lex)
    if measured is not None:
        return measured, "sentence"
    subject, how = subject_for(info, amount["start"], topic)
    if subject is None or reports_the_figure(info, subject, amount) or subject.type in PLACE_TYPES:
        syntactic = subject_by_syntax(info, amount, lex)
        if syntactic is not None and (subject is None or subject.type not in PLACE_TYPES
                                      or syntactic.type not in PLACE_TYPES):
            return syntactic, "sentence"  # "WASHINGTON - Isar Aerospace has raised ...": the firm, not the place
    if subject is None:  # "more than 150 Starship launches" and no one else named
        subject = next((s for s in info.slots if amount["start"] <= s.start and s.end <= amount["end"]), None)
        how = "sentence" if subject is not None else how
    if subject is not None and subject.type in PLACE_TYPES and how == "context":
        lo, hi = info.clause_of(amount["start"])
        here = next((s for s in info.slots if lo <= s.start < hi and s.type in PLACE_TYPES and not s.modifier
                     and s.entity != subject.entity), None)
        if here is not None:  # "Nederlanders betalen 9 euro ... In Frankrijk is dat 39 euro": a country set against it
            return here, "sentence"
    return subject, how


SUBJECT_DEPS = ("nsubj", "nsubj:pass")
DESCRIBING_DEPS = ("appos", "amod", "acl")  # "Helix, a rocket capable of carrying 800 kg": words about Helix
CLAUSE_OF_ITS_OWN = ("ccomp", "parataxis", "conj", "acl:relcl", "advcl:relcl")


def parsed_span(info, amount: dict):
    """The amount's tokens, when the syntax ran; None without a parse."""
    doc = info.span.doc
    if not doc.has_annotation("DEP"):
        return None
    return doc.char_span(amount["start"], amount["end"], alignment_mode="expand")


def name_described(info, amount: dict):
    """'Orbitra is developing Helix, a small rocket capable of carrying 800 kilograms': the amount sits in a
    phrase that describes a name without a verb of its own, so it is that name's, not the clause subject's."""
    span = parsed_span(info, amount)
    if span is None:
        return None
    node = span.root
    for _ in range(SUBJECT_CLIMB):
        head = node.head
        if head.i == node.i or node.dep_ in CLAUSE_OF_ITS_OWN or "Fin" in node.morph.get("VerbForm") \
                or any(c.dep_ == "cop" for c in node.children):
            return None  # a clause with a verb or a copula of its own says something, it does not describe
        if node.dep_ in DESCRIBING_DEPS and head.i < span.start:  # the description follows the name
            slot = slot_of(info, head)
            if slot is not None and slot.type in COUNTED_OWNER_TYPES | {"OTHER"}:
                return slot
        node = head
    return None


def reports_the_figure(info, subject, amount: dict) -> bool:
    """Whether the subject chosen is the source that reports the figure: the sentence's claimant, or (by the
    syntax) the subject of a verb whose complement clause states the amount ('Quilty estimates that ...')."""
    if info.claimant is not None and info.claimant.entity == subject.entity:
        return True
    doc = info.span.doc
    if not doc.has_annotation("DEP") or subject.tok_end > len(doc):
        return False
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    said = next((t for t in doc[subject.tok_start:subject.tok_end] if t.dep_ in SUBJECT_DEPS), None)
    if span is None or said is None:
        return False
    node = span.root
    while node.head.i != node.i:
        if node.dep_ in REPORTED_CLAUSES and node.head.i == said.head.i:
            return True
        node = node.head
    return False


REPORTED_CLAUSES = ("ccomp", "parataxis")


def subject_by_syntax(info, amount: dict, lex: dict):
    """The entity that is the grammatical subject of the clause that states the amount, or owns that subject
    ('Starlink's revenue was $7.8 billion'); so the source that reports the figure ('Quilty estimates that ...')
    is not taken for it. None when the parse names no entity there."""
    span = parsed_span(info, amount)
    subject = clause_subject_token(span.root) if span is not None else None
    if subject is None:
        return None
    return slot_of(info, subject) or next(
        (slot_of(info, c) for c in subject.children if is_owner(c, lex["belonging_prepositions"]) and slot_of(info, c)), None)


SUBJECT_CLIMB = 6  # heads from the amount up to its clause's verb
CLAUSE_EDGES = ("ccomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "appos")  # a clause or phrase of its own


def slot_of(info, token):
    """The entity slot whose tokens hold `token`, when it can be a subject: not a dateline's place, nor a name
    that only describes another ('SpaceX-concurrent Rocket Lab'). None for a subject that is not a name."""
    doc = info.span.doc
    dateline = dateline_end(doc, info.span.start)
    slot = next((s for s in info.slots if s.tok_start <= token.i < s.tok_end), None)
    if slot is None or slot.claimant or slot.modifier or slot.bracketed or slot.counted \
            or (dateline is not None and slot.tok_start < dateline):
        return None
    return slot


def vehicle_of_the_event(info, metric: str, t: dict, subject):
    """'The company performed the inaugural launch of Helix on March 30': the launch is the rocket's."""
    if metric not in lexicon_shared()["vehicle_events"] or (subject is not None and subject.type == "PRODUCT"):
        return subject
    lo, hi = info.clause_of(t["start"])
    doc = info.span.doc
    lex = claim_lexicon(doc.lang_)
    def after_of(s):  # "of Helix", "van de Helix-raket": not "launched an H100 chip", a payload
        before = [doc[k].lower_ for k in range(max(info.span.start, s.tok_start - 2), s.tok_start)]
        return bool(before) and (before[-1] in lex["belonging_prepositions"]
                                 or len(before) == 2 and before[0] in lex["belonging_prepositions"] and before[1] in DEFINITE_ARTICLES)
    vehicle = next((s for s in info.slots if lo <= s.start < hi and s.type == "PRODUCT" and not s.counted and not s.owned
                    and (after_of(s) or is_clause_subject(doc[s.tok_start:s.tok_end]) or glued_to_its_noun(doc, s))), None)
    return vehicle or subject


def glued_to_its_noun(doc, slot) -> bool:
    """'de New Glenn-raket': the name and its noun are one word, the thing itself (not 'its payload')."""
    return slot.tok_end + 1 < len(doc) and doc[slot.tok_end].text in ("-", "‐") and not doc[slot.tok_end - 1].whitespace_ \
        and doc[slot.tok_end + 1].lower_ in lexicon(doc.lang_)["vehicle_heads"]


def is_clause_subject(span) -> bool:
    """'Helix launched', 'de Helix-raket werd gelanceerd': the name, or the noun it is glued to, is the subject."""
    root = span.root
    return root.dep_ in SUBJECT_DEPS or (root.dep_ in ("compound", "amod", "flat", "nmod", "nmod:poss")
                                         and root.head.i >= span.end and root.head.dep_ in SUBJECT_DEPS)


def owner_of_the_measure(info, amount: dict, lex: dict):
    """'de lanceerprijs van een Falcon 9-raket is 50 miljoen euro', 'the price of a Helix launch is $5 million': a
    noun that measures, then 'of' and a name, in the amount's clause before it: the name owns the figure."""
    doc = info.span.doc
    lo = info.clause_of(amount["start"])[0]
    lows = [(t.i, t.lower_) for t in info.span if lo <= t.idx < amount["start"]]
    for k, (i, word) in enumerate(lows[:-1]):
        if not measures(word, lex):
            continue
        j = i + 1
        if doc[j].lower_ not in lex["belonging_prepositions"]:
            continue
        j += 1 + (doc[j + 1].lower_ in lex["articles"] | DEFINITE_ARTICLES if j + 1 < len(doc) else 0)
        owner = next((s for s in info.slots if s.tok_start == j and s.start < amount["start"]
                      and s.type not in PLACE_TYPES and not s.claimant), None)
        if owner is not None:
            return owner
    return None


def recipient_of_the_amount(info, amount: dict, lex: dict):
    """'giving Acme more than $5.9 billion, Orbitra $5.3 billion and Vega nearly $2.4 billion': after a verb of
    giving, the name right before an amount receives it."""
    doc = info.span.doc
    lo = info.clause_of(amount["start"])[0]
    before = [t for t in info.span if lo <= t.idx < amount["start"]]
    if not any(t.lower_ in lex["giving_verbs"] for t in before):
        return None
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return None
    return next((s for s in info.slots if s.tok_end == span.start and not s.possessor and s.type not in PLACE_TYPES), None)


def financed_by_the_amount(info, amount: dict, lex: dict):
    """'a $5 billion debt package for xAI', 'een lening van 2 miljard voor Orbitra': money raised for someone is
    theirs, whoever arranges it."""
    doc = info.span.doc
    span = doc.char_span(amount["start"], amount["end"], alignment_mode="expand")
    if span is None:
        return None
    k, words = span.end, []
    while k < info.span.end and len(words) < FINANCING_REACH and doc[k].is_lower and doc[k].lower_ not in lex["beneficiary_prepositions"]:
        words.append(doc[k].lower_)
        k += 1
    # "een lening van 2 miljard euro voor X", "a loan of $2 billion for X": the noun before the amount
    words += [t.lower_ for t in doc[max(info.span.start, span.start - 2):span.start]]
    if not any(w in lex["financing_nouns"] for w in words) or k >= info.span.end \
            or doc[k].lower_ not in lex["beneficiary_prepositions"]:
        return None
    return next((s for s in info.slots if s.tok_start == k + 1 and s.type in COMPANY_TYPES | {"PRODUCT", "PROGRAM", "OTHER"}), None)


FINANCING_REACH = 3  # "a $5 billion debt package for": the words that name what the money is


def measures(word: str, lex: dict) -> bool:
    """'prijs', 'lanceerprijs' (a Dutch compound ends in its head), 'price'."""
    return word in lex["measure_nouns"] or lex["lang"] == "nl" and any(
        word.endswith(m) and len(word) > len(m) + 2 for m in lex["measure_nouns"])


def thing_named_generically(info, amount: dict, lex: dict) -> str | None:
    """'Data centers could need 29 gigawatts', 'An average nuclear plant generates 1 gigawatt', 'de markt voor
    datacenters wordt op 23 gigawatt geschat': with no name in the amount's clause, its subject is a plain noun
    said of things in general (a bare plural or an indefinite singular), or what a noun that measures is said of.
    None where the subject is a name, a pronoun, a party ('investors') or a thing of the story ('the rocket')."""
    lo, hi = info.clause_of(amount["start"])
    if any(lo <= s.start < hi and s.type not in PLACE_TYPES and not s.claimant for s in info.slots):
        return None
    span = parsed_span(info, amount)
    if span is None:
        return None
    subject = clause_subject_token(span.root)
    if subject is None or subject.pos_ != "NOUN" or subject.i >= span.start or subject.head.i in range(span.start, span.end) \
            or any(s.tok_start <= subject.i < s.tok_end for s in info.slots):
        return None  # not the counted noun itself ("83 launches succeeded"), nor a noun after the figure
    if subject.lower_ in lex["measure_nouns"] or subject.lemma_.lower() in lex["measure_nouns"]:
        subject = next((t for t in said_of(subject, lex) if said_generically(t, lex)), None)
        return noun_phrase(subject) if subject is not None else None
    return noun_phrase(subject) if said_generically(subject, lex) else None


def clause_subject_token(node):
    """The grammatical subject of the clause a token stands in, climbing no further than its clause."""
    for _ in range(SUBJECT_CLIMB):
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if node.head.i == node.i or node.dep_ in CLAUSE_EDGES:
            return None
        node = node.head
    return None


def said_of(noun, lex: dict):
    """'de vraag naar elektriciteit van datacenters': the nouns a measuring noun is said of, nearest first."""
    for child in noun.children:
        if child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in lex["measure_links"] for c in child.children):
            yield child
            yield from said_of(child, lex)


def said_generically(noun, lex: dict) -> bool:
    """A bare plural ('data centers') or a noun after an indefinite article ('an average plant'); not a party."""
    if noun.pos_ != "NOUN" or noun.lower_ in lex["party_nouns"] or noun.lower_ in lex["not_counted_nouns"]:
        return False
    determiners = [c for c in noun.children if c.dep_ in ("det", "nmod:poss") or c.dep_.startswith("det")]
    if not determiners:
        return "Plur" in noun.morph.get("Number")
    compound = any(c.dep_ == "compound" for c in noun.children)  # "an average nuclear power plant", not "a site"
    return compound and len(determiners) == 1 and (determiners[0].lower_ in lex["articles"]
                                                   or "Ind" in determiners[0].morph.get("Definite"))


def noun_phrase(noun) -> str:
    """The noun with the compound words right before it: 'data centers', 'nuclear power plant' (its other
    adjectives say which ones: 'an average plant')."""
    doc, k = noun.doc, noun.i
    while k - 1 >= 0 and doc[k - 1].head.i >= k and (doc[k - 1].dep_ in ("compound", "flat")
                                                  or doc[k - 1].dep_ == "amod" and doc[k - 1].head.dep_ == "compound"):
        k -= 1
    text = doc[k:noun.i + 1].text
    return text[:1].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() else text


def vehicle_priced(info, amount: dict):
    """'Launch costs fell to $1,500 per kilogram on a Falcon 9': with no one acting in the clause, a price
    on a vehicle is the vehicle's ('Amazon spent $10 billion on Project Kuiper' stays Amazon's)."""
    lo = info.clause_of(amount["start"])[0]
    if any(lo <= s.start < amount["start"] and not s.governed for s in info.candidates()):
        return None
    text = doc_text(info.span.doc)
    on = priced_on(info.span.doc.lang_)
    return next((s for s in info.slots if s.type in ("PRODUCT", "PROGRAM") and 0 <= s.start - amount["end"] <= PRICED_REACH
                 and on.fullmatch(text[amount["end"]:s.start])), None)


@functools.lru_cache(maxsize=None)
def priced_on(lang: str):
    """' per kilogram on the ', ' op een ': what stands between a price and the vehicle it is paid on."""
    lex = lexicon(lang)
    articles = alt(lex["price_articles"])
    return re.compile(rf"(?:\s+(?:per|{articles})\s+\w+)?\s+(?:{alt(lex['vehicle_prepositions'])})\s+(?:(?:{articles})\s+)?", re.I)


PRICED_REACH = 30
COMPARISON_REACH = 40  # characters between a comparison marker and the time it compares with


def compared_with(text: str, t: dict, lex: dict) -> bool:
    """'een stijging ten opzichte van dezelfde periode vorig jaar': vorig jaar is the base, not the period."""
    opener = t["text"].split()[0] if t["text"].split() else ""
    reach = t["start"] + (len(opener) + 1 if opener.lower() in lex["base_openers"] else 0)  # "up 19% from 2024"
    before = text[max(0, t["start"] - COMPARISON_REACH):reach].lower()
    # not across a comma: "de helft van de omzet van SpaceX, die dit jaar ...": the clause has its own time
    return any(marker in before and "," not in before[before.rfind(marker) + len(marker):] for marker in lex["comparison_markers"])


def time_before_the_compared(text: str, amount: dict, claims: list[dict], info, lex: dict) -> dict | None:
    """'8 million subscribers at the end of June, up from 6 million a year earlier': the base lies that far
    before the period of the figure it is compared with."""
    m = lex["earlier_re"].match(text, amount["end"])
    compared = next((c for c in reversed(claims) if c["sentence"] == info.index and c["value"] is not None
                     and c["period_start"] and c["end"] <= amount["start"]), None)
    if m is None or compared is None:
        return None
    unit, n = lex["earlier_phrases"][" ".join(m.group("phrase").lower().split())]
    months = {"year": 12, "quarter": 3, "month": 1}[unit] * n
    def back(iso):
        return shift_months(dt.date.fromisoformat(iso), -months).isoformat() if iso else None
    return {"start": m.start("phrase"), "end": m.end("phrase"), "text": m.group("phrase"),
            "period_start": back(compared["period_start"]), "period_end": back(compared["period_end"]),
            "precision": "range", "reference": "point", "anchored": True}


def shift_months(d: dt.date, months: int) -> dt.date:
    """The same day so many months away; a month's last day stays its last day ('30 June' a quarter back is 31 March)."""
    y, m = divmod(d.month - 1 + months, 12)
    last = calendar.monthrange(d.year, d.month)[1] == d.day
    days = calendar.monthrange(d.year + y, m + 1)[1]
    return dt.date(d.year + y, m + 1, days if last else min(d.day, days))


def base_time(text: str, amount: dict, bases: list[dict], lex: dict) -> dict | None:
    """'revenue rose to $3.2 million, up from $400,000 in 2024': the base of a comparison has the base's time."""
    if not compared_with(text, amount, lex):
        return None
    return next((t for t in bases if 0 <= t["start"] - amount["end"] <= BASE_TIME_GAP
                 or text[amount["end"]:t["start"]].strip().lower() in lex["base_time_links"]), None)  # "16 in all of 2025"


BASE_TIME_GAP = 4  # " in ", " op "


def claimant_of(info, pos: int):
    """The source of what is said at pos: not a speaker of a later clause joined by 'en'/'and'
    ('Starcloud lanceerde vorig jaar X, en topman Y zegt dat ...')."""
    later = [who for at, who in info.later_speakers if at < pos]
    if later:
        return later[-1]  # "SpaceX has said ..., while Google announced that it would ..."
    speaker = info.claimant
    if speaker is not None:
        lo, hi = info.clause_of(pos)
        s_lo, _ = info.clause_of(speaker.start)
        opener = next((t.lower_ for t in info.span if t.idx >= s_lo and not t.is_space), "")
        if s_lo >= hi and opener in COORDINATED_CLAUSE_OPENERS:
            speaker = None
    return speaker or info.reported_by


COORDINATED_CLAUSE_OPENERS = {"en", "and", "maar", "but"}


def without_a_verb(sent) -> bool:
    """A line with no verb and no closing stop: a date stamp, a caption, a counter. Unknown without the tagger."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return sent.doc.has_annotation("POS") and not any(t.pos_ in ("VERB", "AUX") for t in sent) \
        and not (last is not None and last.text in SENTENCE_STOPS)


SENTENCE_STOPS = {".", "!", "?", "…"}


def is_dateline(t: dict, published: str | None, text: str) -> bool:
    """The article's own date near its top ('29 januari 2026 - ...', 'AUSTIN, Texas, Nov 6 (Reuters) -', which
    wires often date the day before); 'today', 'to date' are statements."""
    if date_labelled(t, text):
        return True  # "date 2025-05 Nvidia's ...": a label dates the page, whatever the precision
    if t["start"] >= HEADER_CHARS or t.get("anchored") or t["precision"] != "day":
        return False
    if published is not None and t["period_start"] == published == t["period_end"]:
        return True
    return bool(DATELINE_END.match(text, t["end"]))


def date_labelled(t: dict, text: str) -> bool:
    before = text[max(0, t["start"] - LABEL_REACH):t["start"]]
    return bool(date_label_before().search(before))


@functools.lru_cache(maxsize=None)
def date_label_before():
    labels = {w for lang in ("nl", "en") for w in lexicon(lang)["date_labels"]}
    return re.compile(rf"(?:^|\n)\s*(?:{alt(labels)})\s*:?\s*$", re.I)


LABEL_REACH = 20
DATELINE_END = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]\s")


def claim_record(info, subject, metric, amount, time, kind, dated_at, evidence, generic: str | None = None) -> dict:
    if time is not None:
        period_start, period_end, period_source = time["period_start"], time["period_end"], "explicit"
    elif dated_at is not None:
        (period_start, period_end) = dated_at  # "told": no date of its own, the year the article tells of most
        period_source = "told" if info.span.doc._.kb_published_told else "published"
    else:
        period_start = period_end = period_source = None
    source = claimant_of(info, evidence["start"])
    claimant = source.name if source is not None else None
    return {
        "sentence": info.index, "start": evidence["start"], "end": evidence["end"], "text": evidence["text"],
        "subject": subject.entity if subject else None, "subject_name": subject.name if subject else generic,
        "metric": metric,
        "value": amount["value"] if amount else None, "low": amount["low"] if amount else None,
        "high": amount["high"] if amount else None, "unit": amount["unit"] if amount else None,
        "qualifier": amount["qualifier"] if amount else None,
        "period_start": period_start, "period_end": period_end, "period_source": period_source,
        "time_text": time["text"] if time else None, "reference": time["reference"] if time else None,
        "kind": kind, "claimant": claimant,
    }


def founded_is_about_the_company(claims: list[dict], relations: list[dict]) -> list[dict]:
    """'Jeff Bezos founded Blue Origin in 2000', 'SpaceX, which Musk founded in 2002': the founding dates the
    company, not its founder."""
    founded = {(r["sentence"], r["subject"]): r for r in relations if r["relation"] == "founded"}
    out = []
    for c in claims:
        r = founded.get((c["sentence"], c["subject"])) if c["metric"] == "founded" else None
        out.append({**c, "subject": r["object"], "subject_name": r["object_name"]} if r else c)
    return out


@Language.component("kb_claims", assigns=["doc._.kb_claims"],
                    requires=["doc._.kb_mentions", "doc._.kb_amounts", "doc._.kb_periods", "doc._.kb_sentence_info",
                              "doc._.kb_relations"])
def claims(doc: Doc) -> Doc:
    doc._.kb_claims = founded_is_about_the_company(build_claims(doc), doc._.kb_relations or [])
    return doc
