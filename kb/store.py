"""save_article(db, extracted): one article and all its rows, in one transaction.

Takes records from ingest.records (plain dataclasses); knows nothing of spaCy.
"""
from __future__ import annotations

import datetime as dt
import hashlib

import sqlite_utils

from . import derived
from .schema import fill_claim_rows, metric_row, write_transaction
from .keys import normalized

CHILD_TABLES = ("claim_rows", "mentions", "claims", "relations", "sentences")
# Outcomes recorded by hand survive a forced re-extraction: claim ids are stable.


def row_id(*parts) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def article_exists(db: sqlite_utils.Database, article_id: str) -> bool:
    return db.execute("select 1 from articles where id = ?", [article_id]).fetchone() is not None


def save_registry(db: sqlite_utils.Database, registry: list[dict], origin: str = "registry") -> None:
    """Upsert registry entities and their aliases (same values: no change). Entities renamed, moved to
    another bloc or given another parent read right in the browse rows and derived tables too."""
    rows = [{"slug": e["slug"], "name": e["name"], "type": e["type"], "wikidata": e.get("wikidata"),
             "bloc": e.get("bloc"), "parent": e.get("parent"), "description": e.get("description"),
             "registered": 1, "origin": e.get("origin", origin)} for e in registry]
    aliases = [{"id": f"{e['slug']}:{a}", "entity": e["slug"], "alias": a} for e in registry
               for a in [e["name"], *e.get("aliases", [])]]
    if not changes_registry(db, rows, aliases):
        return
    with write_transaction(db):
        changed = changed_entities(db, rows)
        before_parents = old_parents(db, [r["slug"] for r in rows]) if rows else set()
        if changed:
            derived.add_facet_counts(db, "claim_rows", changed_rows(changed), tuple(changed), -1)
        db["entities"].upsert_all(rows, pk="slug")
        db["aliases"].upsert_all(aliases, pk="id")
        if changed:
            sync_claim_row_names(db)
            derived.add_facet_counts(db, "claim_rows", changed_rows(changed), tuple(changed), +1)
            keys = {k for (k,) in db.execute(
                f"select distinct claim_key from claims where {changed_rows(changed, 'subject')}", list(changed))}
            derived.recompute(db, "latest_values", "claim_key", keys, "c.claim_key")
            db.execute(f"delete from prediction_rows where {changed_rows(changed, 'subject_slug')}", list(changed))
            db.execute("insert or replace into prediction_rows " + derived.TABLES["prediction_rows"]["select"].format(
                where=changed_rows(changed, "c.subject")), list(changed))
        parents = {r["parent"] for r in rows if r["parent"]}
        derived.refresh_entities(db, {r["slug"] for r in rows} | parents | before_parents)


def save_metrics(db: sqlite_utils.Database) -> None:
    """The metrics vocabulary as this version has it; when labels changed, the browse rows and their facet
    counts follow (nothing is written when it is stored as it is)."""
    from ingest.metrics import vocabulary

    rows = [metric_row(name) for name in vocabulary()]
    stored = {r["name"]: r for r in db["metrics"].rows}
    if all(stored.get(r["name"]) == r for r in rows):
        return
    with write_transaction(db):
        db["metrics"].upsert_all(rows, pk="name")
        relabelled = db.execute("select count(*) from claim_rows c join metrics m on m.name = c.metric "
                                "where c.metric_label is not m.label").fetchone()[0]
        if relabelled:
            derived.add_facet_counts(db, "claim_rows", "1", (), -1)
            db.execute("update claim_rows set metric_label = (select label from metrics where name = claim_rows.metric) "
                       "where metric in (select name from metrics)")
            derived.add_facet_counts(db, "claim_rows", "1", (), +1)


def changes_registry(db: sqlite_utils.Database, rows: list[dict], aliases: list[dict]) -> bool:
    """False when every entity and alias is stored as it is: a read of the registry takes no write lock."""
    stored = {r["slug"]: r for r in db["entities"].rows_where(
        f"slug in ({','.join('?' * len(rows))})", [r["slug"] for r in rows])} if rows else {}
    if any(stored.get(r["slug"]) != r for r in rows):
        return True
    have = {r[0] for r in db.execute("select id from aliases")}
    return any(a["id"] not in have for a in aliases)


def changed_entities(db: sqlite_utils.Database, rows: list[dict]) -> list[str]:
    stored = {slug: (name, bloc, parent) for slug, name, bloc, parent in
              db.execute("select slug, name, bloc, parent from entities")}
    return [r["slug"] for r in rows
            if r["slug"] in stored and stored[r["slug"]] != (r["name"], r["bloc"], r["parent"])]


def changed_rows(slugs: list[str], column: str = "subject_slug") -> str:
    return f"{column} in ({','.join('?' * len(slugs))})"


def old_parents(db: sqlite_utils.Database, slugs: list[str]) -> set[str]:
    return {p for (p,) in db.execute(f"select parent from entities where {changed_rows(slugs, 'slug')} "
                                     f"and parent is not null", slugs)}


def sync_claim_row_names(db: sqlite_utils.Database) -> None:
    """A renamed entity, or one moved to another bloc, reads right in the browse rows too."""
    db.execute("""
        update claim_rows set subject = e.name, bloc = e.bloc
        from entities e
        where e.slug = claim_rows.subject_slug and (e.name is not claim_rows.subject or e.bloc is not claim_rows.bloc)
    """)


def save_article(db: sqlite_utils.Database, extracted, extractor_version: str, force: bool = False,
                 path: str | None = None) -> bool:
    """Write one extracted article. Returns False when it was already there (and not forced)."""
    article = extracted.article
    with write_transaction(db):
        keys, entities = set(), set()
        if article_exists(db, article.id):
            if not force:
                return False
            keys, entities = derived.forget_article(db, article.id)
            delete_article_rows(db, article.id)
            ingested_at = db["articles"].get(article.id)["ingested_at"]
        else:
            ingested_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        db["articles"].upsert({
            "id": article.id, "source": article.source, "url": article.url, "path": path, "title": article.title,
            "language": article.lang, "published": article.published, "outlet": article.outlet, "text": article.text,
            "ingested_at": ingested_at, "extractor_version": extractor_version}, pk="id")
        db["entities"].insert_all(
            [{"slug": e["slug"], "name": e["name"], "type": e["type"], "registered": int(e["registered"]),
              "origin": "registry" if e["registered"] else "extracted"} for e in extracted.entities],
            pk="slug", ignore=True)
        sid = {s.index: f"{article.id[:16]}:{s.index}" for s in extracted.sentences}
        db["sentences"].insert_all(
            [{"id": sid[s.index], "article_id": article.id, "idx": s.index, "start": s.start, "end": s.end,
              "text": s.text} for s in extracted.sentences], pk="id")
        db["mentions"].insert_all(
            [{"id": row_id(article.id, m.start, m.end), "article_id": article.id, "sentence_id": sid[m.sentence],
              "entity": m.entity, "text": m.text, "type": m.type, "start": m.start, "end": m.end}
             for m in extracted.mentions], pk="id", replace=False, ignore=True)
        db["claims"].insert_all(
            [claim_row(article.id, sid, c) for c in extracted.claims], pk="id", ignore=True)
        db["metrics"].insert_all([metric_row(m) for m in sorted({c.metric for c in extracted.claims})],
                                 pk="name", ignore=True)
        db["relations"].insert_all(
            [{"id": row_id(article.id, r.subject, r.relation, r.object, r.start), "article_id": article.id,
              "sentence_id": sid[r.sentence], "subject": r.subject, "relation": r.relation, "object": r.object,
              "period_start": r.period_start, "period_end": r.period_end, "text": r.text, "start": r.start,
              "end": r.end} for r in extracted.relations], pk="id", ignore=True)
        fill_claim_rows(db, article.id)
        derived.account_article(db, article.id, keys, entities)
    return True


def claim_row(article_id: str, sid: dict, c) -> dict:
    row = {
        "id": row_id(article_id, c.start, c.end, c.metric, c.subject), "article_id": article_id,
        "sentence_id": sid[c.sentence], "subject": c.subject,
        "subject_text": c.subject_name if c.subject is None else None,  # a plain noun: "data centers"
        "metric": c.metric, "value": c.value,
        "low": c.low, "high": c.high, "unit": c.unit, "qualifier": c.qualifier,
        "period_start": c.period_start, "period_end": c.period_end, "period_source": c.period_source,
        "reference": c.reference, "time_text": c.time_text, "kind": c.kind, "claimant": c.claimant,
        "text": c.text, "start": c.start, "end": c.end,
    }
    return {**row, **normalized(row)}


def delete_article_rows(db: sqlite_utils.Database, article_id: str) -> None:
    for table in CHILD_TABLES:
        db.execute(f"delete from [{table}] where article_id = ?", [article_id])


def table_counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {name: db[name].count for name in ("articles", "sentences", "entities", "aliases", "mentions",
                                              "claims", "relations", "claim_rows")}
