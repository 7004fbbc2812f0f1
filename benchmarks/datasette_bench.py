"""Datasette latency on a synthetic knowledge base (not a test; prints a table).

Builds a database with --claims synthetic claims (default 1,000,000) in the project's schema,
then times, through Datasette's in-process client, a facet page, a full-text search and every
canned query of metadata.yml: p50 and p95 over --repeat runs each.

    python benchmarks/datasette_bench.py [--claims 1000000] [--repeat 20] [--db /tmp/bench.db]
"""
from __future__ import annotations

import argparse
import hashlib
import asyncio
import random
import statistics
import time
from pathlib import Path

import yaml

from kb.cli import metadata_for
from kb.derived import rebuild_all
from kb.schema import fill_claim_rows, open_db
from kb.store import row_id

ROOT = Path(__file__).resolve().parent.parent
METRICS = ["valuation", "funding_raised", "investment", "revenue", "launch_count", "satellite_count", "power",
           "payload_mass", "ipo_raise", "cash_burn"]
UNITS = {"valuation": "USD", "funding_raised": "USD", "investment": "USD", "revenue": "EUR", "launch_count": "launches",
         "satellite_count": "satellites", "power": "GW", "payload_mass": "t", "ipo_raise": "USD", "cash_burn": "USD"}
TOPIC_WORDS = "raket satelliet datacenter ruimte lancering beursgang investering waardering orbit compute launch valuation".split()
FILLER = [f"w{i}" for i in range(5000)]
# Zipf-like weights: a few words are common, most are rare, as in real text
WEIGHTS = [1 / (rank + 1) for rank in range(len(FILLER))]


def sentence(rng, n=14) -> str:
    words = rng.choices(FILLER, weights=WEIGHTS, k=n)
    if rng.random() < 0.02:
        words[rng.randrange(n)] = rng.choice(TOPIC_WORDS)
    return " ".join(words)


def build(path: Path, n_claims: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    if path.exists():
        path.unlink()
    db = open_db(path)
    entities = [{"slug": f"e{i}", "name": f"Company {i}", "type": "ORG", "bloc": rng.choice(["muskonomy", "china", "google", "other"]),
                 "registered": 1, "origin": "registry"} for i in range(2000)]
    db["entities"].insert_all(entities, pk="slug")
    per_article = 20
    n_articles = max(1, n_claims // per_article)
    batch_a, batch_s, batch_c, batch_r = [], [], [], []

    def flush():
        with db.atomic():
            db["articles"].insert_all(batch_a, pk="id")
            db["sentences"].insert_all(batch_s, pk="id")
            db["claims"].insert_all(batch_c, pk="id")
            db["relations"].insert_all(batch_r, pk="id")
        for b in (batch_a, batch_s, batch_c, batch_r):
            b.clear()

    for a in range(n_articles):
        aid = hashlib.sha256(str(a).encode()).hexdigest()
        published = f"20{rng.randint(20, 26)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        batch_a.append({"id": aid, "source": f"https://news.example/{a}", "title": f"Article {a}", "language": rng.choice(["nl", "en"]),
                        "published": published, "outlet": f"outlet{a % 50}.example", "text": " ".join(sentence(rng) for _ in range(4))})
        for k in range(per_article):
            sid = f"{aid[:16]}:{k}"
            batch_s.append({"id": sid, "article_id": aid, "idx": k, "start": 0, "end": 10, "text": sentence(rng)})
            metric = rng.choice(METRICS)
            subject = f"e{rng.randrange(2000)}"
            value = float(rng.randint(1, 1000)) * 1e6
            year = published[:4]
            batch_c.append({"id": row_id(aid, k), "article_id": aid, "sentence_id": sid, "subject": subject, "metric": metric,
                            "value": value, "unit": UNITS[metric], "period_start": f"{year}-01-01", "period_end": f"{year}-12-31",
                            "period_source": "explicit", "kind": rng.choice(["fact", "estimate", "forecast", "plan"]),
                            "claimant": rng.choice([None, "Company 1", "Reuters"]), "text": f"{value:g}",
                            "claim_key": f"{subject}|{metric}|{year}|{UNITS[metric]}", "norm_value": value, "norm_unit": UNITS[metric]})
            if k % 10 == 0:
                batch_r.append({"id": row_id(aid, "r", k), "article_id": aid, "sentence_id": sid, "subject": subject,
                                "relation": rng.choice(["invested_in", "part_of", "competitor_of"]), "object": f"e{rng.randrange(2000)}",
                                "period_start": f"{year}-01-01", "text": "x"})
        if len(batch_c) >= 50_000:
            flush()
    flush()
    start = time.perf_counter()
    fill_claim_rows(db)  # kb add fills them per article; the benchmark inserts claims directly
    print(f"browse rows filled in {time.perf_counter() - start:.1f} s")
    start = time.perf_counter()
    rebuild_all(db)
    print(f"derived tables rebuilt in {time.perf_counter() - start:.1f} s")
    db.execute("analyze")


async def measure(path: Path, repeat: int) -> list[tuple[str, float, float]]:
    from datasette.app import Datasette
    meta = metadata_for(path.stem)
    ds = Datasette([str(path)], metadata=meta, settings={"suggest_facets": False})
    name = path.stem
    queries = meta["databases"][name]["queries"]
    params = {"metric_timeline": "subject=e1&metric=valuation", "investors": "entity=e1", "graph_neighbors": "entity=e1&depth=2",
              "search_claims": "q=beursgang", "predictions_falling_due": "before=2027-01-01"}
    pages = {"facet page (claims, 3 facets)": f"/{name}/claims?_facet=metric&_facet=kind&_facet=unit",
             "facet page (claims, default facets)": f"/{name}/claims",
             "facet page (claim_rows, 7 default facets)": f"/{name}/claim_rows",
             "facet page (claim_rows, filtered by subject)": f"/{name}/claim_rows?subject_slug=e1",
             "facet page (claim_rows, filtered by metric)": f"/{name}/claim_rows?metric=valuation",
             "full-text search (sentences)": f"/{name}/sentences?_search=beursgang"}
    pages.update({f"canned: {q}": f"/{name}/{q}?{params.get(q, '')}" for q in queries})
    out = []
    for label, url in pages.items():
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            response = await ds.client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                break
        times.sort()
        status = "ok" if response.status_code == 200 else f"HTTP {response.status_code} (time limit?)"
        out.append((label, statistics.median(times), times[max(0, int(round(0.95 * len(times))) - 1)], status))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--db", default="/tmp/claims-bench/claims.db")
    ap.add_argument("--reuse", action="store_true", help="Reuse an existing database")
    a = ap.parse_args()
    path = Path(a.db)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not (a.reuse and path.exists()):
        start = time.perf_counter()
        build(path, a.claims)
        print(f"built {a.claims:,} claims in {time.perf_counter() - start:.0f} s -> {path}")
    else:
        start = time.perf_counter()
        open_db(path)  # brings an older database to the current shape (browse rows, facet counts)
        print(f"schema checked in {time.perf_counter() - start:.1f} s")
    rows = asyncio.run(measure(path, a.repeat))
    print(f"{'request':48} {'p50 ms':>8} {'p95 ms':>8}")
    for label, p50, p95, status in rows:
        flag = "" if p95 <= 300 else "  > 300 ms target"
        print(f"{label:48} {p50:8.1f} {p95:8.1f}{flag}" + ("" if status == "ok" else f"  {status}"))


if __name__ == "__main__":
    main()
