"""Kill `kb add` at random moments and run writers side by side; count what was lost.

    python benchmarks/robustness.py --kills 20 --pairs 5

Kills: `kb add` of the sample and dev corpora is killed with SIGKILL after a random delay; then the
derived tables must agree with a rebuild, and a second `kb add` must bring every article in.
Pairs: two `kb add` runs start at once on a new database with overlapping inputs; every article must
be stored, with no "database is locked" and no traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kb.derived import TABLES, rebuild_all  # noqa: E402
from kb.schema import open_db  # noqa: E402

INPUTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT.parent / "shared" / "dev-corpus" / "articles").glob("*.txt"))
KB = str(ROOT / ".venv" / "bin" / "kb") if (ROOT / ".venv" / "bin" / "kb").exists() else "kb"


def derived_agree(db_path: Path) -> bool:
    db = open_db(db_path)
    names = [*TABLES, "facet_counts"]
    kept = {n: sorted(map(repr, db.execute(f"select * from [{n}]").fetchall())) for n in names}
    rebuild_all(db)
    return kept == {n: sorted(map(repr, db.execute(f"select * from [{n}]").fetchall())) for n in names}


def stored(db_path: Path) -> int:
    return open_db(db_path).execute("select count(*) from articles").fetchone()[0]


def kill_trial(rng: random.Random, tmp: Path) -> dict:
    db = tmp / f"kill-{rng.random():.6f}.db"
    proc = subprocess.Popen([KB, "add", "--db", str(db), *map(str, INPUTS)], stderr=subprocess.PIPE, text=True)
    time.sleep(rng.uniform(2.0, 25.0))
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    err = proc.communicate()[1]
    agree = derived_agree(db) if db.exists() else True
    before = stored(db) if db.exists() else 0
    again = subprocess.run([KB, "add", "--db", str(db), *map(str, INPUTS)], capture_output=True, text=True)
    return {"killed": killed, "stored_at_kill": before, "derived_agree": agree, "lost": len(INPUTS) - stored(db),
            "tracebacks": err.count("Traceback") + again.stderr.count("Traceback")}


def pair_trial(tmp: Path, n: int) -> dict:
    db = tmp / f"pair-{n}.db"
    half = len(INPUTS) // 2
    parts = (INPUTS[:half + 3], INPUTS[half - 3:])
    procs = [subprocess.Popen([KB, "add", "--db", str(db), *map(str, part)], stderr=subprocess.PIPE, text=True)
             for part in parts]
    errs = [p.communicate()[1] for p in procs]
    return {"exit": [p.returncode for p in procs], "lost": len(INPUTS) - stored(db),
            "locked": sum(e.count("locked") for e in errs), "tracebacks": sum(e.count("Traceback") for e in errs),
            "derived_agree": derived_agree(db)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        kills = [kill_trial(rng, Path(tmp)) for _ in range(args.kills)]
        pairs = [pair_trial(Path(tmp), n) for n in range(args.pairs)]
    report = {
        "inputs": len(INPUTS),
        "kill_trials": len(kills), "killed_mid_run": sum(k["killed"] for k in kills),
        "kill_articles_lost": sum(k["lost"] for k in kills),
        "kill_derived_disagreed": sum(not k["derived_agree"] for k in kills),
        "pair_trials": len(pairs), "pair_articles_lost": sum(p["lost"] for p in pairs),
        "pair_locked_errors": sum(p["locked"] for p in pairs),
        "pair_nonzero_exits": sum(code != 0 for p in pairs for code in p["exit"]),
        "pair_derived_disagreed": sum(not p["derived_agree"] for p in pairs),
        "tracebacks": sum(k["tracebacks"] for k in kills) + sum(p["tracebacks"] for p in pairs),
    }
    print(json.dumps(report, indent=2))
    bad = (report["kill_articles_lost"] or report["kill_derived_disagreed"] or report["pair_articles_lost"]
           or report["pair_locked_errors"] or report["pair_nonzero_exits"] or report["tracebacks"]
           or report["pair_derived_disagreed"])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
