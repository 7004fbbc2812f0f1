"""Tracking claims over time: keys, timelines, conflicts, corroboration, predictions, supersession.

Everything here reads claim rows from SQLite; SQL views over the same ideas live in schema.py.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict


TOLERANCE = 0.10  # values within 10% of each other agree
OUTCOMES = ("met", "missed", "partly")
SPARKS = "▁▂▃▄▅▆▇█"


CLAIMS = """
    select c.id, c.claim_key, c.subject as subject_slug, coalesce(e.name, c.subject, c.subject_text) as subject, c.metric,
           c.value, c.low, c.high, c.unit, c.norm_value, c.norm_low, c.norm_high, c.norm_unit,
           c.period_start, c.period_end, c.period_source, c.kind, c.claimant, c.text, s.text as sentence,
           a.source, a.published, a.outlet, coalesce(a.outlet, a.id) as voice, a.id as article_id, c.start
    from claims c join articles a on a.id = c.article_id
    left join sentences s on s.id = c.sentence_id left join entities e on e.slug = c.subject
"""


def fetch(db, where: str = "", params=()) -> list[dict]:
    return list(rows_of(db, where, params))


def rows_of(db, where: str = "", params=(), order: str = ""):
    """Claim rows one at a time (a large database's claims need not all be in memory at once)."""
    cursor = db.execute(CLAIMS + (" where " + where if where else "") + (" order by " + order if order else ""),
                        list(params))
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))


def point(row: dict) -> float | None:
    """One number for a claim: its value, or the middle of its range."""
    if row["norm_value"] is not None:
        return row["norm_value"]
    if row["norm_low"] is not None and row["norm_high"] is not None:
        return (row["norm_low"] + row["norm_high"]) / 2
    return row["norm_low"] if row["norm_low"] is not None else row["norm_high"]


def agree(a: float, b: float, tolerance: float = TOLERANCE) -> bool:
    return a == b or abs(a - b) <= tolerance * max(abs(a), abs(b))


def timeline(db, subject_slug: str, metric: str) -> list[dict]:
    """Every value, oldest first; a figure an article repeats (its headline and its body) is one row."""
    rows = once_per_article(fetch(db, "c.subject = ? and c.metric = ?", [subject_slug, metric]))
    rows.sort(key=lambda r: (r["period_start"] or r["published"] or "", r["published"] or ""))
    latest = latest_by_key(rows)
    for r in rows:
        r["latest"] = latest.get(r["claim_key"]) == r["id"]
    return rows


def once_per_article(rows: list[dict]) -> list[dict]:
    """One row for each figure an article states, however often it repeats it (a headline and its body): the
    place that dates it explicitly, else the first, with `repeats` the number of times. Figures without a
    value are kept as they are."""
    kept: dict[tuple, dict] = {}
    out = []
    for r in sorted(rows, key=lambda r: (r["article_id"], r["period_source"] != "explicit", r["start"] or 0)):
        if point(r) is None:
            out.append({**r, "repeats": 1})
            continue
        same = (r["article_id"], r["claim_key"], point(r), r["norm_unit"])
        if same in kept:
            kept[same]["repeats"] += 1
        else:
            kept[same] = {**r, "repeats": 1}
            out.append(kept[same])
    return out


def outlet_name(row: dict) -> str:
    """Who published it: the outlet, else the article's path or URL as given (never its hash)."""
    return row["outlet"] or row["source"]


def latest_by_key(rows: list[dict]) -> dict[str, str]:
    """Supersession: per key, the newest fact (or the newest claim when none is a fact)."""
    best: dict[str, tuple] = {}
    for r in rows:
        rank = (r["kind"] == "fact", r["published"] or "", r["period_end"] or "")
        if r["claim_key"] not in best or rank > best[r["claim_key"]][0]:
            best[r["claim_key"]] = (rank, r["id"])
    return {k: v[1] for k, v in best.items()}


def sparkline(values: list[float]) -> str:
    if not values:
        return ""
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    return "".join(SPARKS[min(7, int((v - lo) / span * 7.999))] for v in values)


# Keys that may hold a disagreement, found in SQL so that only their claims are read: two articles or more, and
# the key's values spread beyond the tolerance (if any pair disagrees, its lowest and highest do), or no values
# and windows of which one ends before another starts. The pairs themselves are checked in Python.
CONFLICT_CANDIDATES = """
    select claim_key from (
        select claim_key, article_id, period_start, period_end,
               coalesce(norm_value, (norm_low + norm_high) / 2, norm_low, norm_high) as p
        from claims where subject is not null)
    group by claim_key
    having count(distinct article_id) >= 2
       and (max(p) - min(p) > ? * max(abs(max(p)), abs(min(p)))
            or count(p) = 0 and min(period_end) < max(period_start))"""


def conflicts(db, tolerance: float = TOLERANCE) -> list[dict]:
    """Keys whose sources disagree: values beyond the tolerance, or windows that do not overlap."""
    where, params = (f"c.claim_key in ({CONFLICT_CANDIDATES})", [tolerance]) if 0 <= tolerance < 1 else ("", [])
    groups = itertools.groupby(rows_of(db, where, params, order="c.claim_key, c.id"), key=lambda r: r["claim_key"])
    out = []
    for key, rows in groups:
        rows = list(rows)
        if len({r["article_id"] for r in rows}) < 2 or rows[0]["subject_slug"] is None:
            continue  # claims without a subject are about no one thing
        valued = [r for r in rows if point(r) is not None]
        pairs = []
        for i, a in enumerate(valued):
            for b in valued[i + 1:]:
                if a["article_id"] != b["article_id"] and not agree(point(a), point(b), tolerance):
                    pairs.append((a, b))
        if not valued:
            dated = [r for r in rows if r["period_end"]]
            for i, a in enumerate(dated):
                for b in dated[i + 1:]:
                    if a["article_id"] != b["article_id"] and (a["period_end"] < b["period_start"] or b["period_end"] < a["period_start"]):
                        pairs.append((a, b))
        if pairs:
            sides = {r["id"]: r for pair in pairs for r in pair}
            out.append({"claim_key": key, "subject": rows[0]["subject"], "metric": rows[0]["metric"],
                        "kind": "value" if valued else "period", "sides": sorted(sides.values(), key=lambda r: r["published"] or "")})
    return out


def corroboration(db, tolerance: float = TOLERANCE) -> list[dict]:
    """For each figure an article states, the independent outlets whose claims of the same key agree with it.

    Reprints count once: claims whose sentence text is identical share one voice. A figure an article repeats
    is one row. An article without a known outlet is a voice of its own, named by its path or URL.
    """
    groups = defaultdict(list)
    rows = once_per_article(fetch(db))
    for r in rows:
        groups[r["claim_key"]].append(r)
    out = []
    for r in rows:
        backers, voices = {}, set()
        for other in groups[r["claim_key"]]:
            same = (point(r) is None and point(other) is None) or (
                point(r) is not None and point(other) is not None and agree(point(r), point(other), tolerance))
            text = " ".join((other["sentence"] or "").split())
            if same and text not in voices:
                voices.add(text)
                backers.setdefault(other["voice"], outlet_name(other))
        out.append({"id": r["id"], "subject": r["subject"], "metric": r["metric"], "value": r["value"],
                    "unit": r["unit"], "text": r["text"], "published": r["published"], "source": r["source"],
                    "independent_sources": len(backers), "outlets": ", ".join(sorted(backers.values())),
                    "claim_key": r["claim_key"]})
    return out


def prediction_status(row: dict, today: str) -> str:
    if row.get("outcome"):
        return "resolved"
    if today < (row["period_start"] or row["period_end"]):
        return "open"
    if today <= row["period_end"]:
        return "due"
    return "overdue"


def predictions(db, today: str | None = None) -> list[dict]:
    """Forecasts and plans with an explicit window after the day they were said."""
    today = today or dt.date.today().isoformat()
    rows = fetch(db, "c.id in (select id from prediction_rows)")  # which claims are predictions: kb/derived.py
    outcomes = {r[0]: r[1:] for r in db.execute("select claim_id, outcome, source, note, resolved_at from prediction_outcomes")}
    for r in rows:
        outcome = outcomes.get(r["id"])
        r["outcome"], r["outcome_source"], r["outcome_note"], r["resolved_at"] = outcome or (None, None, None, None)
        r["status"] = prediction_status(r, today)
        r["said_on"] = r["published"]
        r["candidates"] = outcome_candidates(db, r)
    return sorted(rows, key=lambda r: (r["period_end"], r["subject"] or ""))


def outcome_candidates(db, prediction: dict) -> list[dict]:
    """Later articles with facts about the same subject and metric: places to look for the outcome."""
    if not prediction["published"]:
        return []
    rows = fetch(db, "c.subject = ? and c.metric = ? and c.kind = 'fact' and a.published > ?",
                 [prediction["subject_slug"], prediction["metric"], prediction["published"]])
    return [{"id": r["id"], "source": r["source"], "published": r["published"], "text": r["text"]} for r in rows]


def resolve_prediction(db, id_prefix: str, outcome: str, source: str | None, note: str | None) -> str:
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}")
    ids = [r[0] for r in db.execute("select id from claims where id like ?", [id_prefix + "%"])]
    if len(ids) != 1:
        raise KeyError(f"{'no' if not ids else 'more than one'} claim with id {id_prefix!r}")
    with db.atomic():
        db["prediction_outcomes"].upsert({"claim_id": ids[0], "outcome": outcome, "source": source, "note": note,
                                          "resolved_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")},
                                         pk="claim_id")
    return ids[0]


def metrics(db, every: bool = False) -> list[dict]:
    """The metrics claims are filed under, with their labels and how many claims each has (with `every`,
    also those no claim has yet), most used first."""
    if not db["metrics"].exists():  # a database made before the vocabulary: describe its metrics from it
        from ingest.metrics import describe, vocabulary
        counts = dict(db.execute("select metric, count(*) from claims group by metric").fetchall())
        rows = [(d["name"], d["label"], d["unit"], counts.get(d["name"], 0), d["description"])
                for d in map(describe, sorted(set(counts) | (set(vocabulary()) if every else set())))]
        rows.sort(key=lambda r: (-r[3], r[0]))
    else:
        rows = db.execute("""
            select m.name, m.label, m.unit_family, count(c.id) as claims, m.description
            from metrics m left join claims c on c.metric = m.name
            group by m.name order by claims desc, m.name""").fetchall()
    return [{"name": n, "label": label, "unit_family": unit, "claims": count, "description": description}
            for n, label, unit, count, description in rows if every or count]
