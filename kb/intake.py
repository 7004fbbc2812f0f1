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

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
BATCH_ARTICLES = 64
DEFAULT_MAX_CHARS = 1_000_000  # spaCy's own default; a longer text is refused with a clear reason


@dataclass
class Counts:
    added: int = 0
    unchanged: int = 0
    failed: int = 0
    messages: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"added {self.added}, unchanged {self.unchanged}, failed {self.failed}"


@dataclass(frozen=True)
class Failure:
    item: str
    reason: str


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
                 max_chars: int = DEFAULT_MAX_CHARS, batch_articles: int = BATCH_ARTICLES,
                 say: Callable[[str], None] = lambda line: None,
                 advance: Callable[[int], None] = lambda n: None) -> Counts:
    """Add these inputs to `db`; `say` gets one line per warning or error, `advance` the inputs done."""
    from ingest import EXTRACTOR_VERSION
    from ingest.pipeline import extract

    from .store import article_exists, save_article

    counts, seen_files, seen_texts = Counts(), {}, {}
    extra = user_entities(db)
    for start in range(0, len(items), batch_articles):
        batch = items[start:start + batch_articles]
        todo = []
        for item in batch:
            article = read_one(item, overrides or {}, max_chars, counts, say)
            if article is None:
                continue
            same = first_seen(item, article, seen_files, seen_texts)
            if same is not None:
                say(f"note: {item}: {same}; counted once")
                counts.unchanged += 1
            elif not force and article_exists(db, article.id):
                counts.unchanged += 1
            else:
                todo.append((item, article))
        advance(len(batch) - len(todo))
        paths = {article.id: item for item, article in todo}
        for result in safe_extract(extract, [article for _, article in todo], extra, max_chars):
            advance(1)
            if isinstance(result, Failure):
                fail(counts, say, f"{paths.get(result.item, result.item)}: extraction failed ({result.reason})")
                continue
            item = paths[result.article.id]
            try:
                if save_article(db, result, EXTRACTOR_VERSION, force=force, path=item):
                    counts.added += 1
                else:
                    counts.unchanged += 1  # another writer stored it since we looked
            except Exception as e:  # one article's failure must not stop the others
                fail(counts, say, f"{item}: could not be stored ({e.__class__.__name__}: {e})")
    return counts


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


def safe_extract(extract, articles: list, extra, max_chars: int) -> Iterator:
    """Extract a batch; when it fails, the articles not yet done are tried one by one to isolate the bad
    one. Each article is yielded once: as its records, or as a Failure."""
    done = set()
    try:
        for extracted in extract(articles, extra, max_chars=max_chars):
            done.add(extracted.article.id)
            yield extracted
        return
    except Exception:
        pass
    for article in articles:
        if article.id in done:
            continue
        try:
            yield from extract([article], extra, max_chars=max_chars)
        except Exception as e:
            yield Failure(article.id, f"{e.__class__.__name__}: {e}")
