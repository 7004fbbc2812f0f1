"""The layering written down in pyproject.toml ([tool.importlinter]) holds: no import cycle, no stage reaching up; the
data files the stages read say each thing once."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT


def test_the_import_contracts_hold():
    proc = subprocess.run([str(Path(sys.executable).with_name("lint-imports"))], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 broken" in proc.stdout and proc.stdout.count(" KEPT") == 9


def test_every_component_finds_what_it_requires_before_it():
    """Components declare what they assign and require (ingest/components/extensions.py registers the
    extensions once); spaCy's own analysis of both pipelines finds nothing missing."""
    from ingest.nlp import load_pipeline
    for lang in ("nl", "en"):
        analysis = load_pipeline(lang).analyze_pipes(pretty=False)
        assert not any(analysis["problems"].values()), analysis["problems"]
        ours = {name: analysis["summary"][name] for name in ("kb_periods", "kb_overlaps", "kb_discourse",
                                                             "kb_claims", "kb_relations")}
        assert all(summary["requires"] for summary in ours.values())


def test_each_extension_has_one_writer():
    """No component rewrites another's output: every doc._ extension is assigned by exactly one component."""
    from ingest.nlp import load_pipeline
    for lang in ("nl", "en"):
        summary = load_pipeline(lang).analyze_pipes(pretty=False)["summary"]
        writers = [attr for meta in summary.values() for attr in meta["assigns"] if attr.startswith("doc._.")]
        assert len(writers) == len(set(writers)) and "doc._.kb_mentions" in writers, writers


def test_a_key_given_twice_in_a_data_file_is_an_error_naming_it(tmp_path):
    """YAML would keep the second list without a word, and the first would silently stop counting."""
    from ingest.lexicons import DataError, read_yaml
    path = tmp_path / "words.yml"
    path.write_text("units: [km]\nkinds: [fact]\nunits: [m]\n", encoding="utf-8")
    with pytest.raises(DataError, match="words.yml: line 3: the key 'units' is given twice"):
        read_yaml(path)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_shipped_data_files_give_each_key_once(lang):
    from ingest.lexicons import DATA, load_registry, read_yaml
    assert read_yaml(DATA / "lexicons" / f"{lang}.yml") and read_yaml(DATA / "lexicons" / "shared.yml") and load_registry()
