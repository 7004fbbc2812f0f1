from __future__ import annotations

import json

import pytest

from ingest import EXTRACTOR_VERSION
from ingest.pipeline import extract
from ingest.sources import read_article
from kb.cli import cli
from kb.schema import open_db
from kb.store import save_article, table_counts

from .conftest import SAMPLE, jsonl, run


def counts(path):
    return table_counts(open_db(path))


def test_corpus_builds_every_table(corpus_db):
    c = counts(corpus_db)
    assert c["articles"] == 3
    assert c["claim_rows"] == c["claims"] > 0
    assert all(c[t] > 0 for t in ("sentences", "entities", "aliases", "mentions", "claims", "relations")), c


def test_readding_changes_no_row(runner, corpus_copy):
    before = counts(corpus_copy)
    result = runner.invoke(cli, ["add", "--db", str(corpus_copy), *map(str, SAMPLE)])
    assert result.exit_code == 0
    assert "added 0, unchanged 3, failed 0" in result.output
    assert counts(corpus_copy) == before


def test_force_reextracts_to_the_same_rows(runner, corpus_copy):
    before = counts(corpus_copy)
    result = runner.invoke(cli, ["add", "--force", "--db", str(corpus_copy), str(SAMPLE[0])])
    assert result.exit_code == 0 and "added 1" in result.output
    assert counts(corpus_copy) == before


def test_a_bad_file_is_reported_and_the_others_go_in(runner, tmp_path):
    db = tmp_path / "k.db"
    missing = tmp_path / "missing.txt"
    result = runner.invoke(cli, ["add", "--db", str(db), str(SAMPLE[0]), str(missing), str(SAMPLE[1])])
    assert result.exit_code == 1
    assert f"error: {missing}: no such file\n" in result.output
    assert "added 2, unchanged 0, failed 1" in result.output
    assert counts(db)["articles"] == 2


def test_a_failure_inside_an_article_leaves_nothing_of_it(tmp_path):
    db = open_db(tmp_path / "k.db")
    extracted = next(extract([read_article(str(SAMPLE[2]))]))
    broken_claim = extracted.claims[-1].__class__(**{**extracted.claims[-1].__dict__, "sentence": 10_000})
    broken = extracted.__class__(**{**extracted.__dict__, "claims": extracted.claims + (broken_claim,)})
    with pytest.raises(KeyError):
        save_article(db, broken, EXTRACTOR_VERSION)
    c = table_counts(db)
    assert (c["articles"], c["sentences"], c["mentions"], c["claims"], c["relations"]) == (0, 0, 0, 0, 0)
    assert save_article(db, extracted, EXTRACTOR_VERSION) is True
    assert table_counts(db)["articles"] == 1


def test_export_requires_a_database(runner, tmp_path):
    result = runner.invoke(cli, ["export", "claims", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.output == f"Error: no database at {tmp_path / 'none.db'} (run `kb add` first)\n"


def export(runner, db, what, fmt="jsonl"):
    result = runner.invoke(cli, ["export", what, "--db", str(db), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output


def test_export_contract_fields(runner, corpus_db):
    needed = {
        "claims": {"source", "subject", "metric", "value", "unit", "period_start", "period_end", "kind",
                   "claimant", "sentence", "text", "start", "end"},
        "mentions": {"source", "entity", "type", "text", "start", "end"},
        "relations": {"source", "subject", "relation", "object", "period_start", "period_end", "sentence"},
        "entities": {"slug", "name", "type", "wikidata", "bloc"},
        "articles": {"id", "source", "title", "language", "published"},
    }
    for what, fields in needed.items():
        rows = [json.loads(line) for line in export(runner, corpus_db, what).splitlines()]
        assert rows, what
        assert fields <= set(rows[0]), (what, fields - set(rows[0]))


def test_export_csv_has_a_header(runner, corpus_db):
    lines = export(runner, corpus_db, "claims", "csv").splitlines()
    assert lines[0].startswith("source,subject,")
    assert len(lines) > 10


def test_offsets_point_into_the_article(runner, corpus_db):
    texts = {p.name: read_article(str(p)).text for p in SAMPLE}
    for what in ("claims", "mentions", "relations"):
        for line in export(runner, corpus_db, what).splitlines():
            row = json.loads(line)
            text = next(t for name, t in texts.items() if row["source"].endswith(name))
            assert text[row["start"]:row["end"]] == row["text"], (what, row)


def test_both_spacex_ipo_amounts_with_their_own_source(runner, corpus_db):
    rows = [json.loads(line) for line in export(runner, corpus_db, "claims").splitlines()]
    ipo = {(r["value"], r["source"].rsplit("/", 1)[-1]) for r in rows if r["subject"] == "SpaceX" and r["metric"] == "ipo_raise"}
    assert (25e9, "2026-01-29-china-ruimte-datacentra.nl.txt") in ipo
    assert (50e9, "2026-02-08-xai-spacex-fusie.nl.txt") in ipo


def test_extract_prints_json_without_a_database(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["extract", str(SAMPLE[1]), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["published"] == "2026-01-29"
    assert any(a["value"] == 25e9 and a["unit"] == "USD" for a in data["amounts"])
    assert any(t["text"] == "tegen 2030" for t in data["times"])
    assert not (tmp_path / "claims.db").exists()


def test_extract_jsonl_contract(runner):
    lines = "\n".join(json.dumps(x) for x in [
        {"text": "xAI haalde 20 miljard dollar op.", "lang": "nl", "published": "2026-01-05"},
        {"text": "within two years", "lang": "en", "published": "2026-01-01"},
    ])
    result = runner.invoke(cli, ["extract", "--jsonl"], input=lines + "\n")
    assert result.exit_code == 0
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["amounts"][0] == {"text": "20 miljard dollar", "start": 11, "end": 28, "value": 2e10, "low": None,
                                   "high": None, "unit": "USD", "qualifier": None}
    assert second["times"][0]["period_end"] == "2028-01-01"


def test_entity_add_and_list(runner, tmp_path):
    db = tmp_path / "k.db"
    result = runner.invoke(cli, ["entity", "add", "Orbital Forge", "--type", "ORG", "--alias", "OrbForge",
                                 "--bloc", "other", "--db", str(db)])
    assert result.exit_code == 0, result.output
    path = tmp_path / "a.txt"
    path.write_text("date 2026-03-01 De start-up OrbForge haalde 5 miljoen euro op.", encoding="utf-8")
    assert runner.invoke(cli, ["add", "--db", str(db), str(path)]).exit_code == 0
    listing = runner.invoke(cli, ["entity", "list", "--db", str(db)]).output
    line = next(line for line in listing.splitlines() if line.startswith("orbital-forge"))
    assert line.split()[-1] == "1"
    rows = [json.loads(x) for x in export(runner, db, "claims").splitlines()]
    assert any(r["subject"] == "Orbital Forge" and r["value"] == 5e6 and r["unit"] == "EUR" for r in rows)


@pytest.fixture
def http_server(tmp_path):
    """A real HTTP server on loopback serving tmp_path."""
    import functools
    import http.server
    import threading
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_add_a_url(runner, tmp_path, http_server):
    body = "<p>" + "Tesla leverde in het eerste kwartaal 2026 ruim 300.000 auto's af aan klanten. " * 4 + "</p>"
    (tmp_path / "a.html").write_text(
        f"<html><head><title>Tesla levert</title><meta name='date' content='2026-04-02'></head>"
        f"<body><article><h1>Tesla levert</h1>{body}</article></body></html>", encoding="utf-8")
    (tmp_path / "data.bin").write_bytes(b"\x00\x01")
    db = tmp_path / "k.db"
    url = f"{http_server}/a.html"
    result = runner.invoke(cli, ["add", "--db", str(db), url, f"{http_server}/data.bin", f"{http_server}/missing.html"])
    assert result.exit_code == 1
    assert f"error: {http_server}/data.bin: unsupported content type application/octet-stream" in result.output
    assert f"error: {http_server}/missing.html: HTTP 404" in result.output
    rows = [json.loads(x) for x in export(runner, db, "claims").splitlines()]
    assert any(r["source"] == url and r["subject"] == "Tesla" and r["value"] == 300000 and r["unit"] == "cars"
               and r["period_start"] == "2026-01-01" for r in rows)
    article = json.loads(export(runner, db, "articles").splitlines()[0])
    assert (article["url"], article["published"], article["title"]) == (url, "2026-04-02", "Tesla levert")


def test_add_from_stdin(runner, tmp_path):
    db = tmp_path / "k.db"
    text = "date 2026-03-01\nSpaceX haalde in februari 5 miljard dollar op bij investeerders.\n"
    result = runner.invoke(cli, ["add", "--db", str(db), "-", "--url", "https://example.test/s"], input=text)
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in export(runner, db, "claims").splitlines()]
    assert any(r["source"] == "https://example.test/s" and r["value"] == 5e9 and r["metric"] == "funding_raised"
               for r in rows)


@pytest.mark.parametrize("command", ["add", "extract"])
@pytest.mark.parametrize("bad", ["2026-13-45", "2026-02-30", "next tuesday"])
def test_a_publication_date_that_is_no_date_is_a_usage_error(runner, tmp_path, command, bad):
    path = tmp_path / "a.txt"
    path.write_text("SpaceX launched 12 satellites on Tuesday.", encoding="utf-8")
    db = ["--db", str(tmp_path / "c.db")] if command == "add" else []
    result = runner.invoke(cli, [command, str(path), "--published", bad, *db])
    assert result.exit_code == 2
    assert repr(bad) in result.output and "YYYY-MM-DD" in result.output
    assert not (tmp_path / "c.db").exists()


def test_a_publication_date_known_to_the_month_is_kept_so(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("SpaceX launched 12 satellites.", encoding="utf-8")
    db = str(tmp_path / "c.db")
    run(runner, "add", str(path), "--published", "2026-02", "--db", db)
    assert [r["published"] for r in jsonl(run(runner, "export", "articles", "--db", db))] == ["2026-02"]


@pytest.mark.parametrize("command", [("conflicts",), ("predictions",), ("graph", "investors", "xAI"),
                                     ("entity", "list"), ("timeline", "SpaceX", "ipo_raise")])
def test_json_is_one_array_and_nl_one_object_per_line(runner, corpus_db, command):
    array = json.loads(run(runner, *command, "--db", str(corpus_db), "--json"))
    lines = jsonl(run(runner, *command, "--db", str(corpus_db), "--nl"))
    assert isinstance(array, list) and array == json.loads(json.dumps(lines)) and array


def test_the_database_can_be_named_before_the_command_or_in_the_environment(runner, corpus_db, tmp_path):
    expected = run(runner, "stats", "--db", str(corpus_db))
    assert run(runner, "--db", str(corpus_db), "stats") == expected
    assert run(runner, "--db", str(corpus_db), "graph", "investors", "xAI", "--nl")
    result = runner.invoke(cli, ["stats"], env={"KB_DB": str(corpus_db)})
    assert result.exit_code == 0 and result.output == expected
    missing = runner.invoke(cli, ["--db", str(tmp_path / "none.db"), "stats"])
    assert missing.exit_code == 1 and "no database at" in missing.output
