from __future__ import annotations

import io

import pytest

from ingest.detect import detect_language, find_published_in_text
from ingest.sources import ReadError, article_id, read_article

from .conftest import SAMPLE


def test_sample_articles_get_dates_from_their_text():
    published = {p.name: read_article(str(p)).published for p in SAMPLE}
    assert published == {
        "2025-10-03-bezos-ruimte-datacenters.nl.txt": "2025-10-03",
        "2026-01-29-china-ruimte-datacentra.nl.txt": "2026-01-29",
        "2026-02-08-xai-spacex-fusie.nl.txt": "2026-02-08",
    }


def test_sample_articles_are_dutch():
    assert {read_article(str(p)).lang for p in SAMPLE} == {"nl"}


@pytest.mark.parametrize("text, expected", [
    ("Beijing, donderdag, 29 januari 2026.\nChina plant ...", "2026-01-29"),
    ("Titel\n\n2026-01-29 buitenland\n\nTekst", "2026-01-29"),
    (" date 2025-10-03 Amazon-oprichter ...", "2025-10-03"),
    ("Washington, January 21, 2026 - SpaceX said", "2026-01-21"),
    ("Gepubliceerd: 3 oktober 2025\nTekst", "2025-10-03"),
    ("Geen datum hier, alleen tekst over 2030.", None),
    ("LONG BEACH, Calif., Aug. 7, 2026 — Rocket Lab said Thursday it booked a record 27 launch contracts in the "
     "second quarter, lifting its order backlog to $1.1 billion.", "2026-08-07"),  # the body goes on after the dash
    ("Titel\n3 november 2026, 14:05\nTekst", "2026-11-03"),
    ("Title\nBy Jane Doe | Nov 3, 2026\nBody", "2026-11-03"),
    ("Title\nTue November 3, 2026\nBody", "2026-11-03"),
    ("SpaceX to launch on March 3, 2026\n\nBody text", None),  # a headline names no place
    ("12 satellieten gelanceerd op 3 maart 2026\nTekst", None),
])
def test_publication_date_in_text(text, expected):
    assert find_published_in_text(text) == expected


def test_language_detection():
    assert detect_language("De raket werd gelanceerd en het bedrijf haalde geld op voor de missie.") == "nl"
    assert detect_language("The rocket was launched and the company raised money for the mission.") == "en"
    assert detect_language("12345 678") is None


def test_front_matter_sets_metadata(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nurl: https://example.org/a\npublished: 2026-03-01\nlanguage: en\ntitle: A\n---\n"
                    "SpaceX raised $2 billion.\n", encoding="utf-8")
    article = read_article(str(path))
    assert (article.url, article.source, article.published, article.lang, article.title) == (
        "https://example.org/a", "https://example.org/a", "2026-03-01", "en", "A")
    assert article.text == "SpaceX raised $2 billion.\n"
    assert article.id == article_id(article.text)


def test_overrides_win(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2026-02-08 De raket van SpaceX.", encoding="utf-8")
    article = read_article(str(path), published="2026-02-09", lang="en", title="T", url="https://x.test/a")
    assert (article.published, article.lang, article.title, article.source) == ("2026-02-09", "en", "T", "https://x.test/a")


def test_html_file(tmp_path):
    path = tmp_path / "a.html"
    body = "<p>" + "SpaceX haalde 20 miljard dollar op bij investeerders in januari. " * 5 + "</p>"
    path.write_text(f"<html><head><title>Ruimte</title><meta name='date' content='2026-01-15'></head>"
                    f"<body><article><h1>Ruimte</h1>{body}</article></body></html>", encoding="utf-8")
    article = read_article(str(path))
    assert "20 miljard dollar" in article.text and "<p>" not in article.text
    assert article.published == "2026-01-15"
    assert article.lang == "nl"


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("date 2026-02-08 Tesla bouwt robots."))
    article = read_article("-")
    assert article.source == "-" and article.published == "2026-02-08"


def test_no_date_gives_warning_and_null(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("SpaceX wil binnen vijf jaar datacenters lanceren.", encoding="utf-8")
    article = read_article(str(path))
    assert article.published is None
    assert any("no publication date" in w for w in article.warnings)


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "no such file"),
    (lambda p: p.write_bytes(b"\xff\xfe\x00bad"), "not UTF-8 text"),
    (lambda p: p.write_text("   \n", encoding="utf-8"), "no article text found"),
    (lambda p: p.write_text("---\n: [\n---\nx", encoding="utf-8"), "front matter is not valid YAML"),
])
def test_bad_input_raises_read_error(tmp_path, setup, message):
    path = tmp_path / "bad.txt"
    setup(path)
    with pytest.raises(ReadError) as e:
        read_article(str(path))
    assert str(e.value) == f"{path}: {message}" or str(e.value).startswith(f"{path}: {message}")


def test_unreachable_url_is_a_clear_error():
    with pytest.raises(ReadError) as e:
        read_article("http://127.0.0.1:9/nothing-listens-here")
    assert str(e.value).startswith("http://127.0.0.1:9/nothing-listens-here: could not fetch")


def test_front_matter_with_colons_in_an_unquoted_title(tmp_path):
    p = tmp_path / "a.nl.md"
    p.write_text("---\ntitle: Rekenen aan datacenters: de fysica wint\npublished: 2026-05-30\nlang: nl\n---\n\n"
                 "SpaceX lanceerde 40 satellieten.", encoding="utf-8")
    article = read_article(str(p))
    assert (article.title, article.published, article.lang) == ("Rekenen aan datacenters: de fysica wint", "2026-05-30", "nl")


@pytest.mark.parametrize("value, expected", [
    ("2025-07-04", "2025-07-04"), ("2025-07", "2025-07"), ("2025", "2025"), ("2025-7-4", "2025-07-04"),
    ("2026-02-08T10:00:00Z", "2026-02-08"), ("2026-13-45", None), ("2026-02-30", None), ("2025-13", None),
    ("next tuesday", None), ("not-a-date", None),
])
def test_publication_dates_keep_their_precision(value, expected):
    from ingest.detect import parse_date_value
    assert parse_date_value(value) == expected


def test_a_month_publication_date_dates_a_present_state_in_that_month(tmp_path):
    from ingest.pipeline import extract
    path = tmp_path / "state.md"
    path.write_text("---\npublished: 2024-12\nlanguage: en\n---\nSpaceX operates more than 6,000 satellites.\n",
                    encoding="utf-8")
    article = read_article(str(path))
    assert article.published == "2024-12"
    claim = next(iter(extract([article]))).claims[0]
    assert (claim.value, claim.unit, claim.period_start, claim.period_end, claim.period_source) == (
        6000, "satellites", "2024-12-01", "2024-12-31", "published")


def test_a_month_publication_date_resolves_relative_times(tmp_path):
    from ingest.pipeline import extract
    path = tmp_path / "plan.md"
    path.write_text("---\npublished: 2024-12\nlanguage: nl\n---\nSpaceX wil volgend jaar 200 lanceringen uitvoeren.\n",
                    encoding="utf-8")
    claim = next(iter(extract([read_article(str(path))]))).claims[0]
    assert (claim.value, claim.period_start, claim.period_end) == (200, "2025-01-01", "2025-12-31")


def test_a_front_matter_date_that_is_no_date_is_named_in_the_warning(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\npublished: not-a-date\nlanguage: en\n---\nSpaceX launched 12 satellites.\n", encoding="utf-8")
    assert any("'not-a-date'" in w and "not a date" in w for w in read_article(str(path)).warnings)


@pytest.mark.parametrize("first, title", [
    ("Orbital Forge opent fabriek", "Orbital Forge opent fabriek"),
    ("date 2026-04-02 Orbital Forge zegt dat het binnen vijf jaar tien fabrieken in een baan om de aarde bouwt. "
     "Het bedrijf haalde daarvoor geld op.",
     "Orbital Forge zegt dat het binnen vijf jaar tien fabrieken in een baan om de aarde bouwt."),
    ("Orbital Forge says it will build ten factories in orbit within five years, open a second plant near the coast, "
     "hire engineers and sell capacity to others",
     "Orbital Forge says it will build ten factories in orbit within five years, open a second plant near the coast, hire…"),
])
def test_a_title_from_the_first_line_is_its_first_sentence_cut_at_a_word(first, title):
    from ingest.sources import first_line
    assert first_line(first + "\n\nThe body follows.") == title


@pytest.mark.parametrize("text, lang, year", [
    ("Orbitra closed out 2025 with 40 launches. In 2025 it also hired staff. It wants 90 launches by 2030.", "en", "2025"),
    ("Orbitra was founded in 2015 and wants 90 launches by 2030.", "en", None),  # one mention: a founding year
    ("Orbitra wil tegen 2030 en tot 2030 groeien.", "nl", None),  # deadlines, not moments
    ("In 2024 groeide Orbitra. In 2025 groeide het weer, en ook eind 2025.", "nl", "2025"),
])
def test_the_year_an_undated_text_is_told_from(text, lang, year):
    from ingest.detect import year_written_in
    assert year_written_in(text, lang) == year


def test_an_undated_article_counts_its_relative_times_from_the_year_it_tells_of(tmp_path):
    from ingest.pipeline import extract
    path = tmp_path / "undated.md"
    path.write_text("---\nlanguage: en\n---\nOrbitra Labs closed out 2025 with 40 launches, after 30 launches in 2024. "
                    "In 2025 the firm also flew twice as many missions as its rival this year.\n", encoding="utf-8")
    article = read_article(str(path))
    extracted = next(iter(extract([article])))
    assert article.published is None  # the year is used to read the text, never stored as its date
    multiple = next(c for c in extracted.claims if c.unit == "times")
    assert (multiple.period_start, multiple.period_end) == ("2025-01-01", "2025-12-31")
    state = extract([read_article_text("Orbitra Labs has 300 employees. It flew in 2025 and again in 2025.")])
    assert [(c.period_start, c.period_end, c.period_source) for c in next(state).claims if c.value == 300] == [
        ("2025-01-01", "2025-12-31", "told")]  # a state dated by the year the text tells of, and saying so


def read_article_text(text):
    from ingest.records import Article
    return Article(id="undated", text=text, source="-", lang="en", published=None)
