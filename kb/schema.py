"""The shape of claims.db, as data, applied by one idempotent ensure_shape(db)."""
from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import time
import urllib.parse
import warnings

import sqlite_utils

from ingest.metrics import describe as describe_metric, vocabulary as metrics_vocabulary

from . import derived
from .keys import claim_key

TABLES = {
    "articles": {
        "columns": {"id": str, "source": str, "url": str, "path": str, "title": str, "language": str,
                    "published": str, "outlet": str, "text": str, "ingested_at": str,
                    "extractor_version": str},
        "pk": "id",
    },
    "sentences": {
        "columns": {"id": str, "article_id": str, "idx": int, "start": int, "end": int, "text": str},
        "pk": "id", "foreign_keys": [("article_id", "articles", "id")],
    },
    "entities": {
        "columns": {"slug": str, "name": str, "type": str, "wikidata": str, "bloc": str, "parent": str,
                    "description": str, "registered": int, "origin": str},
        "pk": "slug",
    },
    "aliases": {
        "columns": {"id": str, "entity": str, "alias": str},
        "pk": "id", "foreign_keys": [("entity", "entities", "slug")],
    },
    "mentions": {
        "columns": {"id": str, "article_id": str, "sentence_id": str, "entity": str, "text": str,
                    "type": str, "start": int, "end": int},
        "pk": "id", "foreign_keys": [("article_id", "articles", "id"), ("sentence_id", "sentences", "id"),
                                     ("entity", "entities", "slug")],
    },
    "claims": {
        "columns": {"id": str, "article_id": str, "sentence_id": str, "subject": str, "subject_text": str, "metric": str,
                    "value": float, "low": float, "high": float, "unit": str, "qualifier": str,
                    "period_start": str, "period_end": str, "period_source": str, "reference": str,
                    "time_text": str, "kind": str, "claimant": str, "text": str, "start": int, "end": int,
                    "claim_key": str, "norm_value": float, "norm_low": float, "norm_high": float, "norm_unit": str},
        "pk": "id", "foreign_keys": [("article_id", "articles", "id"), ("sentence_id", "sentences", "id"),
                                     ("subject", "entities", "slug")],
    },
    "relations": {
        "columns": {"id": str, "article_id": str, "sentence_id": str, "subject": str, "relation": str,
                    "object": str, "period_start": str, "period_end": str, "text": str, "start": int, "end": int},
        "pk": "id", "foreign_keys": [("article_id", "articles", "id"), ("sentence_id", "sentences", "id"),
                                     ("subject", "entities", "slug"), ("object", "entities", "slug")],
    },
    # claims joined with names, article and sentence, kept per article by fill_claim_rows: the browse
    # table of the Datasette site. A view would join on every facet (2 s a page at 1M claims).
    "claim_rows": {
        "columns": {"id": str, "subject": str, "metric": str, "metric_label": str, "value": float, "low": float, "high": float,
                    "unit": str, "qualifier": str, "period_start": str, "period_end": str, "kind": str,
                    "claimant": str, "text": str, "sentence": str, "source": str, "title": str, "published": str,
                    "language": str, "bloc": str, "article_id": str, "subject_slug": str},
        "pk": "id", "foreign_keys": [("article_id", "articles", "id"), ("subject_slug", "entities", "slug")],
    },
    "metrics": {  # the vocabulary of ingest/data/metrics.yml, and the counted things claims name
        "columns": {"name": str, "label": str, "unit_family": str, "description": str},
        "pk": "name",
    },
    "prediction_outcomes": {
        "columns": {"claim_id": str, "outcome": str, "source": str, "note": str, "resolved_at": str},
        "pk": "claim_id",  # no foreign key: outcomes outlive a forced re-extraction (claim ids are stable)
    },
}

INDEXES = {
    "sentences": [["article_id"]],
    "mentions": [["article_id"], ["entity"]],
    "claims": [["article_id"], ["subject", "metric"], ["metric"], ["period_start"], ["kind"], ["claim_key"],
               ["sentence_id"], ["unit"]],
    "relations": [["article_id"], ["subject"], ["object"], ["relation"], ["sentence_id"]],
    "aliases": [["entity"]],
    "entities": [["parent"]],  # the measures count an entity's children
    "claim_rows": [["article_id"], ["subject"], ["metric"], ["kind"], ["unit"], ["claimant"], ["language"], ["bloc"],
                   ["period_start"], ["subject_slug"], ["published"]],
}

CLAIM_ROWS_SELECT = """
    select claims.id, coalesce(entities.name, claims.subject_text), claims.metric, coalesce(metrics.label, claims.metric), claims.value, claims.low, claims.high, claims.unit,
           claims.qualifier, claims.period_start, claims.period_end, claims.kind, claims.claimant, claims.text,
           sentences.text, articles.source, articles.title, articles.published, articles.language, entities.bloc,
           claims.article_id, claims.subject
    from claims
    join articles on articles.id = claims.article_id
    left join sentences on sentences.id = claims.sentence_id
    left join entities on entities.slug = claims.subject
    left join metrics on metrics.name = claims.metric
"""

FTS = {"articles": ["title", "text"], "sentences": ["text"]}

VIEWS = {
    # Keys whose sources disagree, with the claims at either end of what they state (kb/derived.py)
    "claim_conflicts": """
        select r.claim_key, e.name as subject, r.metric, lo.value as low_value, lo.unit as low_unit,
               la.source as low_source, la.published as low_published, hi.value as high_value, hi.unit as high_unit,
               ha.source as high_source, ha.published as high_published, r.claims, r.articles,
               r.low_claim, r.high_claim, r.subject as subject_slug
        from value_ranges r
        join claims lo on lo.id = r.low_claim join articles la on la.id = lo.article_id
        join claims hi on hi.id = r.high_claim join articles ha on ha.id = hi.article_id
        left join entities e on e.slug = r.subject
        where r.conflict = 1
    """,
    "graph_edges": """
        select relations.id, relations.subject as source_slug, s.name as subject, relations.relation,
               relations.object as target_slug, o.name as object, s.bloc as subject_bloc, o.bloc as object_bloc,
               relations.period_start, relations.period_end, relations.text as evidence,
               sentences.text as sentence, articles.source, articles.published, relations.article_id
        from relations
        join articles on articles.id = relations.article_id
        left join sentences on sentences.id = relations.sentence_id
        join entities s on s.slug = relations.subject
        join entities o on o.slug = relations.object
    """,
    "claim_corroboration": """
        select c.id, e.name as subject, c.metric, c.value, c.unit, c.claim_key, a.source,
               (select count(distinct coalesce(a2.outlet, a2.id)) from claims c2 join articles a2 on a2.id = c2.article_id
                where c2.claim_key = c.claim_key
                  and ((c.norm_value is null and c2.norm_value is null) or
                       abs(c2.norm_value - c.norm_value) <= 0.1 * max(abs(c2.norm_value), abs(c.norm_value)))
               ) as independent_sources
        from claims c join articles a on a.id = c.article_id left join entities e on e.slug = c.subject
    """,
    "prediction_ledger": """
        select p.*, o.outcome, o.source as outcome_source, o.note as outcome_note,
               case when o.outcome is not null then 'resolved'
                    when date('now') < coalesce(p.due_from, p.due_by) then 'open'
                    when date('now') <= p.due_by then 'due' else 'overdue' end as status
        from prediction_rows p left join prediction_outcomes o on o.claim_id = p.id
    """,
    "relations_view": """
        select relations.id, s.name as subject, relations.relation, o.name as object,
               relations.period_start, relations.period_end, relations.text, sentences.text as sentence,
               articles.source, articles.title, articles.published, relations.article_id
        from relations
        join articles on articles.id = relations.article_id
        left join sentences on sentences.id = relations.sentence_id
        left join entities s on s.slug = relations.subject
        left join entities o on o.slug = relations.object
    """,
}

class DatabaseError(Exception):
    """The database cannot be opened, read or written; the message names the file and the reason."""


CACHE_KIB = 32 * 1024  # SQLite's page cache; its 2 MB default rereads the indexes of a large database per article
BUSY_TIMEOUT_MS = 60_000  # a writer waits this long for another writer's article to be stored


def open_db(path, readonly: bool = False) -> sqlite_utils.Database:
    """The database at `path`, shaped for this version of kb. Read-only: never written, not even to
    update its shape (an older one is read as it is, with a warning)."""
    path = str(path)
    if path == ":memory:":
        db = sqlite_utils.Database(memory=True)
        ensure_shape(db)
        return db
    if readonly:
        return open_readonly(path)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise DatabaseError(f"{path}: the folder {folder} does not exist")
    if os.path.exists(path) and not os.access(path, os.W_OK):
        raise DatabaseError(f"{path}: the file is read-only; commands that only read it still work")
    try:
        db = sqlite_utils.Database(path)
        db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("pragma foreign_keys = on")
        patiently(db.enable_wal)  # switching to WAL answers "locked" at once while another process sets up
        # In WAL mode NORMAL syncs at checkpoints, not at each article's commit: a killed process loses
        # nothing and the file is never corrupt; only a power cut may undo the last articles stored.
        db.execute("pragma synchronous = normal")
        db.execute(f"pragma cache_size = -{CACHE_KIB}")
        # Fold the log into the file after many articles, not every thousand pages: on a large database
        # each checkpoint writes pages scattered over the file; `checkpoint` folds the rest after a run.
        db.execute(f"pragma wal_autocheckpoint = {WAL_PAGES}")
        if not shape_is_current(db):
            patiently(lambda: shaped(db))
    except sqlite3.DatabaseError as e:
        raise DatabaseError(f"{path}: {reason(e)}") from None
    return db


WAL_PAGES = 64_000  # about 256 MB of log between checkpoints (SQLite's default is 1,000 pages): a page
# written by many articles in a row goes to the file once


def checkpoint(db: sqlite_utils.Database) -> None:
    """Fold the write-ahead log into the file after a run, so readers open a compact database."""
    db.execute("pragma wal_checkpoint(PASSIVE)")


def shaped(db: sqlite_utils.Database) -> None:
    with write_transaction(db):  # two processes starting at once shape the database one after the other
        if not shape_is_current(db):
            ensure_shape(db)


def patiently(step, seconds: float = BUSY_TIMEOUT_MS / 1000):
    """Run a step that SQLite may refuse with "database is locked" without waiting (a journal mode change,
    a lock upgrade at setup), again until it goes through or the busy timeout has passed."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return step()
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def open_readonly(path: str) -> sqlite_utils.Database:
    if not os.path.exists(path):
        raise DatabaseError(f"no database at {path} (run `kb add` first)")
    quoted = urllib.parse.quote(os.path.abspath(path))
    try:
        try:
            conn = sqlite3.connect(f"file:{quoted}?mode=ro", uri=True)
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.OperationalError:  # a WAL database in a folder we may not write: read it as a snapshot
            conn = sqlite3.connect(f"file:{quoted}?immutable=1", uri=True)
            conn.execute("select count(*) from sqlite_master").fetchone()
        conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        db = sqlite_utils.Database(conn)
        current = shape_is_current(db)
    except sqlite3.DatabaseError as e:
        raise DatabaseError(f"{path}: {reason(e)}") from None
    if not current:
        warnings.warn(f"{path} was shaped by another version of kb; it is read as it is "
                      f"(`kb add` on a writable copy updates it)", stacklevel=2)
    return db


def reason(error: sqlite3.DatabaseError) -> str:
    text = str(error)
    if "file is not a database" in text:
        return "not a SQLite database"
    if "unable to open" in text:
        return "cannot be opened (check the path and its permissions)"
    if "readonly" in text:
        return "the file is read-only; commands that only read it still work"
    return text


@contextlib.contextmanager
def write_transaction(db: sqlite_utils.Database):
    """One transaction that takes the write lock at its start (BEGIN IMMEDIATE): a second writer waits for
    its turn (busy_timeout) instead of failing when a read lock would have to be upgraded."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        with db.atomic():  # a savepoint inside: sqlite-utils' own writes nest in it
            yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


def shape_version() -> str:
    """A fingerprint of everything ensure_shape builds: a database stamped with it needs no work."""
    spec = repr((sorted((k, sorted((c, t.__name__) for c, t in v["columns"].items())) for k, v in TABLES.items()),
                 INDEXES, FTS, VIEWS, KEY_VERSION, sorted(derived.VERSIONS.items()),
                 sorted((k, v.get("indexes")) for k, v in derived.TABLES.items()), derived.OBSOLETE_TABLES))
    return hashlib.sha1(spec.encode("utf-8")).hexdigest()[:16]


def shape_is_current(db: sqlite_utils.Database) -> bool:
    if not db["kb_meta"].exists():
        return False
    row = db.execute("select value from kb_meta where key = 'shape'").fetchone()
    return row is not None and row[0] == shape_version()


KEY_VERSION = "2"  # 2: a quarter's or half year's figure keys apart from its year's


def ensure_shape(db: sqlite_utils.Database) -> None:
    db.execute("drop view if exists claims_view")  # replaced by the claim_rows table
    refill = False
    for name in ("articles", "entities", "sentences", "aliases", "mentions", "claims", "relations",
                 "prediction_outcomes", "metrics", "claim_rows"):
        spec = TABLES[name]
        table = db[name]
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", []))
            if name == "metrics":
                fill_metrics(db)
            refill |= name == "claim_rows"
        else:
            missing = {c: t for c, t in spec["columns"].items() if c not in table.columns_dict}
            for column, ctype in missing.items():
                table.add_column(column, ctype)
            refill |= name == "claim_rows" and bool(missing)
    if refill:
        fill_claim_rows(db)
    for name, indexes in INDEXES.items():
        existing = {tuple(i.columns) for i in db[name].indexes}
        for columns in indexes:
            if tuple(columns) not in existing:
                db[name].create_index(columns)
    for name, columns in FTS.items():
        if not db[name].detect_fts():
            db[name].enable_fts(columns, create_triggers=True, tokenize="unicode61")
    if rekey_claims(db):
        derived.rebuild_all(db)
    derived.ensure_tables(db)
    for name, sql in VIEWS.items():
        current = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        if current is None or " ".join(current[0].split()) != " ".join(f"CREATE VIEW {name} AS {sql}".split()):
            db.create_view(name, sql, replace=True)
    db["kb_meta"].upsert({"key": "shape", "value": shape_version()}, pk="key")


def rekey_claims(db: sqlite_utils.Database) -> bool:
    """Claims stored under an older way of keying get today's keys, once; True when any were rekeyed."""
    meta = db["kb_meta"]
    if not meta.exists():
        meta.create({"key": str, "value": str}, pk="key")
    row = db.execute("select value from kb_meta where key = 'claim_key_version'").fetchone()
    if row is not None and row[0] == KEY_VERSION:
        return False
    with db.atomic():
        for cid, subject, metric, start, end, unit, value, low, high in db.execute(
                "select id, subject, metric, period_start, period_end, unit, value, low, high from claims").fetchall():
            key = claim_key(subject, metric, start, unit, any(v is not None for v in (value, low, high)), end)
            db.execute("update claims set claim_key = ? where id = ?", [key, cid])
        meta.upsert({"key": "claim_key_version", "value": KEY_VERSION}, pk="key")
    return bool(db.execute("select count(*) from claims").fetchone()[0])


def metric_row(name: str) -> dict:
    entry = describe_metric(name)
    return {"name": name, "label": entry["label"], "unit_family": entry["unit"], "description": entry["description"]}


def fill_metrics(db: sqlite_utils.Database) -> None:
    """The vocabulary, and a row for every other metric the claims name (a counted thing: "gpus_count")."""
    names = set(metrics_vocabulary()) | {m for (m,) in db.execute("select distinct metric from claims")}
    db["metrics"].upsert_all([metric_row(n) for n in sorted(names)], pk="name")


def fill_claim_rows(db: sqlite_utils.Database, article_id: str | None = None) -> None:
    """(Re)write the browse rows of one article's claims, or of all claims."""
    columns = ", ".join(f"[{c}]" for c in TABLES["claim_rows"]["columns"])
    if article_id is None:
        db.execute("delete from claim_rows")
        db.execute(f"insert into claim_rows ({columns}) {CLAIM_ROWS_SELECT}")
    else:
        db.execute("delete from claim_rows where article_id = ?", [article_id])
        db.execute(f"insert into claim_rows ({columns}) {CLAIM_ROWS_SELECT} where claims.article_id = ?", [article_id])
