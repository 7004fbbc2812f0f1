"""The Datasette plugin of claims-kb: routes for the graph, charts, entity and article pages.

Hooks only; templates/ and static/ sit beside this file (vendored JS under static/vendor/).
Pages read their data from Datasette's own JSON API or from the database Datasette opened.
"""
from __future__ import annotations

import functools
from pathlib import Path

from datasette import hookimpl
from datasette.facets import ColumnFacet
from datasette.utils import escape_fts, path_with_added_args, path_with_removed_args
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from kb.derived import FACET_FILTERS

STATIC = Path(__file__).parent / "static"
CYTOSCAPE = "vendor/cytoscape-3.34.4.min.js"
CHARTJS = "vendor/chart-4.6.1.umd.min.js"


@functools.lru_cache(maxsize=None)
def plugin_name() -> str:
    """The name Datasette mounts our static/ under (the distribution's name when installed)."""
    from datasette.plugins import get_plugins
    for p in get_plugins():
        if p["static_path"] and Path(p["static_path"]).resolve() == STATIC.resolve():
            return p["name"]
    return __name__


def asset(datasette, path: str) -> str:
    return datasette.urls.static_plugins(plugin_name(), path)


def kb_database(datasette):
    """The first attached database that holds claims."""
    for name, db in datasette.databases.items():
        if name.startswith("_"):
            continue
        return name, db
    raise NotFound("no database")


class CountedFacet(ColumnFacet):
    """A column facet that reads precomputed counts (table facet_counts) on an unfiltered page.

    metadata.yml asks for it as `{counted: column}`; filtered pages group the rows as usual.
    """
    type = "counted"

    def single_filter(self) -> tuple[str, str] | None:
        """('', '') on an unfiltered page, (column, value) for one equality filter, else None."""
        args = [(k, v) for k, v in self.get_querystring_pairs() if not k.startswith("_") or k in LIVE_ARGS]
        if any(k.startswith("_") or "__" in k for k, _ in args) or len(args) > 1 or not self.table:
            return None
        if not args:
            return ("", "") if not self.params and " where " not in self.sql.lower() else None
        column, value = args[0]
        return (column, value) if column in FACET_FILTERS.get(self.table, []) else None

    async def facet_results(self):
        key = self.single_filter()
        if key is None:
            return await super().facet_results()
        results, size = [], self.get_facet_size()
        qs_pairs = set(self.get_querystring_pairs())
        for source_and_config in self.get_configs():
            column = source_and_config["config"].get("column") or source_and_config["config"]["simple"]
            # on a page filtered by this very column, the facet shows the one value chosen
            where = ("", "", column, key[1]) if column == key[0] else (*key, column, None)
            rows = (await self.ds.execute(
                self.database, "select value, count from facet_counts where table_name = ? and filter_column = ? "
                "and filter_value = ? and column_name = ? and (? is null or value = ?) "
                "order by count desc, value limit ?", [self.table, *where, where[3], size + 1])).rows
            if not rows and key == ("", ""):
                return await super().facet_results()  # counts not built yet: count the rows
            expanded = await self.ds.expand_foreign_keys(self.database, self.table, column, [r[0] for r in rows])
            results.append({
                "name": column, "type": self.type, "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_counted": column})),
                "truncated": len(rows) > size,
                "results": [{"value": value, "label": expanded.get((column, value), value), "count": count,
                             "selected": (column, str(value)) in qs_pairs,
                             "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(
                                 path_with_removed_args(self.request, {column: str(value)})
                                 if (column, str(value)) in qs_pairs
                                 else path_with_added_args(self.request, {column: value})))}
                            for value, count in rows[:size]]})
        return results, []


LIVE_ARGS = {"_search", "_where", "_filter_column", "_through"}  # underscore arguments that filter rows


def fts_query(query) -> str:
    """A reader's search words as a full-text query that cannot fail: each word quoted, an unbalanced quote
    closed, and an empty search a phrase that matches nothing (so the page shows the form and no rows)."""
    return escape_fts(str(query or "").strip()) or '""'


@hookimpl
def prepare_connection(conn):
    conn.create_function("kb_fts_query", 1, fts_query, deterministic=True)


@hookimpl
def register_facet_classes():
    return [CountedFacet]


@hookimpl
def register_routes():
    return [
        (r"^/-/graph$", graph_page),
        (r"^/-/chart$", chart_page),
        (r"^/-/entity/(?P<slug>[^/]+)$", entity_page),
        (r"^/-/article/(?P<article_id>[0-9a-f]{16,64})$", article_page),
    ]


@hookimpl
def menu_links(datasette, actor):
    return [{"href": datasette.urls.path("/-/graph"), "label": "Company graph"},
            {"href": datasette.urls.path("/-/chart"), "label": "Metric over time"}]


@hookimpl
def extra_css_urls(datasette):
    return [asset(datasette, "kb.css")]


@hookimpl
def extra_js_urls(template, datasette):
    if template == "table.html":  # column descriptions as header tooltips, their list folded
        return [asset(datasette, "columns.js")]
    return []


@hookimpl
def prepare_jinja2_environment(env):
    from kb.output import fmt_value
    env.filters["kb_amount"] = fmt_value


async def render(datasette, request, template, context):
    name, _ = kb_database(datasette)
    context = {"database": name, "db_url": datasette.urls.database(name), "asset": lambda p: asset(datasette, p),
               **context}
    return Response.html(await datasette.render_template(template, context, request=request))


async def graph_page(datasette, request):
    return await render(datasette, request, "kb_graph.html", {"cytoscape": asset(datasette, CYTOSCAPE)})


async def chart_page(datasette, request):
    name, db = kb_database(datasette)
    subjects = await db.execute("select distinct c.subject, e.name from claims c join entities e on e.slug = c.subject "
                                "where c.norm_value is not null or c.norm_high is not null order by e.name")
    metrics = await db.execute("select distinct c.metric, coalesce(m.label, c.metric) as label from claims c "
                               f"{await metrics_join(db)} "
                               "where c.norm_value is not null or c.norm_high is not null order by label")
    return await render(datasette, request, "kb_chart.html", {
        "chartjs": asset(datasette, CHARTJS), "subjects": [tuple(r) for r in subjects.rows],
        "metrics": [tuple(r) for r in metrics.rows], "subject": request.args.get("subject", ""),
        "metric": request.args.get("metric", "")})


async def row_or_404(db, table: str, key: str, value: str):
    row = (await db.execute(f"select * from [{table}] where [{key}] = ?", [value])).first()
    if row is None:
        raise NotFound(f"no {table[:-1]} {value}")
    return row


async def metrics_join(db) -> str:
    """The join that labels metrics; a database made before the vocabulary has no metrics table."""
    if "metrics" in await db.table_names():
        return "left join metrics m on m.name = c.metric"
    return "left join (select null as name, null as label, null as description) m on 0"


async def entity_page(datasette, request):
    slug = request.url_vars["slug"]
    name, db = kb_database(datasette)
    entity = await row_or_404(db, "entities", "slug", slug)
    claims = await db.execute(
        "select c.id, c.metric, coalesce(m.label, c.metric) as label, m.description, c.value, c.low, c.high, c.unit, "
        "c.period_start, c.period_end, c.kind, c.claimant, c.text, a.source, a.published, a.id as article_id "
        f"from claims c join articles a on a.id = c.article_id {await metrics_join(db)} "
        "where c.subject = ? order by coalesce(c.period_start, a.published) desc, a.published desc", [slug])
    relations = await db.execute(
        "select g.id, g.subject, g.source_slug, g.relation, g.object, g.target_slug, g.period_start, g.evidence, "
        "g.source, g.article_id from graph_edges g where g.source_slug = ? or g.target_slug = ? "
        "order by g.relation", [slug, slug])
    mentions = await db.execute(
        "select m.text, count(*) as n, a.source, a.id as article_id, a.published from mentions m "
        "join articles a on a.id = m.article_id where m.entity = ? group by a.id, m.text order by a.published", [slug])
    aliases = await db.execute("select alias from aliases where entity = ? order by alias", [slug])
    return await render(datasette, request, "kb_entity.html", {
        "entity": dict(entity), "claims": len(claims.rows), "metric_groups": metric_groups(claims.rows),
        "relations": [dict(r) for r in relations.rows], "mentions": [dict(r) for r in mentions.rows],
        "aliases": [r[0] for r in aliases.rows]})


def metric_groups(rows) -> list[dict]:
    """An entity's claims grouped by metric (rows come newest first), the most told metrics first."""
    groups: dict[str, dict] = {}
    for r in rows:
        group = groups.setdefault(r["metric"], {"metric": r["metric"], "label": r["label"],
                                                "description": r["description"], "claims": []})
        group["claims"].append(dict(r))
    for group in groups.values():
        group["charted"] = sum(c["value"] is not None or c["high"] is not None for c in group["claims"]) > 1
    return sorted(groups.values(), key=lambda g: (-len(g["claims"]), g["label"]))


def highlight(text: str, spans: list[tuple[int, int, str]]) -> Markup:
    """The article text, HTML-escaped, with each evidence span in a <mark>."""
    out, pos = [], 0
    for start, end, title in sorted(spans):
        if start < pos or end > len(text):
            continue
        out.append(escape(text[pos:start]))
        out.append(Markup('<mark title="{}">{}</mark>').format(title, text[start:end]))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


async def article_page(datasette, request):
    article_id = request.url_vars["article_id"]
    name, db = kb_database(datasette)
    article = await row_or_404(db, "articles", "id", article_id)
    claims = await db.execute(
        "select c.id, c.start, c.\"end\", c.metric, c.value, c.unit, c.kind, c.period_start, c.period_end, "
        "coalesce(e.name, c.subject) as subject from claims c left join entities e on e.slug = c.subject "
        "where c.article_id = ? order by c.start", [article_id])
    rows = [dict(r) for r in claims.rows]
    spans = [(r["start"], r["end"], f"{r['subject']}: {r['metric']} ({r['kind']})") for r in rows]
    return await render(datasette, request, "kb_article.html", {
        "article": dict(article), "body": highlight(article["text"], spans), "claims": rows})
