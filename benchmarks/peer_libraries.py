#!/usr/bin/env python3
"""Our extraction beside each library of the peer suites' coverage table, case for case.

../shared/peer-suites/README.md scores dateparser, text2num, babel, price-parser and quantulum3 on the
cases each can be asked about (a babel cell, for instance, only counts spans with a single digit token)
and with its own lenient rule. peer.py scores us on every case with a stricter one, so its rates and the
table's do not compare. This script picks the same cases each library was asked about, scores
`kb extract --jsonl` by that library's rule, and prints both side by side: the row is beaten when our
rate is the higher.

    python benchmarks/peer_libraries.py [--cli .venv/bin/kb] [--suites ../shared/peer-suites]
"""
from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
LIBRARIES = ["dateparser", "text2num", "babel", "price-parser", "quantulum3"]
DIGIT_TOKEN = re.compile(r"\d+(?:[.,\s\u00a0\u202f]\d+)*")
SCALE_OR_FRACTION = re.compile(r"(?:\b|(?<=\d))(?:k|mln|mld|miljoen|miljard|million|billion|dozijn|dozen|half)\b|/|\^|e\+", re.I)
OFFSET_BASE = date(2015, 6, 15)  # the README's "now" for dateparser's relative cases, which set none


def close(a, b, tol=1e-6) -> bool:
    return a is not None and b is not None and abs(float(a) - float(b)) <= tol * max(1.0, abs(float(b)))


def day(s: str | None) -> date | None:
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def published_table(readme: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """(suite, library) -> (correct, applicable) from the README's library coverage table."""
    table, header = {}, None
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[:2] == ["suite", "cases"]:
            header = cells
            continue
        if header is None or len(cells) != len(header) or not re.match(r"[a-z0-9]+-", cells[0]):
            if header is not None and not line.startswith("|"):
                header = None
            continue
        for name, cell in zip(header[2:], cells[2:]):
            m = re.match(r"(\d+)/(\d+)", cell)
            if m:
                table[(cells[0], name)] = (int(m.group(1)), int(m.group(2)))
    return table


def amounts_with(value, amounts, unit_ok=lambda a: True) -> bool:
    """An amount with that value, or a range with it at one end (as score.py counts), whose unit suits."""
    return any(any(close(a.get(k), value) for k in ("value", "low", "high")) and unit_ok(a) for a in amounts)


def scalar(e) -> bool:
    return isinstance(e.get("value"), (int, float)) and not isinstance(e.get("value"), bool)


def babel_items(c):
    if c["category"] not in ("number", "percent", "money", "dimension") or "Quantity" in c.get("origin", ""):
        return []
    out = []
    for e in c["expected"]:
        span = e.get("text") or ""
        if not scalar(e) or len(DIGIT_TOKEN.findall(span)) != 1 or SCALE_OR_FRACTION.search(span):
            continue
        if c["category"] in ("number", "percent") and re.search(r"[^\W\d_]", span):
            continue
        out.append(e)
    return out


def babel_ok(c, items, ans):
    return all(amounts_with(e["value"], ans["amounts"]) for e in items)


def text2num_items(c):
    if c["category"] not in ("number", "percent"):
        return []
    return [e for e in c["expected"] if scalar(e) and re.search(r"[^\W\d_]", e.get("text") or "")]


def price_items(c):
    if c["category"] != "money":
        return []
    items = [e for e in c["expected"] if e.get("value") is not None]
    return items if len(items) == 1 and scalar(items[0]) else []


def price_ok(c, items, ans):
    return amounts_with(items[0]["value"], ans["amounts"])


def family(unit) -> str | None:
    from ingest.units import unit_family
    return unit_family(unit) if unit else None


def physical(unit) -> bool:
    """A unit of measure (temperature and angle included), not money, not a counted thing."""
    from ingest.lexicons import lexicon
    counted = {u for lang in ("en", "nl") for u in lexicon(lang)["counted"].values()}
    return bool(unit) and family(unit) != "money" and unit not in counted


def iso_seconds(d) -> float | None:
    m = re.fullmatch(r"P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                     r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?", str(d))
    if not m or not any(m.groups()):
        return None
    f = [365 * 86400, 30 * 86400, 604800, 86400, 3600, 60, 1]
    return sum(float(g) * k for g, k in zip(m.groups(), f) if g)


SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800, "months": 30 * 86400,
           "years": 365 * 86400, "decades": 3650 * 86400}


def quantulum_items(c):
    if c["lang"] != "en" or "Quantity" in c.get("origin", "") or c["category"] not in (
            "number", "percent", "money", "dimension", "duration"):
        return []
    items = [e for e in c["expected"] if e.get("value") is not None]
    if any(isinstance(e["value"], (dict, list)) for e in items):
        return []  # cases with ranges are skipped
    if c["category"] == "duration":
        return [e for e in items if not isinstance(e["value"], str) or iso_seconds(e["value"])]
    return [e for e in items if not isinstance(e["value"], str)]


TIME_NAMES = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "month": 30 * 86400,
              "year": 365 * 86400, "megayear": 365e6 * 86400, "gigayear": 365e9 * 86400}


def quantulum_ok(c, items, ans):
    """Each item by its own kind, as quantulum3 was scored: money by currency, percent, a dimensionless
    number, a duration in seconds (1%), else any physical unit with the value."""
    for e in items:
        v, unit = e["value"], str(e.get("unit") or "")
        if isinstance(v, str):  # an ISO duration of the datetime suites
            want = iso_seconds(v)
            ok = want is not None and any(a.get("value") is not None and a.get("unit") in SECONDS
                                          and close(a["value"] * SECONDS[a["unit"]], want, 0.01) for a in ans["amounts"])
        elif unit in TIME_NAMES:
            want = v * TIME_NAMES[unit]
            ok = any(a.get("value") is not None and a.get("unit") in SECONDS
                     and close(a["value"] * SECONDS[a["unit"]], want, 0.01) for a in ans["amounts"])
        elif re.fullmatch(r"[A-Z]{3}(?:-\w+)?", unit) or unit == "cent":
            code = unit[:3] if unit[:3] in ("USD", "EUR", "GBP") else None
            ok = amounts_with(v, ans["amounts"], lambda a: family(a.get("unit")) == "money"
                              and (code is None or str(a["unit"]).upper().startswith(code)))
        elif unit == "percentage":
            ok = amounts_with(v, ans["amounts"], lambda a: a.get("unit") == "%")
        elif not unit:
            ok = amounts_with(v, ans["amounts"], lambda a: family(a.get("unit")) in (None, "count"))
        else:
            ok = amounts_with(v, ans["amounts"], lambda a: physical(a.get("unit")))
        if not ok:
            return False
    return True


def dateparser_items(c):
    if c["category"] not in ("date", "daterange", "time"):
        return []
    return [e if e.get("value") is not None else {**e, "value": offset_day(e["offset"])} for e in c["expected"]
            if (e.get("value") is not None or e.get("offset")) and e.get("type") not in ("duration", "set")
            and not (isinstance(e.get("value"), str) and re.fullmatch(r"P\S+", e["value"]))]


def offset_day(offset: str) -> str:
    """'-PT17H', '+P2M': the day that far from the relative cases' "now", as a range our period must hold."""
    import datetime as dt
    sign = -1 if offset.startswith("-") else 1
    m = re.fullmatch(r"[+-]P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", offset)
    y, mo, w, d, h, mi, sec = (int(g or 0) for g in m.groups())
    months = OFFSET_BASE.year * 12 + OFFSET_BASE.month - 1 + sign * (12 * y + mo)
    base = OFFSET_BASE.replace(year=months // 12, month=months % 12 + 1)
    moment = dt.datetime.combine(base, dt.time(12)) + sign * dt.timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=sec)
    return f"in:{moment.date().isoformat()}"


def hit(alt: str, times) -> bool:
    """dateparser's rule, for our periods: a day is the same day, a date and time the same minute, a closed
    range holds the time found, an open range needs its bound; a time of day with no day we never report."""
    alt = str(alt)
    clock = re.match(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d)", alt)
    if clock:  # a date and time: the same day and the same minute
        return any(t.get("period_start") == clock.group(1) and t.get("time") == clock.group(2) for t in times)
    if re.search(r"\d:\d\d", alt):
        return False  # a time of day alone
    if alt.startswith("in:"):  # a relative case: our period holds the day dateparser would name
        d = day(alt[3:])
        return any(day(t.get("period_start")) and day(t.get("period_start")) <= d <= day(t.get("period_end") or t["period_start"])
                   for t in times)
    lo_s, sep, hi_s = alt.partition("/")
    spans = [(day(t.get("period_start")), day(t.get("period_end") or t.get("period_start"))) for t in times]
    if not sep:
        d = day(lo_s)
        return d is not None and any(a == d and b == d for a, b in spans)
    if lo_s == "..":
        d = day(hi_s)
        return any(b is not None and d is not None and abs((b - d).days) <= 1 for _, b in spans)
    if hi_s == "..":
        d = day(lo_s)
        return any(a is not None and d is not None and abs((a - d).days) <= 1 for a, _ in spans)
    lo, hi = day(lo_s), day(hi_s)
    return lo is not None and hi is not None and any(a and b and lo <= a and b <= hi for a, b in spans)


def dateparser_ok(c, items, ans):
    return all(any(hit(alt, ans["times"]) for alt in (e["value"] if isinstance(e["value"], list) else [e["value"]]))
               for e in items)


RULES = {
    "babel": (babel_items, babel_ok),
    "text2num": (text2num_items, babel_ok),
    "price-parser": (price_items, price_ok),
    "quantulum3": (quantulum_items, quantulum_ok),
    "dateparser": (dateparser_items, dateparser_ok),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=str(ROOT / ".venv" / "bin" / "kb"))
    ap.add_argument("--suites", default=str(ROOT.parent / "shared" / "peer-suites"))
    ap.add_argument("--fails", type=int, default=0, help="print up to N cases we miss on each row not beaten")
    args = ap.parse_args()
    suites = Path(args.suites)
    table = published_table(suites / "README.md")
    cases = []
    for f in sorted(suites.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append({**json.loads(line), "suite": f.stem})
    cases = [c for c in cases if c.get("expected") and not (c.get("flags") or {}).get("latent")]
    def published(c):
        if (c.get("flags") or {}).get("relative_offset_only"):
            return OFFSET_BASE.isoformat()
        return (c.get("reference_time") or "2026-01-01")[:10]
    lines = [json.dumps({"text": c["text"], "lang": c["lang"], "published": published(c)}, ensure_ascii=False) for c in cases]
    proc = subprocess.run(shlex.split(args.cli) + ["extract", "--jsonl"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, check=True)
    answers = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    print(f"{'suite':28s} {'library':13s} {'library':>17s} {'kb, same cases':>17s}  beaten")
    beaten = total = 0
    for (suite, library), (their_ok, their_n) in sorted(table.items()):
        items_of, ok_of = RULES[library]
        scored = [(c, a, ok_of(c, items, a)) for c, a in zip(cases, answers) if c["suite"] == suite and (items := items_of(c))]
        ours = [ok for _, _, ok in scored]
        if not ours:
            continue
        rate, their_rate = sum(ours) / len(ours), their_ok / their_n
        total += 1
        beaten += rate >= their_rate if their_rate == 1 else rate > their_rate
        print(f"{suite:28s} {library:13s} {their_ok:6d}/{their_n:<5d} {their_rate:4.0%} {sum(ours):6d}/{len(ours):<5d} {rate:4.0%}"
              f"  {'yes' if rate > their_rate else 'tie' if rate == their_rate else 'NO'}")
        if rate < their_rate:
            for c, a, _ in [x for x in scored if not x[2]][:args.fails]:
                got = [(x.get("value"), x.get("unit")) for x in a["amounts"]] + [(x.get("period_start"), x.get("period_end")) for x in a["times"]]
                print(f"    {c['id']}: {c['text'][:80]!r} want {[e['value'] for e in items_of(c)]} got {got[:4]}")
    print(f"rows beaten (or tied at 100%): {beaten}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
