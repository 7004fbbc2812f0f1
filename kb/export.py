"""Exports: the rows users and the scorer read back (JSON Lines or CSV)."""
from __future__ import annotations

import csv
from typing import IO, Iterable

from .output import json_line

QUERIES = {
    "claims": """
        select a.source, coalesce(e.name, c.subject, c.subject_text) as subject, c.subject as subject_slug, c.metric, c.value,
               c.low, c.high, c.unit, c.qualifier, c.period_start, c.period_end, c.period_source, c.reference,
               c.kind, c.claimant, s.text as sentence, c.text, c.start, c."end", s.idx as sentence_index,
               a.id as article_id, a.published, c.id
        from claims c join articles a on a.id = c.article_id
        left join sentences s on s.id = c.sentence_id left join entities e on e.slug = c.subject
        order by a.published, a.id, c.start""",
    "mentions": """
        select a.source, e.name as entity, m.entity as entity_slug, m.type, m.text, m.start, m."end",
               s.idx as sentence_index, e.registered, a.id as article_id, m.id
        from mentions m join articles a on a.id = m.article_id
        left join sentences s on s.id = m.sentence_id left join entities e on e.slug = m.entity
        order by a.published, a.id, m.start""",
    "relations": """
        select a.source, se.name as subject, r.subject as subject_slug, r.relation, oe.name as object,
               r.object as object_slug, r.period_start, r.period_end, s.text as sentence, r.text, r.start, r."end",
               s.idx as sentence_index, a.id as article_id, r.id
        from relations r join articles a on a.id = r.article_id
        left join sentences s on s.id = r.sentence_id
        left join entities se on se.slug = r.subject left join entities oe on oe.slug = r.object
        order by a.published, a.id, r.start""",
    "entities": """
        select e.slug, e.name, e.type, e.wikidata, e.bloc, e.parent, e.description, e.registered, e.origin,
               (select count(*) from mentions m where m.entity = e.slug) as mentions
        from entities e order by e.slug""",
    "articles": """
        select id, source, url, path, title, language, published, ingested_at, extractor_version,
               length(text) as chars from articles order by published, id""",
}


def rows(db, what: str) -> Iterable[dict]:
    cursor = db.execute(QUERIES[what])
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row))


def write(records: Iterable[dict], fmt: str, out: IO[str]) -> int:
    n = 0
    if fmt == "jsonl":
        for r in records:
            out.write(json_line(r) + "\n")
            n += 1
        return n
    writer = None
    for r in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(r))
            writer.writeheader()
        writer.writerow(r)
        n += 1
    return n
