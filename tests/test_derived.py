"""Derived tables kept per article agree with a rebuild from scratch, whatever happened before."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kb.cli import cli
from kb.derived import FACET_TABLE, TABLES, rebuild_all
from kb.schema import open_db
from kb.store import save_registry

from .conftest import ROOT, SAMPLE

ARTICLES = SAMPLE + sorted((ROOT / "tests" / "data").glob("*.md"))


def derived_state(db) -> dict[str, list[tuple]]:
    return {name: sorted(db.execute(f"select * from [{name}]").fetchall(), key=repr)
            for name in [*TABLES, "facet_counts"]}


def assert_agrees_with_a_rebuild(path: Path) -> dict:
    db = open_db(path)
    kept = derived_state(db)
    rebuild_all(db)
    assert derived_state(db) == kept
    return kept


def test_articles_added_one_by_one_agree_with_a_rebuild(runner, tmp_path):
    db = tmp_path / "c.db"
    for article in ARTICLES:
        result = runner.invoke(cli, ["add", "--db", str(db), str(article)])
        assert result.exit_code == 0, result.output
    kept = assert_agrees_with_a_rebuild(db)
    assert kept["latest_values"] and kept["facet_counts"] and kept["entity_measures"]


def test_a_forced_readd_and_a_renamed_entity_keep_them_in_step(runner, corpus_copy):
    result = runner.invoke(cli, ["add", "--force", "--db", str(corpus_copy), str(SAMPLE[-1])])
    assert result.exit_code == 0, result.output
    assert_agrees_with_a_rebuild(corpus_copy)
    db = open_db(corpus_copy)
    xai = dict(db["entities"].get("xai"))
    save_registry(db, [{**xai, "name": "xAI Holdings", "bloc": "other", "aliases": []}])
    kept = assert_agrees_with_a_rebuild(corpus_copy)
    assert any(row[1] == "xAI Holdings" for row in kept["latest_values"])
    assert ("claim_rows", "", "", "subject", "xAI Holdings") in {row[:5] for row in kept["facet_counts"]}


def test_facet_counts_hold_every_value(corpus_db):
    db = open_db(corpus_db)
    counted = dict(db.execute("select value, count from facet_counts where table_name = 'claim_rows' "
                              "and filter_column = '' and column_name = 'metric'").fetchall())
    assert counted == dict(db.execute("select metric, count(*) from claim_rows group by metric").fetchall())
    assert set(FACET_TABLE["columns"]) == {d[1] for d in db.execute("pragma table_info(facet_counts)")}


@pytest.mark.parametrize("delay", [1.5, 3.0])
def test_a_kill_at_any_moment_leaves_them_in_step(tmp_path, delay):
    db = tmp_path / "c.db"
    kb = Path(sys.executable).with_name("kb")
    proc = subprocess.Popen([str(kb), "add", "--db", str(db), *map(str, ARTICLES)], stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    if db.exists():
        assert_agrees_with_a_rebuild(db)


def test_claims_without_a_subject_never_conflict(runner, tmp_path):
    import sqlite3
    from .conftest import run
    db = tmp_path / "c.db"
    for i, value in enumerate((40, 90)):
        path = tmp_path / f"a{i}.md"
        path.write_text(f"---\npublished: 2026-03-1{i}\nlanguage: en\n---\nThe market for orbital compute could "
                        f"reach ${value} billion in 2030.\n", encoding="utf-8")
        run(runner, "add", str(path), "--db", str(db))
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from claims where subject is null and value is not null").fetchone()[0] == 2
    assert conn.execute("select count(*) from claim_conflicts").fetchone()[0] == 0
    assert run(runner, "conflicts", "--db", str(db)).strip() == "no conflicts"


def test_an_index_no_longer_kept_is_dropped_when_the_database_is_opened(tmp_path):
    """A pair of conflicting claims is found by its first claim or its key; the index on its second claim, which
    every stored pair touched at a random place, goes from databases made before."""
    path = tmp_path / "old.db"
    old = open_db(path)
    old.execute("create index idx_claim_conflicts_claim_b on claim_conflicts (claim_b)")
    old["kb_meta"].upsert({"key": "shape", "value": "made by an older kb"}, pk="key")
    old.conn.close()
    assert "idx_claim_conflicts_claim_b" not in {i.name for i in open_db(path)["claim_conflicts"].indexes}
