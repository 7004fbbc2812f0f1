"""Fuzz `kb extract --jsonl` and `kb add` with generated bad input; every failure must be a clear error.

    python benchmarks/fuzz.py --inputs 10000          # 10,000 lines through extract, 10,000 files through add
    python benchmarks/fuzz.py --inputs 200 --seed 7   # a quick run
    python benchmarks/fuzz.py --inputs 5000 --only extract & python benchmarks/fuzz.py --inputs 5000 --only add

Inputs: random bytes; random Unicode with right-to-left text, combining marks and odd spaces; numbers
and dates in odd shapes; very long lines; deeply nested brackets; each mixed with words of the domain.
Checked: no traceback anywhere; `kb extract --jsonl` answers every line with one JSON line (an error
line for a bad one); `kb add` accounts for every input (added + unchanged + failed), each failure is one
`error:` line, and the database's derived tables agree with a rebuild afterwards.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ["SpaceX", "xAI", "Starlink", "raised", "billion", "miljard", "satellites", "satellieten", "in", "by",
         "2026", "Q3", "launch", "lanceert", "op", "the", "de", "datacenter", "gigawatt", "%", "$", "€", "Tesla"]
ODD_NUMBERS = ["1.2.3.4", "12/31/99999", "$$$5", "€-0,0,0", "2026-02-30", "1e309", "٣٤٥", "１２３", "0x1F",
               "-−–5", "5,,000", "3½", "⅔ miljard", "10^12", "NaN dollar", "∞ GW", "99999999999999999999999 km",
               "31-13-2026", "week 54 of 2026", "Q5 2026", "Feb 29, 2027", "25:61", "1.000.000,000.00 euro",
               "Jan 0", "0 januari 0000", "the 0th of never", "2026-W60"]
RTL = "".join(chr(c) for c in range(0x05D0, 0x05EA)) + "".join(chr(c) for c in range(0x0627, 0x064A))
COMBINING = "".join(chr(c) for c in range(0x0300, 0x036F))
ODD_SPACE = "\u200b\u200e\u200f\u202e\u2066\u00a0\u2028\u3000\ufeff\t\r"


def random_unicode(rng: random.Random) -> str:
    out = []
    for _ in range(rng.randint(1, 120)):
        pick = rng.random()
        if pick < 0.3:
            out.append(rng.choice(WORDS))
        elif pick < 0.45:
            out.append("".join(rng.choice(RTL) for _ in range(rng.randint(1, 8))))
        elif pick < 0.6:
            out.append(rng.choice(WORDS) + "".join(rng.choice(COMBINING) for _ in range(rng.randint(1, 6))))
        elif pick < 0.7:
            out.append(rng.choice(ODD_SPACE))
        elif pick < 0.85:
            out.append(rng.choice(ODD_NUMBERS))
        else:
            out.append(chr(rng.randint(0x20, 0x2FFFF)) if rng.random() < 0.5 else chr(rng.randint(0x1F300, 0x1FAFF)))
    return " ".join(out)


def odd_numbers(rng: random.Random) -> str:
    return " ".join(rng.choice(ODD_NUMBERS + WORDS) for _ in range(rng.randint(3, 40)))


def long_line(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS + ODD_NUMBERS) for _ in range(rng.randint(LONG_LINE_WORDS // 4, LONG_LINE_WORDS)))


LONG_LINE_WORDS = 4_000  # words on one line without a break: --long-line-words raises it


def nested(rng: random.Random) -> str:
    depth = rng.randint(50, 1_000)
    kind = rng.choice(["()", "[]", "{}", "«»", "“”"])
    return kind[0] * depth + "SpaceX raised $5 billion in 2026" + kind[1] * rng.randint(0, depth)


def random_bytes(rng: random.Random) -> bytes:
    return bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 400)))


TEXT_MAKERS = [(random_unicode, 0.5), (odd_numbers, 0.35), (nested, 0.13), (long_line, 0.02)]


def make_text(rng: random.Random) -> str:
    maker = rng.choices([m for m, _ in TEXT_MAKERS], weights=[w for _, w in TEXT_MAKERS])[0]
    return maker(rng)


def kb() -> str:
    local = ROOT / ".venv" / "bin" / "kb"
    return str(local) if local.exists() else "kb"


def fuzz_extract(n: int, rng: random.Random) -> dict:
    lines = []
    for _ in range(n):
        text = make_text(rng)
        item = {"text": text, "lang": rng.choice(["nl", "en", "en", "xx"]),
                "published": rng.choice(["2026-01-01", "2026-02", None, "not-a-date", "2026-13-45"])}
        lines.append(json.dumps(item) if rng.random() > 0.03 else rng.choice(["", "{", "[]", "null", "\"x\""]))
    started = time.monotonic()
    proc = subprocess.run([kb(), "extract", "--jsonl"], input="\n".join(lines) + "\n", capture_output=True,
                          text=True, errors="replace")
    answers = proc.stdout.splitlines()
    problems = []
    if "Traceback" in proc.stderr:
        problems.append("a traceback on stderr")
    if len(answers) != len(lines):
        problems.append(f"{len(lines)} lines in, {len(answers)} out")
    errors = 0
    for answer in answers:
        try:
            errors += "error" in json.loads(answer)
        except json.JSONDecodeError:
            problems.append(f"not JSON: {answer[:80]}")
    return {"inputs": n, "error_lines": errors, "exit": proc.returncode, "tracebacks": proc.stderr.count("Traceback"),
            "seconds": round(time.monotonic() - started, 1), "problems": problems[:5]}


def fuzz_add(n: int, rng: random.Random, per_run: int = 1000) -> dict:
    totals = {"inputs": n, "added": 0, "unchanged": 0, "failed": 0, "tracebacks": 0, "problems": []}
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "fuzz.db"
        for run_start in range(0, n, per_run):
            folder = Path(tmp) / f"run{run_start}"
            folder.mkdir()
            count = min(per_run, n - run_start)
            for i in range(count):
                path = folder / f"{i:05d}{rng.choice(['.txt', '.md', '.html'])}"
                if rng.random() < 0.15:
                    path.write_bytes(random_bytes(rng))
                else:
                    text = make_text(rng)
                    if rng.random() < 0.2:
                        text = f"---\npublished: {rng.choice(['2026-02', 'x', '2026-02-30'])}\nurl: " \
                               f"{rng.choice(['javascript:x', 'https://example.org/a'])}\n---\n{text}"
                    path.write_text(text, encoding="utf-8", errors="surrogatepass")
            proc = subprocess.run([kb(), "add", "--db", str(db), str(folder)], capture_output=True, text=True,
                                  errors="replace")
            check_add_run(proc, count, totals)
        totals["derived_tables_agree"] = derived_agree(db)
    totals["seconds"] = round(time.monotonic() - started, 1)
    totals["problems"] = totals["problems"][:5]
    return totals


def check_add_run(proc, count: int, totals: dict) -> None:
    totals["tracebacks"] += proc.stderr.count("Traceback")
    lines = proc.stderr.splitlines()
    summary = next((line for line in reversed(lines) if line.startswith("added ")), None)
    if summary is None:
        totals["problems"].append(f"no summary (exit {proc.returncode}): {proc.stderr[-200:]}")
        return
    added, unchanged, failed = (int(part.split()[-1]) for part in summary.split(", "))
    totals["added"] += added
    totals["unchanged"] += unchanged
    totals["failed"] += failed
    if added + unchanged + failed != count:
        totals["problems"].append(f"{count} inputs, but {summary}")
    if failed != sum(1 for line in lines if line.startswith("error: ")):
        totals["problems"].append(f"{failed} failed, but not as many error lines")
    if proc.returncode != (1 if failed else 0):
        totals["problems"].append(f"exit {proc.returncode} with {failed} failed")


def derived_agree(db: Path) -> bool:
    sys.path.insert(0, str(ROOT))
    from kb.derived import TABLES, rebuild_all
    from kb.schema import open_db

    database = open_db(db)
    names = [*TABLES, "facet_counts"]
    kept = {n: sorted(map(repr, database.execute(f"select * from [{n}]").fetchall())) for n in names}
    rebuild_all(database)
    return kept == {n: sorted(map(repr, database.execute(f"select * from [{n}]").fetchall())) for n in names}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=10_000, help="inputs for each of extract and add")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", choices=["extract", "add"], help="fuzz one command (run the two side by side)")
    parser.add_argument("--long-line-words", type=int, default=LONG_LINE_WORDS)
    args = parser.parse_args(argv)
    globals()["LONG_LINE_WORDS"] = args.long_line_words
    rng = random.Random(args.seed)
    report = {}
    if args.only in (None, "extract"):
        report["extract"] = fuzz_extract(args.inputs, rng)
    if args.only in (None, "add"):
        report["add"] = fuzz_add(args.inputs, rng)
    print(json.dumps(report, indent=2))
    bad = any(part["tracebacks"] or part["problems"] for part in report.values()) \
        or not report.get("add", {}).get("derived_tables_agree", True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
