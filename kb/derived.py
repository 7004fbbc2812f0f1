"""Derived tables: conflicts, latest values, predictions, facet counts and entity measures.

Self-joins and window functions over all claims are too slow to run per page view
(benchmarks/datasette_bench.py), so their results are tables. They are kept up per article,
inside the article's own transaction (`forget_article` before its rows go, `account_article`
after they are written): whatever interrupts `kb add`, they agree with the claims, and adding
one article costs the same on an empty database as on a large one. `rebuild_all` computes
every table from scratch (a new database, or one kept the older way).
"""
from __future__ import annotations

import sqlite_utils

from ingest.metrics import generic

VERSION = "6"  # 2: kept per article, facet counts complete; 3: a prediction falls due after the day it was said;
# 4: facets of metric labels; 5: a prediction has a subject and a thing that falls due;
# 6: claims without a subject are about no one thing, so they never conflict

GENERIC = ", ".join(f"'{name}'" for name in generic())  # metrics that name no thing (ingest/data/metrics.yml)

# Each table: its columns and key, and the query of its rows restricted by {where} (a condition
# on the claims `c`, or on the entities `e` for the measures).
TABLES = {
    "claim_conflicts": {
        "columns": {"claim_key": str, "subject": str, "metric": str, "value_a": float, "unit_a": str,
                    "source_a": str, "published_a": str, "value_b": float, "unit_b": str, "source_b": str,
                    "published_b": str, "claim_a": str, "claim_b": str},
        "pk": ("claim_a", "claim_b"),
        # no index on claim_b: each stored pair would touch it at a random place; an article's pairs are
        # found by claim_a (the key's first column) or, on the other side, within its claims' keys
        "indexes": [["subject", "metric"], ["claim_key"]],
        "select": """
            select c.claim_key, ea.name, c.metric, c.value, c.unit, aa.source, aa.published,
                   b.value, b.unit, ab.source, ab.published, c.id, b.id
            from claims c join claims b on c.claim_key = b.claim_key and c.id < b.id and c.article_id != b.article_id
            join articles aa on aa.id = c.article_id join articles ab on ab.id = b.article_id
            left join entities ea on ea.slug = c.subject
            where c.subject is not null and c.norm_value is not null and b.norm_value is not null
              and abs(c.norm_value - b.norm_value) > 0.1 * max(abs(c.norm_value), abs(b.norm_value)) and {where}""",
    },
    "latest_values": {
        "columns": {"claim_key": str, "subject": str, "metric": str, "value": float, "unit": str,
                    "period_start": str, "period_end": str, "kind": str, "source": str, "published": str, "id": str},
        "pk": "claim_key",
        "indexes": [["subject", "metric"]],
        "select": """
            select claim_key, subject, metric, value, unit, period_start, period_end, kind, source, published, id
            from (
                select c.claim_key, e.name as subject, c.metric, c.value, c.unit, c.period_start, c.period_end,
                       c.kind, a.source, a.published, c.id,
                       row_number() over (partition by c.claim_key
                                          order by c.kind = 'fact' desc, a.published desc, c.period_end desc,
                                                   c.id) as rank
                from claims c join articles a on a.id = c.article_id left join entities e on e.slug = c.subject
                where (c.value is not null or c.low is not null) and {where}
            ) where rank = 1""",
    },
    "prediction_rows": {
        "columns": {"id": str, "subject": str, "subject_slug": str, "metric": str, "value": float, "unit": str,
                    "kind": str, "claimant": str, "said_on": str, "due_from": str, "due_by": str, "text": str,
                    "sentence": str, "source": str},
        "pk": "id",
        "indexes": [["due_by"], ["subject_slug"]],
        "select": """
            select c.id, e.name, c.subject, c.metric, c.value, c.unit, c.kind, c.claimant,
                   a.published, c.period_start, c.period_end, c.text, s.text, a.source
            from claims c join articles a on a.id = c.article_id
            left join sentences s on s.id = c.sentence_id left join entities e on e.slug = c.subject
            where c.kind in ('forecast', 'plan') and c.period_source = 'explicit' and c.period_end is not null
              and (a.published is null or c.period_end > a.published) and c.subject is not null
              and not (c.metric in ({generic}) and c.value is null and c.low is null and c.high is null
                       and c.claimant is null)
              and {where}""",
    },
    "entity_measures": {
        "columns": {"slug": str, "degree": int, "in_degree": int, "out_degree": int, "mentions": int,
                    "bloc": str, "first_seen": str, "last_seen": str},
        "pk": "slug",
        "indexes": [["degree"]],
        # the graph's edges are the relations and the registry's parent links
        "select": """
            select slug, outgoing + incoming, incoming, outgoing, mentions, bloc, first_seen, last_seen from (
                select e.slug, e.bloc,
                       (select count(*) from relations r where r.subject = e.slug)
                       + (e.parent is not null and exists (select 1 from entities p where p.slug = e.parent))
                         as outgoing,
                       (select count(*) from relations r where r.object = e.slug)
                       + (select count(*) from entities c where c.parent = e.slug) as incoming,
                       (select count(*) from mentions m where m.entity = e.slug) as mentions,
                       (select min(a.published) from mentions m join articles a on a.id = m.article_id
                        where m.entity = e.slug) as first_seen,
                       (select max(a.published) from mentions m join articles a on a.id = m.article_id
                        where m.entity = e.slug) as last_seen
                from entities e where {where}
            )""",
    },
}

TABLES["prediction_rows"]["select"] = TABLES["prediction_rows"]["select"].replace("{generic}", GENERIC)

# Facet counts of the browse pages, unfiltered and filtered on one low-cardinality column; the
# plugin's "counted" facet reads them instead of grouping up to a million rows per page view.
FACET_COUNTS = {"claim_rows": ["subject", "metric", "metric_label", "kind", "unit", "claimant", "language", "bloc"],
                "claims": ["metric", "kind"]}
FACET_FILTERS = {"claim_rows": ["metric", "metric_label", "kind", "unit", "language", "bloc"], "claims": ["metric", "kind"]}
FACET_TABLE = {"columns": {"table_name": str, "filter_column": str, "filter_value": str, "column_name": str,
                           "value": str, "count": int},
               "pk": ("table_name", "filter_column", "filter_value", "column_name", "value")}


OBSOLETE_INDEXES = ("idx_claim_conflicts_claim_b",)


def ensure_tables(db: sqlite_utils.Database) -> None:
    """Create the derived tables; a database kept the older way is rebuilt once."""
    for name in OBSOLETE_INDEXES:
        db.execute(f"drop index if exists [{name}]")
    meta = db["kb_meta"]
    if not meta.exists():
        meta.create({"key": str, "value": str}, pk="key")
    row = db.execute("select value from kb_meta where key = 'derived_version'").fetchone()
    if row is not None and row[0] == VERSION and all(db[name].exists() for name in [*TABLES, "facet_counts"]):
        return
    rebuild_all(db)


def create_empty(db: sqlite_utils.Database) -> None:
    for name, spec in {**TABLES, "facet_counts": FACET_TABLE}.items():
        db.execute(f"drop table if exists [{name}]")
        db[name].create(spec["columns"], pk=spec["pk"])
        for columns in spec.get("indexes", []):
            db[name].create_index(columns)


def rebuild_all(db: sqlite_utils.Database) -> None:
    """Every derived table from scratch."""
    with db.atomic():
        create_empty(db)
        for name, spec in TABLES.items():
            db.execute(f"insert into [{name}] {spec['select'].format(where='1')}")
        for table in FACET_COUNTS:
            add_facet_counts(db, table, "1", (), +1)
        db["kb_meta"].upsert({"key": "derived_version", "value": VERSION}, pk="key")


def forget_article(db: sqlite_utils.Database, article_id: str) -> tuple[set[str], set[str]]:
    """Before an article's rows are deleted: take its share out of the counts. Returns the claim keys and
    entities it touched, for `account_article` to recompute once the new rows are in."""
    keys, entities = touched(db, article_id)
    for table in FACET_COUNTS:
        add_facet_counts(db, table, "article_id = ?", (article_id,), -1)
    db.execute("delete from prediction_rows where id in (select id from claims where article_id = ?)", [article_id])
    db.execute("delete from claim_conflicts where claim_a in (select id from claims where article_id = ?)", [article_id])
    db.execute("delete from claim_conflicts where claim_key in (select claim_key from claims where article_id = ?) "
               "and claim_b in (select id from claims where article_id = ?)", [article_id, article_id])
    return keys, entities


def account_article(db: sqlite_utils.Database, article_id: str, keys: set[str] = frozenset(),
                    entities: set[str] = frozenset()) -> None:
    """After an article's rows are written: add its share, and recompute what depends on more than it."""
    new_keys, new_entities = touched(db, article_id)
    for table in FACET_COUNTS:
        add_facet_counts(db, table, "article_id = ?", (article_id,), +1)
    db.execute(f"insert into prediction_rows {TABLES['prediction_rows']['select'].format(where='c.article_id = ?')}",
               [article_id])
    add_conflicts_of(db, article_id)
    recompute(db, "latest_values", "claim_key", keys | new_keys, "c.claim_key")
    recompute(db, "entity_measures", "slug", entities, "e.slug")  # a re-extracted article's old entities
    new = add_entity_measures(db, article_id, skip=entities)
    recompute(db, "entity_measures", "slug", new, "e.slug")


def add_conflicts_of(db: sqlite_utils.Database, article_id: str) -> None:
    """The pairs an article's claims make with other articles' claims of their keys, on either side of
    the pair: linear in the size of a key's group, where recomputing the group's pairs is quadratic."""
    for side in ("c", "b"):
        db.execute(f"insert or replace into claim_conflicts "
                   f"{TABLES['claim_conflicts']['select'].format(where=f'{side}.article_id = ?')}", [article_id])


ARTICLE_SHARE = """
    select entity, sum(named), sum(outgoing), sum(incoming) from (
        select entity, 1 as named, 0 as outgoing, 0 as incoming from mentions where article_id = :a
        union all select subject, 0, 1, 0 from relations where article_id = :a
        union all select object, 0, 0, 1 from relations where article_id = :a)
    group by entity"""
ADD_SHARE = """
    update entity_measures set mentions = mentions + :named, out_degree = out_degree + :outgoing,
        in_degree = in_degree + :incoming, degree = degree + :outgoing + :incoming,
        first_seen = case when :named > 0 and :day is not null and (first_seen is null or :day < first_seen)
                          then :day else first_seen end,
        last_seen = case when :named > 0 and :day is not null and (last_seen is null or :day > last_seen)
                         then :day else last_seen end
    where slug = :slug"""


def add_entity_measures(db: sqlite_utils.Database, article_id: str, skip: set[str] = frozenset()) -> set[str]:
    """An article's share of the measures of the entities it names: counts added, first and last seen
    moved. Counting a popular entity's mentions again would grow with the database; this does not.
    Returns the entities that have no measures yet, for a full count."""
    day = db.execute("select published from articles where id = ?", [article_id]).fetchone()[0]
    missing = set()
    for slug, named, outgoing, incoming in db.execute(ARTICLE_SHARE, {"a": article_id}).fetchall():
        if slug in skip:
            continue
        cursor = db.conn.execute(ADD_SHARE, {"slug": slug, "named": named, "outgoing": outgoing,
                                             "incoming": incoming, "day": day})
        if cursor.rowcount == 0:
            missing.add(slug)
    return missing


def touched(db: sqlite_utils.Database, article_id: str) -> tuple[set[str], set[str]]:
    keys = {k for (k,) in db.execute("select distinct claim_key from claims where article_id = ?", [article_id])}
    entities = {e for (e,) in db.execute(
        "select entity from mentions where article_id = ? union select subject from relations where article_id = ? "
        "union select object from relations where article_id = ?", [article_id] * 3)}
    return keys, entities


def recompute(db: sqlite_utils.Database, table: str, key_column: str, keys: set[str], where_column: str) -> None:
    if not keys:
        return
    db.execute("create temp table if not exists touched_keys (key text primary key)")
    db.execute("delete from touched_keys")
    db.conn.executemany("insert or ignore into touched_keys values (?)", [(k,) for k in keys])
    db.execute(f"delete from [{table}] where [{key_column}] in (select key from touched_keys)")
    select = TABLES[table]["select"].format(where=f"{where_column} in (select key from touched_keys)")
    db.execute(f"insert or replace into [{table}] {select}")


def refresh_entities(db: sqlite_utils.Database, slugs: set[str] | None = None) -> None:
    """Measures of these entities (all, when None): after the registry changed names, blocs or parents."""
    if slugs is None:
        db.execute("delete from entity_measures")
        db.execute(f"insert into entity_measures {TABLES['entity_measures']['select'].format(where='1')}")
    else:
        recompute(db, "entity_measures", "slug", slugs, "e.slug")


def add_facet_counts(db: sqlite_utils.Database, table: str, where: str, params: tuple, sign: int) -> None:
    """Add (sign +1) or take out (-1) the facet counts of the rows of `table` that match `where`."""
    for column in FACET_COUNTS[table]:
        groupings = [("''", "''")] + [(f"'{by}'", f"[{by}]") for by in FACET_FILTERS.get(table, []) if by != column]
        for filter_column, filter_value in groupings:
            not_null = f"[{column}] is not null" + ("" if filter_value == "''" else f" and {filter_value} is not null")
            db.execute(f"""
                insert into facet_counts (table_name, filter_column, filter_value, column_name, value, count)
                select ?, {filter_column}, {filter_value}, ?, [{column}], ? * count(*) from [{table}]
                where {not_null} and ({where}) group by {filter_value}, [{column}]
                on conflict (table_name, filter_column, filter_value, column_name, value)
                do update set count = count + excluded.count""", [table, column, sign, *params])
    if sign < 0:
        db.execute("delete from facet_counts where count <= 0")
