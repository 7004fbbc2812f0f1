"""Snapshot what the extraction produces, and compare two snapshots row by row.

    python scripts/export_diff.py snapshot /tmp/before      # before a change
    python scripts/export_diff.py snapshot /tmp/after       # after it
    python scripts/export_diff.py compare /tmp/before /tmp/after

A snapshot adds the sample corpus, the dev corpus and tests/data into fresh databases with the
project's own CLI and writes every `kb export` table (minus run-time stamps such as ingested_at
and extractor_version, and row ids), plus `kb extract --jsonl` over every peer-suite case. `compare`
prints the rows each side has that the other has not and exits 1 when anything differs, so a
refactoring commit can show that it keeps behaviour.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = {
    "sample": ROOT / "corpus",
    "dev": SHARED / "dev-corpus" / "articles",
    "tests": ROOT / "tests" / "data",
}
TABLES = ("articles", "entities", "mentions", "claims", "relations")
RUN_TIME_FIELDS = {"ingested_at", "extractor_version", "id"}
PEER_DEFAULT_DATE = "2026-01-01"


def kb_command() -> list[str]:
    local = ROOT / ".venv" / "bin" / "kb"
    return [str(local)] if local.exists() else ["kb"]


def run_kb(*args: str, stdin: str | None = None) -> str:
    proc = subprocess.run(kb_command() + list(args), input=stdin, capture_output=True, text=True)
    if proc.returncode not in (0, 1):  # 1: some file failed, reported on stderr and kept in the snapshot
        sys.exit(f"export_diff: kb {' '.join(args[:2])} failed ({proc.returncode}): {proc.stderr[-500:]}")
    return proc.stdout


def stable_rows(jsonl: str) -> list[str]:
    rows = []
    for line in jsonl.splitlines():
        if line.strip():
            row = {k: v for k, v in json.loads(line).items() if k not in RUN_TIME_FIELDS}
            rows.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return sorted(rows)


def snapshot_corpus(name: str, folder: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "snap.db")
        run_kb("add", "--db", db, str(folder))
        for table in TABLES:
            rows = stable_rows(run_kb("export", table, "--db", db, "--format", "jsonl"))
            (out / f"{name}-{table}.jsonl").write_text("".join(r + "\n" for r in rows), encoding="utf-8")


def peer_inputs() -> list[str]:
    lines = []
    for suite in sorted((SHARED / "peer-suites").glob("*.jsonl")):
        for line in suite.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                lines.append(json.dumps({"text": case["text"], "lang": case["lang"],
                                         "published": (case.get("reference_time") or PEER_DEFAULT_DATE)[:10]}, ensure_ascii=False))
    return lines


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, folder in CORPORA.items():
        if folder.is_dir():
            snapshot_corpus(name, folder, out)
            print(f"{name}: {folder}", file=sys.stderr)
    inputs = peer_inputs()
    if inputs:
        answers = run_kb("extract", "--jsonl", stdin="\n".join(inputs) + "\n").splitlines()
        (out / "peer-extract.jsonl").write_text(
            "".join(f"{i}\t{a}\n" for i, a in zip(inputs, answers)), encoding="utf-8")
        print(f"peer suites: {len(inputs)} cases", file=sys.stderr)


def compare(before: Path, after: Path, show: int) -> int:
    names = sorted({p.name for p in before.glob("*.jsonl")} | {p.name for p in after.glob("*.jsonl")})
    differing = 0
    for name in names:
        old = Counter(read_lines(before / name))
        new = Counter(read_lines(after / name))
        gone, came = old - new, new - old
        if not gone and not came:
            print(f"same     {name} ({sum(old.values())} rows)")
            continue
        differing += 1
        print(f"DIFFERS  {name}: {sum(gone.values())} rows only before, {sum(came.values())} only after")
        for label, rows in (("-", gone), ("+", came)):
            for row in list(rows.elements())[:show]:
                print(f"  {label} {row[:400]}")
    return 1 if differing else 0


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    snap = sub.add_parser("snapshot", help="write every export and the peer answers into a folder")
    snap.add_argument("out", type=Path)
    comp = sub.add_parser("compare", help="rows that differ between two snapshots (exit 1 if any)")
    comp.add_argument("before", type=Path)
    comp.add_argument("after", type=Path)
    comp.add_argument("--show", type=int, default=5, help="rows to print per side and table")
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        snapshot(args.out)
        return 0
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
