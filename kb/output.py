"""Readable tables for the terminal, JSON for machines."""
from __future__ import annotations

import json

import click


def fmt_value(v) -> str:
    if v is None or v == "":
        return "-"
    if isinstance(v, float):
        if abs(v) >= 1e9:
            return f"{v / 1e9:g} bn"
        if abs(v) >= 1e6:
            return f"{v / 1e6:g} mn"
        return f"{v:g}"
    return str(v)


def emit(rows: list[dict], columns: list[str], as_json: bool, empty: str = "nothing found") -> None:
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
        return
    if not rows:
        click.echo(empty)
        return
    cells = [[fmt_value(r.get(c)) for c in columns] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(v[:w].ljust(w) for v, w in zip(row, widths)).rstrip())
