"""The shape of claims.db, as data, applied by one idempotent ensure_shape(db)."""
from __future__ import annotations

import sqlite_utils

TABLES = {
    "articles": {
        "columns": {"id": str, "source": str, "url": str, "path": str, "title": str, "language": str,
                    "published": str, "text": str, "ingested_at": str, "extractor_version": str},
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
                    "time_text": str, "kind": str, "claimant": str, "text": str, "start": int, "end": int},
        "pk": "id", "foreign_keys": [("article_id", "articles", "id"), ("sentence_id", "sentences", "id"),
                                     ("subject", "entities", "slug")],
    },
    "relations": {
        "columns": {"id": str, "article_id": str, "sentence_id": str, "subject": str, "relation": str,
                    "object": str, "period_start": str, "period_end": str, "text": str, "start": int, "end": int},
        "pk": "id", "foreign_keys": [("article_id", "articles", "id"), ("sentence_id", "sentences", "id"),
                                     ("subject", "entities", "slug"), ("object", "entities", "slug")],
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
    "claims": [["article_id"], ["subject", "metric"], ["metric"], ["period_start"], ["kind"]],
    "relations": [["article_id"], ["subject"], ["object"], ["relation"]],
    "aliases": [["entity"]],
}

FTS = {"articles": ["title", "text"], "sentences": ["text"]}

VIEWS = {
    "claims_view": """
        select claims.id, entities.name as subject, claims.metric, claims.value, claims.low, claims.high,
               claims.unit, claims.qualifier, claims.period_start, claims.period_end, claims.kind,
               claims.claimant, claims.text, sentences.text as sentence, articles.source, articles.title,
               articles.published, articles.language, claims.article_id, claims.subject as subject_slug
        from claims
        join articles on articles.id = claims.article_id
        left join sentences on sentences.id = claims.sentence_id
        left join entities on entities.slug = claims.subject
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


def open_db(path) -> sqlite_utils.Database:
    db = sqlite_utils.Database(path)
    db.execute("pragma busy_timeout = 5000")
    db.execute("pragma foreign_keys = on")
    if str(path) != ":memory:":
        db.enable_wal()
    ensure_shape(db)
    return db


def ensure_shape(db: sqlite_utils.Database) -> None:
    for name in ("articles", "entities", "sentences", "aliases", "mentions", "claims", "relations", "entity_measures"):
        spec = TABLES[name]
        table = db[name]
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys", []))
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
    for name, sql in VIEWS.items():
        current = db.execute("select sql from sqlite_master where type = 'view' and name = ?", [name]).fetchone()
        if current is None or " ".join(current[0].split()) != " ".join(f"CREATE VIEW {name} AS {sql}".split()):
            db.create_view(name, sql, replace=True)
