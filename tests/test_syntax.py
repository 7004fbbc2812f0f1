"""The trained syntax shipped in ingest/syntax: loaded once, tagged and parsed as a reader would expect."""
from __future__ import annotations

import json

import pytest

from ingest.nlp import SYNTAX, load_pipeline, with_syntax

FLOORS = {"nl": {"upos": 0.92, "las": 0.70}, "en": {"upos": 0.94, "las": 0.80}}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_shipped_pipelines_carry_their_licence_sources_and_scores(lang):
    meta = json.loads((SYNTAX / lang / "meta.json").read_text())
    assert meta["license"] == "CC BY-SA 4.0" and meta["sources"]
    assert list((SYNTAX / lang).glob("LICENSE-*"))
    for measure, floor in FLOORS[lang].items():
        assert meta["kb_test_scores"][measure] >= floor
    size = sum(p.stat().st_size for p in (SYNTAX / lang).rglob("*") if p.is_file())
    assert size <= 25 * 1024 * 1024


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_pipeline_runs_the_syntax_before_our_components(lang):
    names = load_pipeline(lang).pipe_names
    assert names.index("parser") < names.index("kb_entities") and "morphologizer" in names


def parsed(lang: str, text: str):
    doc = load_pipeline(lang)(text)
    return doc, {t.text: t for t in doc}


def test_a_dutch_past_tense_verb_heads_its_subject_and_object():
    doc, t = parsed("nl", "Het bedrijf lanceerde gisteren twintig satellieten vanuit Florida.")
    assert t["lanceerde"].pos_ == "VERB" and t["lanceerde"].morph.get("Tense") == ["Past"]
    assert t["lanceerde"].dep_ == "ROOT"
    assert t["bedrijf"].dep_ == "nsubj" and t["bedrijf"].head == t["lanceerde"]
    assert t["satellieten"].head == t["lanceerde"] and t["satellieten"].dep_ == "obj"


def test_a_dutch_future_has_its_auxiliary_in_the_present():
    doc, t = parsed("nl", "De start-up zal volgend jaar een eigen raket bouwen.")
    assert t["zal"].pos_ == "AUX" and t["zal"].head == t["bouwen"]
    assert t["bouwen"].morph.get("VerbForm") == ["Inf"]


def test_an_english_sentence_with_a_possessive_and_an_object():
    doc, t = parsed("en", "The company's new rocket carried 40 satellites last week.")
    assert t["carried"].dep_ == "ROOT" and t["carried"].morph.get("Tense") == ["Past"]
    assert t["rocket"].dep_ == "nsubj" and t["company"].dep_ == "nmod:poss"
    assert t["satellites"].dep_ == "obj" and t["40"].pos_ == "NUM"


def test_an_initialism_does_not_end_the_sentence():
    doc, t = parsed("en", "The U.S. Space Force will pay the firm for nine launches. It said so on Monday.")
    assert [s.text for s in doc.sents] == ["The U.S. Space Force will pay the firm for nine launches.",
                                          "It said so on Monday."]
    assert t["U.S."].pos_ == "PROPN"


def test_without_syntax_the_rules_run_on_a_blank_pipeline(monkeypatch):
    monkeypatch.setenv("KB_SYNTAX", "0")
    assert with_syntax("nl") is None
