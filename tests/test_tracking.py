from __future__ import annotations

import json

from kb import keys
from kb.cli import cli
from kb.schema import open_db

from .conftest import jsonl, run


def test_a_quarter_or_half_year_keys_apart_from_its_year():
    assert keys.claim_key("spacex", "revenue", "2026-07-01", "USD", True, "2026-09-30") == "spacex|revenue|2026-Q3|USD"
    assert keys.claim_key("spacex", "revenue", "2026-01-01", "USD", True, "2026-06-30") == "spacex|revenue|2026-H1|USD"
    assert keys.claim_key("spacex", "revenue", "2026-01-01", "USD", True, "2026-12-31") == "spacex|revenue|2026|USD"
    assert keys.claim_key("spacex", "revenue", "2026-07-01", "USD", True, "2026-07-31") == "spacex|revenue|2026|USD"


def test_claim_keys_group_across_wording_and_units():
    a = keys.claim_key("spacex", "power", "2026-01-01", "GW", True)
    b = keys.claim_key("spacex", "power", "2026-11-30", "MW", True)
    assert a == b == "spacex|power|2026|W"
    assert keys.claim_key("spacex", "ipo_date", "2026-06-01", None, False) == "spacex|ipo_date||"


def test_the_spacex_ipo_conflict_is_found(runner, corpus_db):
    found = jsonl(run(runner, "conflicts", "--db", str(corpus_db), "--nl"))
    ipo = next(c for c in found if c["subject"] == "SpaceX" and c["metric"] == "ipo_raise")
    values = {(s["value"], s["source"].rsplit("/", 1)[-1]) for s in ipo["sides"]}
    assert values == {(25e9, "2026-01-29-china-ruimte-datacentra.nl.txt"), (50e9, "2026-02-08-xai-spacex-fusie.nl.txt")}
    text = run(runner, "conflicts", "--db", str(corpus_db))
    assert "SpaceX / ipo_raise" in text and "25 bn USD" in text and "50 bn USD" in text


def test_a_wider_tolerance_settles_it(runner, corpus_db):
    found = jsonl(run(runner, "conflicts", "--tolerance", "0.6", "--db", str(corpus_db), "--nl"))
    assert not any(c["metric"] == "ipo_raise" for c in found)


def musk_forecast(rows):
    return next(r for r in rows if r["claimant"] == "Elon Musk" and r["said_on"] == "2026-01-29"
                and r["kind"] == "forecast")


def test_musks_forecast_falls_due_in_2028(runner, corpus_db):
    rows = jsonl(run(runner, "predictions", "--db", str(corpus_db), "--today", "2026-03-01", "--nl"))
    f = musk_forecast(rows)
    assert (f["period_start"][:7], f["period_end"][:7], f["status"]) == ("2028-01", "2029-01", "open")
    due = jsonl(run(runner, "predictions", "--db", str(corpus_db), "--today", "2028-06-01", "--status", "due", "--nl"))
    assert musk_forecast(due)


def test_overdue_unless_resolved(runner, corpus_copy):
    rows = jsonl(run(runner, "predictions", "--db", str(corpus_copy), "--today", "2030-06-01", "--nl"))
    f = musk_forecast(rows)
    assert f["status"] == "overdue"
    out = run(runner, "predictions", "resolve", f["id"], "--outcome", "missed", "--source", "https://example.test/later",
              "--note", "still cheaper on earth", "--db", str(corpus_copy))
    assert out.startswith(f"resolved {f['id']} as missed")
    after = musk_forecast(jsonl(run(runner, "predictions", "--db", str(corpus_copy), "--today", "2030-06-01", "--nl")))
    assert (after["status"], after["outcome"], after["outcome_source"]) == ("resolved", "missed", "https://example.test/later")
    resolved = jsonl(run(runner, "predictions", "--status", "resolved", "--db", str(corpus_copy), "--nl"))
    assert [r["id"] for r in resolved] == [f["id"]]


def test_outcomes_survive_a_forced_reextraction(runner, corpus_copy):
    f = musk_forecast(jsonl(run(runner, "predictions", "--db", str(corpus_copy), "--nl")))
    run(runner, "predictions", "resolve", f["id"], "--outcome", "partly", "--db", str(corpus_copy))
    run(runner, "add", "--force", "--db", str(corpus_copy), "corpus/2026-01-29-china-ruimte-datacentra.nl.txt")
    again = musk_forecast(jsonl(run(runner, "predictions", "--db", str(corpus_copy), "--nl")))
    assert again["outcome"] == "partly"


def test_resolving_an_unknown_id_is_an_error(runner, corpus_db):
    result = runner.invoke(cli, ["predictions", "resolve", "zzzz", "--outcome", "met", "--db", str(corpus_db)])
    assert result.exit_code == 1 and "no claim with id 'zzzz'" in result.output


def test_timeline_marks_the_latest_value(runner, corpus_db, tmp_path):
    rows = jsonl(run(runner, "timeline", "SpaceX", "ipo_raise", "--db", str(corpus_db), "--nl"))
    assert [r["value"] for r in rows] == [25e9, 50e9]
    assert [r["latest"] for r in rows] == ["", "yes"]
    text = run(runner, "timeline", "SpaceX", "ipo_raise", "--db", str(corpus_db), "--out", str(tmp_path / "t.png"))
    assert "▁█" in text and (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")


def test_corroboration_counts_outlets_once(runner, tmp_path):
    db = tmp_path / "k.db"
    for i, outlet in enumerate(["one.example", "two.example", "two.example"]):
        path = tmp_path / f"a{i}.md"
        path.write_text(f"---\nurl: https://{outlet}/a{i}\npublished: 2026-03-0{i + 1}\nlanguage: en\n---\n"
                        f"Article {i}. SpaceX is valued at $800 billion, analysts at firm {i} said.\n", encoding="utf-8")
    run(runner, "add", "--db", str(db), str(tmp_path))
    rows = jsonl(run(runner, "corroboration", "SpaceX", "--db", str(db), "--nl"))
    valuation = [r for r in rows if r["metric"] == "valuation"]
    assert len(valuation) == 3 and {r["independent_sources"] for r in valuation} == {2}


def test_views_answer(corpus_db):
    db = open_db(corpus_db)
    for view in ("claim_conflicts", "claim_corroboration", "prediction_ledger", "latest_values", "claim_rows",
                 "relations_view", "graph_edges"):
        assert db.execute(f"select count(*) from [{view}]").fetchone()[0] > 0, view
    row = db.execute("select low_value, high_value from claim_conflicts where metric = 'ipo_raise'").fetchone()
    assert sorted(row) == [25e9, 50e9]


def test_claims_keyed_the_old_way_are_rekeyed_once(runner, tmp_path):
    article = tmp_path / "q3.md"
    article.write_text("---\npublished: 2026-11-14\n---\nSpaceX booked revenue of $5.2 billion in the third quarter.\n",
                       encoding="utf-8")
    db_path = tmp_path / "claims.db"
    run(runner, "add", "--db", str(db_path), str(article))
    db = open_db(db_path)
    db.execute("update claims set claim_key = 'spacex|revenue|2026|USD'")  # as a database of the first key version
    db.execute("delete from kb_meta")
    db.conn.commit()
    db = open_db(db_path)
    assert [r[0] for r in db.execute("select claim_key from claims")] == ["spacex|revenue|2026-Q3|USD"]


def db_with_article(runner, tmp_path, body: str) -> str:
    """A database holding one English article published 2026-03-10 with this body."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublished: 2026-03-10\nlanguage: en\n---\n{body}\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    run(runner, "add", str(path), "--db", db)
    return db


def test_a_prediction_falls_due_after_the_day_it_was_said(runner, tmp_path):
    db = db_with_article(runner, tmp_path, "Orbital Forge will launch 20 satellites today. "
                                           "Vega Orbital plans to launch 40 satellites next year.")
    rows = json.loads(run(runner, "predictions", "--db", db, "--today", "2026-03-11", "--json"))
    assert [(r["subject"], r["period_end"]) for r in rows] == [("Vega Orbital", "2027-12-31")]
    assert "later_facts" in rows[0] and "candidates_n" not in rows[0]


def test_a_timeline_draws_a_sparkline_only_over_more_than_one_date(runner, tmp_path):
    db = db_with_article(runner, tmp_path, "SpaceX is valued at $400 billion. Earlier, SpaceX was valued at "
                                           "$350 billion.")
    assert "▁" not in run(runner, "timeline", "SpaceX", "valuation", "--db", db)
    assert "latest" in run(runner, "timeline", "--help")


def test_a_figure_repeated_in_headline_and_body_is_one_point(runner, tmp_path):
    db = db_with_article(runner, tmp_path, "Vega Orbital raises $50 million\n\n"
                                           "Vega Orbital raised $50 million on Monday, the company said. "
                                           "Vega Orbital raised $20 million in 2024.")
    rows = jsonl(run(runner, "timeline", "Vega Orbital", "funding_raised", "--db", db, "--nl"))
    assert sorted((r["value"], r["repeats"]) for r in rows) == [(20e6, None), (50e6, 2)]
    fifty = next(r for r in rows if r["value"] == 50e6)
    assert (fifty["text"], fifty["period_start"]) == ("$50 million", "2026-03-09")  # the body dates it: Monday
    voices = [r for r in jsonl(run(runner, "corroboration", "Vega Orbital", "--db", db, "--nl"))
              if r["metric"] == "funding_raised"]
    assert len(voices) == 2


def test_corroboration_names_an_article_without_outlet_by_its_path(runner, tmp_path):
    db = db_with_article(runner, tmp_path, "Vega Orbital is valued at $900 million, its founder said.")
    [row] = [r for r in jsonl(run(runner, "corroboration", "--db", db, "--nl")) if r["metric"] == "valuation"]
    assert row["independent_sources"] == 1 and row["outlets"].endswith(".md") and len(row["outlets"]) != 64


def test_a_prediction_names_what_falls_due(runner, tmp_path):
    db = db_with_article(runner, tmp_path, "Vega Orbital plans to launch 40 satellites next year. "
                                           "The agency expects a decision this month. "
                                           "Orbital Forge will go public in June. "
                                           "Vega Orbital wants something new by the summer.")
    rows = json.loads(run(runner, "predictions", "--db", db, "--today", "2026-03-11", "--json"))
    assert sorted((r["subject"], r["metric"]) for r in rows) == [("Orbital Forge", "ipo_date"),
                                                                  ("Vega Orbital", "satellite_count")]
    assert all("later_facts" in r and "candidates_n" not in r for r in rows)


def test_conflicts_read_only_the_keys_that_may_disagree_and_find_the_same(runner, tmp_path, monkeypatch):
    """The SQL that picks candidate keys is a filter, never a judge: at any tolerance it finds what reading every
    key finds."""
    from kb import tracking
    from kb.schema import open_db
    db_path = tmp_path / "c.db"
    for i, (value, day) in enumerate(((400, "01"), (420, "02"), (800, "03"))):
        path = tmp_path / f"v{i}.md"
        path.write_text(f"---\nurl: https://outlet{i}.example/a\npublished: 2026-03-{day}\nlanguage: en\n---\n"
                        f"SpaceX is valued at ${value} billion, bankers said.\n", encoding="utf-8")
        run(runner, "add", "--db", str(db_path), str(path))
    db = open_db(db_path, readonly=True)
    expected = {0.01: [400e9, 420e9, 800e9], 0.1: [400e9, 420e9, 800e9], 0.6: None}
    filtered = {t: tracking.conflicts(db, t) for t in expected}
    for tolerance, values in expected.items():
        found = [sorted(side["value"] for side in c["sides"]) for c in filtered[tolerance] if c["metric"] == "valuation"]
        assert found == ([values] if values else [])
    every_key = "select claim_key from claims where ? is not null"  # the tolerance is still bound, and filters nothing
    monkeypatch.setattr(tracking, "CONFLICT_CANDIDATES", every_key)
    assert {t: tracking.conflicts(db, t) for t in expected} == filtered
