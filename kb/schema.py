"""The shape of claims.db, as data, applied by one idempotent ensure_shape(db)."""
from __future__ import annotations

import sqlite_utils

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
        "columns": {"id": str, "article_id": str, "sentence_id": str, "subject": str, "metric": str,
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
        "columns": {"id": str, "subject": str, "metric": str, "value": float, "low": float, "high": float,
                    "unit": str, "qualifier": str, "period_start": str, "period_end": str, "kind": str,
                    "claimant": str, "text": str, "sentence": str, "source": str, "title": str, "published": str,
                    "language": str, "bloc": str, "article_id": str, "subject_slug": str},
        "pk": "id", "foreign_keys": [("article_id", "articles", "id"), ("subject_slug", "entities", "slug")],
    },
    "prediction_outcomes": {
        "columns": {"claim_id": str, "outcome": str, "source": str, "note": str, "resolved_at": str},
        "pk": "claim_id",  # no foreign key: outcomes outlive a forced re-extraction (claim ids are stable)
    },
    "entity_measures": {
        "columns": {"slug": str, "degree": int, "in_degree": int, "out_degree": int, "centrality": float,
                    "betweenness": float, "bloc": str, "first_seen": str, "last_seen": str},
        "pk": "slug", "foreign_keys": [("slug", "entities", "slug")],
    },
}

INDEXES = {
    "sentences": [["article_id"]],
    "mentions": [["article_id"], ["entity"]],
    "claims": [["article_id"], ["subject", "metric"], ["metric"], ["period_start"], ["kind"], ["claim_key"],
               ["sentence_id"], ["unit"]],
    "relations": [["article_id"], ["subject"], ["object"], ["relation"], ["sentence_id"]],
    "aliases": [["entity"]],
    "claim_rows": [["article_id"], ["subject"], ["metric"], ["kind"], ["unit"], ["claimant"], ["language"], ["bloc"],
                   ["period_start"], ["subject_slug"], ["published"]],
}

CLAIM_ROWS_SELECT = """
    select claims.id, entities.name, claims.metric, claims.value, claims.low, claims.high, claims.unit,
           claims.qualifier, claims.period_start, claims.period_end, claims.kind, claims.claimant, claims.text,
           sentences.text, articles.source, articles.title, articles.published, articles.language, entities.bloc,
           claims.article_id, claims.subject
    from claims
    join articles on articles.id = claims.article_id
    left join sentences on sentences.id = claims.sentence_id
    left join entities on entities.slug = claims.subject
"""

# Facet counts of the browse pages, unfiltered and filtered on one low-cardinality column, rebuilt
# with the derived tables; the plugin's "counted" facet reads them instead of grouping up to a
# million rows per page view. Pages with other filters count their (fewer, indexed) rows live.
FACET_COUNTS = {"claim_rows": ["subject", "metric", "kind", "unit", "claimant", "language", "bloc"],
                "claims": ["metric", "kind"]}
FACET_FILTERS = {"claim_rows": ["metric", "kind", "unit", "language", "bloc"], "claims": ["metric", "kind"]}
FACET_COUNT_LIMIT = 1000

FTS = {"articles": ["title", "text"], "sentences": ["text"]}

VIEWS = {
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

# Derived tables, rebuilt by refresh_derived(db) after every kb add: self-joins and window
# functions over all claims are too slow to run per page view (benchmarks/datasette_bench.py).
DERIVED = {
    "claim_conflicts": """
        select a.claim_key, ea.name as subject, a.metric, a.value as value_a, a.unit as unit_a, aa.source as source_a,
               aa.published as published_a, b.value as value_b, b.unit as unit_b, ab.source as source_b,
               ab.published as published_b, a.id as claim_a, b.id as claim_b
        from claims a join claims b on a.claim_key = b.claim_key and a.id < b.id and a.article_id != b.article_id
        join articles aa on aa.id = a.article_id join articles ab on ab.id = b.article_id
        left join entities ea on ea.slug = a.subject
        where a.norm_value is not null and b.norm_value is not null
          and abs(a.norm_value - b.norm_value) > 0.1 * max(abs(a.norm_value), abs(b.norm_value))
    """,
    "latest_values": """
        select claim_key, subject, metric, value, unit, period_start, period_end, kind, source, published, id
        from (
            select c.claim_key, e.name as subject, c.metric, c.value, c.unit, c.period_start, c.period_end, c.kind,
                   a.source, a.published, c.id,
                   row_number() over (partition by c.claim_key
                                      order by c.kind = 'fact' desc, a.published desc, c.period_end desc) as rank
            from claims c join articles a on a.id = c.article_id left join entities e on e.slug = c.subject
            where c.value is not null or c.low is not null
        ) where rank = 1
    """,
    "prediction_rows": """
        select c.id, e.name as subject, c.subject as subject_slug, c.metric, c.value, c.unit, c.kind, c.claimant,
               a.published as said_on, c.period_start as due_from, c.period_end as due_by, c.text,
               s.text as sentence, a.source
        from claims c join articles a on a.id = c.article_id
        left join sentences s on s.id = c.sentence_id left join entities e on e.slug = c.subject
        where c.kind in ('forecast', 'plan') and c.period_source = 'explicit' and c.period_end is not null
          and (a.published is null or c.period_end >= a.published)
    """,
}
DERIVED_INDEXES = {"claim_conflicts": [["subject", "metric"]], "latest_values": [["subject", "metric"]],
                   "prediction_rows": [["due_by"], ["subject_slug"]]}


def open_db(path) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db.execute("pragma busy_timeout = 5000")
    db.execute("pragma foreign_keys = on")
    if str(path) != ":memory:":
        db.enable_wal()
    ensure_shape(db)
    return db


KEY_VERSION = "2"  # 2: a quarter's or half year's figure keys apart from its year's


def ensure_shape(db: sqlite_utils.Database) -> None:
    db.execute("drop view if exists claims_view")  # replaced by the claim_rows table
    for name in ("articles", "entities", "sentences", "aliases", "mentions", "claims", "relations", "entity_measures",
                 "prediction_outcomes", "claim_rows"):
        spec = TABLES[name]
        table = db[name]
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", []))
            if name == "claim_rows":
                fill_claim_rows(db)
        else:
            missing = {c: t for c, t in spec["columns"].items() if c not in table.columns_dict}
            for column, ctype in missing.items():
                table.add_column(column, ctype)
    for name, indexes in INDEXES.items():
        existing = {tuple(i.columns) for i in db[name].indexes}
        for columns in indexes:
            if tuple(columns) not in existing:
                db[name].create_index(columns)
    for name, columns in FTS.items():
        if not db[name].detect_fts():
            db[name].enable_fts(columns, create_triggers=True, tokenize="unicode61")
    rekeyed = rekey_claims(db)
    for name in DERIVED:
        if rekeyed or not db[name].exists():
            refresh_derived(db, [name])
    if not db["facet_counts"].exists() or "filter_column" not in db["facet_counts"].columns_dict:
        refresh_facet_counts(db)
    for name, sql in VIEWS.items():
        current = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        if current is None or " ".join(current[0].split()) != " ".join(f"CREATE VIEW {name} AS {sql}".split()):
            db.create_view(name, sql, replace=True)


def rekey_claims(db: sqlite_utils.Database) -> bool:
    """Claims stored under an older way of keying get today's keys, once; True when any were rekeyed."""
    meta = db["kb_meta"]
    if not meta.exists():
        meta.create({"key": str, "value": str}, pk="key")
    row = db.execute("select value from kb_meta where key = 'claim_key_version'").fetchone()
    if row is not None and row[0] == KEY_VERSION:
        return False
    from .tracking import claim_key  # late: tracking reads the tables this module shapes
    with db.atomic():
        for cid, subject, metric, start, end, unit, value, low, high in db.execute(
                "select id, subject, metric, period_start, period_end, unit, value, low, high from claims").fetchall():
            key = claim_key(subject, metric, start, unit, any(v is not None for v in (value, low, high)), end)
            db.execute("update claims set claim_key = ? where id = ?", [key, cid])
        meta.upsert({"key": "claim_key_version", "value": KEY_VERSION}, pk="key")
    return bool(db.execute("select count(*) from claims").fetchone()[0])


def refresh_derived(db: sqlite_utils.Database, names=None) -> None:
    """Rebuild the derived tables from the claims (all of them, or those named), and the facet counts."""
    with db.atomic():
        for name in names or DERIVED:
            db.execute(f"drop table if exists [{name}]")
            db.execute(f"create table [{name}] as {DERIVED[name]}")
            for columns in DERIVED_INDEXES.get(name, []):
                db[name].create_index(columns)
    if names is None:
        refresh_facet_counts(db)


def fill_claim_rows(db: sqlite_utils.Database, article_id: str | None = None) -> None:
    """(Re)write the browse rows of one article's claims, or of all claims."""
    columns = ", ".join(f"[{c}]" for c in TABLES["claim_rows"]["columns"])
    if article_id is None:
        db.execute("delete from claim_rows")
        db.execute(f"insert into claim_rows ({columns}) {CLAIM_ROWS_SELECT}")
    else:
        db.execute("delete from claim_rows where article_id = ?", [article_id])
        db.execute(f"insert into claim_rows ({columns}) {CLAIM_ROWS_SELECT} where claims.article_id = ?", [article_id])


def refresh_facet_counts(db: sqlite_utils.Database) -> None:
    with db.atomic():
        db.execute("drop table if exists facet_counts")
        db.execute("create table facet_counts (table_name text, filter_column text, filter_value text, "
                   "column_name text, value, count integer, "
                   "primary key (table_name, filter_column, filter_value, column_name, value))")
        for table, columns in FACET_COUNTS.items():
            for column in columns:
                db.execute(f"insert into facet_counts select ?, '', '', ?, [{column}], count(*) from [{table}] "
                           f"where [{column}] is not null group by [{column}] order by count(*) desc limit ?",
                           [table, column, FACET_COUNT_LIMIT])
                for by in FACET_FILTERS.get(table, []):
                    if by == column:
                        continue
                    db.execute(f"""
                        insert into facet_counts
                        select ?, ?, filter_value, ?, value, n from (
                            select [{by}] as filter_value, [{column}] as value, count(*) as n,
                                   row_number() over (partition by [{by}] order by count(*) desc) as rank
                            from [{table}] where [{by}] is not null and [{column}] is not null
                            group by [{by}], [{column}]
                        ) where rank <= ?""", [table, by, column, FACET_COUNT_LIMIT])
