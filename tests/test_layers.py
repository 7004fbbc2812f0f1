"""The layering written down in pyproject.toml ([tool.importlinter]) holds: no import cycle, no stage reaching up."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def test_the_import_contracts_hold():
    proc = subprocess.run([str(Path(sys.executable).with_name("lint-imports"))], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout and proc.stdout.count(" KEPT") == 4
