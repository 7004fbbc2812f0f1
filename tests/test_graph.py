from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from kb import graph
from kb.cli import cli
from kb.schema import open_db

from .conftest import jsonl, run


def test_investors_of_xai_with_periods(runner, corpus_db):
    rows = jsonl(run(runner, "graph", "investors", "xAI", "--db", str(corpus_db), "--nl"))
    by_name = {r["subject"]: r for r in rows}
    assert {"Nvidia", "Cisco", "Qatar", "SpaceX", "Tesla"} <= set(by_name)
    assert by_name["Nvidia"]["period_start"].startswith("2026-01")
    assert by_name["SpaceX"]["period_start"] <= "2025-12-31" <= by_name["SpaceX"]["period_end"]
    assert by_name["Tesla"]["period_end"] == "2026-02-08"
    assert by_name["SpaceX"]["amount"] == 2e9 and by_name["SpaceX"]["amount_scope"] == "investor"
    assert by_name["Nvidia"]["amount"] == 20e9 and by_name["Nvidia"]["amount_scope"] == "round"
    assert all(r["source"].endswith("2026-02-08-xai-spacex-fusie.nl.txt") and r["evidence"] for r in rows)


def test_a_path_links_tesla_to_spacex_through_xai(runner, corpus_db):
    paths = jsonl(run(runner, "graph", "path", "Tesla", "SpaceX", "--db", str(corpus_db), "--nl"))
    through_xai = [p for p in paths if any("xAI" in (hop["subject"], hop["object"]) for hop in p)]
    assert through_xai and all(hop["evidence"] for hop in through_xai[0])
    text = run(runner, "graph", "path", "Tesla", "SpaceX", "--db", str(corpus_db))
    assert text.startswith("path 1 (")


def test_as_of_reads_the_graph_as_it_stood(runner, corpus_db):
    now = jsonl(run(runner, "graph", "neighbors", "xAI", "--relation", "part_of", "--evidence", "--db", str(corpus_db), "--nl"))
    assert any(r["subject"] == "X" and r["object"] == "xAI" and r["period_start"] == "2025-01-01" for r in now)
    before = jsonl(run(runner, "graph", "neighbors", "xAI", "--relation", "part_of", "--as-of", "2024-12-31",
                       "--db", str(corpus_db), "--nl"))
    assert not any(r["subject"] == "X" for r in before)


def test_owners_and_subsidiaries(runner, corpus_db):
    owners = {r["subject"] for r in jsonl(run(runner, "graph", "owners", "SpaceX", "--db", str(corpus_db), "--nl"))}
    assert "Elon Musk" in owners
    subs = {r["subject"] for r in jsonl(run(runner, "graph", "subsidiaries", "xAI", "--db", str(corpus_db), "--nl"))}
    assert "X" in subs


def test_blocs_do_not_double_count_round_totals(runner, corpus_db):
    data = json.loads(run(runner, "graph", "blocs", "--db", str(corpus_db), "--json"))
    assert "SpaceX" in data["members"]["muskonomy"] and "CASC" in data["members"]["china"]
    inside = next(f for f in data["flows"] if f["from"] == "muskonomy" and f["to"] == "muskonomy")
    assert inside["amount"] == {"USD": 2e9}
    nvidia = next(f for f in data["flows"] if f["from"] == "nvidia")
    assert nvidia["amount"] == {} and nvidia["rounds"][0]["total"] == 20e9


def test_measures_are_written_back(corpus_db):
    db = open_db(corpus_db)
    row = db.execute("select degree, first_seen, last_seen, bloc from entity_measures where slug = 'xai'").fetchone()
    assert row[0] >= 8 and row[1] == "2026-02-08" and row[2] == "2026-02-08" and row[3] == "muskonomy"
    edges = db.execute("select count(*) from graph_edges").fetchone()[0]
    assert edges == db["relations"].count


def test_exports(runner, corpus_db, tmp_path):
    data = json.loads(run(runner, "graph", "export", "--format", "json", "--db", str(corpus_db)))
    assert "edges" in data and any(e["relation"] == "invested_in" for e in data["edges"])
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"g.{fmt}"
        run(runner, "graph", "export", "--format", fmt, "-o", str(out), "--db", str(corpus_db))
        assert ET.parse(out).getroot() is not None


def test_show_draws_a_picture(runner, corpus_db, tmp_path):
    for name in ("xai.png", "xai.svg"):
        out = tmp_path / name
        run(runner, "graph", "show", "xAI", "--out", str(out), "--db", str(corpus_db))
        head = out.read_bytes()[:200]
        assert head.startswith(b"\x89PNG") if name.endswith("png") else b"<svg" in out.read_bytes()[:2000]


def test_unknown_entity_is_a_clear_error(runner, corpus_db):
    result = runner.invoke(cli, ["graph", "investors", "Nobody Inc", "--db", str(corpus_db)])
    assert result.exit_code == 1
    assert "unknown entity 'Nobody Inc' (see `kb entity list`)" in result.output


def test_build_graph_keeps_provenance(corpus_db):
    g = graph.build_graph(open_db(corpus_db))
    article_edges = [d for _, _, d in g.edges(data=True) if d["origin"] == "article"]
    assert article_edges and all(d["article_id"] and d["evidence"] and d["source"] for d in article_edges)


def test_neighbors_show_one_row_per_tie_and_every_sentence_with_evidence(runner, corpus_db):
    ties = jsonl(run(runner, "graph", "neighbors", "xAI", "--db", str(corpus_db), "--nl"))
    keys = [(t["subject"], t["relation"], t["object"]) for t in ties]
    assert len(keys) == len(set(keys)) and ties
    sentences = jsonl(run(runner, "graph", "neighbors", "xAI", "--evidence", "--db", str(corpus_db), "--nl"))
    assert sum(t["sources"] for t in ties) <= len(sentences)
    merged = next(t for t in ties if t["relation"] == "merged_with")
    assert merged["sources"] >= 1 and merged["first"] <= merged["last"] and merged["outlets"]
    table = run(runner, "graph", "neighbors", "xAI", "--db", str(corpus_db))
    assert "sources" in table.splitlines()[0] and " - " not in table.splitlines()[0]
