"""Ingest throughput (not a test; prints a table).

Writes a synthetic nl/en corpus with ../shared/tools/make_corpus.py (random facts: for speed
only), then times each stage on it: reading, spaCy's own part alone (the tokenizer and the trained
syntax, nlp.pipe with our components left out), the whole extraction (nlp.pipe per language,
models loaded once) and storing (one transaction per article, derived tables kept up in it), and
reports words per second.

    python benchmarks/ingest_bench.py [--articles 500] [--keep DIR]
    KB_SYNTAX=0 python benchmarks/ingest_bench.py     # the rules on blank pipelines, without the syntax
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
from ingest.nlp import load_pipeline
from ingest.pipeline import extract
from ingest.sources import read_article
from kb.schema import open_db
from kb.store import save_article, save_registry

OURS = ("kb_entities", "kb_amounts", "kb_periods", "kb_claims", "kb_relations")

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
    db = open_db(work / "claims.db")
    save_registry(db, load_registry())
    for ex in extracted:
        save_article(db, ex, EXTRACTOR_VERSION)
    t4 = time.perf_counter()
    claims = db["claims"].count
    syntax = "with the trained syntax" if "parser" in load_pipeline("en").pipe_names else "without syntax (blank)"
    print(f"{len(files)} articles, {words:,} words, {claims:,} claims, {syntax} (corpus in {corpus})")
    print(f"{'stage':38} {'seconds':>9} {'words/s':>10}")
    rows = [("read", t1 - t0), ("load pipelines (once)", load), ("spaCy alone: tokenizer + syntax", spacy_alone),
            ("extract (nlp.pipe, all components)", t3 - t2), ("store (one transaction/article)", t4 - t3)]
    for label, seconds in rows:
        print(f"{label:38} {seconds:9.2f} {words / seconds if seconds else 0:10,.0f}")
    total = (t1 - t0) + (t3 - t2) + (t4 - t3)
    print(f"{'total (read + extract + store)':38} {total:9.2f} {words / total:10,.0f}")
    print(f"our words/s over spaCy's alone: {spacy_alone / total:.2f} (goal >= 0.5)")


if __name__ == "__main__":
    main()
