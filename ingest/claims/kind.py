"""The kind of a claim: fact, plan, forecast or target, from the verbs and the tense of its clause."""
from __future__ import annotations

import datetime as dt

from ..dependencies import is_finite
from ..tense import DEFINITE_ARTICLES, told_in_past
from .cues import nearest


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


def opens_with_a_comparison(words, lex: dict) -> bool:
    """'Ter vergelijking: Vega verdiende 220 miljard', 'By comparison, Vega earned $2 billion': a sentence that opens
    by setting itself against the one before tells of the same time."""
    lows = [w for w, _ in words]
    return any(tuple(lows[:len(p)]) == tuple(p) for p in lex["comparison_openers"])


def told_in_present(words, lex: dict) -> bool:
    """'The combined company is valued at ...': a present-tense verb and no past one."""
    lows = {w for w, _ in words}
    return bool(lows & lex["present_markers"]) and not told_in_past(words, lex)


def present_by_the_parse(info, pos: int) -> bool:
    """'Hij draait op een hoogte van 580 kilometer': the parser marks every finite verb of the clause present,
    where the word lists know only the commonest ('is', 'heeft')."""
    doc = info.span.doc
    if not doc.has_annotation("MORPH"):
        return False
    lo, hi = info.clause_of(pos)
    tenses = {tense for t in info.span if lo <= t.idx < hi and is_finite(t) for tense in t.morph.get("Tense")}
    return tenses == {"Pres"}


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
