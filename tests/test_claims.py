"""Claims and relations: on the Dutch sample and on an English article written for the tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.pipeline import extract, extract_text
from ingest.sources import read_article
from kb.cli import cli

ENGLISH = Path(__file__).parent / "data" / "orbital-compute-race.en.md"


@pytest.fixture(scope="module")
def english():
    return next(extract([read_article(str(ENGLISH))]))


def claim_tuples(ex):
    return {(c.subject_name, c.metric, c.value, c.unit, c.period_start, c.period_end, c.kind, c.claimant)
            for c in ex.claims}


def test_english_claims(english):
    claims = claim_tuples(english)
    assert ("SpaceX", "funding_raised", 4.5e9, "USD", "2026-02-01", "2026-02-28", "fact", "Reuters") in claims
    assert ("SpaceX", "valuation", 1.4e12, "USD", "2026-03-10", "2026-03-10", "estimate", None) in claims
    assert ("Blue Origin", "launch", None, None, "2026-03-10", "2029-03-10", "forecast", "Jeff Bezos") in claims
    assert ("Amazon", "investment", 2e9, "USD", "2025-01-01", "2025-12-31", "fact", None) in claims
    assert ("Starcloud", "compute", 300, "GPUs", "2026-03-10", "2027-12-31", "plan", None) in claims
    assert ("Tesla", "growth", 12, "%", "2026-01-01", "2026-06-30", "fact", None) in claims


def test_english_relations(english):
    rels = {(r.subject_name, r.relation, r.object_name) for r in english.relations}
    assert {("Amazon", "invested_in", "Project Kuiper"), ("Jensen Huang", "ceo_of", "Nvidia"),
            ("Tesla", "supplies", "xAI")} <= rels


def test_english_unregistered_person(english):
    assert any(m.name == "Jensen Huang" and not m.registered for m in english.mentions)


def test_every_claim_points_to_its_sentence(english):
    by_index = {s.index: s for s in english.sentences}
    for c in english.claims:
        s = by_index[c.sentence]
        assert s.start <= c.start < c.end <= s.end
        assert english.article.text[c.start:c.end] == c.text


def dutch(text, published="2026-02-08"):
    doc = extract_text(text, "nl", published)
    return [(c["subject_name"], c["metric"], c["value"], c["unit"], c["period_start"], c["kind"], c["claimant"])
            for c in doc._.kb_claims]


def test_the_company_points_back():
    claims = dutch("xAI is klein. In 2025 verbrandde het bedrijf al 9 miljard dollar.")
    assert ("xAI", "cash_burn", 9e9, "USD", "2025-01-01", "fact", None) in claims


def test_claimant_after_according_to_and_speech_verbs():
    assert dutch("Volgens Bloomberg is SpaceX 800 miljard dollar waard.")[0][-1] == "Bloomberg"
    assert dutch("“SpaceX lanceert dit jaar 170 raketten,” zei Musk.")[0][-1] == "Elon Musk"


def test_coordinated_investors_give_one_relation_each():
    doc = extract_text("Begin januari haalde xAI 20 miljard dollar op bij Nvidia, Cisco en Qatar.", "nl", "2026-02-08")
    rels = {(r["subject_name"], r["relation"], r["object_name"]) for r in doc._.kb_relations}
    assert rels >= {("Nvidia", "invested_in", "xAI"), ("Cisco", "invested_in", "xAI"), ("Qatar", "invested_in", "xAI")}


def test_small_bare_numbers_are_not_claims():
    assert dutch("Hier volgen vijf vragen over één groot probleem.") == []


def test_sample_claims_have_provenance(runner, corpus_db):
    rows = [json.loads(x) for x in runner.invoke(cli, ["export", "claims", "--db", str(corpus_db)]).output.splitlines()]
    assert rows and all(r["sentence"] and r["article_id"] and r["text"] for r in rows)
