"""The quality gate: the shared scorer on the sample corpus and on the dev corpus of real news,
held to floors (and ceilings) that only move the right way."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

BASELINE = json.loads(Path(__file__).with_name("quality_baseline.json").read_text())["corpora"]
SCORER = SHARED / "tools" / "score.py"


def corpus_dir(name: str) -> Path:
    return ROOT / "corpus" if name == "corpus" else SHARED / name


@pytest.fixture(scope="module")
def scores():
    if not SCORER.exists():
        pytest.skip("../shared/tools/score.py is not beside the project")
    kb = Path(sys.executable).with_name("kb")
    measured = {}
    for name, spec in BASELINE.items():
        corpus, gold = corpus_dir(spec["corpus"]), SHARED / spec["gold"]
        if not corpus.is_dir() or not gold.is_dir():
            continue
        proc = subprocess.run([sys.executable, str(SCORER), "--corpus", str(corpus), "--gold", str(gold),
                               "--cli", str(kb), "--json"], capture_output=True, text=True, cwd=ROOT, timeout=900)
        assert proc.returncode == 0, proc.stderr
        measured[name] = json.JSONDecoder().raw_decode(proc.stdout.strip())[0]
    return measured


def bounds(kind: str) -> list[tuple[str, str, float]]:
    return sorted((name, metric, value) for name, spec in BASELINE.items() for metric, value in spec[kind].items())


@pytest.mark.parametrize("corpus, metric, floor", bounds("floors"))
def test_floor(scores, corpus, metric, floor):
    if corpus not in scores:
        pytest.skip(f"the {corpus} corpus is not beside the project")
    assert scores[corpus][metric] >= floor, f"{corpus}: {metric}={scores[corpus][metric]} fell below its floor {floor}"


@pytest.mark.parametrize("corpus, metric, ceiling", bounds("ceilings"))
def test_ceiling(scores, corpus, metric, ceiling):
    if corpus not in scores:
        pytest.skip(f"the {corpus} corpus is not beside the project")
    assert scores[corpus][metric] <= ceiling, f"{corpus}: {metric}={scores[corpus][metric]} rose above its ceiling {ceiling}"
