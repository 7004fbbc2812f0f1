"""The metrics vocabulary: every metric a claim can get has a label and a description, in the CLI and in Datasette."""
from __future__ import annotations

import json
import sqlite3

import pytest

from ingest.claims.cues import DEFAULT_METRIC
from ingest.lexicons import LANGUAGES, lexicon
from ingest.metrics import describe, vocabulary
from ingest.pipeline import extract_text

from .conftest import SAMPLE, jsonl, run

FALLBACKS = {"plan", "forecast", "event", "multiple", "price", "temperature", "quantity"}


def metrics_the_extraction_can_give() -> set[str]:
    names = set(DEFAULT_METRIC.values()) | FALLBACKS
    for lang in LANGUAGES:
        lex = lexicon(lang)
        names |= set(lex["metrics"]) | set(lex["events"])
        names |= {m for by_word in lex["metric_by_subject"].values() for m in by_word.values()}
        names |= {m for finer in lex["metric_in_context"].values() for m in finer}
        for listed in ("report_metrics", "company_metrics", "period_metrics"):
            names |= set(lex[listed])
    return names


def test_every_metric_the_extraction_can_give_is_described():
    missing = metrics_the_extraction_can_give() - set(vocabulary())
    assert not missing, f"add these to ingest/data/metrics.yml: {sorted(missing)}"
    for name, entry in vocabulary().items():
        assert entry["label"] and entry["description"] and entry["unit"], name


def test_a_counted_thing_gets_a_label_of_its_own():
    assert describe("gpus_count") == {"name": "gpus_count", "label": "Count: gpus", "unit": "count",
                                      "description": "How many gpus"}
    assert describe("valuation")["label"] == "Valuation"


@pytest.mark.parametrize("sentence, lang, metric", [
    ("The new rocket stands 90 meters tall.", "en", "size"),
    ("Its satellites circle at an altitude of 600 kilometers.", "en", "altitude"),
    ("The capsule travelled 400 kilometers before it landed.", "en", "distance"),
    ("Het ruimtestation draait op 400 kilometer boven de aarde.", "nl", "altitude"),
    ("De nieuwe raket wordt 90 meter hoog.", "nl", "size"),
])
def test_a_length_says_whether_it_is_a_size_or_an_altitude(sentence, lang, metric):
    doc = extract_text(sentence, lang, "2026-05-01")
    assert [(c["metric"], c["unit"]) for c in doc._.kb_claims] == [(metric, doc._.kb_claims[0]["unit"])]


def test_kb_metrics_lists_the_metrics_in_use_with_their_counts(runner, corpus_db):
    rows = jsonl(run(runner, "metrics", "--db", str(corpus_db), "--nl"))
    conn = sqlite3.connect(corpus_db)
    counts = dict(conn.execute("select metric, count(*) from claims group by metric"))
    assert {r["name"]: r["claims"] for r in rows} == counts
    ipo = next(r for r in rows if r["name"] == "ipo_raise")
    assert ipo == {"name": "ipo_raise", "label": "IPO proceeds", "unit_family": "money", "claims": counts["ipo_raise"],
                   "description": vocabulary()["ipo_raise"]["description"]}
    every = json.loads(run(runner, "metrics", "--db", str(corpus_db), "--all", "--json"))
    assert len(every) >= len(vocabulary()) and {r["name"] for r in rows} < {r["name"] for r in every}


def test_browse_rows_carry_the_label_of_their_metric(corpus_db):
    conn = sqlite3.connect(corpus_db)
    pairs = set(conn.execute("select metric, metric_label from claim_rows"))
    assert pairs and all(label == describe(metric)["label"] for metric, label in pairs)


def test_a_changed_label_reaches_the_rows_and_their_facets(runner, corpus_copy):
    from kb.derived import rebuild_all
    from kb.schema import open_db

    old = open_db(corpus_copy)  # as an older version labelled it
    old.execute("update metrics set label = 'Old name' where name = 'ipo_raise'")
    old.execute("update claim_rows set metric_label = 'Old name' where metric = 'ipo_raise'")
    rebuild_all(old)
    old.close()
    conn = sqlite3.connect(corpus_copy)
    run(runner, "add", "--db", str(corpus_copy), str(SAMPLE[0]))  # unchanged article; the vocabulary is saved
    assert {label for (label,) in conn.execute("select metric_label from claim_rows where metric = 'ipo_raise'")} \
        == {"IPO proceeds"}
    kept = sorted(conn.execute("select * from facet_counts"))
    db = open_db(corpus_copy)
    rebuild_all(db)
    assert sorted(db.execute("select * from facet_counts").fetchall()) == kept
