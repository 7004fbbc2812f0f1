"""The map step: batches of articles in, one ExtractedArticle (or Failure) per article out.

In this process (`jobs=1`) or in worker processes that load the pipelines once each, while the
calling process reads the inputs and stays the only writer. Results come back in input order
whatever the number of workers, so `kb add --jobs 1` and `--jobs 2` store the same rows. A batch
whose worker dies (killed, out of memory) is extracted again in this process.
"""
from __future__ import annotations

import collections
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterable, Iterator

BATCH_IN_PROCESS = 64
BATCH_PER_WORKER = 16  # smaller, so the last batches keep every worker busy
BATCHES_AHEAD = 2  # per worker: enough to keep them busy, few enough to keep memory flat


@dataclass(frozen=True)
class Failure:
    item: str  # the article's id
    reason: str


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def batch_size(jobs: int) -> int:
    return BATCH_IN_PROCESS if jobs <= 1 else BATCH_PER_WORKER


def extract_batches(batches: Iterable[list], extra_entities=(), max_chars: int | None = None,
                    jobs: int = 1) -> Iterator:
    """Each article of each batch, extracted, in input order."""
    if jobs <= 1:
        for batch in batches:
            yield from extract_in_order(batch, extra_entities, max_chars)
        return
    yield from extract_in_workers(batches, extra_entities, max_chars, jobs)


def extract_in_order(articles: list, extra_entities=(), max_chars: int | None = None) -> list:
    """A batch extracted (pipelines group it by language), put back in the order it came in."""
    by_id = {}
    for result in safe_extract(articles, extra_entities, max_chars):
        by_id[result.item if isinstance(result, Failure) else result.article.id] = result
    return [by_id[a.id] for a in articles if a.id in by_id]


def safe_extract(articles: list, extra_entities=(), max_chars: int | None = None, extract=None) -> Iterator:
    """Extract a batch; when it fails, the articles not yet done are tried one by one to isolate the bad
    one. Each article is yielded once: as its records, or as a Failure."""
    if extract is None:
        from ingest.pipeline import extract

    done = set()
    try:
        for extracted in extract(articles, extra_entities, max_chars=max_chars):
            done.add(extracted.article.id)
            yield extracted
        return
    except Exception:
        pass
    for article in articles:
        if article.id in done:
            continue
        try:
            yield from extract([article], extra_entities, max_chars=max_chars)
        except Exception as e:
            yield Failure(article.id, f"{e.__class__.__name__}: {e}")


def extract_in_workers(batches: Iterable[list], extra_entities, max_chars, jobs: int) -> Iterator:
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    pending: collections.deque = collections.deque()
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=start_worker,
                             initargs=(tuple(extra_entities), max_chars)) as pool:
        for batch in batches:
            pending.append((batch, submitted(pool, batch)))
            while len(pending) > BATCHES_AHEAD * jobs:
                yield from results(*pending.popleft(), extra_entities, max_chars)
        while pending:
            yield from results(*pending.popleft(), extra_entities, max_chars)


def submitted(pool: ProcessPoolExecutor, batch: list):
    try:
        return pool.submit(work, batch)
    except (BrokenProcessPool, RuntimeError):
        return None  # the pool is gone: the batch is extracted here


def results(batch: list, future, extra_entities, max_chars) -> list:
    if future is not None:
        try:
            return future.result()
        except Exception:  # a worker died or its results did not come back whole
            pass
    return extract_in_order(batch, extra_entities, max_chars)


_worker_settings: dict = {}


def start_worker(extra_entities: tuple, max_chars: int | None) -> None:
    _worker_settings.update(extra_entities=extra_entities, max_chars=max_chars)


def work(batch: list) -> list:
    return extract_in_order(batch, _worker_settings["extra_entities"], _worker_settings["max_chars"])
