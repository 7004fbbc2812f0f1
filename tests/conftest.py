from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import cli

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SAMPLE = sorted(CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def runner():
    return CliRunner()


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory, runner) -> Path:
    """The sample corpus, built once into a temporary database."""
    db = tmp_path_factory.mktemp("corpus") / "claims.db"
    result = runner.invoke(cli, ["add", "--db", str(db), *map(str, SAMPLE)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def corpus_copy(corpus_db, tmp_path) -> Path:
    """A private copy of the sample database, for tests that write."""
    target = tmp_path / "claims.db"
    shutil.copy(corpus_db, target)
    return target


def run(runner, *args) -> str:
    """Invoke kb with these arguments; it must succeed."""
    result = runner.invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def jsonl(output: str) -> list[dict]:
    import json
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def article_text(name_part: str) -> str:
    return next(p for p in SAMPLE if name_part in p.name).read_text(encoding="utf-8")
