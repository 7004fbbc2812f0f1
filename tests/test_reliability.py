"""Nothing lost, nothing stale, a clear one-line error for every bad input."""
from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kb.cli import cli
from kb.extraction import safe_extract
from kb.schema import open_db

from .conftest import ROOT, SAMPLE, jsonl, run

KB = str(Path(sys.executable).with_name("kb"))
ARTICLES = SAMPLE + sorted((ROOT / "tests" / "data").glob("*.md"))


def kb(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KB, *map(str, args)], input=stdin, capture_output=True, text=True, timeout=300)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1, proc.stderr
    assert len(lines) == 1, proc.stderr
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [("add", SAMPLE[0]), ("stats",), ("export", "claims")])
def test_a_database_in_a_missing_folder_is_one_line(tmp_path, command):
    line = one_line_error(kb(*command, "--db", tmp_path / "nowhere" / "c.db"))
    assert "nowhere" in line


@pytest.mark.parametrize("command", [("add", SAMPLE[0]), ("stats",), ("graph", "neighbors", "SpaceX")])
def test_a_file_that_is_not_sqlite_is_one_line_and_stays_as_it_was(tmp_path, command):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    before = digest(path)
    assert "not a SQLite database" in one_line_error(kb(*command, "--db", path))
    assert digest(path) == before


def test_commands_that_only_read_work_on_a_read_only_database(corpus_db, tmp_path):
    path = tmp_path / "ro.db"
    path.write_bytes(corpus_db.read_bytes())
    folder_mode = tmp_path.stat().st_mode
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    tmp_path.chmod(stat.S_IRUSR | stat.S_IXUSR)  # nor may a -wal or -shm file be made beside it
    try:
        before = digest(path)
        for command in (("stats",), ("export", "claims"), ("graph", "neighbors", "xAI"), ("conflicts",),
                        ("timeline", "SpaceX", "valuation"), ("entity", "list"), ("predictions",)):
            proc = kb(*command, "--db", path)
            assert proc.returncode == 0 and "Traceback" not in proc.stderr, (command, proc.stderr)
        assert jsonl(kb("export", "claims", "--db", path).stdout)
        assert digest(path) == before
        if os.geteuid() != 0:  # root writes through file modes, and SQLite leaves its -shm beside the file
            assert "read-only" in one_line_error(kb("add", SAMPLE[0], "--force", "--db", path))
            assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.db"]
    finally:
        tmp_path.chmod(folder_mode)


def test_two_writers_at_once_lose_nothing(tmp_path):
    db = tmp_path / "c.db"
    first, second = ARTICLES[:3], ARTICLES[2:]  # one article in both
    procs = [subprocess.Popen([KB, "add", "--db", str(db), *map(str, half)], stderr=subprocess.PIPE, text=True)
             for half in (first, second)]
    outcomes = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    for code, err in outcomes:
        assert code == 0 and "Traceback" not in err and "locked" not in err, err
    stored = open_db(db).execute("select count(*) from articles").fetchone()[0]
    assert stored == len(ARTICLES)


def test_a_folder_without_articles_says_so(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = runner.invoke(cli, ["add", "--db", str(tmp_path / "c.db"), str(tmp_path / "empty")])
    assert result.exit_code == 1
    assert "no article found" in result.output
    assert not (tmp_path / "c.db").exists()


def test_the_same_file_under_two_paths_counts_once(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    copy = folder / "a.txt"
    copy.write_bytes(SAMPLE[0].read_bytes())
    twin = tmp_path / "twin.txt"
    twin.write_bytes(SAMPLE[0].read_bytes())
    db = str(tmp_path / "c.db")
    result = runner.invoke(cli, ["add", "--db", db, str(copy), str(folder / ".." / "in" / "a.txt"), str(twin)])
    assert result.exit_code == 0, result.output
    assert "added 1, unchanged 2, failed 0" in result.output
    assert "the same file as" in result.output and "the same text as" in result.output
    (article,) = jsonl(run(runner, "export", "articles", "--db", db))
    assert article["path"] == str(copy) and article["source"] == str(copy)


def test_a_text_over_the_limit_fails_in_one_line_and_the_others_go_in(runner, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("SpaceX launched 12 satellites. " * 2_000)
    db = str(tmp_path / "c.db")
    result = runner.invoke(cli, ["add", "--db", db, str(big), str(SAMPLE[0]), "--max-chars", "50000"])
    assert result.exit_code == 1
    assert "62,000 characters, more than the limit of 50,000 (raise it with --max-chars" in result.output
    assert "added 1, unchanged 0, failed 1" in result.output


def test_a_text_longer_than_spacy_allows_goes_in_when_the_limit_is_raised(runner, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("SpaceX launched 12 satellites in March 2026." + " " * 1_000_100 + "\nThe end.\n")
    db = str(tmp_path / "c.db")
    assert "more than the limit of 1,000,000" in runner.invoke(cli, ["add", "--db", db, str(big)]).output
    result = runner.invoke(cli, ["add", "--db", db, str(big), "--max-chars", "2000000"])
    assert result.exit_code == 0, result.output
    assert [c["value"] for c in jsonl(run(runner, "export", "claims", "--db", db))] == [12]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,hi"])
def test_only_web_addresses_become_links(runner, tmp_path, url):
    path = tmp_path / "a.md"
    path.write_text(f"---\nurl: \"{url}\"\npublished: 2026-01-02\n---\nSpaceX launched 12 satellites.\n")
    db = str(tmp_path / "c.db")
    result = runner.invoke(cli, ["add", "--db", db, str(path)])
    assert result.exit_code == 0 and "not an http(s) address" in result.output
    (article,) = jsonl(run(runner, "export", "articles", "--db", db))
    assert article["url"] is None


def test_a_blank_line_into_extract_jsonl_gets_an_error_line():
    lines = [json.dumps({"text": "12 satellites", "lang": "en"}), "", "not json", "[1, 2]",
             json.dumps({"text": "3 km", "lang": "xx"}), json.dumps({"text": "5 GW", "lang": "nl"})]
    proc = kb("extract", "--jsonl", stdin="\n".join(lines) + "\n")
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0 and len(answers) == len(lines)
    assert ["error" in a for a in answers] == [False, True, True, True, True, False]


def test_a_failing_batch_yields_each_article_once(tmp_path):
    from ingest.sources import read_article

    articles = [read_article(str(p)) for p in ARTICLES[:3]]

    def extract_that_breaks_on_the_second(batch, extra, max_chars=None):
        from ingest.pipeline import extract
        for extracted in extract(batch, extra, max_chars=max_chars):
            if len(batch) > 1 and extracted.article.id == articles[1].id:
                raise RuntimeError("broken")
            yield extracted

    ids = [getattr(r, "article", r).id if hasattr(r, "article") else r.item
           for r in safe_extract(articles, (), 1_000_000, extract=extract_that_breaks_on_the_second)]
    assert sorted(ids) == sorted(a.id for a in articles)


def test_a_sample_of_the_fuzzer_finds_no_traceback():
    """benchmarks/fuzz.py runs 10,000 inputs; a few dozen here, with its own checks."""
    import importlib.util
    import random

    spec = importlib.util.spec_from_file_location("fuzz", ROOT / "benchmarks" / "fuzz.py")
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    fuzz.TEXT_MAKERS = [(fuzz.random_unicode, 0.6), (fuzz.odd_numbers, 0.3), (fuzz.nested, 0.1)]  # no long lines here
    rng = random.Random(3)
    extracted, added = fuzz.fuzz_extract(40, rng), fuzz.fuzz_add(30, rng, per_run=30)
    assert extracted["tracebacks"] == 0 and not extracted["problems"], extracted
    assert added["tracebacks"] == 0 and not added["problems"] and added["derived_tables_agree"], added
    assert added["added"] + added["unchanged"] + added["failed"] == 30 and added["failed"] > 0


def test_line_separators_in_a_text_keep_one_json_line_per_answer():
    text = "SpaceX\u2028raised $5 billion\u2029 in 2026\x85 and more."
    proc = kb("extract", "--jsonl", stdin=json.dumps({"text": text, "lang": "en", "published": "2026-03-01"}) + "\n")
    assert len(proc.stdout.splitlines()) == 1
    assert json.loads(proc.stdout)["amounts"][0]["value"] == 5e9
