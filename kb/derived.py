"""Derived tables: conflicts, latest values, predictions, facet counts and entity measures.

Self-joins and window functions over all claims are too slow to run per page view
(benchmarks/datasette_bench.py), so their results are tables. They are kept up per article,
inside the article's own transaction (`forget_article` before its rows go, `account_article`
after they are written): whatever interrupts `kb add`, they agree with the claims, and adding
one article costs the same on an empty database as on a large one. `rebuild_all` computes
every table from scratch (a new database, or one kept the older way).
"""
from __future__ import annotations

import logging

import sqlite_utils

from ingest.metrics import generic

log = logging.getLogger("kb")

# The version of each table's rows: a database whose table is older rebuilds that table alone. The history:
# 2: kept per article, facet counts complete; 3: a prediction falls due after the day it was said;
# 4: facets of metric labels; 5: a prediction has a subject and a thing that falls due;
# 6: claims without a subject are about no one thing, so they never conflict;
# 7: the ranges of values per key replace the pairs of conflicting claims
VERSIONS = {"value_ranges": "7", "latest_values": "6", "prediction_rows": "6", "entity_measures": "6",
            "facet_counts": "6"}

GENERIC = ", ".join(f"'{name}'" for name in generic())  # metrics that name no thing (ingest/data/metrics.yml)

# Each table: its columns and key, and the query of its rows restricted by {where} (a condition
# on the claims `c`, or on the entities `e` for the measures).
TABLES = {
    # Per claim key, the range of the values stated and the claims that state its ends. Sources disagree
    # on a key (the view claim_conflicts) when its ends come from two articles or more and lie more than
    # 10% apart. An article's claims move the ends or leave them: storing one costs the same however many
    # claims its key has, where keeping every disagreeing pair grows with the square of a key's claims.
    "value_ranges": {
        "columns": {"claim_key": str, "subject": str, "metric": str, "claims": int, "articles": int,
                    "low": float, "high": float, "low_claim": str, "high_claim": str, "conflict": int},
        "pk": "claim_key",
        "indexes": [["conflict", "subject", "metric"]],
        "select": """
            select claim_key, subject, metric, claims, articles, low, high, low_claim, high_claim,
                   {conflict} as conflict
            from (
                select c.claim_key, c.subject, c.metric, count(*) as claims,
                       count(distinct c.article_id) as articles, min(c.norm_value) as low, max(c.norm_value) as high,
                       (select l.id from claims l where l.claim_key = c.claim_key and {valued_l} {scope}
                        order by l.norm_value, l.id limit 1) as low_claim,
                       (select l.id from claims l where l.claim_key = c.claim_key and {valued_l} {scope}
                        order by l.norm_value desc, l.id limit 1) as high_claim
                from claims c where {valued_c} and {where} group by c.claim_key
            ) where true""",
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
                                          order by {latest_first}) as rank
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


def disagree(low: str, high: str, articles: str) -> str:
    """SQL: a key's ends, stated by two articles or more, lie more than 10% apart."""
    return f"({articles} >= 2 and {high} - {low} > 0.1 * max(abs({low}), abs({high})))"


VALUED = "{t}.subject is not null and {t}.norm_value is not null"  # claims about no one thing never conflict
RANGES = TABLES["value_ranges"]["select"].replace("{conflict}", disagree("low", "high", "articles")).replace(
    "{valued_l}", VALUED.format(t="l")).replace("{valued_c}", VALUED.format(t="c"))
TABLES["value_ranges"]["select"] = RANGES.replace("{scope}", "")
# The newest value of a key: a fact before a claim, then the latest published, then the latest period; the
# first id breaks a tie. An article's best claim of a key replaces the stored one when it ranks higher.
RANK = ("coalesce({c}kind = 'fact', -1)", "coalesce({a}published, '')", "coalesce({c}period_end, '')")
TABLES["latest_values"]["select"] = TABLES["latest_values"]["select"].replace(
    "{latest_first}", ", ".join(f"{r.format(c='c.', a='a.')} desc" for r in RANK) + ", c.id")
NEW_RANK, OLD_RANK = (", ".join(r.format(c=t, a=t) for r in RANK) for t in ("excluded.", ""))
ADD_LATEST = f"""
    insert into latest_values {TABLES["latest_values"]["select"].format(where="c.article_id = ?")}
    on conflict (claim_key) do update set
        {", ".join(f"{c} = excluded.{c}" for c in TABLES["latest_values"]["columns"] if c != "claim_key")}
    where ({NEW_RANK}) > ({OLD_RANK}) or (({NEW_RANK}) = ({OLD_RANK}) and excluded.id < id)"""
# An article's own share of the ranges of its keys, merged into what the other articles stated.
ADD_RANGES = f"""
    insert into value_ranges {RANGES.replace("{scope}", "and l.article_id = c.article_id").format(where="c.article_id = ?")}
    on conflict (claim_key) do update set
        claims = claims + excluded.claims, articles = articles + 1,
        low_claim = case when excluded.low < low or (excluded.low = low and excluded.low_claim < low_claim)
                         then excluded.low_claim else low_claim end,
        high_claim = case when excluded.high > high or (excluded.high = high and excluded.high_claim < high_claim)
                          then excluded.high_claim else high_claim end,
        low = min(low, excluded.low), high = max(high, excluded.high),
        conflict = {disagree("min(low, excluded.low)", "max(high, excluded.high)", "articles + 1")}"""

# Facet counts of the browse pages, unfiltered and filtered on one low-cardinality column; the
# plugin's "counted" facet reads them instead of grouping up to a million rows per page view.
FACET_COUNTS = {"claim_rows": ["subject", "metric", "metric_label", "kind", "unit", "claimant", "language", "bloc"],
                "claims": ["metric", "kind"]}
FACET_FILTERS = {"claim_rows": ["metric", "metric_label", "kind", "unit", "language", "bloc"], "claims": ["metric", "kind"]}
FACET_TABLE = {"columns": {"table_name": str, "filter_column": str, "filter_value": str, "column_name": str,
                           "value": str, "count": int},
               "pk": ("table_name", "filter_column", "filter_value", "column_name", "value")}


OBSOLETE_TABLES = ("claim_conflicts",)  # 7: the pairs gave way to value_ranges (claim_conflicts is a view of it)


def ensure_tables(db: sqlite_utils.Database) -> None:
    """Create the derived tables; a database kept the older way is rebuilt once."""
    for name in OBSOLETE_TABLES:  # its indexes go with it
        if db.execute("select 1 from sqlite_master where type = 'table' and name = ?", [name]).fetchone():
            db.execute(f"drop table [{name}]")
    meta = db["kb_meta"]
    if not meta.exists():
        meta.create({"key": str, "value": str}, pk="key")
    stale = [name for name, version in VERSIONS.items()
             if not db[name].exists() or stored_version(db, name) != version]
    if stale:
        claims = db.execute("select max(rowid) from claims").fetchone()[0] if db["claims"].exists() else None
        if claims:  # minutes on a large database: say so before the wait
            log.info("rebuilding %s for this version of kb (once, over %s claim%s) ...", ", ".join(stale), f"{claims:,}",
                     "" if claims == 1 else "s")
        rebuild(db, stale)


def stored_version(db: sqlite_utils.Database, name: str) -> str | None:
    """The version a table's rows were made by; before tables had their own, the one of them all."""
    for key in (f"derived_version:{name}", "derived_version"):
        row = db.execute("select value from kb_meta where key = ?", [key]).fetchone()
        if row is not None:
            return row[0]
    return None


def rebuild_all(db: sqlite_utils.Database) -> None:
    """Every derived table from scratch."""
    rebuild(db, list(VERSIONS))


def rebuild(db: sqlite_utils.Database, names: list[str]) -> None:
    """These derived tables from scratch, in one transaction."""
    specs = {**TABLES, "facet_counts": FACET_TABLE}
    with db.atomic():
        for name in names:
            spec = specs[name]
            db.execute(f"drop table if exists [{name}]")
            db[name].create(spec["columns"], pk=spec["pk"])
            for columns in spec.get("indexes", []):
                db[name].create_index(columns)
            if name == "facet_counts":
                for table in FACET_COUNTS:
                    add_facet_counts(db, table, "1", (), +1)
            else:
                db.execute(f"insert into [{name}] {spec['select'].format(where='1')}")
        db["kb_meta"].upsert_all([{"key": f"derived_version:{name}", "value": VERSIONS[name]} for name in names],
                                 pk="key")


def forget_article(db: sqlite_utils.Database, article_id: str) -> tuple[set[str], set[str]]:
    """Before an article's rows are deleted: take its share out of the counts. Returns the claim keys and
    entities it touched, for `account_article` to recompute once the new rows are in."""
    keys, entities = touched(db, article_id)
    for table in FACET_COUNTS:
        add_facet_counts(db, table, "article_id = ?", (article_id,), -1)
    db.execute("delete from prediction_rows where id in (select id from claims where article_id = ?)", [article_id])
    return keys, entities


def account_article(db: sqlite_utils.Database, article_id: str, keys: set[str] = frozenset(),
                    entities: set[str] = frozenset()) -> None:
    """After an article's rows are written: add its share; what its old rows (`keys`, `entities`) held is
    recomputed in full."""
    for table in FACET_COUNTS:
        add_facet_counts(db, table, "article_id = ?", (article_id,), +1)
    db.execute(f"insert into prediction_rows {TABLES['prediction_rows']['select'].format(where='c.article_id = ?')}",
               [article_id])
    for table, merge in (("value_ranges", ADD_RANGES), ("latest_values", ADD_LATEST)):
        if keys:  # the keys of a re-extracted article: its old claims may have held their ends or their latest
            recompute(db, table, "claim_key", keys, "c.claim_key")
        merge_article(db, merge, article_id, skip=keys)
    recompute(db, "entity_measures", "slug", entities, "e.slug")  # a re-extracted article's old entities
    new = add_entity_measures(db, article_id, skip=entities)
    recompute(db, "entity_measures", "slug", new, "e.slug")


def merge_article(db: sqlite_utils.Database, merge: str, article_id: str, skip: set[str] = frozenset()) -> None:
    """Merge an article's claims into a table kept per claim key; `skip`: keys recomputed in full."""
    if skip:
        keys_table(db, "skipped_keys", skip)
        merge = merge.replace("c.article_id = ?", "c.article_id = ? and c.claim_key not in (select key from skipped_keys)")
    db.execute(merge, [article_id])


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
    keys_table(db, "touched_keys", keys)
    db.execute(f"delete from [{table}] where [{key_column}] in (select key from touched_keys)")
    select = TABLES[table]["select"].format(where=f"{where_column} in (select key from touched_keys)")
    db.execute(f"insert or replace into [{table}] {select}")


def keys_table(db: sqlite_utils.Database, name: str, keys: set[str]) -> None:
    """A temporary table holding these keys, for a statement to join or exclude them."""
    db.execute(f"create temp table if not exists [{name}] (key text primary key)")
    db.execute(f"delete from [{name}]")
    db.conn.executemany(f"insert or ignore into [{name}] values (?)", [(k,) for k in keys])


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
