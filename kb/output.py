"""Readable tables for the terminal, JSON for machines."""
from __future__ import annotations

import json

import click


LINE_BREAKS_IN_TEXT = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def json_line(data) -> str:
    """One JSON object on one line, whatever the text holds: the line and paragraph separators that JSON leaves
    unescaped (U+2028, U+2029, U+0085) are escaped too, since readers that split lines on them would cut it."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    for raw, escaped in LINE_BREAKS_IN_TEXT.items():
        text = text.replace(raw, escaped)
    return text


def fmt_value(v) -> str:
    if v is None or v == "":
        return "-"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        if abs(v) >= 1e12:
            return f"{v / 1e12:g} T"
        if abs(v) >= 1e9:
            return f"{v / 1e9:g} bn"
        if abs(v) >= 1e6:
            return f"{v / 1e6:g} mn"
        return f"{v:g}"
    return str(v)


COLUMN_WIDTH = 60


def output_options(f):
    """--json prints one JSON array (an object where the answer is one), --nl one JSON object per line,
    as sqlite-utils and Datasette do; without either, a table for the terminal."""
    f = click.option("--nl", "fmt", flag_value="nl", help="Newline-delimited JSON, one object per line")(f)
    f = click.option("--json", "fmt", flag_value="json", help="One JSON array")(f)
    return click.option("--table", "fmt", flag_value="table", default=True, hidden=True)(f)


def emit_machine(data, fmt: str) -> None:
    """A list (or one object) as JSON: an indented array for --json, a line per item for --nl."""
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    for item in data if isinstance(data, list) else [data]:
        click.echo(json_line(item))


def emit(rows: list[dict], columns: list[str], fmt: str, empty: str = "nothing found") -> None:
    if fmt != "table":
        emit_machine(rows, fmt)
        return
    if not rows:
        click.echo(empty)
        return
    columns = [c for c in columns if any(r.get(c) not in (None, "") for r in rows)]  # no column of dashes
    cells = [[fmt_value(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    widths = [w if i == len(widths) - 1 else min(COLUMN_WIDTH, w) for i, w in enumerate(widths)]  # the last runs on
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        click.echo("  ".join(v[:w].ljust(w) for v, w in zip(row, widths)).rstrip())
