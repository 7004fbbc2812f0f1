"""Ingest speed, memory and scale (not a test; prints a table of figures, each beside its goal).

Writes a synthetic nl/en corpus with ../shared/tools/make_corpus.py (random facts: for speed
only) and measures, in one run:

- each stage in this process: reading, spaCy's own part alone (the tokenizer and the trained
  syntax: nlp.pipe with our components left out), the whole extraction, storing;
- `kb add --jobs 1` and `kb add --jobs N` as a user runs them (wall clock, imports and loading
  included), their words/s against spaCy's alone, the speed-up, whether both stored the same rows,
  and the peak memory of all their processes together (sampled from /proc);
- cold start: `kb add` of one short article into a new database;
- with --scale-db: adding the same articles to a copy of that (large) database against adding
  them to an empty one. Build the large database once, outside CI, with --build-scale-db.

    python benchmarks/ingest_bench.py [--articles 1000] [--jobs 2] [--keep DIR]
    python benchmarks/ingest_bench.py --build-scale-db /tmp/100k.db [--scale-articles 100000]
    python benchmarks/ingest_bench.py --articles 1000 --scale-db /tmp/100k.db
    KB_SYNTAX=0 python benchmarks/ingest_bench.py     # the rules on blank pipelines, without the syntax

The large database holds records of --base-articles (default 1,000) synthetic articles, extracted
once and loaded --scale-articles times over with `kb load`: each copy has its own article ids and
its own copy of the entities, so a claim key gathers as many claims as it does in the base corpus
(a database of 100k real articles would not hold 100 copies of every story either).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest import EXTRACTOR_VERSION  # noqa: E402
from ingest.lexicons import load_registry  # noqa: E402
from ingest.nlp import load_pipeline  # noqa: E402
from ingest.pipeline import extract  # noqa: E402
from ingest.sources import read_article  # noqa: E402
from kb.extraction import default_jobs  # noqa: E402
from kb.schema import open_db  # noqa: E402
from kb.store import save_article, save_registry  # noqa: E402

OURS = ("kb_entities", "kb_amounts", "kb_periods", "kb_claims", "kb_relations")
MAKE_CORPUS = ROOT.parent / "shared" / "tools" / "make_corpus.py"
KB = str(ROOT / ".venv" / "bin" / "kb") if (ROOT / ".venv" / "bin" / "kb").exists() else "kb"
SHORT_ARTICLE = ("---\npublished: 2026-03-02\nlanguage: en\n---\n"
                 "Orbital Forge raised $40 million last week and plans to launch 12 satellites by 2028.\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=default_jobs(), help="Workers for the second kb add (default: cores)")
    ap.add_argument("--keep", help="Write the corpus and databases here instead of a temporary folder")
    ap.add_argument("--scale-db", help="A large database (see --build-scale-db): add the articles to a copy of it")
    ap.add_argument("--build-scale-db", metavar="PATH", help="Build the large database and stop")
    ap.add_argument("--scale-articles", type=int, default=100_000)
    ap.add_argument("--base-articles", type=int, default=1000)
    ap.add_argument("--memory-only", type=int, metavar="JOBS",
                    help="Only `kb add --jobs JOBS` of the corpus: its peak memory and words/s (for 10k articles)")
    a = ap.parse_args()
    work = Path(a.keep or tempfile.mkdtemp(prefix="kb-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    if a.build_scale_db:
        build_scale_db(Path(a.build_scale_db), work, a.base_articles, a.scale_articles, a.jobs)
        return
    corpus = make_corpus(work / "corpus", a.articles, seed=7)
    if a.memory_only:
        seconds, peak = timed_kb(["add", str(corpus), "--db", str(work / f"memory{a.memory_only}.db"),
                                  "--jobs", str(a.memory_only), "--no-progress"])
        words = sum(len(read_article(str(f)).text.split()) for f in sorted(corpus.glob("*.md")))
        print(f"kb add --jobs {a.memory_only} of {a.articles:,} articles ({words:,} words): {seconds:.0f} s, "
              f"{words / seconds:,.0f} words/s, peak memory of all processes {peak / 2**20:,.0f} MB")
        return
    figures = []
    words, spacy_words_s = stages(corpus)
    figures += cli_runs(corpus, work, words, spacy_words_s, a.jobs)
    figures.append(cold_start(work))
    if a.scale_db:
        figures.append(scale(corpus, work, Path(a.scale_db), a.jobs))
    print()
    print(f"{'figure':52} {'measured':>12}   goal")
    for label, value, goal in figures:
        print(f"{label:52} {value:>12}   {goal}")


def make_corpus(folder: Path, articles: int, seed: int) -> Path:
    if not folder.exists():
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(folder), "--articles", str(articles),
                        "--seed", str(seed)], check=True, capture_output=True)
    return folder


def stages(corpus: Path) -> tuple[int, float]:
    """Each stage in this process; returns the words and spaCy's own words/s."""
    files = sorted(corpus.glob("*.md"))
    t0 = time.perf_counter()
    articles = [read_article(str(f)) for f in files]
    t1 = time.perf_counter()
    words = sum(len(x.text.split()) for x in articles)
    load_start = time.perf_counter()
    for lang in ("nl", "en"):
        load_pipeline(lang)  # once, outside the timed stages
    first = next(extract(articles[:1]))
    load = time.perf_counter() - load_start
    t_spacy = time.perf_counter()
    for lang in ("nl", "en"):
        nlp = load_pipeline(lang)
        with nlp.select_pipes(disable=[name for name in OURS if name in nlp.pipe_names]):
            for _ in nlp.pipe((x.text for x in articles if x.lang == lang), batch_size=32):
                pass
    spacy_alone = time.perf_counter() - t_spacy
    t2 = time.perf_counter()
    extracted = [first] + list(extract(articles[1:]))
    t3 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "claims.db")
        save_registry(db, load_registry())
        for ex in extracted:
            save_article(db, ex, EXTRACTOR_VERSION)
        t4 = time.perf_counter()
        claims = db["claims"].count
        db.close()
    syntax = "with the trained syntax" if "parser" in load_pipeline("en").pipe_names else "without syntax (blank)"
    print(f"{len(files)} articles, {words:,} words, {claims:,} claims, {syntax} (corpus in {corpus})")
    print(f"{'stage, in this process':38} {'seconds':>9} {'words/s':>10}")
    rows = [("read", t1 - t0), ("load pipelines (once)", load), ("spaCy alone: tokenizer + syntax", spacy_alone),
            ("extract (nlp.pipe, all components)", t3 - t2), ("store (one transaction/article)", t4 - t3)]
    for label, seconds in rows:
        print(f"{label:38} {seconds:9.2f} {words / seconds if seconds else 0:10,.0f}")
    return words, words / spacy_alone


def cli_runs(corpus: Path, work: Path, words: int, spacy_words_s: float, jobs: int) -> list[tuple]:
    one, many = work / "jobs1.db", work / f"jobs{jobs}.db"
    t1, peak1 = timed_kb(["add", str(corpus), "--db", str(one), "--jobs", "1", "--no-progress"])
    tn, peakn = timed_kb(["add", str(corpus), "--db", str(many), "--jobs", str(jobs), "--no-progress"])
    same = stored_rows(one) == stored_rows(many)
    return [
        ("kb add --jobs 1: words/s", f"{words / t1:,.0f}", ""),
        ("spaCy alone (tokenizer + syntax): words/s", f"{spacy_words_s:,.0f}", ""),
        ("kb add --jobs 1 over spaCy alone", f"{words / t1 / spacy_words_s:.2f}", ">= 0.5"),
        (f"kb add --jobs {jobs}: words/s", f"{words / tn:,.0f}", ""),
        (f"--jobs {jobs} over --jobs 1", f"{t1 / tn:.2f}x", ">= 1.7x on 2 cores"),
        (f"--jobs 1 and --jobs {jobs} store the same rows", "yes" if same else "NO", "yes"),
        ("peak memory, all processes, --jobs 1", f"{peak1 / 2**20:,.0f} MB", "<= 500 MB"),
        (f"peak memory, all processes, --jobs {jobs}", f"{peakn / 2**20:,.0f} MB", "<= 1 GB (2 workers)"),
    ]


def cold_start(work: Path) -> tuple:
    article = work / "short.md"
    article.write_text(SHORT_ARTICLE, encoding="utf-8")
    db = work / "cold.db"
    best = min(timed_kb(["add", str(article), "--db", str(db), "--force", "--no-progress"])[0] for _ in range(3))
    return ("cold start: kb add of one short article (best of 3)", f"{best:.2f} s", "<= 1.5 s")


def scale(corpus: Path, work: Path, large: Path, jobs: int) -> tuple:
    articles = sqlite3.connect(large).execute("select count(*) from articles").fetchone()[0]
    copy = work / "large-copy.db"
    shutil.copy(large, copy)
    os.sync()  # the copy's own writes reach the disk before the clock starts, not during the timed run
    empty_time, _ = timed_kb(["add", str(corpus), "--db", str(work / "empty.db"), "--jobs", str(jobs), "--no-progress"])
    large_time, _ = timed_kb(["add", str(corpus), "--db", str(copy), "--jobs", str(jobs), "--no-progress"])
    copy.unlink()
    return (f"adding them to {articles:,} articles over to an empty db", f"{large_time / empty_time:.2f}x", "<= 1.2x")


def timed_kb(args: list[str]) -> tuple[float, int]:
    """Wall seconds of one kb command, and the peak of the summed memory of its processes."""
    start = time.perf_counter()
    proc = subprocess.Popen([KB, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = watch_memory(proc)
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"kb {' '.join(args)} failed:\n{err}")
    return seconds, peak[0]


def watch_memory(proc: subprocess.Popen) -> list[int]:
    peak = [0]

    def sample():
        while proc.poll() is None:
            peak[0] = max(peak[0], tree_rss(proc.pid))
            time.sleep(0.1)
    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    proc.wait()
    thread.join()
    return peak


def tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def stored_rows(db: Path) -> str:
    conn = sqlite3.connect(db)
    digest = hashlib.sha256()
    for table in ("articles", "sentences", "entities", "mentions", "claims", "relations", "claim_rows",
                  "value_ranges", "latest_values", "prediction_rows", "facet_counts", "entity_measures"):
        columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if r[1] != "ingested_at"]
        for row in sorted(map(repr, conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}]"))):
            digest.update(row.encode())
    conn.close()
    return digest.hexdigest()


def build_scale_db(target: Path, work: Path, base_articles: int, total: int, jobs: int) -> None:
    corpus = make_corpus(work / "base-corpus", base_articles, seed=1)
    records = work / "base-records.jsonl"
    if not records.exists():
        seconds, _ = timed_kb(["extract", "--records", str(corpus), "-o", str(records), "--jobs", str(jobs),
                               "--no-progress"])
        print(f"extracted {base_articles:,} articles in {seconds:.0f} s")
    copies = work / "scale-records.jsonl"
    with open(records, encoding="utf-8") as f:
        base = [json.loads(line) for line in f]
    with open(copies, "w", encoding="utf-8") as out:
        for n in range(total):
            out.write(json.dumps(copied(base[n % len(base)], n // len(base)), ensure_ascii=False) + "\n")
    seconds, peak = timed_kb(["load", str(copies), "--db", str(target), "--no-progress"])
    print(f"loaded {total:,} articles into {target} in {seconds:.0f} s (peak {peak / 2**20:,.0f} MB)")


def copied(record: dict, copy: int) -> dict:
    """Copy `copy` of an article's records: its own article id, and its entities renamed into copy `copy`."""
    if copy == 0:
        return record
    record = json.loads(json.dumps(record))
    record["article"]["id"] = hashlib.sha256(f"{record['article']['id']}:{copy}".encode()).hexdigest()

    def rename(slug):
        return f"{slug}-copy-{copy}"
    for entity in record["entities"]:
        entity["slug"], entity["name"], entity["registered"] = rename(entity["slug"]), f"{entity['name']} {copy}", False
    for mention in record["mentions"]:
        mention["entity"], mention["name"] = rename(mention["entity"]), f"{mention['name']} {copy}"
    for claim in record["claims"]:
        claim["subject"] = rename(claim["subject"]) if claim["subject"] else None
    for relation in record["relations"]:
        relation["subject"], relation["object"] = rename(relation["subject"]), rename(relation["object"])
    return record


if __name__ == "__main__":
    main()
