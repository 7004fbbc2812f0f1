"""Ingest throughput (not a test; prints a table).

Writes a synthetic nl/en corpus with ../shared/tools/make_corpus.py (random facts: for speed
only), then times each stage on it: reading, extraction (nlp.pipe per language, models
loaded once) and storing (one transaction per article), and reports words per second.

    python benchmarks/ingest_bench.py [--articles 500] [--keep DIR]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ingest import EXTRACTOR_VERSION
from ingest.lexicons import load_registry
from ingest.pipeline import extract
from ingest.sources import read_article
from kb.graph import update_measures
from kb.schema import open_db, refresh_derived
from kb.store import save_article, save_registry

MAKE_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "make_corpus.py"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--keep", help="Write the corpus and database here instead of a temporary folder")
    a = ap.parse_args()
    work = Path(a.keep or tempfile.mkdtemp(prefix="kb-bench-"))
    corpus = work / "corpus"
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(corpus), "--articles", str(a.articles)], check=True,
                   capture_output=True)
    files = sorted(corpus.glob("*.md"))
    t0 = time.perf_counter()
    articles = [read_article(str(f)) for f in files]
    t1 = time.perf_counter()
    words = sum(len(x.text.split()) for x in articles)
    load_start = time.perf_counter()
    first = next(extract(articles[:1]))  # loads the pipelines once, outside the timed loop
    load = time.perf_counter() - load_start
    t2 = time.perf_counter()
    extracted = [first] + list(extract(articles[1:]))
    t3 = time.perf_counter()
    db = open_db(work / "claims.db")
    save_registry(db, load_registry())
    for ex in extracted:
        save_article(db, ex, EXTRACTOR_VERSION)
    t4 = time.perf_counter()
    update_measures(db)
    refresh_derived(db)
    t5 = time.perf_counter()
    claims = db["claims"].count
    print(f"{len(files)} articles, {words:,} words, {claims:,} claims (corpus in {corpus})")
    print(f"{'stage':34} {'seconds':>9} {'words/s':>10}")
    for label, seconds in [("read", t1 - t0), ("load pipelines (once)", load), ("extract (nlp.pipe)", t3 - t2),
                           ("store (one transaction/article)", t4 - t3), ("graph measures + derived tables", t5 - t4)]:
        print(f"{label:34} {seconds:9.2f} {words / seconds if seconds else 0:10,.0f}")
    print(f"{'total':34} {t5 - t0:9.2f} {words / (t5 - t0):10,.0f}")


if __name__ == "__main__":
    main()
