"""Peer suites (Recognizers-Text, Duckling, dateparser, quantulum3, num2words) through kb extract --jsonl."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, SHARED

PEER = SHARED / "tools" / "peer.py"
BASELINE = json.loads(Path(__file__).with_name("peer_baseline.json").read_text())["floors"]


@pytest.fixture(scope="module")
def peer_output():
    if not PEER.exists():
        pytest.skip("../shared/tools/peer.py is not beside the project")
    kb = Path(sys.executable).with_name("kb")
    proc = subprocess.run([sys.executable, str(PEER), "--cli", str(kb)], capture_output=True, text=True,
                          cwd=ROOT, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    rates = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2 and "/" in parts[1] and parts[0] in BASELINE:
            passed, total = parts[1].split("/")
            rates[parts[0]] = int(passed) / int(total)
    return rates


@pytest.mark.parametrize("group, floor", sorted(BASELINE.items()))
def test_peer_floor(peer_output, group, floor):
    assert group in peer_output, f"peer.py printed no line for {group}"
    assert peer_output[group] >= floor - 1e-9, f"{group}: {peer_output[group]:.3f} fell below its floor {floor}"
