"""The kb command: thin click commands over small functions."""
from __future__ import annotations

import json
import logging
import os
import sys
import warnings
from pathlib import Path

import click

from . import export as export_mod
from .output import emit, emit_machine, json_line, output_options
from .schema import DatabaseError, checkpoint, open_db
from .store import save_metrics, save_registry, table_counts

DEFAULT_DB = "claims.db"


def graph_mod():
    """kb.graph, imported when a command needs it: networkx takes a tenth of a second to import."""
    from . import graph
    return graph


def db_option(f):
    return click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, envvar="KB_DB",
                        type=click.Path(dir_okay=False), help="SQLite database file (or $KB_DB)")(f)


@click.group()
@click.version_option(package_name="claims-kb")
@click.option("--db", "db_path", envvar="KB_DB", type=click.Path(dir_okay=False),
              help="SQLite database file for every command (or $KB_DB); default claims.db")
@click.pass_context
def cli(ctx, db_path):
    """claims-kb: turn news articles into a knowledge base of claims."""
    say_progress_notes()
    if db_path:  # `kb --db x.db stats` as well as `kb stats --db x.db`
        ctx.default_map = database_defaults(cli, db_path)


def say_progress_notes() -> None:
    """Notes of the storage layer ('rebuilding ... once') go to stderr as they happen, one line each."""
    log = logging.getLogger("kb")
    if not any(isinstance(h, ProgressNotes) for h in log.handlers):
        log.addHandler(ProgressNotes())
        log.setLevel(logging.INFO)
        log.propagate = False


class ProgressNotes(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"kb: {record.getMessage()}", err=True)  # today's stderr, also under a test runner


def database_defaults(group: click.Group, db_path: str) -> dict:
    return {name: {"db_path": db_path, **(database_defaults(cmd, db_path) if isinstance(cmd, click.Group) else {})}
            for name, cmd in group.commands.items()}


def publication_date(ctx, param, value: str | None) -> str | None:
    """--published takes a date with the precision known: YYYY-MM-DD, YYYY-MM or YYYY."""
    from ingest.detect import parse_partial_date

    if value is None:
        return None
    parsed = parse_partial_date(value)
    if parsed is None:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return parsed


def jobs_option(f):
    return click.option("--jobs", "-j", type=click.IntRange(min=1), show_default="the cores",
                        help="Worker processes that extract; this process stores")(f)


def jobs_for(jobs: int | None, inputs: int) -> int:
    """The cores unless told; no workers for a handful of articles: starting them costs more than they save.
    (Resolved here, not at import: every command would pay for importing multiprocessing.)"""
    from .extraction import BATCH_PER_WORKER, default_jobs
    return 1 if inputs <= BATCH_PER_WORKER else jobs or default_jobs()


def showing_progress(progress: bool | None) -> bool:
    return progress if progress is not None else sys.stderr.isatty()


def progress_bar(length: int, label: str, progress: bool | None):
    show = showing_progress(progress)
    return click.progressbar(length=length, label=label, file=sys.stderr if show else open(os.devnull, "w"))


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--force", is_flag=True, help="Re-extract articles that are already in the database")
@click.option("--url", help="URL of the article (overrides what was found)")
@click.option("--published", callback=publication_date,
              help="Publication date: YYYY-MM-DD, or YYYY-MM / YYYY when only that is known (overrides what was found)")
@click.option("--lang", type=click.Choice(["nl", "en"]), help="Language (overrides detection)")
@click.option("--title", help="Title (overrides what was found)")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when on a terminal)")
@click.option("--max-chars", type=click.IntRange(min=1), default=1_000_000, show_default=True,
              help="Longest article text accepted, in characters")
@jobs_option
def add(inputs, db_path, force, url, published, lang, title, progress, max_chars, jobs):
    """Add articles (files, folders, http(s) URLs, or - for stdin) to the database."""
    from ingest.lexicons import load_registry

    from .intake import add_articles, expand_inputs

    items = expand_inputs(inputs, warn=lambda line: click.echo(f"warning: {line}", err=True))
    if not items:
        raise click.ClickException(f"no article found in {', '.join(inputs)}")
    db = write_db(db_path)
    save_registry(db, load_registry())
    save_metrics(db)
    overrides = {"url": url, "published": published, "lang": lang, "title": title}
    with progress_bar(len(items), "Adding", progress) as bar:
        counts = add_articles(db, items, force=force, overrides=overrides, max_chars=max_chars,
                              jobs=jobs_for(jobs, len(items)), say=lambda line: click.echo(line, err=True),
                              advance=bar.update)
    checkpoint(db)
    click.echo(str(counts), err=True)
    if counts.failed:
        sys.exit(1)


@cli.command("export")
@click.argument("what", type=click.Choice(sorted(export_mod.QUERIES)))
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
def export_cmd(what, db_path, fmt, output):
    """Export claims, mentions, relations, entities or articles."""
    db = read_db(db_path)
    export_mod.write(export_mod.rows(db, what), fmt, output)


def read_db(db_path):
    """The database for a command that only reads: opened read-only, never written."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            db = open_db(db_path, readonly=True)
        except DatabaseError as e:
            raise click.ClickException(str(e))
    for warning in caught:
        click.echo(f"warning: {warning.message}", err=True)
    return db


def write_db(db_path):
    """The database for a command that writes, created and shaped when needed."""
    try:
        return open_db(db_path)
    except DatabaseError as e:
        raise click.ClickException(str(e))


@cli.command()
@click.argument("sources", nargs=-1)
@click.option("--lang", type=click.Choice(["nl", "en"]))
@click.option("--published", callback=publication_date, help="Publication date: YYYY-MM-DD, YYYY-MM or YYYY")
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json")
@click.option("--jsonl", is_flag=True, help='Read lines {"text", "lang", "published"} from stdin')
@click.option("--records", is_flag=True,
              help="For many inputs: each article's records as one JSON line, for kb load (the map step)")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="With --records: write here")
@click.option("--progress/--no-progress", default=None, help="With --records: progress bar (default: on a terminal)")
@jobs_option
def extract(sources, lang, published, fmt, jsonl, records, output, progress, jobs):
    """Show everything found in one article, without writing to a database."""
    from ingest.pipeline import extract_text

    if jsonl:
        run_jsonl(extract_text)
        return
    if records:
        extract_to_records(sources, lang, published, output, progress, jobs)
        return
    if len(sources) != 1:
        raise click.UsageError("give one FILE, URL or - (many inputs: --records), or use --jsonl")
    from ingest.pipeline import extract as extract_articles
    from ingest.sources import ReadError, read_article
    try:
        article = read_article(sources[0], published=published, lang=lang)
    except ReadError as e:
        raise click.ClickException(str(e))
    ex = next(iter(extract_articles([article])))
    from dataclasses import asdict
    out = {"source": article.source, "language": article.lang, "published": article.published,
           "title": article.title, "warnings": list(article.warnings),
           **{k: [asdict(x) for x in getattr(ex, k)] for k in ("mentions", "amounts", "periods", "claims", "relations")}}
    out["times"] = out.pop("periods")
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


def extract_to_records(sources, lang, published, output, progress, jobs) -> None:
    from .intake import expand_inputs, extract_records

    if not sources:
        raise click.UsageError("give the FILES, folders or URLs to extract")
    items = expand_inputs(sources, warn=lambda line: click.echo(f"warning: {line}", err=True))
    if not items:
        raise click.ClickException(f"no article found in {', '.join(sources)}")
    with progress_bar(len(items), "Extracting", progress) as bar:
        counts = extract_records(items, lambda line: output.write(line + "\n"),
                                 overrides={"published": published, "lang": lang}, jobs=jobs_for(jobs, len(items)),
                                 say=lambda line: click.echo(line, err=True), advance=bar.update)
    click.echo(f"extracted {counts.added}, failed {counts.failed}", err=True)
    if counts.failed:
        sys.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@db_option
@click.option("--force", is_flag=True, help="Store again articles that are already in the database")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: when on a terminal)")
def load(files, db_path, force, progress):
    """Store the records `kb extract --records` wrote (FILE.jsonl, or - for stdin): the load step."""
    from ingest.lexicons import load_registry

    from .intake import load_records

    db = write_db(db_path)
    save_registry(db, load_registry())
    save_metrics(db)
    length = sum(count_lines(f) for f in files) if showing_progress(progress) else 0  # a pass over the files
    with progress_bar(length, "Loading", progress) as bar:
        counts = load_records(db, list(files), force=force, say=lambda line: click.echo(line, err=True),
                              advance=bar.update)
    checkpoint(db)
    click.echo(str(counts), err=True)
    if counts.failed:
        sys.exit(1)


def count_lines(name: str) -> int:
    """Lines in a file, for the progress bar (0 for stdin or a file that cannot be read)."""
    if name == "-":
        return 0
    try:
        with open(name, "rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return 0


def lone_surrogates_refused(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError(f"the text holds a lone surrogate (U+{ord(text[e.start]):04X}), which is not valid Unicode") from None


def run_jsonl(extract_text):
    from ingest.pipeline import memory_zone

    for line in sys.stdin:
        line = line.strip()
        try:
            if not line:
                raise ValueError("a blank line; expected one JSON object per line")
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a "text" string')
            if not item["text"].isascii():
                lone_surrogates_refused(item["text"])
            lang = item.get("lang") or "en"
            with memory_zone(lang):  # a long stream of texts keeps its memory flat
                doc = extract_text(item["text"], lang, item.get("published"))
                keys_a = ("text", "start", "end", "value", "low", "high", "unit", "qualifier")
                keys_t = ("text", "start", "end", "period_start", "period_end", "precision", "reference", "time")
                answer = {"amounts": [{k: a[k] for k in keys_a} for a in doc._.kb_amounts or []],
                          "times": [{k: t.get(k) for k in keys_t} for t in doc._.kb_periods or []]}
        except Exception as e:
            answer = {"amounts": [], "times": [], "error": f"{e.__class__.__name__}: {e}"}
        sys.stdout.write(json_line(answer) + "\n")
        sys.stdout.flush()


@cli.group()
def entity():
    """List the entity registry or extend it."""


@entity.command("list")
@db_option
@click.option("--type", "etype", help="Only entities of this type")
@output_options
def entity_list(db_path, etype, fmt):
    """Entities with their type, bloc and number of mentions."""
    db = read_db(db_path)
    rows = [r for r in export_mod.rows(db, "entities") if not etype or r["type"] == etype]
    if fmt != "table":
        emit_machine(rows, fmt)
        return
    for r in rows:
        flag = "" if r["registered"] else " (unregistered)"
        click.echo(f"{r['slug']:32} {r['name']:28} {r['type']:8} {r['bloc'] or '-':14} {r['mentions']:4}{flag}")


@entity.command("add")
@click.argument("name")
@db_option
@click.option("--type", "etype", required=True, type=click.Choice(sorted(
    ["ORG", "PERSON", "PRODUCT", "PROGRAM", "GPE", "LOC", "EVENT", "AGENCY", "GROUP", "OTHER"])))
@click.option("--alias", "aliases", multiple=True, help="Another name (repeatable)")
@click.option("--slug")
@click.option("--wikidata")
@click.option("--bloc")
@click.option("--parent", help="Slug of the parent entity")
@click.option("--description")
def entity_add(name, db_path, etype, aliases, slug, wikidata, bloc, parent, description):
    """Add an entity to the registry kept in the database (used by later `kb add`)."""
    from ingest.lexicons import slugify, validate_entity
    db = write_db(db_path)
    entry = validate_entity({"slug": slug or slugify(name), "name": name, "type": etype, "aliases": list(aliases),
                             "wikidata": wikidata, "bloc": bloc, "parent": parent, "description": description,
                             "origin": "user"})
    save_registry(db, [entry], origin="user")
    click.echo(f"added {entry['slug']} ({etype}); re-add articles with --force to find it in them")


EDGE_COLUMNS = ["subject", "relation", "object", "period_start", "amount", "unit", "source"]
TIE_COLUMNS = ["subject", "relation", "object", "sources", "first", "last", "amount", "unit", "outlets"]


def load_graph(db_path, as_of=None):
    db = read_db(db_path)
    return db, graph_mod().build_graph(db, as_of=as_of)


def entity_slug(db, name):
    try:
        return graph_mod().resolve(db, name)
    except KeyError:
        raise click.ClickException(f"unknown entity {name!r} (see `kb entity list`)")


def graph_options(f):
    f = output_options(f)
    f = click.option("--as-of", help="The graph as it stood on this date (YYYY-MM-DD)")(f)
    return db_option(f)


@cli.group()
def graph():
    """Query the company graph (entities and the relations between them)."""


@graph.command("neighbors")
@click.argument("entity")
@click.option("--depth", default=1, show_default=True, type=int)
@click.option("--relation", help="Only this relation (invested_in, part_of, ...)")
@click.option("--evidence", is_flag=True, help="Every sentence that states a tie, instead of one row per tie")
@graph_options
def graph_neighbors(entity, depth, relation, evidence, db_path, as_of, fmt):
    """Relations around ENTITY, up to --depth steps away: one row per tie, with its sources and dates."""
    db, g = load_graph(db_path, as_of)
    rows = graph_mod().neighbors(g, entity_slug(db, entity), depth, relation)
    if evidence:
        emit(rows, EDGE_COLUMNS + ["evidence"], fmt)
    else:
        emit(graph_mod().ties(rows), TIE_COLUMNS, fmt)


@graph.command("path")
@click.argument("a")
@click.argument("b")
@click.option("--max-length", default=4, show_default=True, type=int)
@graph_options
def graph_path(a, b, max_length, db_path, as_of, fmt):
    """The shortest path from A to B, then every simple path up to --max-length hops."""
    db, g = load_graph(db_path, as_of)
    found = graph_mod().paths(g, entity_slug(db, a), entity_slug(db, b), max_length)
    if fmt != "table":
        emit_machine(found, fmt)
        return
    if not found:
        click.echo("no path")
    for i, p in enumerate(found, 1):
        click.echo(f"path {i} ({len(p)} hop{'s' if len(p) > 1 else ''}):")
        for hop in p:
            click.echo(f"  {hop['subject']} --{hop['relation']}--> {hop['object']}   [{hop['source']}] {hop['evidence']}")


@graph.command("investors")
@click.argument("entity")
@graph_options
def graph_investors(entity, db_path, as_of, fmt):
    """Who put money into ENTITY: how much, when, according to which source."""
    db, g = load_graph(db_path, as_of)
    emit(graph_mod().investors(g, entity_slug(db, entity)),
         ["subject", "period_start", "period_end", "amount", "unit", "amount_scope", "source", "evidence"], fmt)


@graph.command("owners")
@click.argument("entity")
@graph_options
def graph_owners(entity, db_path, as_of, fmt):
    """Who owns ENTITY, or what it is part of."""
    db, g = load_graph(db_path, as_of)
    emit(graph_mod().owners(g, entity_slug(db, entity)), EDGE_COLUMNS + ["evidence"], fmt)


@graph.command("subsidiaries")
@click.argument("entity")
@graph_options
def graph_subsidiaries(entity, db_path, as_of, fmt):
    """What ENTITY owns or has as parts."""
    db, g = load_graph(db_path, as_of)
    emit(graph_mod().subsidiaries(g, entity_slug(db, entity)), EDGE_COLUMNS + ["evidence"], fmt)


@graph.command("blocs")
@graph_options
def graph_blocs(db_path, as_of, fmt):
    """Members of each bloc, and disclosed money flowing inside and between blocs."""
    _, g = load_graph(db_path, as_of)
    data = graph_mod().blocs(g)
    if fmt != "table":
        emit_machine(data, fmt)
        return
    for bloc, members in data["members"].items():
        click.echo(f"{bloc}: {', '.join(members)}")
    click.echo("")
    emit([{**f, "amount": ", ".join(f"{v / 1e9:g} bn {u}" for u, v in f["amount"].items()) or None,
           "rounds": "; ".join(f"{r['investee']} raised {r['total'] / 1e9:g} bn {r['unit']}" for r in f["rounds"]) or None}
          for f in data["flows"]], ["from", "to", "edges", "amount", "rounds"], False, "no investments found")


@graph.command("export")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]), default="json", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout)")
@click.option("--as-of", help="The graph as it stood on this date")
@db_option
def graph_export(fmt, output, as_of, db_path):
    """The whole graph as GraphML, GEXF or node-link JSON (edges under "edges")."""
    import io

    import networkx as nx
    _, g = load_graph(db_path, as_of)
    clean = nx.MultiDiGraph()
    clean.add_nodes_from((n, {k: ("" if v is None else v) for k, v in d.items()}) for n, d in g.nodes(data=True))
    clean.add_edges_from((u, v, k, {a: ("" if b is None else b) for a, b in d.items()})
                         for u, v, k, d in g.edges(keys=True, data=True))
    if fmt == "json":
        text = json.dumps(graph_mod().to_node_link(clean), ensure_ascii=False, indent=1)
    else:
        buf = io.BytesIO()
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(clean, buf)
        text = buf.getvalue().decode("utf-8")
    if output:
        Path(output).write_text(text, encoding="utf-8")
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text)


@graph.command("show")
@click.argument("entity")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="graph.png or graph.svg")
@click.option("--depth", default=1, show_default=True, type=int)
@click.option("--as-of", help="The graph as it stood on this date")
@db_option
def graph_show(entity, out, depth, as_of, db_path):
    """Draw ENTITY's neighborhood, colored by bloc, to a PNG or SVG file."""
    from .draw import draw_neighborhood
    db, g = load_graph(db_path, as_of)
    if not out.lower().endswith((".png", ".svg")):
        raise click.UsageError("--out must end in .png or .svg")
    draw_neighborhood(g, entity_slug(db, entity), out, depth)
    click.echo(f"wrote {out}", err=True)




@cli.command()
@click.argument("subject")
@click.argument("metric")
@db_option
@click.option("--out", type=click.Path(dir_okay=False), help="Also draw the values to a PNG or SVG chart")
@output_options
def timeline(subject, metric, db_path, out, fmt):
    """Every value of METRIC for SUBJECT, oldest first, with source, claimant and kind.

    `latest` marks the value kb reports as current (the table latest_values): a fact before an estimate
    or a plan, then the most recently published, then the latest period. The sparkline is drawn when the
    values span more than one date."""
    from . import tracking
    db = read_db(db_path)
    rows = tracking.timeline(db, entity_slug(db, subject), metric)
    for r in rows:
        r["latest"] = "yes" if r["latest"] else ""
    for r in rows:
        r["repeats"] = r["repeats"] if r["repeats"] > 1 else None
    emit(rows, ["period_start", "period_end", "value", "low", "high", "unit", "kind", "claimant", "published",
                "latest", "source", "text", "repeats"], fmt, f"no {metric} claims about {subject}")
    points = [r for r in rows if tracking.point(r) is not None]
    dates = {r["period_start"] or r["published"] for r in points}
    if len(dates) > 1 and fmt == "table":
        click.echo(f"\n{tracking.sparkline([tracking.point(r) for r in points])}  ({len(points)} values over "
                   f"{len(dates)} dates; latest = the value reported as current, see --help)")
    if out:
        from .draw import draw_timeline
        draw_timeline([{"date": r["period_start"] or r["published"], "value": tracking.point(r),
                        "label": r["source"].rsplit("/", 1)[-1][:30]} for r in points if r["period_start"] or r["published"]],
                      f"{subject}: {metric}", out)
        click.echo(f"wrote {out}", err=True)


@cli.command("metrics")
@db_option
@click.option("--all", "every", is_flag=True, help="Also the metrics no claim has yet")
@output_options
def metrics_cmd(db_path, every, fmt):
    """The metrics claims are filed under: label, unit family, number of claims, what each measures."""
    from . import tracking
    emit(tracking.metrics(read_db(db_path), every), ["name", "label", "unit_family", "claims", "description"], fmt,
         "no claims yet (kb metrics --all lists the vocabulary)")


@cli.command()
@db_option
@click.option("--tolerance", default=0.10, show_default=True, type=float, help="Relative difference that still agrees")
@output_options
def conflicts(db_path, tolerance, fmt):
    """Claims about the same thing on which sources disagree, with each side's source."""
    from . import tracking
    found = tracking.conflicts(read_db(db_path), tolerance)
    if fmt != "table":
        emit_machine(found, fmt)
        return
    if not found:
        click.echo("no conflicts")
    for c in found:
        click.echo(f"{c['subject']} / {c['metric']} ({c['claim_key']}):")
        for side in c["sides"]:
            shown = fmt_amount(side) if c["kind"] == "value" else f"{side['period_start']}..{side['period_end']}"
            click.echo(f"  {shown:24} {side['kind']:9} {side['published'] or '-':10}  {side['source']}\n"
                       f"  {'':24} {side['text']!r} in: {side['sentence'][:100]}")


def fmt_amount(row) -> str:
    from .output import fmt_value
    if row["value"] is not None:
        return f"{fmt_value(row['value'])} {row['unit'] or ''}".strip()
    return f"{fmt_value(row['low'])}-{fmt_value(row['high'])} {row['unit'] or ''}".strip()


@cli.command()
@click.argument("subject", required=False)
@db_option
@output_options
def corroboration(subject, db_path, fmt):
    """How many independent sources back each claim (reprints of one text count once)."""
    from . import tracking
    db = read_db(db_path)
    rows = tracking.corroboration(db)
    if subject:
        name = db["entities"].get(entity_slug(db, subject))["name"]
        rows = [r for r in rows if r["subject"] == name]
    rows.sort(key=lambda r: (-r["independent_sources"], r["subject"] or "", r["metric"]))
    emit(rows, ["independent_sources", "subject", "metric", "value", "unit", "text", "published", "outlets"], fmt)


@cli.group(invoke_without_command=True)
@db_option
@click.option("--due-before", help="Only predictions due before this date")
@click.option("--status", type=click.Choice(["open", "due", "overdue", "resolved"]))
@click.option("--today", help="Judge the status as on this date (default: today)")
@output_options
@click.pass_context
def predictions(ctx, db_path, due_before, status, today, fmt):
    """The ledger of forecasts and plans: who said what, when it falls due, and its status.

    A prediction falls due after the day it was said. `later_facts` counts the facts about the same
    subject and metric reported after it, where to look for its outcome (listed in --json)."""
    if ctx.invoked_subcommand:
        return
    from . import tracking
    rows = tracking.predictions(read_db(db_path), today)
    rows = [r for r in rows if (not status or r["status"] == status) and (not due_before or r["period_end"] < due_before)]
    for r in rows:
        r["id"] = r["id"][:10]
        r["window"] = f"{r['period_start']}..{r['period_end']}"
        r["later_facts"] = len(r["candidates"])
    emit(rows, ["id", "status", "window", "subject", "metric", "kind", "claimant", "said_on", "outcome",
                "later_facts", "text"], fmt, "no predictions")


@predictions.command("resolve")
@click.argument("claim_id")
@click.option("--outcome", required=True, type=click.Choice(["met", "missed", "partly"]))
@click.option("--source", help="URL of the evidence")
@click.option("--note")
@db_option
def predictions_resolve(claim_id, outcome, source, note, db_path):
    """Record the outcome of the prediction with id (or id prefix) CLAIM_ID."""
    from . import tracking
    try:
        full = tracking.resolve_prediction(write_db(db_path), claim_id, outcome, source, note)
    except KeyError as e:
        raise click.ClickException(e.args[0])
    click.echo(f"resolved {full[:10]} as {outcome}")


@cli.command()
@db_option
def stats(db_path):
    """Row counts of every table."""
    db = read_db(db_path)
    for name, n in table_counts(db).items():
        click.echo(f"{name:10} {n}")


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False), help="Default: metadata.yml of the project")
def serve(db_path, host, port, metadata):
    """Serve the database with Datasette, our metadata and plugin (in this process: Ctrl-C or SIGTERM stops it)."""
    import asyncio

    import uvicorn
    from datasette.app import Datasette

    read_db(db_path)  # a clear one-line error for a missing or broken file
    writable = os.access(db_path, os.W_OK) and os.access(os.path.dirname(os.path.abspath(db_path)), os.W_OK)
    ds = Datasette(files=[db_path] if writable else [], immutables=[] if writable else [db_path],
                   metadata=metadata_for(Path(db_path).stem, metadata), settings={"suggest_facets": False})
    asyncio.run(ds.invoke_startup())
    click.echo(f"serving {db_path} at http://{host}:{port}/", err=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")


def metadata_for(database: str, path: str | None = None) -> dict | None:
    """metadata.yml with its `claims` database settings keyed to the database actually served."""
    import yaml
    path = path or default_metadata()
    if not path:
        return None
    meta = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    dbs = meta.get("databases", {})
    if "claims" in dbs and database != "claims":
        dbs[database] = dbs.pop("claims")
    return meta


def default_metadata() -> str | None:
    for candidate in (Path.cwd() / "metadata.yml", Path(__file__).resolve().parent.parent / "metadata.yml"):
        if candidate.exists():
            return str(candidate)
    return None


if __name__ == "__main__":
    cli()
