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


def valuation_articles(tmp_path, values, day=1) -> list[Path]:
    paths = []
    for i, value in enumerate(values):
        path = tmp_path / f"v{day}-{i}.md"
        path.write_text(f"---\nurl: https://outlet{i}.example/v{day}\npublished: 2026-03-{day + i:02d}\nlanguage: en\n---\n"
                        f"SpaceX is valued at ${value} billion, bankers said.\n", encoding="utf-8")
        paths.append(path)
    return paths


def conflict_rows(path: Path) -> list[tuple]:
    return open_db(path).execute("select subject, metric, low_value, high_value, claims, articles "
                                 "from claim_conflicts").fetchall()


def test_sources_disagree_when_the_values_of_two_articles_span_more_than_a_tenth(runner, tmp_path):
    from .conftest import run
    db = tmp_path / "c.db"
    run(runner, "add", "--db", str(db), *map(str, valuation_articles(tmp_path, (800, 760))))
    assert conflict_rows(db) == []  # within 10%
    run(runner, "add", "--db", str(db), *map(str, valuation_articles(tmp_path, (400,), day=9)))
    assert conflict_rows(db) == [("SpaceX", "valuation", 400e9, 800e9, 3, 3)]
    assert_agrees_with_a_rebuild(db)


def test_a_reextracted_article_that_held_an_end_gives_it_up(runner, tmp_path):
    from kb.derived import rebuild
    from .conftest import run
    db = tmp_path / "c.db"
    low, high = valuation_articles(tmp_path, (790, 800))
    run(runner, "add", "--db", str(db), str(low), str(high))
    stored = open_db(db)  # as an older extractor had read the first article: $400 billion
    stored.execute("update claims set value = 400e9, norm_value = 400e9 where value = 790e9")
    rebuild(stored, ["value_ranges"])
    stored.conn.close()
    assert conflict_rows(db) == [("SpaceX", "valuation", 400e9, 800e9, 2, 2)]
    run(runner, "add", "--force", "--db", str(db), str(low))
    assert conflict_rows(db) == []
    assert open_db(db).execute("select low, high, claims, articles from value_ranges").fetchall() == [
        (790e9, 800e9, 2, 2)]
    assert_agrees_with_a_rebuild(db)


def test_a_database_of_conflicting_pairs_rebuilds_that_table_alone(runner, tmp_path):
    """Opened by this version, a database that kept every conflicting pair (derived version 6) gets the ranges of
    values instead; its other derived tables, made by the same rules as today, are kept as they are."""
    from .conftest import run
    path = tmp_path / "old.db"
    run(runner, "add", "--db", str(path), *map(str, valuation_articles(tmp_path, (400, 800))))
    old = open_db(path)
    old.execute("drop view claim_conflicts")
    old.execute("drop table value_ranges")
    old.execute("create table claim_conflicts (claim_a text, claim_b text, primary key (claim_a, claim_b))")
    old.execute("create index idx_claim_conflicts_claim_b on claim_conflicts (claim_b)")
    old.execute("delete from kb_meta where key like 'derived_version:%'")
    old["kb_meta"].upsert_all([{"key": "derived_version", "value": "6"}, {"key": "shape", "value": "older"}], pk="key")
    old.execute("update latest_values set source = 'kept as it was'")
    old.conn.commit()
    old.conn.close()
    assert conflict_rows(path) == [("SpaceX", "valuation", 400e9, 800e9, 2, 2)]
    db = open_db(path)
    assert {s for (s,) in db.execute("select source from latest_values")} == {"kept as it was"}
    assert not db.execute("select 1 from sqlite_master where name like 'idx_claim_conflicts%'").fetchall()


def test_a_rebuild_for_a_new_version_is_announced_before_the_wait(runner, tmp_path):
    """Rebuilding a derived table of a large database takes minutes: one line on stderr says what and why first."""
    from .conftest import run
    path = tmp_path / "c.db"
    first, second = valuation_articles(tmp_path, (400, 800))
    run(runner, "add", "--db", str(path), str(first))
    db = open_db(path)
    db["kb_meta"].upsert_all([{"key": "derived_version:value_ranges", "value": "6"}, {"key": "shape", "value": "older"}],
                             pk="key")
    db.conn.close()
    kb = Path(sys.executable).with_name("kb")
    done = subprocess.run([str(kb), "add", "--db", str(path), str(second)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "kb: rebuilding value_ranges for this version of kb (once, over 1 claim) ..." in done.stderr.splitlines()
    assert conflict_rows(path) == [("SpaceX", "valuation", 400e9, 800e9, 2, 2)]
