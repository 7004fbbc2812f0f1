"""Worker processes, the map step's records and the load step: the same rows whichever way articles go in."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ingest.records import RecordError, from_record, to_record
from ingest.sources import read_article

from .conftest import SAMPLE

KB = str(Path(sys.executable).with_name("kb"))
RUN_TIME_COLUMNS = {"ingested_at"}


def kb(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([KB, *map(str, args)], input=stdin, capture_output=True, text=True, timeout=600)


def all_rows(db: Path) -> dict[str, list]:
    """Every row of every table (full-text indexes and run-time stamps left out), sorted."""
    conn = sqlite3.connect(db)
    tables = [name for (name,) in conn.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%'")]
    out = {}
    for table in tables:
        columns = [row[1] for row in conn.execute(f"pragma table_info([{table}])") if row[1] not in RUN_TIME_COLUMNS]
        out[table] = sorted(map(repr, conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]")))
    conn.close()
    return out


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory) -> Path:
    """The sample articles cut into one article per paragraph, each with its article's date and language:
    more inputs than one worker's batch, so `--jobs 2` really runs two workers."""
    folder = tmp_path_factory.mktemp("paragraphs")
    for path in SAMPLE:
        article = read_article(str(path))
        for i, paragraph in enumerate(p for p in article.text.split("\n\n") if len(p.split()) > 5):
            front = f"---\npublished: {article.published}\nlanguage: {article.lang}\n---\n"
            (folder / f"{path.stem}-{i:02}.md").write_text(front + paragraph.strip() + "\n", encoding="utf-8")
    assert len(list(folder.iterdir())) > 32
    return folder


def test_one_worker_and_two_store_the_same_rows(paragraphs, tmp_path):
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    first = kb("add", paragraphs, "--db", one, "--jobs", "1")
    second = kb("add", paragraphs, "--db", two, "--jobs", "2")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert first.stderr.splitlines()[-1] == second.stderr.splitlines()[-1]
    rows = all_rows(one)
    assert len(rows["claims"]) > 20 and len(rows["articles"]) > 32
    assert all_rows(two) == rows


def test_records_written_then_loaded_store_what_add_stores(tmp_path):
    records = tmp_path / "records.jsonl"
    mapped = kb("extract", "--records", *SAMPLE, "-o", records)
    assert mapped.returncode == 0, mapped.stderr
    lines = records.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(SAMPLE) and all(json.loads(line)["kb_records"] == 1 for line in lines)
    assert kb("add", *SAMPLE, "--db", tmp_path / "added.db").returncode == 0
    loaded = kb("load", records, "--db", tmp_path / "loaded.db")
    assert loaded.returncode == 0 and loaded.stderr.strip().endswith("added 3, unchanged 0, failed 0"), loaded.stderr
    assert all_rows(tmp_path / "loaded.db") == all_rows(tmp_path / "added.db")
    again = kb("load", records, "--db", tmp_path / "loaded.db")
    assert again.stderr.strip().endswith("added 0, unchanged 3, failed 0")


def test_a_record_survives_the_round_trip_whole():
    from ingest.pipeline import extract

    for extracted in extract([read_article(str(p)) for p in SAMPLE]):
        line = json.dumps(to_record(extracted, "test"))
        assert from_record(json.loads(line)) == extracted


def test_lines_that_are_no_records_are_named_and_the_rest_is_stored(tmp_path):
    records = tmp_path / "records.jsonl"
    assert kb("extract", "--records", SAMPLE[0], "-o", records).returncode == 0
    good = records.read_text(encoding="utf-8").strip()
    broken = [good, "not json", good[: len(good) // 2], json.dumps({"kb_records": 1}), json.dumps([1, 2]),
              json.dumps({"kb_records": 1, "article": {"id": "x", "text": "t", "source": "s", "colour": "red"}}),
              json.dumps({"kb_error": "lost.md: cannot be read"}), "", good]
    records.write_text("\n".join(broken) + "\n", encoding="utf-8")
    proc = kb("load", records, "--db", tmp_path / "claims.db")
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert [e.split(":")[2] for e in errors] == ["2", "3", "4", "5", "6", "7"], errors
    assert "lost.md: cannot be read" in errors[-1]
    assert proc.stderr.strip().endswith("added 1, unchanged 1, failed 6")


def test_from_record_refuses_what_is_not_an_articles_records():
    for bad in ({}, {"kb_records": 2}, {"kb_records": 1}, {"kb_records": 1, "article": {"id": "", "text": "x", "source": "s"}}):
        with pytest.raises(RecordError):
            from_record(bad)


def test_extract_without_records_takes_one_input():
    proc = kb("extract", *SAMPLE[:2])
    assert proc.returncode == 2 and "--records" in proc.stderr


def test_the_map_step_runs_on_dask_and_its_records_load(tmp_path):
    """The README's recipe: a dask.bag over the paths, on Dask's local scheduler with two processes."""
    import dask.bag

    from kb.intake import record_lines

    paths = [str(p) for p in SAMPLE] + [str(tmp_path / "missing.md")]
    out = tmp_path / "records"
    dask.bag.from_sequence(paths, npartitions=2).map_partitions(record_lines).to_textfiles(
        str(out / "part-*.jsonl"), last_endline=True, scheduler="processes", num_workers=2)
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) == 2
    loaded = kb("load", *parts, "--db", tmp_path / "loaded.db")
    assert loaded.returncode == 1 and "missing.md" in loaded.stderr
    assert loaded.stderr.strip().endswith("added 3, unchanged 0, failed 1"), loaded.stderr
    assert kb("add", *SAMPLE, "--db", tmp_path / "added.db").returncode == 0
    assert all_rows(tmp_path / "loaded.db") == all_rows(tmp_path / "added.db")
