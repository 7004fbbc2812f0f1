"""Pictures: an entity's neighborhood in the graph, and a metric over time."""
from __future__ import annotations

import math

import networkx as nx

BLOC_COLORS = {"muskonomy": "#1f77b4", "china": "#d62728", "amazon-bezos": "#ff7f0e", "google": "#2ca02c",
               "nvidia": "#76b900", "openai-microsoft": "#9467bd", "media": "#8c564b", "usa": "#17becf",
               "europe": "#e377c2", "other": "#7f7f7f"}


def draw_neighborhood(g: nx.MultiDiGraph, center: str, out: str, depth: int = 1) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    nodes = {center} | set(nx.ego_graph(g.to_undirected(as_view=True), center, radius=depth).nodes)
    sub = g.subgraph(nodes)
    pos = radial_layout(sub, center)
    fig, ax = plt.subplots(figsize=(11, 8), dpi=110)
    ax.set_axis_off()
    pairs: dict[frozenset, set] = {}
    arrows = set()
    for u, v, d in sub.edges(data=True):
        pairs.setdefault(frozenset((u, v)), set()).add(d["relation"].replace("_", " "))
        arrows.add((u, v))
    for u, v in arrows:
        rad = 0.0 if center in (u, v) else 0.3  # arcs keep rim-to-rim edges off the center
        ax.annotate("", xy=pos[v], xytext=pos[u], arrowprops={
            "arrowstyle": "-|>", "color": "#999999", "lw": 1.2, "shrinkA": 18, "shrinkB": 18,
            "connectionstyle": f"arc3,rad={rad}"})
    for pair, rels in pairs.items():
        u, v = next((a, b) for a, b in arrows if frozenset((a, b)) == pair)
        (x1, y1), (x2, y2) = pos[u], pos[v]
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        if center not in pair:
            mx, my = mx + 0.15 * (y2 - y1), my - 0.15 * (x2 - x1)  # the middle of an arc3 of rad 0.3
        elif center == u:
            mx, my = x1 + 0.6 * (x2 - x1), y1 + 0.6 * (y2 - y1)
        else:
            mx, my = x2 + 0.6 * (x1 - x2), y2 + 0.6 * (y1 - y2)
        ax.text(mx, my, "\n".join(sorted(rels)), fontsize=7, color="#444444", ha="center", va="center",
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#dddddd", "alpha": 0.9}, zorder=5)
    for n in sub.nodes:
        d = sub.nodes[n]
        size = 900 if n == center else 420
        ax.scatter(*pos[n], s=size, color=BLOC_COLORS.get(d.get("bloc") or "other", "#7f7f7f"), zorder=3,
                   edgecolors="black" if n == center else "white", linewidths=1.5)
        ax.text(pos[n][0], pos[n][1] - 0.09, d.get("name", n), ha="center", va="top", fontsize=9,
                fontweight="bold" if n == center else "normal", zorder=4)
    blocs = sorted({sub.nodes[n].get("bloc") or "other" for n in sub.nodes})
    for b in blocs:
        ax.scatter([], [], color=BLOC_COLORS.get(b, "#7f7f7f"), label=b)
    ax.legend(loc="lower right", frameon=False, fontsize=8, title="bloc")
    ax.set_title(f"{g.nodes[center].get('name', center)}: relations within {depth} step(s)", fontsize=12)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)


def radial_layout(sub, center):
    others = sorted(n for n in sub.nodes if n != center)
    pos = {center: (0.0, 0.0)}
    for i, n in enumerate(others):
        angle = 2 * math.pi * i / max(1, len(others))
        pos[n] = (math.cos(angle), math.sin(angle))
    return pos


def draw_timeline(points: list[dict], title: str, out: str) -> None:
    import datetime as dt

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(9, 4.5), dpi=110)
    for p in points:
        x = dt.date.fromisoformat(p["date"])
        ax.plot([x], [p["value"]], "o", color="#1f77b4")
        ax.annotate(p.get("label", ""), (x, p["value"]), textcoords="offset points", xytext=(4, 6), fontsize=7)
    ax.set_title(title)
    ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
