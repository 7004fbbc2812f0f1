"""The company graph: networkx over SQLite rows. SQLite stays the source of truth.

Nodes are entities; edges are relations (with their article, sentence and period) and the
parent links of the registry. Investment edges carry the amounts that claims in the same
sentence state. Node measures are kept in the table entity_measures (kb/derived.py).
"""
from __future__ import annotations

import itertools
import urllib.parse
from collections import defaultdict
from pathlib import Path

import networkx as nx

EDGE_QUERY = """
    select r.id, r.subject, r.relation, r.object, r.period_start, r.period_end, r.text,
           s.text as sentence, a.source, a.published, r.article_id, r.sentence_id
    from relations r join articles a on a.id = r.article_id left join sentences s on s.id = r.sentence_id
"""
MONEY_METRICS = ("investment", "funding_raised", "ipo_raise", "valuation")
OWNERSHIP = ("owns", "acquired")
PARENTHOOD = ("part_of",)


def build_graph(db, as_of: str | None = None) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for row in db.execute("select slug, name, type, bloc, parent, wikidata from entities"):
        slug, name, etype, bloc, parent, wikidata = row
        g.add_node(slug, name=name, type=etype, bloc=bloc or "", wikidata=wikidata or "")
    amounts = sentence_amounts(db)
    for row in db.execute(EDGE_QUERY):
        rid, subject, relation, obj, p_start, p_end, text, sentence, source, published, article_id, sentence_id = row
        if not in_force(p_start, as_of):
            continue
        money, scope = None, ""
        if relation == "invested_in":
            # the investor's own amount, or else the total of the round the investee raised
            money, scope = amounts.get((sentence_id, subject)), "investor"
            if money is None:
                money, scope = amounts.get((sentence_id, obj)), "round"
        g.add_edge(subject, obj, key=rid, relation=relation, period_start=p_start or "", period_end=p_end or "",
                   evidence=text or "", sentence=sentence or "", source=source, published=published or "",
                   article_id=article_id, amount=money[0] if money else None, unit=money[1] if money else "",
                   amount_scope=scope if money else "", origin="article")
    if as_of is not None:
        return g  # the registry describes today; a past view stands on dated evidence only
    for slug, parent in db.execute("select slug, parent from entities where parent is not null"):
        if parent in g:
            g.add_edge(slug, parent, key=f"registry:{slug}:{parent}", relation="part_of", period_start="",
                       period_end="", evidence="entity registry", sentence="", source="registry", published="",
                       article_id="", amount=None, unit="", amount_scope="", origin="registry")
    return g


def in_force(period_start: str | None, as_of: str | None) -> bool:
    """A relation holds from the start of its period on; without a period it always holds."""
    return as_of is None or not period_start or period_start <= as_of


def sentence_amounts(db) -> dict:
    """(sentence_id, entity) -> (value, unit) of the money claims of that sentence."""
    out = {}
    marks = ",".join("?" * len(MONEY_METRICS))
    for sentence_id, subject, value, unit in db.execute(
            f"select sentence_id, subject, coalesce(value, high), unit from claims where metric in ({marks}) "
            f"and coalesce(value, high) is not null", MONEY_METRICS):
        out.setdefault((sentence_id, subject), (value, unit))
    return out


def resolve(db, name: str) -> str:
    """A slug from a slug, a name or an alias, case-insensitively."""
    row = db.execute("select slug from entities where slug = ? or lower(name) = lower(?) "
                     "union select entity from aliases where lower(alias) = lower(?) limit 1",
                     [name, name, name]).fetchone()
    if row is None:
        raise KeyError(name)
    return row[0]


def edge_rows(g: nx.MultiDiGraph, edges) -> list[dict]:
    out = []
    for u, v, k in edges:
        d = g.edges[u, v, k]
        out.append({"subject": g.nodes[u]["name"], "relation": d["relation"], "object": g.nodes[v]["name"],
                    "period_start": d["period_start"] or None, "period_end": d["period_end"] or None,
                    "amount": d["amount"], "unit": d["unit"] or None, "amount_scope": d["amount_scope"] or None,
                    "evidence": d["evidence"],
                    "source": d["source"], "published": d["published"] or None})
    return out


def ties(rows: list[dict]) -> list[dict]:
    """One row per tie (subject, relation, object) however many sentences state it: how many sources, the
    first and last date they give, the outlets, and the largest amount any of them names."""
    grouped: dict[tuple, list[dict]] = {}
    for r in rows:
        grouped.setdefault((r["subject"], r["relation"], r["object"]), []).append(r)
    out = []
    for (subject, relation, obj), group in grouped.items():
        dates = sorted(d for r in group for d in (r["period_start"] or r["published"],) if d)
        amounts = [r for r in group if r["amount"] is not None]
        top = max(amounts, key=lambda r: r["amount"]) if amounts else None
        out.append({"subject": subject, "relation": relation, "object": obj,
                    "sources": len({r["source"] for r in group}),
                    "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
                    "amount": top["amount"] if top else None, "unit": top["unit"] if top else None,
                    "outlets": ", ".join(sorted({outlet(r["source"]) for r in group}))})
    return out


def outlet(source: str | None) -> str:
    """Who published a source: the host of its URL, 'registry' for the entity registry, else the file's name."""
    if not source:
        return "-"
    if source.startswith(("http://", "https://")):
        host = urllib.parse.urlparse(source).hostname or source
        return host.removeprefix("www.")
    return source if source == "registry" else Path(source).name


def neighbors(g, slug: str, depth: int = 1, relation: str | None = None) -> list[dict]:
    seen, frontier, edges = {slug}, {slug}, []
    for _ in range(depth):
        nxt = set()
        for node in frontier:
            for u, v, k, d in itertools.chain(g.out_edges(node, keys=True, data=True), g.in_edges(node, keys=True, data=True)):
                if relation and d["relation"] != relation:
                    continue
                if (u, v, k) not in edges:
                    edges.append((u, v, k))
                other = v if u == node else u
                if other not in seen:
                    seen.add(other)
                    nxt.add(other)
        frontier = nxt
    return edge_rows(g, edges)


def paths(g, a: str, b: str, max_length: int = 4) -> list[list[dict]]:
    """Shortest path first, then every other simple path up to max_length hops; each hop with evidence."""
    u = nx.Graph()
    for x, y, k, d in g.edges(keys=True, data=True):
        u.add_edge(x, y)
        u.edges[x, y].setdefault("keys", []).append((x, y, k))
    if a not in u or b not in u or not nx.has_path(u, a, b):
        return []
    found = sorted(nx.all_simple_paths(u, a, b, cutoff=max_length), key=len)
    result = []
    for path in found:
        hops = []
        for x, y in zip(path, path[1:]):
            key = u.edges[x, y]["keys"][0]
            hops.append(edge_rows(g, [key])[0])
        result.append(hops)
    return result


def investors(g, slug: str) -> list[dict]:
    rows = [(u, v, k) for u, v, k, d in g.in_edges(slug, keys=True, data=True) if d["relation"] == "invested_in"]
    return sorted(edge_rows(g, rows), key=lambda r: (r["period_start"] or "", r["subject"]))


def owners(g, slug: str) -> list[dict]:
    rows = [(u, v, k) for u, v, k, d in g.in_edges(slug, keys=True, data=True) if d["relation"] in OWNERSHIP]
    rows += [(u, v, k) for u, v, k, d in g.out_edges(slug, keys=True, data=True) if d["relation"] in PARENTHOOD]
    return edge_rows(g, rows)


def subsidiaries(g, slug: str) -> list[dict]:
    rows = [(u, v, k) for u, v, k, d in g.out_edges(slug, keys=True, data=True) if d["relation"] in OWNERSHIP]
    rows += [(u, v, k) for u, v, k, d in g.in_edges(slug, keys=True, data=True) if d["relation"] in PARENTHOOD]
    return edge_rows(g, rows)


def blocs(g) -> dict:
    """Members of each bloc, and the disclosed money flowing inside and between blocs."""
    members = defaultdict(list)
    for n, d in g.nodes(data=True):
        if d.get("bloc") and g.degree(n):
            members[d["bloc"]].append(d["name"])
    flows = defaultdict(lambda: {"edges": 0, "amount": defaultdict(float), "in_rounds": set()})
    for u, v, d in g.edges(data=True):
        if d["relation"] != "invested_in":
            continue
        key = (g.nodes[u].get("bloc") or "-", g.nodes[v].get("bloc") or "-")
        flows[key]["edges"] += 1
        if d["amount"] and d["amount_scope"] == "investor":
            flows[key]["amount"][d["unit"] or "?"] += d["amount"]
        elif d["amount"]:
            flows[key]["in_rounds"].add((v, d["amount"], d["unit"] or "?"))
    return {"members": {b: sorted(m) for b, m in sorted(members.items())},
            "flows": [{"from": a, "to": b, "edges": f["edges"], "amount": dict(f["amount"]),
                       "rounds": [{"investee": g.nodes[n]["name"], "total": t, "unit": u}
                                  for n, t, u in sorted(f["in_rounds"])]}
                      for (a, b), f in sorted(flows.items())]}


def to_node_link(g) -> dict:
    return nx.node_link_data(g, edges="edges")
