"""The quality gate: the shared scorer on the sample corpus, held to floors that only rise."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CORPUS, ROOT, SHARED

BASELINE = Path(__file__).with_name("quality_baseline.json")
SCORER = SHARED / "tools" / "score.py"


@pytest.fixture(scope="module")
def scores():
    if not SCORER.exists():
        pytest.skip("../shared/tools/score.py is not beside the project")
    kb = Path(sys.executable).with_name("kb")
    proc = subprocess.run([sys.executable, str(SCORER), "--corpus", str(CORPUS), "--gold", str(SHARED / "gold"),
                           "--cli", str(kb), "--json"], capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.JSONDecoder().raw_decode(proc.stdout.strip())[0]


@pytest.mark.parametrize("metric, floor", sorted(json.loads(BASELINE.read_text())["floors"].items()))
def test_floor(scores, metric, floor):
    assert scores[metric] >= floor, f"{metric}={scores[metric]} fell below its floor {floor}"
