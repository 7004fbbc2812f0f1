"""kb add: read, extract and store articles in batches, one transaction per article.

Inputs are streamed: each batch is read, extracted and stored before the next is read, so memory
stays flat however many articles come in. Every input ends in exactly one of three counts: added,
unchanged (already stored, or the same file or text given twice) or failed (with its reason).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .extraction import Failure, batch_size, extract_batches

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default; a longer text is refused with a clear reason


@dataclass
class Counts:
    added: int = 0
    unchanged: int = 0
    failed: int = 0
    messages: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"added {self.added}, unchanged {self.unchanged}, failed {self.failed}"


def expand_inputs(inputs: Iterable[str], warn: Callable[[str], None]) -> list[str]:
    """Files, URLs and '-' as given; a folder becomes the articles in it (README files left out)."""
    out = []
    for item in inputs:
        path = Path(item)
        if item != "-" and not item.startswith(("http://", "https://")) and path.is_dir():
            found = sorted(str(p) for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                           and not p.stem.upper().startswith("README"))
            if not found:
                warn(f"{item}: no article found in this folder (looked for {', '.join(sorted(ARTICLE_SUFFIXES))})")
            out += found
        else:
            out.append(item)
    return out


def add_articles(db, items: list[str], *, force: bool = False, overrides: dict | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS, jobs: int = 1,
                 say: Callable[[str], None] = lambda line: None,
                 advance: Callable[[int], None] = lambda n: None) -> Counts:
    """Add these inputs to `db`, extracting in `jobs` processes; `say` gets one line per warning or error,
    `advance` the inputs done."""
    from ingest import EXTRACTOR_VERSION

    counts = Counts()
    for item, extracted in extracted_inputs(items, overrides or {}, max_chars, jobs, counts, say, advance,
                                            user_entities(db), db=None if force else db):
        store_one(db, extracted, EXTRACTOR_VERSION, force, item, item, counts, say)
    return counts


def extracted_inputs(items: list[str], overrides: dict, max_chars: int, jobs: int, counts: Counts, say, advance,
                     extra_entities=(), db=None) -> Iterator[tuple[str, object]]:
    """(input, its records) for each input read and extracted; the others are counted and reported."""
    paths: dict = {}
    batches = articles_to_extract(items, overrides, max_chars, counts, say, advance, paths, batch_size(jobs), db=db)
    for result in extract_batches(batches, extra_entities, max_chars, jobs):
        advance(1)
        if isinstance(result, Failure):
            fail(counts, say, f"{paths.pop(result.item)}: extraction failed ({result.reason})")
        else:
            yield paths.pop(result.article.id), result


def store_one(db, extracted, extractor_version: str, force: bool, path: str | None, where: str, counts: Counts,
              say) -> None:
    """One article's transaction, counted as added, unchanged (stored already, perhaps by another writer
    since we looked) or failed; one article's failure never stops the others."""
    from .store import save_article

    try:
        stored = save_article(db, extracted, extractor_version, force=force, path=path)
    except Exception as e:
        fail(counts, say, f"{where}: could not be stored ({e.__class__.__name__}: {e})")
        return
    if stored:
        counts.added += 1
    else:
        counts.unchanged += 1


def extract_records(items: list[str], write: Callable[[str], None], *, overrides: dict | None = None,
                    max_chars: int = DEFAULT_MAX_CHARS, jobs: int = 1, say: Callable[[str], None] = lambda line: None,
                    advance: Callable[[int], None] = lambda n: None) -> Counts:
    """The map step alone: each input's records as one JSON line (`write`), for `kb load` to store.
    `added` counts the articles written."""
    from ingest import EXTRACTOR_VERSION
    from ingest.records import to_record

    from .output import json_line

    counts = Counts()
    for item, extracted in extracted_inputs(items, overrides or {}, max_chars, jobs, counts, say, advance):
        write(json_line({**to_record(extracted, EXTRACTOR_VERSION), "path": item}))
        counts.added += 1
    return counts


def record_lines(items: list[str]) -> list[str]:
    """The map step for a cluster (one partition of a dask.bag of paths): each input's records as a JSON
    line; an input that cannot be read or extracted becomes a line {"kb_error": ...} that `kb load`
    reports, so the job never stops on one bad file."""
    from .output import json_line

    lines: list[str] = []

    def keep_errors(line: str) -> None:
        if line.startswith("error: "):
            lines.append(json_line({"kb_error": line[len("error: "):]}))

    extract_records(list(items), lines.append, say=keep_errors)
    return lines


def load_records(db, files: list[str], *, force: bool = False, say: Callable[[str], None] = lambda line: None,
                 advance: Callable[[int], None] = lambda n: None) -> Counts:
    """The load step: store each line of records `kb extract --records` wrote, one transaction per article,
    as `kb add` does. A line that is no article's records is reported with its file and line number."""
    import json
    import sys

    from ingest.records import RecordError, from_record

    counts, seen = Counts(), set()
    for name in files:
        try:
            handle = sys.stdin if name == "-" else open(name, encoding="utf-8")
        except OSError as e:
            fail(counts, say, f"{name}: cannot be read ({e.strerror or e})")
            continue
        with handle:
            for number, line in enumerate(lines_of(handle, name, counts, say), start=1):
                if not line.strip():
                    continue
                where = f"{name}:{number}"
                try:
                    record = json.loads(line)
                    if isinstance(record, dict) and "kb_error" in record:
                        fail(counts, say, f"{where}: {record['kb_error']}")
                        continue
                    extracted = from_record(record)
                except (ValueError, RecordError) as e:
                    fail(counts, say, f"{where}: {e if isinstance(e, RecordError) else 'not JSON (' + str(e) + ')'}")
                    continue
                finally:
                    advance(1)
                if extracted.article.id in seen:
                    say(f"note: {where}: the same article as an earlier line; counted once")
                    counts.unchanged += 1
                    continue
                seen.add(extracted.article.id)
                store_one(db, extracted, str(record.get("extractor_version") or "unknown"), force,
                          record.get("path"), where, counts, say)
    return counts


def lines_of(handle, name: str, counts: Counts, say) -> Iterator[str]:
    """The lines of a records file; a file that is not UTF-8 ends with one error, keeping what came before."""
    try:
        yield from handle
    except UnicodeDecodeError as e:
        fail(counts, say, f"{name}: not UTF-8 text after byte {e.start} (the lines before it were read)")


def articles_to_extract(items: list[str], overrides: dict, max_chars: int, counts: Counts, say, advance,
                        paths: dict, size: int, db=None) -> Iterator[list]:
    """The inputs read, in batches of `size`, without those given twice or (with `db`) already stored.
    `paths` maps each article yielded to its input."""
    from .store import article_exists

    seen_files, seen_texts = {}, {}
    for start in range(0, len(items), size):
        batch = items[start:start + size]
        todo = []
        for item in batch:
            article = read_one(item, overrides, max_chars, counts, say)
            if article is None:
                continue
            same = first_seen(item, article, seen_files, seen_texts)
            if same is not None:
                say(f"note: {item}: {same}; counted once")
                counts.unchanged += 1
            elif db is not None and article_exists(db, article.id):
                counts.unchanged += 1
            else:
                todo.append(article)
                paths[article.id] = item
        advance(len(batch) - len(todo))
        if todo:
            yield todo


def user_entities(db) -> list[dict]:
    """Entities added with `kb entity add`: extraction finds them too."""
    entries = []
    for row in db.execute("select slug, name, type, wikidata, bloc, parent, description from entities "
                          "where origin = 'user' order by slug").fetchall():
        slug = row[0]
        aliases = [r[0] for r in db.execute("select alias from aliases where entity = ? and alias != ?", [slug, row[1]])]
        entries.append({"slug": slug, "name": row[1], "type": row[2], "wikidata": row[3], "bloc": row[4],
                        "parent": row[5], "description": row[6], "aliases": aliases, "case_sensitive": True})
    return entries


def read_one(item: str, overrides: dict, max_chars: int, counts: Counts, say):
    from ingest.sources import ReadError, read_article

    try:
        article = read_article(item, **overrides)
    except ReadError as e:
        fail(counts, say, str(e))
        return None
    if len(article.text) > max_chars:
        fail(counts, say, f"{item}: {len(article.text):,} characters, more than the limit of {max_chars:,} "
                          f"(raise it with --max-chars, or split the article)")
        return None
    for warning in article.warnings:
        say(f"warning: {item}: {warning}")
    return article


def first_seen(item: str, article, seen_files: dict, seen_texts: dict) -> str | None:
    """Why this input repeats one given earlier in the run, or None when it is new."""
    real = os.path.realpath(item) if os.path.exists(item) else item
    if real in seen_files:
        return f"the same file as {seen_files[real]}"
    seen_files[real] = item
    if article.id in seen_texts:
        return f"the same text as {seen_texts[article.id]}"
    seen_texts[article.id] = item
    return None


def fail(counts: Counts, say, line: str) -> None:
    counts.failed += 1
    say(f"error: {line}")
