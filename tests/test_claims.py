"""Claims and relations: on the Dutch sample and on an English article written for the tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.pipeline import extract, extract_text
from ingest.sources import read_article
from kb.cli import cli

ENGLISH = Path(__file__).parent / "data" / "orbital-compute-race.en.md"


def invented(name, kind):
    """An entity made up for a test, registered for it alone."""
    return {"slug": name.lower().replace(" ", "-"), "name": name, "type": kind}


ORBITRA, VEGA, HELIX, ANN_LEE = (invented("Orbitra", "ORG"), invented("Vega", "ORG"), invented("Helix", "PRODUCT"),
                                 invented("Ann Lee", "PERSON"))


@pytest.fixture(scope="module")
def english():
    return next(extract([read_article(str(ENGLISH))]))


def relation_triples(doc):
    return {(r["subject_name"], r["relation"], r["object_name"]) for r in doc._.kb_relations}


def ties_among(text, lang, *invented):
    """The relations of a sentence about invented names, each given as (name, type) to the registry."""
    from ingest.lexicons import slugify
    extra = [{"slug": slugify(name), "name": name, "type": kind} for name, kind in invented]
    return relation_triples(extract_text(text, lang, "2026-03-10", extra_entities=extra))


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


ROUNDUP = Path(__file__).parent / "data" / "launch-market-roundup.en.md"


@pytest.fixture(scope="module")
def roundup():
    return next(extract([read_article(str(ROUNDUP))]))


def test_anaphora_claimants_and_persons_in_english(roundup):
    claims = claim_tuples(roundup)
    # "the start-up" after a person who speaks: the start-up is the subject, the person the claimant
    assert ("Nimbus Compute", "launch", None, None, "2026-10-01", "2026-10-31", "forecast", "Dana Whitfield") in claims
    # "that could value the company at": the company of the same sentence, and a valuation
    assert any(c[:4] == ("SpaceX", "valuation", 1.8e12, "USD") for c in claims)
    # "..., the company said": the company that speaks is the sentence's subject, not the name before the comma
    assert ("Nimbus Compute", "funding_raised", 9e7, "USD", "2026-05-12", "2026-05-12", "fact", "Nimbus Compute") in claims
    assert any(c[0] == "Google" and c[4:] == ("2026-05-14", "2027-04-30", "plan", "Google") for c in claims)
    assert any(m.name == "Dana Whitfield" and m.type == "PERSON" for m in roundup.mentions)


def test_model_names_relatives_and_appositions_in_english(roundup):
    claims = claim_tuples(roundup)
    # "140 Falcon 9 missions": the count is 140, the 9 names the rocket; last year settles the kind
    assert ("SpaceX", "missions_count", 140, "missions", "2025-01-01", "2025-12-31", "fact", None) in claims
    # "Blue Origin, founded ... in 2000, aims to ...": the apposition is a founding fact
    assert ("Blue Origin", "founded", None, None, "2000-01-01", "2000-12-31", "fact", None) in claims
    # "Project Kuiper, which now has 200 satellites": the relative clause is about Kuiper
    assert ("Project Kuiper", "satellite_count", 200, "satellites", "2026-05-14", "2026-05-14", "fact", None) in claims
    # "by the mid-2030s": a deadline in the middle of a decade
    assert ("Launch prices" not in {c[0] for c in claims})
    assert any(c.metric == "price" and c.value == 300 and c.period_end == "2036-12-31" for c in roundup.claims)


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
    rels = relation_triples(doc)
    assert rels >= {("Nvidia", "invested_in", "xAI"), ("Cisco", "invested_in", "xAI"), ("Qatar", "invested_in", "xAI")}


def test_counted_noun_named_before_the_number_and_coordinated_modal():
    claims = dutch("Het aantal klanten van Starlink steeg vorig jaar tot ruim 8 miljoen.")
    assert ("Starlink", "user_count", 8e6, "customers", "2025-01-01", "fact", None) in claims
    claims = dutch("De studie van Airbus kostte 2 miljoen euro en moet voor eind 2026 klaar zijn.")
    assert ("Airbus", "price", 2e6, "EUR", "2026-02-08", "fact", None) in claims


def test_role_words_before_names():
    doc = extract_text("Analisten van Morgan Stanley schatten de omzet van Starlink op 15 miljard dollar.", "nl",
                       "2026-02-08")
    names = {(m["name"], m["type"]) for m in doc._.kb_mentions}
    assert ("Morgan Stanley", "ORG") in names and not any(n.startswith("Analisten") for n, _ in names)
    claim = doc._.kb_claims[0]
    assert (claim["subject_name"], claim["claimant"]) == ("Starlink", "Morgan Stanley")


def test_source_named_in_the_next_sentence():
    claims = dutch("Google wil in 2027 twee testsatellieten lanceren. Dat meldt persbureau Reuters.")
    assert ("Google", "satellite_count", 2, "satellites", "2027-01-01", "plan", "Reuters") in claims


def test_investors_listed_after_a_funding_verb_and_titles_before_names():
    doc = extract_text("Blue Origin haalde vorige maand geld op: 3 miljard dollar bij onder meer Nvidia en het "
                       "Saoedische staatsfonds PIF. Topman Sundar Pichai van Google zei dinsdag niets.", "nl", "2026-09-15")
    rels = relation_triples(doc)
    assert {("Nvidia", "invested_in", "Blue Origin"), ("PIF", "invested_in", "Blue Origin"),
            ("Sundar Pichai", "ceo_of", "Google")} <= rels
    money = [c for c in doc._.kb_claims if c["value"] == 3e9][0]
    assert (money["subject_name"], money["period_start"]) == ("Blue Origin", "2026-08-01")
    assert not [c for c in doc._.kb_claims if c["time_text"] == "dinsdag"]  # the day it was said


def test_a_comparison_base_is_not_the_period():
    claims = dutch("SpaceX lanceerde in het eerste halfjaar 84 raketten, 20 procent meer dan in dezelfde periode "
                   "vorig jaar.", "2026-09-15")
    assert ("SpaceX", "rockets_count", 84, "rockets", "2026-01-01", "fact", None) in claims
    assert not [c for c in claims if c[4] == "2025-01-01"]


def english_claims(text, published="2026-10-02", extra=()):
    doc = extract_text(text, "en", published, extra_entities=list(extra))
    return doc, [(c["subject_name"], c["metric"], c["value"], c["unit"], c["period_start"], c["kind"], c["claimant"])
                 for c in doc._.kb_claims]


def test_described_company_speaker_pronoun_and_glued_units():
    doc, claims = english_claims("SpaceX's Starship flew again. The rocket company, which was valued at $800bn in a share "
                          "sale earlier this year, declined to comment. Airbus said it had taken a 40% stake in the "
                          "French start-up Orbital Forge for €120m. The deal values Orbital Forge at €300m.")
    assert ("SpaceX", "valuation", 8e11, "USD", "2026-01-01", "estimate", None) in claims
    assert ("Airbus", "stake", 40, "%", "2026-10-02", "fact", "Airbus") in claims
    assert ("Orbital Forge", "valuation", 3e8, "EUR", "2026-10-02", "fact", None) in claims
    rels = relation_triples(doc)
    assert ("Airbus", "invested_in", "Orbital Forge") in rels


def test_counted_things_after_a_name_and_places_are_not_subjects():
    _, claims = english_claims("xAI agreed to buy 300,000 Nvidia GPUs. The Musk-led company said the chips would be "
                        "installed at its Colossus site in Memphis by the end of 2027.")
    assert ("xAI", "compute", 300000, "GPUs", "2026-10-02", "fact", None) in claims
    assert not [c for c in claims if c[0] == "Memphis"]


def test_datelines_titled_founders_and_a_later_speaker():
    doc = extract_text("AMSTERDAM - De ruimtevaartorganisatie ESA presenteerde maandag een studie.\n\nGoogle haalde "
                       "in juli 12 miljoen euro op bij Invest-NL. Oprichter Maartje de Groot wil in het derde kwartaal "
                       "van 2027 een satelliet lanceren. Starcloud lanceerde vorig jaar een satelliet, en SpaceX-topman "
                       "Elon Musk zegt dat Starship binnen twee jaar honderd ton kan vervoeren.", "nl", "2026-11-03")
    claims = {(c["subject_name"], c["time_text"], c["claimant"]) for c in doc._.kb_claims}
    assert ("ESA", "maandag", None) in claims
    assert ("Google", "derde kwartaal van 2027", None) in claims
    assert ("Starcloud", "vorig jaar", None) in claims
    assert ("Starship", "binnen twee jaar", "Elon Musk") in claims
    names = {m["name"]: m["type"] for m in doc._.kb_mentions}
    assert names.get("AMSTERDAM") == "GPE" and "Invest-NL" in names


def test_relative_clauses_close_coordinated_verbs_share_and_reported_months_lie_behind():
    doc, claims = english_claims(
        "Relativity Space, which is backed by former Google chief executive Eric Schmidt, raised $500 million at a "
        "$5 billion valuation in March. Amazon has launched more than 200 Kuiper satellites and aims to start "
        "service in early 2027, Chief executive Andy Jassy told investors.", "2026-11-10")
    assert ("Relativity Space", "funding_raised", 5e8, "USD", "2026-03-01", "estimate", None) in claims
    assert ("Relativity Space", "valuation", 5e9, "USD", "2026-03-01", "estimate", None) in claims
    assert ("Amazon", "launch", None, None, "2027-01-01", "plan", "Andy Jassy") in claims
    rels = {(r["subject_name"], r["relation"], r["object_name"], r["period_start"]) for r in doc._.kb_relations}
    assert ("Eric Schmidt", "invested_in", "Relativity Space", None) in rels  # the raise is dated, not the backing
    assert "Chief" not in {m["name"] for m in doc._.kb_mentions}


def test_a_new_level_after_a_verb_of_change_and_a_company_inside_a_phrase():
    claims = dutch("De omzet van Nvidia steeg in het tweede kwartaal met 56 procent tot 46,7 miljard dollar. Dat "
                   "blijkt uit cijfers die het bedrijf woensdag publiceerde. Voor heel 2026 verwacht het concern een "
                   "omzet van ruim 200 miljard dollar.", "2026-08-20")
    assert ("Nvidia", "revenue", 46.7e9, "USD", "2026-04-01", "fact", None) in claims
    assert any(c[:6] == ("Nvidia", "revenue", 2e11, "USD", "2026-01-01", "forecast") for c in claims)
    claims = dutch("Ook ASML profiteert. Het Veldhovense bedrijf verkocht in de eerste helft van het jaar 28 "
                   "EUV-machines.", "2026-08-20")
    assert ("ASML", "machines_count", 28, "machines", "2026-01-01", "fact", None) in claims


def test_backers_model_codes_and_what_was_foreseen():
    doc, claims = english_claims(
        "Nvidia-backed Starcloud plans to launch a satellite carrying an H100 GPU next month; xAI bought 8 H200 chips. "
        "Its chief executive predicted that within five years most new data centers would be in orbit, with 5 "
        "gigawatts of capacity.")
    rels = {(r["subject_name"], r["relation"], r["object_name"], r["period_start"]) for r in doc._.kb_relations}
    assert ("Nvidia", "invested_in", "Starcloud", None) in rels
    assert not [r for r in rels if r[0] == "Starcloud" and r[1] == "plans"]  # the GPU rides inside the satellite
    assert ("Starcloud", "launch", None, None, "2026-11-01", "plan", None) in claims
    assert ("xAI", "compute", 8, "chips", "2026-10-02", "fact", None) in claims
    assert not [c for c in claims if c[3] == "hours"]  # "an H100" is not an hour
    assert any(c[1:6] == ("power", 5, "GW", "2026-10-02", "forecast") for c in claims)


def test_scheduled_events_are_plans_and_months_of_a_named_year():
    claims = dutch("SpaceX lanceert begin volgende maand 40 satellieten. In maart vorig jaar haalde xAI 6 miljard "
                   "dollar op.", "2026-02-20")
    assert ("SpaceX", "satellite_count", 40, "satellites", "2026-03-01", "plan", None) in claims
    assert ("xAI", "funding_raised", 6e9, "USD", "2025-03-01", "fact", None) in claims


def test_times_count_the_event_and_describing_words_before_the_counted_noun():
    claims = dutch("SpaceX lanceerde vorig jaar ruim 165 keer. China zette in mei twaalf satellieten in een baan. "
                   "Het land wil uiteindelijk 2800 van zulke satellieten lanceren. De raket is 10 keer zo groot.",
                   "2026-06-03")
    assert ("SpaceX", "launch_count", 165, "launches", "2025-01-01", "fact", None) in claims
    assert ("China", "satellite_count", 12, "satellites", "2026-05-01", "fact", None) in claims
    assert any(c[:4] == ("China", "satellite_count", 2800, "satellites") and c[5] == "plan" for c in claims)
    assert not [c for c in claims if c[2] == 10]  # a comparison, not ten events
    _, claims = english_claims("SpaceX, which flew its Falcon 9 more than 120 times in the first eight months of the "
                               "year, placed 48 Starlink broadband satellites in orbit in May.", "2026-09-09")
    assert ("SpaceX", "launch_count", 120, "launches", "2026-01-01", "fact", None) in claims
    assert ("SpaceX", "satellite_count", 48, "satellites", "2026-05-01", "fact", None) in claims
    assert not [c for c in claims if c[3] == "months"]


def test_appositions_surnames_bases_and_passive_owners():
    doc, claims = english_claims(
        "MOUNTAIN VIEW, California — Google said on Tuesday it will launch two prototype satellites by early 2027. "
        "Sundar Pichai, Google's chief executive, wrote that costs could fall. \"It works,\" Pichai said. Analysts at "
        "Morgan Stanley see growth. Aetherflux, founded by Robinhood co-founder Baiju Bhatt, has raised $50 million. "
        "Blue Origin launched a rocket. The Kent, Washington-based company, owned by Amazon founder Jeff Bezos, has "
        "struggled to match SpaceX, a Texas-based rival.", "2026-03-18")
    types = {(m["name"], m["type"]) for m in doc._.kb_mentions}
    assert {("MOUNTAIN VIEW", "GPE"), ("Californië", "GPE"), ("Sundar Pichai", "PERSON"), ("Morgan Stanley", "ORG"),
            ("Kent", "GPE"), ("Texas", "GPE")} <= types
    assert "Pichai" not in {m["name"] for m in doc._.kb_mentions}  # the surname is the same person
    assert ("Google", "satellite_count", 2, "satellites", "2026-03-18", "plan", "Google") in claims
    rels = relation_triples(doc)
    assert {("Baiju Bhatt", "founded", "Aetherflux"), ("Jeff Bezos", "owns", "Blue Origin")} <= rels
    assert not [r for r in rels if "Texas" in r or "Kent" in r or "Robinhood" == r[0]]


def test_a_source_after_a_split_verb_and_european_institutions():
    doc = extract_text("BRUSSEL - De Europese Commissie trekt de komende zeven jaar 2,4 miljard euro uit voor een "
                       "studie. Dat maakte eurocommissaris Andrius Kubilius dinsdag bekend.", "nl", "2026-06-03")
    claims = [(c["subject_name"], c["metric"], c["value"], c["claimant"]) for c in doc._.kb_claims]
    assert claims == [("Europese Commissie", "spending", 2.4e9, "Andrius Kubilius")]  # dinsdag dates the saying
    types = {m["name"]: m["type"] for m in doc._.kb_mentions}
    assert types["Andrius Kubilius"] == "PERSON" and types["Brussel"] == "GPE"


def test_the_past_tense_puts_a_yearless_month_behind_and_a_speaking_company_is_the_topic():
    _, claims = english_claims(
        "Aetherflux has raised $50 million. Meanwhile SpaceX told investors its Starlink satellites would each deliver "
        "around 100 kilowatts. The company is targeting 1 million tonnes of payload per year. Amazon asked regulators "
        "in January for an extension. Analysts at Morgan Stanley estimate the market could reach $40 billion by 2035.",
        "2026-09-09")
    assert any(c[:2] == ("SpaceX", "payload_mass") for c in claims)
    assert ("Amazon", "event", None, None, "2026-01-01", "fact", None) in claims
    assert any(c[1:] == ("market_size", 4e10, "USD", "2026-09-09", "forecast", "Morgan Stanley") for c in claims)
    claims = dutch("SpaceX heeft in januari een raket gelanceerd. Blue Origin lanceert in januari een raket.", "2026-09-09")
    assert ("SpaceX", "launch", None, None, "2026-01-01", "fact", None) in claims
    assert ("Blue Origin", "launch", None, None, "2027-01-01", "plan", None) in claims


def test_a_speaker_past_an_apposition_and_a_partner_of_the_owner():
    doc, claims = english_claims(
        "Google said on Tuesday it will launch two satellites carrying its Tensor Processing Units by early 2027, in "
        "partnership with Earth-imaging company Planet Labs. Sundar Pichai, Google's chief executive, wrote that launch "
        "costs could fall below $200 per kilogram by the mid-2030s. Het Frans-Italiaanse bedrijf.", "2026-03-18")
    rels = relation_triples(doc)
    assert ("Google", "partner_of", "Planet Labs") in rels
    assert ("Google", "price", 200, "USD", "2026-03-18", "forecast", "Sundar Pichai") in claims
    assert "Frans" not in {m["name"] for m in doc._.kb_mentions}


def test_versions_lists_compute_units_and_borrowed_dates():
    doc = extract_text("De eerste vlucht van Starship V3 staat gepland voor het derde kwartaal. Volgens ingewijden kost "
                       "elke testvlucht 100 miljoen dollar. Het Chinese ADA Space lanceerde in mei 2025 twaalf "
                       "satellieten met in totaal 744 TOPS aan rekenkracht.", "nl", "2026-04-15")
    claims = [(c["subject_name"], c["metric"], c["value"], c["unit"], c["period_start"], c["kind"]) for c in doc._.kb_claims]
    assert ("Starship", "plan", None, None, "2026-07-01", "plan") in claims
    assert any(c[1:] == ("price", 1e8, "USD", "2026-04-15", "fact") for c in claims)  # the planned quarter is not borrowed
    assert any(c[1:4] == ("compute", 744, "TOPS") for c in claims)
    assert "V3" not in {m["name"] for m in doc._.kb_mentions}
    doc, claims = english_claims("SpaceX plans to list its shares on the Nasdaq as soon as June. Goldman Sachs, Morgan "
                                 "Stanley and Bank of America are leading the offering.", "2026-05-21")
    assert ("SpaceX", "ipo_date", None, None, "2026-06-01", "plan", None) in claims
    assert {"Morgan Stanley", "Bank of America"} <= {m["name"] for m in doc._.kb_mentions}


def test_who_clauses_and_a_company_described_with_its_base():
    _, claims = english_claims(
        "SpaceX filed for an IPO. Elon Musk, who owns about 42% of the company, will retain control. The Hawthorne, "
        "California-based rocket maker, which is seeking to raise as much as $75 billion, said Starlink did well.",
        "2026-05-21")
    assert ("Elon Musk", "stake", 42, "%", "2026-05-21", "estimate", None) in claims  # not the main clause's 'will'
    assert any(c[0] == "SpaceX" and c[2] == 7.5e10 for c in claims)


def test_metrics_and_counted_things_carry_within_a_paragraph_and_governments_are_their_countries():
    doc = extract_text(
        "Volgens analisten zal Starlink dit jaar rond de 16 miljard dollar omzetten. Vorig jaar was dat nog 11,8 "
        "miljard dollar. SpaceX heeft zo'n 9400 satellieten in een baan om de aarde en kreeg toestemming voor nog "
        "eens 7500 exemplaren, in ruim 150 landen.\n\nConcurrent Eutelsat, dat het Britse OneWeb in 2023 overnam, "
        "heeft ongeveer 650 satellieten. De Franse overheid stak begin dit jaar 717 miljoen euro in het bedrijf.",
        "nl", "2026-07-02")
    claims = [(c["subject_name"], c["metric"], c["value"], c["unit"], c["period_start"]) for c in doc._.kb_claims]
    assert ("Starlink", "revenue", 1.18e10, "USD", "2025-01-01") in claims
    assert ("SpaceX", "satellite_count", 7500, "satellites", "2026-07-02") in claims
    assert any(c[1:4] == ("countries_count", 150, "countries") for c in claims)
    assert ("Eutelsat", "satellite_count", 650, "satellites", "2026-07-02") in claims
    assert ("Frankrijk", "investment", 7.17e8, "EUR", "2026-01-01") in claims
    rels = relation_triples(doc)
    assert {("Eutelsat", "acquired", "OneWeb"), ("Frankrijk", "invested_in", "Eutelsat")} <= rels


def test_wire_datelines_short_names_counted_names_and_sources_of_a_new_paragraph():
    doc, claims = english_claims(
        "LONDON, Oct 14 (Reuters) - Putting data centers in orbit is costly, a study by consultancy McKinsey & Company "
        "found. \"It works,\" said Andrea Rossi, a partner at McKinsey. A 1-gigawatt facility would require roughly "
        "10,000 satellites and more than 150 Starship launches. Microsoft's campus is planned for 1.2 GW of capacity."
        "\n\nStill, investors are pouring money in. Funding for start-ups reached $2.3 billion in the first nine "
        "months of 2026, according to data provider PitchBook. Lonestar Data Holdings, which sent a device to the Moon "
        "in March 2025, said last week it had raised $30 million in a Series B round.", "2026-10-14")
    names = {m["name"]: m["type"] for m in doc._.kb_mentions}
    assert names.get("LONDON") == "GPE" and "Putting" not in names and "GW" not in names and "Series" not in names
    assert {m["entity"] for m in doc._.kb_mentions if m["name"].startswith("McKinsey")} == {"mckinsey-company"}
    assert ("Starship", "launch_count", 150, "launches", "2026-10-14", "forecast", None) in claims
    assert any(c[0] != "Starship" and c[1:3] == ("satellite_count", 10000) for c in claims)
    assert ("PitchBook", "funding_raised", 2.3e9, "USD", "2026-01-01", "fact", "PitchBook") in claims
    assert ("Lonestar", "funding_raised", 3e7, "USD", "2026-10-05", "fact", "Lonestar") in claims


def test_counts_that_look_like_years_cuts_savings_and_looking_back():
    claims = dutch(
        "Airbus Defence and Space schrapt de komende anderhalf jaar ruim 2000 banen. De reorganisatie moet uiterlijk "
        "medio 2028 jaarlijks zo'n 600 miljoen euro besparen. Het netwerk kost 10,6 miljard euro, waarvan de Europese "
        "Commissie 2,4 miljard betaalt. Het marktaandeel van Europese bouwers daalde in vijf jaar van 40 naar minder "
        "dan 15 procent. ESA-directeur Josef Aschbacher wil uiterlijk eind dit decennium een eigen constellatie.",
        "2026-09-23")
    assert any(c[1:4] == ("job_cuts", 2000, "jobs") for c in claims)  # not the year 2000
    assert any(c[1:4] == ("savings", 6e8, "EUR") and c[5] == "plan" for c in claims)
    assert any(c[2] == 2.4e9 and c[3] == "EUR" for c in claims)
    assert any(c[2] == 15 and c[4] == "2021-09-23" and c[5] == "fact" for c in claims)
    assert ("ESA", "plan", None, None, "2026-09-23", "plan", None) in claims


def test_names_opening_a_sentence_and_appositions_after_a_person():
    doc, claims = english_claims(
        "SAN FRANCISCO (AP) — Crusoe, the data center developer valued at $13 billion, plans a cloud module. Starcloud "
        "chief executive Philip Johnston spoke. Johnston, a former McKinsey consultant, co-founded Starcloud in 2024. "
        "The Redmond, Washington start-up has raised about $34 million to date. Caleb Henry, director of research at "
        "Quilty Space, was skeptical. My dentist uses up to date equipment.", "2026-11-18")
    types = {m["name"]: m["type"] for m in doc._.kb_mentions}
    assert types.get("Crusoe") == "ORG" and types.get("AP") != "GPE" and types.get("Caleb Henry") == "PERSON"
    assert types.get("Redmond") != "ORG"
    rels = relation_triples(doc)
    assert ("Philip Johnston", "founded", "Starcloud") in rels
    assert ("Crusoe", "valuation", 1.3e10, "USD") == claims[0][:4]
    assert ("Starcloud", "funding_raised", 3.4e7, "USD", "2026-11-18", "estimate", None) in claims
    assert not [t for t in doc._.kb_periods if "up to date" in doc.text[t["start"] - 3:t["end"]]]


def test_places_inside_names_acronyms_and_old_plans():
    doc = extract_text(
        "SHANGHAI - Het Chinese staatsbedrijf China SatNet heeft sinds eind 2024 ruim 100 satellieten gelanceerd, "
        "schrijft de Hongkongse krant South China Morning Post op basis van documenten van de overheid.\n\n"
        "Het rivaliserende netwerk van Shanghai Spacecom Satellite Technology (SSST) loopt achter op schema. Het "
        "bedrijf wilde eind 2025 al 648 satellieten in de ruimte hebben. Directeur Zhang Wei van SSST erkende dat. "
        "LandSpace lanceerde zijn Zhuque-3 in december en haalde in januari 1,2 miljard yuan op.", "nl", "2026-03-09")
    names = {m["name"] for m in doc._.kb_mentions}
    assert {"China SatNet", "South China Morning Post", "Shanghai Spacecom Satellite Technology", "Zhang Wei"} <= names
    assert "SSST" not in names and "Zhang Wei van SSST" not in names
    claims = [(c["subject_name"], c["metric"], c["value"], c["unit"], c["period_start"], c["kind"]) for c in doc._.kb_claims]
    assert ("Shanghai Spacecom Satellite Technology", "satellite_count", 648, "satellites", "2025-09-01", "plan") in claims
    assert any(c[2:5] == (1.2e9, "CNY", "2026-01-01") for c in claims)  # not 'januari 1'
    assert not [c for c in claims if c[4] and c[4].endswith("-12-03")]  # 'Zhuque-3 in december' is no day


def test_weekdays_before_amounts_sources_with_a_described_title_and_temperatures():
    doc = extract_text(
        "Dat is evenveel als 2,5 miljoen Nederlandse huishoudens. Volgens TU Delft-onderzoeker Marieke de Vries kan "
        "een radiator zo'n 300 watt afvoeren bij 20 graden Celsius. Volgens analisten zal de omzet van Starlink "
        "groeien tot 5 miljard dollar. SpaceX-concurrent Rocket Lab zag zijn aandelen dinsdag 4 procent dalen.",
        "nl", "2026-05-30")
    claims = [(c["subject_name"], c["metric"], c["value"], c["unit"], c["period_start"], c["claimant"])
              for c in doc._.kb_claims]
    assert any(c[1:4] == ("households_count", 2.5e6, "households") for c in claims)
    assert any(c[1:4] == ("temperature", 20, "degC") for c in claims)
    assert any(c[2:4] == (300, "W") and c[5] == "Marieke de Vries" for c in claims)
    assert any(c[:4] == ("Starlink", "revenue", 5e9, "USD") for c in claims)  # a new level, not a bound
    assert ("Rocket Lab", "growth", -4, "%", "2026-05-26", None) in claims  # the Tuesday before, not the 4th
    assert "Celsius" not in {m["name"] for m in doc._.kb_mentions}


def test_hyphenated_quarters_investments_as_nouns_and_the_present_not_borrowing_a_past_half():
    doc, claims = english_claims(
        "Tesla shareholders approved a $2 billion investment in xAI on Thursday. The electric carmaker reported "
        "second-quarter revenue of $24.1 billion. xAI burned through roughly $1.5 billion a month in the first half, "
        "The Information reported. The combined company is valued at $1.25 trillion.", "2026-07-23")
    assert any(c[:5] == ("Tesla", "revenue", 2.41e10, "USD", "2026-04-01") for c in claims)  # "second-quarter"
    assert ("xAI", "cash_burn", 1.5e9, "USD", "2026-01-01", "estimate", "The Information") in claims
    assert ("xAI", "valuation", 1.25e12, "USD", "2026-07-23", "estimate", None) in claims
    rels = relation_triples(doc)
    assert ("Tesla", "invested_in", "xAI") in rels


def test_a_source_after_its_verb_is_no_topic_and_dutch_verb_final_ties():
    doc = extract_text(
        "Elon Musk heeft maandag bekendgemaakt dat SpaceX het AI-bedrijf xAI overneemt. De fusie waardeert het "
        "bedrijf op 1250 miljard dollar, meldt persbureau Bloomberg. Volgens Musk moet de combinatie binnen drie "
        "jaar de goedkoopste leverancier van rekenkracht worden. Het bedrijf hoopt 50 miljard dollar op te halen.",
        "nl", "2026-02-03")
    claims = [(c["subject_name"], c["metric"], c["period_start"], c["kind"], c["claimant"]) for c in doc._.kb_claims]
    assert not [c for c in claims if c[0] == "Bloomberg"]
    assert any(c[1] == "valuation" and c[2] == "2026-02-03" and c[4] == "Bloomberg" for c in claims)  # not Monday
    assert claims[-1][1:4] == ("funding_raised", "2026-02-03", "plan")  # 'hoopt ... op te halen
    rels = relation_triples(doc)
    assert ("SpaceX", "acquired", "xAI") in rels


def test_investors_past_a_possessive_names_are_not_cues_and_other_segments_keep_their_events():
    doc, claims = english_claims(
        "British start-up Orbital Vault has raised £18.5m to build data storage on the Moon, in a round led by the "
        "UK's National Security Strategic Investment Fund. The company, founded in 2023 by former Airbus engineers, "
        "plans a first demonstration in 2028 and says it could store up to 50 petabytes by 2032.", "2026-10-20")
    rels = relation_triples(doc)
    assert rels == {("National Security Strategic Investment Fund", "invested_in", "Orbital Vault")}
    assert ("Orbital Vault", "plan", None, None, "2028-01-01", "plan", None) in claims  # not 'founded'
    assert any(c[1:4] == ("data_capacity", 50, "PB") for c in claims)


def test_a_start_up_is_not_the_company_introduced_as_a_chipmaker():
    doc = extract_text(
        "Chipfabrikant Nvidia neemt een minderheidsbelang van 15 procent in het Duitse The Exploration Company, dat "
        "capsules bouwt. Het bedrijf uit München wordt op 1,8 miljard euro gewaardeerd.\n\nDe start-up kwam vorig "
        "jaar uit op een omzet van 42 miljoen euro.", "nl", "2026-04-02")
    claims = [(c["subject_name"], c["metric"], c["value"]) for c in doc._.kb_claims]
    assert ("The Exploration Company", "revenue", 4.2e7) in claims
    rels = relation_triples(doc)
    assert ("Nvidia", "invested_in", "The Exploration Company") in rels


def test_a_titled_persons_employer_is_the_topic_of_what_follows():
    claims = dutch("Topman Sundar Pichai van Google zei dinsdag dat datacenters in de ruimte normaal worden. Volgens "
                   "hem daalt de prijs van een lancering tegen het einde van het decennium tot onder de 200 dollar.",
                   "2026-09-15")
    assert any(c[0] == "Google" and c[2] == 200 and c[6] == "Sundar Pichai" for c in claims)


def test_names_ending_in_a_plural_and_listings():
    doc, claims = english_claims(
        "ADA Space, which listed in Hong Kong in 2025, said its first batch worked. Its shares have risen 85% this "
        "year, said Laura Grego, a senior scientist at the Union of Concerned Scientists.", "2026-06-12")
    names = {m["name"]: m["type"] for m in doc._.kb_mentions}
    assert "Union of Concerned Scientists" in names and names.get("Hongkong") == "GPE"
    assert ("ADA Space", "ipo_date", None, None, "2025-01-01", "fact", "ADA Space") in claims
    assert any(c[:4] == ("ADA Space", "growth", 85, "%") for c in claims)


def test_his_company_and_we_in_a_quote_point_to_the_speakers_company():
    claims = dutch(
        "Philip Johnston, medeoprichter en topman van het Amerikaanse Starcloud, is stellig. Zijn bedrijf lanceerde in "
        "november vorig jaar een satelliet met een H100-chip van Nvidia aan boord. 'We hebben inmiddels 170 miljoen "
        "dollar opgehaald,' aldus Johnston. Starcloud heeft 45 medewerkers.", "2026-08-14")
    assert ("Starcloud", "launch", None, None, "2025-11-01", "fact", None) in claims
    assert any(c[:4] == ("Starcloud", "funding_raised", 1.7e8, "USD") for c in claims)
    assert any(c[:4] == ("Starcloud", "employee_count", 45, "employees") for c in claims)


def test_a_window_counts_from_when_it_was_said_and_a_company_speaks_of_itself():
    _, claims = english_claims(
        "Elon Musk said in January that SpaceX would launch its first AI satellites within two to three years. "
        "SpaceX now says the first orbital compute test will fly in the second quarter of 2027, according to a "
        "filing with the Federal Communications Commission.", "2026-12-01")
    assert any(c[0] == "SpaceX" and c[4].startswith("2028-01") and c[6] == "Elon Musk" for c in claims)
    assert ("SpaceX", "launch", None, None, "2027-04-01", "plan", "SpaceX") in claims


def test_small_bare_numbers_are_not_claims():
    assert dutch("Hier volgen vijf vragen over één groot probleem.") == []


def test_sample_claims_have_provenance(runner, corpus_db):
    rows = [json.loads(x) for x in runner.invoke(cli, ["export", "claims", "--db", str(corpus_db)]).output.splitlines()]
    assert rows and all(r["sentence"] and r["article_id"] and r["text"] for r in rows)


def test_each_speaker_of_a_sentence_speaks_for_his_own_clause():
    doc, claims = english_claims("Blue Origin has said it could fly 40 satellites within three years, while Google "
                                 "announced in March that it would launch two satellites by early 2027.", "2026-05-18")
    two = next(c for c in claims if c[2] == 2)
    assert (two[0], two[5], two[6]) == ("Google", "plan", "Google")  # its own plan, not Blue Origin's words
    forty = next(c for c in doc._.kb_claims if c["value"] == 40)
    assert (forty["subject_name"], forty["period_start"], forty["period_end"]) == ("Blue Origin", "2026-05-18", "2029-05-18")


def test_a_company_anaphor_after_a_speakers_post_is_his_organization():
    _, claims = english_claims('"We are ready," said Jane Roe, chief executive of Planet Labs, adding that the company '
                               'plans to launch 30 satellites next year.')
    assert claims[0][:3] == ("Planet Labs", "satellite_count", 30)


def test_operations_per_second_measure_compute():
    _, claims = english_claims("Each satellite can process 300 trillion operations per second.")
    assert claims[0][1:4] == ("compute", 3e14, "OPS")


def test_a_day_after_the_speaker_dates_the_saying():
    doc = extract_text('"De lancering slaagde," zei NASA-directeur Jane Roe dinsdag in Washington. NASA wil in 2027 '
                       'vier satellieten lanceren.', "nl", "2026-03-04")
    assert doc._.kb_sentence_info[0].claimant.name == "Jane Roe"  # not NASA, which names her post
    assert not any(c["time_text"] == "dinsdag" for c in doc._.kb_claims)  # when it was said, not an event


def test_base_of_a_comparison_keeps_its_own_year_and_sources_are_not_counted():
    doc, claims = english_claims("Revenue at Aetherflux was $3.2 million last year, up from $400,000 in 2024, according to "
                                 "two people familiar with the matter.", "2026-07-09")
    periods = {c["value"]: c["period_start"] for c in doc._.kb_claims}
    assert periods[3.2e6] == "2025-01-01" and periods[4e5] == "2024-01-01"
    assert 2 not in periods  # two people are the source, not a count


def test_chips_named_by_maker_and_model_and_staff_counts():
    _, claims = english_claims("The satellite carries 64 Nvidia H100 chips. Aetherflux employs 85 people.")
    assert ("chips", 64) in {(c[3], c[2]) for c in claims}
    assert ("Aetherflux", "employee_count", 85, "people") in {c[:4] for c in claims}


def test_dutch_outlook_backlog_and_surname_particles():
    claims = dutch("Voor heel 2026 rekent Demcon Space op een omzet tussen 180 en 200 miljoen euro. De orderportefeuille "
                   "groeide tot 310 miljoen euro, zei topman Frank van der Berg.", "2026-10-15")
    assert ("Demcon Space", "revenue", None, "EUR", "2026-01-01", "forecast") in {c[:6] for c in claims}
    # the company that spoke in the sentence before is what its chief executive speaks of
    assert ("Demcon Space", "order_backlog", 3.1e8, "EUR", "Frank van der Berg") in {c[:4] + c[6:] for c in claims}


def test_post_owner_partitive_counts_and_the_time_of_telling():
    doc, claims = english_claims("Dana Cole, Aetherflux's chief executive, told employees in a memo on Monday that the "
                                 "company would cut about 10% of its workforce. Amazon has put more than 150 of its "
                                 "satellites into orbit, two of its own rockets among them.", "2026-09-21")
    assert ("Aetherflux", 10, "Dana Cole") in {(c[0], c[2], c[6]) for c in claims}
    assert not any(c["time_text"] == "on Monday" for c in doc._.kb_claims)  # when it was told
    assert ("Amazon", "satellite_count", 150, "satellites") in {c[:4] for c in claims}
    assert not any(c[2] == 2 for c in claims)  # two of its own rockets: a reference, not a count


@pytest.mark.parametrize("text, lang", [
    ("Jeff Bezos founded Blue Origin in 2000.", "en"),
    ("Blue Origin, which Bezos founded in 2000, plans an IPO.", "en"),
    ("Blue Origin, the rocket company Bezos founded in 2000, plans an IPO.", "en"),
    ("Blue Origin, het raketbedrijf dat Bezos in 2000 oprichtte, wil naar de beurs.", "nl"),
    ("In 2000 richtte Bezos het raketbedrijf Blue Origin op.", "nl"),
])
def test_a_founding_dates_the_company_and_ties_its_founder(text, lang):
    doc = extract_text(text, lang, "2026-09-21")
    assert ("Jeff Bezos", "founded", "Blue Origin") in relation_triples(doc)
    founded = [c for c in doc._.kb_claims if c["metric"] == "founded"]
    assert [(c["subject_name"], c["period_start"]) for c in founded] == [("Blue Origin", "2000-01-01")]


def test_a_described_person_speaks_and_opening_speech_dates_the_saying():
    doc, claims = english_claims("Jeff Bezos expects data centers in orbit within 20 years. Speaking in Turin last "
                                 "October, the Amazon founder said solar power in space would beat anything on Earth.",
                                 "2026-09-21")
    assert doc._.kb_sentence_info[1].claimant.name == "Jeff Bezos"
    assert not any(c["time_text"] == "last October" for c in doc._.kb_claims)


def test_a_sentence_opening_with_it_speaks_of_the_company_before():
    _, claims = english_claims("Amazon has put 150 satellites into orbit. It must have 1,618 satellites in space by July "
                               "2026, a deadline it asked the FCC to extend. It is unclear whether the FCC will agree.",
                               "2026-03-21")
    assert ("Amazon", "satellite_count", 1618) in {c[:3] for c in claims}


def test_a_source_after_its_description_is_no_topic():
    claims = dutch("SpaceX wil volgend jaar naar de beurs. Dat schrijft de Amerikaanse zakenkrant The Wall Street "
                   "Journal. De beursgang zou tussen de 60 en 75 miljard dollar moeten opleveren.", "2026-06-03")
    assert claims[0][0] == "SpaceX" and claims[0][-1] == "The Wall Street Journal"
    assert all(c[0] == "SpaceX" for c in claims if c[3] == "USD")  # the source is not what the next sentence is about


def test_a_quote_does_not_set_the_tense_of_its_sentence():
    from ingest.dates import find_times
    t = find_times('Op X schreef hij dinsdag alleen: "We gaan naar Mars."', "nl", "2026-06-03")[0]
    assert t["period_start"] == "2026-06-02"


def test_wire_dateline_of_the_day_before_and_coordinated_counts():
    doc, claims = english_claims("AUSTIN, Texas, Nov 6 (Wire) - Tesla shareholders on Thursday approved a proposal. "
                                 "About 1.06 billion shares were voted in favour and 916 million against.", "2026-11-07")
    assert not any(c["time_text"] == "Nov 6" for c in doc._.kb_claims)  # the dateline dates the article
    assert ("shares", 916e6) in {(c[3], c[2]) for c in claims}


def test_the_speaker_stands_before_the_verb_and_it_is_burning():
    doc, claims = english_claims("xAI was valued at $230 billion in its latest round. It is burning roughly $1 billion "
                                 "a month as it builds a supercomputer in Memphis, which will use 550,000 Nvidia chips. "
                                 "Musk has said xAI could reach its goal as early as 2027.", "2026-11-07")
    assert ("xAI", "cash_burn", 1e9) in {c[:3] for c in claims}
    assert next(c for c in claims if c[3] == "chips")[0] != "Memphis"  # a place in a phrase is no relative head
    assert doc._.kb_sentence_info[2].claimant.name == "Elon Musk"


def test_a_name_in_an_apposition_describes_and_a_weekday_before_a_decimal():
    claims = dutch("De aandelen van Alphabet, het moederbedrijf van Google, stegen woensdag 2,4 procent tot 284 dollar.",
                   "2025-11-05")
    assert ("Alphabet", "growth", 2.4, "%", "2025-11-05") in {c[:5] for c in claims}
    assert ("Alphabet", "share_price", 284, "USD") in {c[:4] for c in claims}


def test_a_relative_pronoun_that_acts_is_its_head():
    _, claims = english_claims("xAI, which merged with social media platform X in March, was valued at $230 billion.",
                               "2026-11-07")
    assert ("xAI", "2026-03-01") in {(c[0], c[4]) for c in claims if c[1] == "merger"}


def test_a_price_on_a_vehicle_is_its_price_and_a_word_before_a_percentage_is_no_name():
    doc, claims = english_claims("Launch costs have fallen from about $65,000 per kilogram on the Space Shuttle to roughly "
                                 "$1,500 on a Falcon 9. Only 3% of investors expect profits.", "2026-08-12")
    assert {(c[0], c[2]) for c in claims if c[3] == "USD"} == {("Space Shuttle", 65000), ("Falcon 9", 1500)}
    assert not any(m["name"].startswith("Only") for m in doc._.kb_mentions)


@pytest.mark.parametrize("sentence, subject, claimant", [
    ("Orbital Forge, a start-up backed by Nvidia, said on Monday it had raised $180 million.", "Orbital Forge", "Orbital Forge"),
    ("Dana Cole, Aetherflux's chief executive, said the company spent $10 million.", "Aetherflux", "Dana Cole"),
    ("Dana Cole, the chief executive of Aetherflux, said the company spent $10 million.", "Aetherflux", "Dana Cole"),
])
def test_the_name_before_an_apposition_speaks_not_the_name_inside_it(sentence, subject, claimant):
    _, claims = english_claims(sentence)
    assert [(c[0], c[6]) for c in claims] == [(subject, claimant)]


def test_a_time_right_after_an_amount_dates_it_even_when_vague():
    _, claims = english_claims("Launch prices fell from about $10,000 per kilogram in 2010 to under $2,000 today.", "2026-03-17")
    assert {(c[2], c[4]) for c in claims} == {(10000, "2010-01-01"), (2000, "2026-03-17")}


def test_a_past_sentence_that_goes_on_about_the_one_before_keeps_its_time():
    doc = extract_text("SpaceX heeft dinsdag een Starship gelanceerd. De raket bracht twintig Starlink-satellieten in een baan om "
                       "de aarde. Het bedrijf telt inmiddels 45 medewerkers.", "nl", "2026-04-22")
    dated = {c["value"]: c["period_start"] for c in doc._.kb_claims if c["value"]}
    assert dated == {20: "2026-04-21", 45: "2026-04-22"}  # 'inmiddels' is now, not Tuesday


def test_the_speaker_before_an_apposition_is_the_one_backed():
    doc = extract_text("Orbital Forge, a start-up backed by Nvidia, said on Monday it had raised $180 million.", "en", "2026-03-17")
    assert ("Nvidia", "invested_in", "Orbital Forge") in {(r["subject_name"], r["relation"], r["object_name"])
                                                          for r in doc._.kb_relations}


def test_a_founding_in_a_description_keeps_to_its_own_times():
    doc = extract_text("Blue Origin, the rocket company founded by Jeff Bezos, has booked 12 launches this year.", "en", "2026-06-09")
    ties = {(r["subject_name"], r["relation"], r["object_name"]): r["period_start"] for r in doc._.kb_relations}
    assert ties[("Jeff Bezos", "founded", "Blue Origin")] is None  # 'this year' dates the booking


@pytest.mark.parametrize("text, lang, expected", [
    ("Orbitra Labs, set to report its results on October 30, booked $3.1 billion in revenue in the second quarter.",
     "en", ("2025-04-01", "2025-06-30")),
    ("Orbitra Labs, dat op 30 oktober zijn cijfers publiceert, boekte in het tweede kwartaal 3,1 miljard euro omzet.",
     "nl", ("2025-04-01", "2025-06-30")),
])
def test_a_time_in_an_aside_between_commas_yields_to_the_figures_own(text, lang, expected):
    doc = extract_text(text, lang, "2025-10-20", extra_entities=[{"slug": "orbitra", "name": "Orbitra Labs", "type": "ORG"}])
    assert [(c["subject_name"], c["period_start"], c["period_end"]) for c in doc._.kb_claims if c["value"]] == \
        [("Orbitra Labs", *expected)]


def test_analysts_forecast_the_market_and_each_speaker_keeps_his_clause():
    doc, claims = english_claims("Not everyone agrees. Bernstein analysts wrote in a note that orbital compute would stay "
                                 "a niche until at least 2030, while Ark Invest predicted the market would be worth "
                                 "$1 trillion by 2032.", "2026-06-09")
    assert {m["name"]: m["type"] for m in doc._.kb_mentions if m["name"] in ("Bernstein", "Ark Invest")} == \
        {"Bernstein": "ORG", "Ark Invest": "ORG"}
    money = next(c for c in claims if c[2] == 1e12)
    assert (money[1], money[5], money[6]) == ("market_size", "forecast", "Ark Invest")
    niche = next(c for c in doc._.kb_claims if c["period_start"] == "2030-01-01")
    assert (niche["kind"], niche["claimant"]) == ("forecast", "Bernstein")  # not Bernstein's own plan


def test_a_future_state_told_by_a_source_is_a_forecast_and_a_market_value_a_valuation():
    doc = extract_text("Volgens ING is de markt in 2030 ruim 50 miljard euro waard.", "nl", "2026-06-09")
    assert [(c["metric"], c["kind"]) for c in doc._.kb_claims] == [("market_size", "forecast")]
    _, claims = english_claims("Nvidia shares rose 4% on Monday. The chipmaker's market value reached $4.6 trillion.")
    assert "valuation" in {c[1] for c in claims if c[2] == 4.6e12}


def test_the_owner_that_opens_a_clause_is_its_subject_not_a_name_in_a_phrase():
    _, claims = english_claims("SpaceX grew fast. The company's filing with the Federal Communications Commission puts "
                               "the figure at 15,000 satellites.")
    assert [c[0] for c in claims if c[2] == 15000] == ["SpaceX"]


def test_a_vague_now_does_not_date_a_plan_that_names_its_year():
    doc = extract_text("Amazon wil met Kuiper, inmiddels omgedoopt tot Amazon Leo, in 2027 commerciële diensten aanbieden.",
                       "nl", "2026-07-02")
    plans = [r for r in doc._.kb_relations if r["relation"] == "plans"]
    assert plans and all(r["period_start"] == "2027-01-01" for r in plans)


def test_a_full_year_guidance_is_a_forecast_for_this_year():
    _, claims = english_claims("Rocket Lab raised its full-year guidance to between $720 million and $760 million.", "2026-08-07")
    assert [(c[1], c[4], c[5]) for c in claims] == [("guidance", "2026-01-01", "forecast")]


def test_a_bare_base_of_comparison_counts_the_same_things_in_its_own_time():
    _, claims = english_claims("Rocket Lab has launched 14 Electron missions so far this year, compared with 16 in all "
                               "of 2025.", "2026-08-07")
    assert {(c[2], c[3], c[4]) for c in claims} == {(14, "missions", "2026-01-01"), (16, "missions", "2025-01-01")}
    doc = extract_text("Het bedrijf telt inmiddels 45 medewerkers, tegen twaalf een jaar eerder.", "nl", "2026-08-07")
    assert [(c["value"], c["period_start"]) for c in doc._.kb_claims] == [(45, "2026-08-07"), (12, "2025-08-07")]
    doc = extract_text("Het bedrijf telt inmiddels 45 medewerkers, tegen twaalf vroeger.", "nl", "2026-08-07")
    assert [c["value"] for c in doc._.kb_claims] == [45]  # a base without a time of its own is left out


def test_a_base_a_year_earlier_lies_a_year_before_the_compared_figure():
    _, claims = english_claims("SpaceX booked revenue of $5.2 billion in the third quarter, up from $4.1 billion a year "
                               "earlier. Starlink had 8 million subscribers at the end of June, up from 6 million a year "
                               "earlier.", "2026-11-14")
    assert [(c[2], c[4]) for c in claims] == [(5.2e9, "2026-07-01"), (4.1e9, "2025-07-01"), (8e6, "2026-06-21"), (6e6, "2025-06-21")]


def test_a_compound_anaphor_a_compound_title_and_a_ratio():
    doc = extract_text("Google werkt aan een plan samen met satellietbedrijf Planet. De zoekgigant denkt dat de lanceerkosten "
                       "kunnen dalen tot minder dan 200 dollar per kilogram. “De zon levert 100 biljoen keer meer energie "
                       "dan de mensheid verbruikt”, zei hij.", "nl", "2025-11-05")
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims] == [("Google", 200)]  # not the ratio
    assert {m["name"]: m["type"] for m in doc._.kb_mentions}["Planet"] == "ORG"


def test_later_this_year_is_a_plan_after_the_day_of_writing():
    doc = extract_text("Amazon lanceert nog dit jaar 80 Kuiper-satellieten.", "nl", "2025-11-05")
    assert [(c["period_start"], c["kind"]) for c in doc._.kb_claims] == [("2025-11-06", "plan")]


def test_a_thing_of_the_subject_is_no_topic():
    _, claims = english_claims("Rocket Lab reported revenue of $178.4 million. The company expects its Neutron rocket to fly "
                               "in 2027. Chief executive Peter Beck said the backlog stood at $1.1 billion.", "2026-08-07")
    assert [c[0] for c in claims if c[2] == 1.1e9] == ["Rocket Lab"]


def test_a_place_in_a_speaking_opener_and_people_who_speak_are_neither_subject_nor_count():
    _, claims = english_claims("Speaking at a conference in Riyadh on Tuesday, Musk said the first batch would fly in the first "
                               "half of next year. SpaceX's valuation rose to $1.5 trillion, two people familiar with the "
                               "matter said.", "2026-10-20")
    assert [c[0] for c in claims if c[1] != "valuation"] == ["Elon Musk"]
    assert not [c for c in claims if c[3] == "people"]


def test_money_per_unit_after_a_slash_is_a_price_and_pounds_of_cargo_weigh():
    _, claims = english_claims("Starship will cut launch costs to $200/kg by 2028. The rocket can carry 220,000 pounds of "
                               "cargo to orbit.", "2026-05-01")
    assert [(c[1], c[2], c[3]) for c in claims if c[3] == "USD"] == [("price", 200, "USD")]
    assert [c[2] for c in claims if c[3] == "lb"] == [220000]


def test_a_possessed_company_a_relative_clause_time_and_a_clause_after_as():
    doc, claims = english_claims("SpaceX has told investors it plans to launch its first satellites in late 2027, two people "
                                 "familiar with the matter said, as Elon Musk's rocket company seeks a valuation of about "
                                 "$1.5 trillion. The company, which merged with xAI in February, expects the network to reach "
                                 "100 gigawatts within five years.", "2026-11-20")
    assert [(c[0], c[4]) for c in claims if c[1] == "valuation"] == [("SpaceX", "2026-11-20")]  # not late 2027
    assert [(c[0], c[4]) for c in claims if c[3] == "GW"] == [("SpaceX", "2026-11-20")]  # five years from today, not from February
    assert ("spacex", "merged_with", "xai") in {(r["subject"], r["relation"], r["object"]) for r in doc._.kb_relations}


def test_a_whole_title_before_a_name_a_hyphenated_name_and_founded_by_a_possessed_person():
    doc = extract_text("Rival Blue Origin, founded by Amazon's Jeff Bezos, said on Tuesday it had won a contract. Starcloud "
                       "raised $170 million in a round led by In-Q-Tel last month, Chief Executive Philip Johnston said.",
                       "en", "2026-11-20")
    names = {m["name"]: m["type"] for m in doc._.kb_mentions}
    assert names.get("Philip Johnston") == "PERSON" and names.get("In-Q-Tel") == "ORG"
    ties = {(r["subject"], r["relation"], r["object"]) for r in doc._.kb_relations}
    assert {("jeff-bezos", "founded", "blue-origin"), ("in-q-tel", "invested_in", "starcloud")} <= ties


def test_a_relative_clause_in_an_apposition_and_a_saying_time_before_what_was_said():
    doc = extract_text("Chipmaker Nvidia steekt 500 miljoen dollar in Starcloud, een Amerikaanse start-up die datacenters "
                       "in de ruimte wil bouwen. Topman Philip Johnston zei eerder dit jaar dat de kosten tegen 2030 onder "
                       "de 500 dollar moeten zakken. Vorige maand maakte SpaceX bekend dat het bedrijf in het derde "
                       "kwartaal 5,2 miljard dollar omzet boekte.", "nl", "2026-11-21")
    claims = [(c["subject_name"], c["metric"], c["kind"], c["time_text"]) for c in doc._.kb_claims]
    assert ("Nvidia", "investment", "fact", None) in claims  # the start-up's wish is not Nvidia's plan
    assert not [c for c in claims if c[1] == "event"]  # "eerder dit jaar" and "vorige maand" date the saying
    assert ("SpaceX", "revenue", "fact", "derde kwartaal") in claims


def test_an_institution_named_after_a_place_and_a_quote_told_by_a_titled_speaker():
    doc = extract_text("Bank of America is more cautious.\n\n\"We think the first clusters will be online by 2028,\" said "
                       "Anna Reyes, chief executive of Lumen Systems, a startup that has raised $60 million.", "en", "2026-09-14")
    assert {m["name"]: m["type"] for m in doc._.kb_mentions}.get("Bank of America") == "ORG"
    claims = [(c["subject_name"], c["value"], c["claimant"]) for c in doc._.kb_claims]
    assert sorted(claims, key=str) == [("Lumen Systems", 6e7, "Anna Reyes"), ("Lumen Systems", None, "Anna Reyes")]  # "we": her side


def test_an_ordinal_that_counts_is_no_day_and_a_source_sentence_sets_no_topic():
    doc = extract_text("PEKING - China heeft dinsdag de eerste twaalf satellieten gelanceerd. Dat meldt het staatspersbureau "
                       "Xinhua. Het netwerk moet uiteindelijk uit 2800 satellieten bestaan. ESA-directeur Josef Aschbacher "
                       "zei maandag in Parijs dat Europa binnen tien jaar een rekencentrum in de ruimte kan hebben.",
                       "nl", "2026-03-12")
    claims = [(c["subject_name"], c["value"], c["period_start"], c["period_end"], c["kind"]) for c in doc._.kb_claims]
    assert claims[:2] == [("China", 12, "2026-03-10", "2026-03-10", "fact"), ("China", 2800, "2026-03-12", "2026-03-12", "plan")]
    # maandag dates the saying (his statement), not what he said
    assert claims[2:] == [("Josef Aschbacher", None, "2026-03-09", "2026-03-09", "fact"),
                          ("Europa", None, "2026-03-09", "2036-03-09", "forecast")]


def test_money_raised_in_an_ipo_a_sale_that_values_and_a_contract():
    _, claims = english_claims("SpaceX is preparing an initial public offering that could raise as much as $75 billion. "
                               "Bankers expect the sale to value SpaceX at $1.75 trillion. Blue Origin has won a $1.2 billion "
                               "NASA contract.", "2026-06-03")
    assert [(c[1], c[2]) for c in claims] == [("ipo_raise", 75e9), ("valuation", 1.75e12), ("contract", 1.2e9)]


def test_it_after_when_a_when_clause_takes_the_time_before_and_the_combined_company():
    _, claims = english_claims("xAI was valued at $230bn in January, when it raised $20bn from investors including Nvidia.",
                               "2026-02-10")
    assert [(c[0], c[1], c[4]) for c in claims] == [("xAI", "valuation", "2026-01-01"), ("xAI", "funding_raised", "2026-01-01")]
    _, claims = english_claims("The merger of SpaceX and xAI was announced last week. The combined company is valued at "
                               "$1.25tn.", "2026-02-10")
    assert [c[0] for c in claims if c[1] == "valuation"] == ["SpaceX"]


def test_a_dateline_in_markdown_emphasis_and_a_byline():
    doc = extract_text("*By Jane Porter*\n\n**SAN FRANCISCO** — Elon Musk wants to put a million satellites into orbit.",
                       "en", "2026-02-10")
    names = {m["name"]: m["type"] for m in doc._.kb_mentions}
    assert names.get("Jane Porter") == "PERSON" and names.get("SAN FRANCISCO") == "GPE"
    assert [c["subject_name"] for c in doc._.kb_claims] == ["Elon Musk"]


def test_a_bare_amount_that_points_back_counts_the_same_and_a_comparison_stops_at_a_comma():
    doc = extract_text("Starlink heeft inmiddels meer dan tien miljoen klanten. Een jaar geleden waren dat er nog zo'n 6 "
                       "miljoen. Starlink is goed voor bijna de helft van de omzet van SpaceX, die dit jaar op 15,5 miljard "
                       "dollar uitkomt.", "nl", "2026-10-14")
    claims = [(c["value"], c["unit"], c["period_start"], c["period_end"]) for c in doc._.kb_claims]
    assert claims == [(1e7, "customers", "2026-10-14", "2026-10-14"), (6e6, "customers", "2025-10-14", "2025-10-14"),
                      (50.0, "%", "2026-10-14", "2026-10-14"),  # 'bijna de helft van de omzet': a share, said now
                      (15.5e9, "USD", "2026-01-01", "2026-12-31")]
    assert [c["subject_name"] for c in doc._.kb_claims if c["unit"] == "%"] == ["Starlink"]


def test_a_long_apposition_before_the_speaker_its_relative_clause_and_a_share_of_a_market():
    doc, claims = english_claims("Starcloud, the Nvidia-backed startup that launched an H100 chip into orbit last year, said "
                                 "on Monday it plans to build a 5-gigawatt data center in space by 2035. SpaceX, which "
                                 "controls roughly 60% of the global launch market, could charge less.", "2026-07-21")
    assert sorted((c[0], c[1]) for c in claims) == [("SpaceX", "market_share"), ("Starcloud", "launch"), ("Starcloud", "power"),
                                                     ("Starcloud", "statement")]  # said on Monday
    assert {(r["subject"], r["relation"], r["object"]) for r in doc._.kb_relations} == {("nvidia", "invested_in", "starcloud")}


def test_a_name_after_a_preposition_is_no_inverted_subject():
    doc = extract_text("China plant binnen vijf jaar datacentra te lanceren. Dit vormt een directe uitdaging voor Elon "
                       "Musk’s SpaceX-plannen.", "nl", "2026-01-29")
    ties = {(r["subject"], r["relation"], r["object"]) for r in doc._.kb_relations}
    assert ("china", "competitor_of", "spacex") in ties and ("elon-musk", "competitor_of", "spacex") not in ties


def test_a_fall_is_negative_a_while_clause_keeps_the_quarter_and_a_person_merges_no_company():
    _, claims = english_claims("Tesla reported revenue of $28.1 billion for the third quarter, up 12% from a year earlier, "
                               "while its net income fell 37% to $1.4 billion.", "2026-11-06")
    assert [(c[1], c[2], c[4]) for c in claims if c[3] == "%" or c[1] == "profit"] == [
        ("growth", 12, "2026-07-01"), ("growth", -37, "2026-07-01"), ("profit", 1.4e9, "2026-07-01")]
    doc = extract_text("Tesla will invest $2 billion in xAI, the artificial intelligence company that Elon Musk founded in "
                       "2023 and merged with SpaceX earlier this year. About 1.1 billion shares were voted in favour and "
                       "916 million against.", "en", "2026-11-06")
    merged = [(r["subject"], r["object"], r["period_start"]) for r in doc._.kb_relations if r["relation"] == "merged_with"]
    assert merged == [("xai", "spacex", "2026-01-01")]
    assert [c["unit"] for c in doc._.kb_claims if c["value"] == 9.16e8] == ["shares"]


def test_a_range_after_tussen_de_the_commission_investors_among_whom_and_a_name_in_a_relative_clause():
    doc = extract_text("De Commissie wil rond 2032 eigen rekencentra. Thales Alenia Space, dat de haalbaarheidsstudie ASCEND "
                       "leidde, schat dat een netwerk tussen de 8 en 10 miljard euro gaat kosten. De start-up Orbital Edge "
                       "haalde in juni 4,5 miljoen euro op bij investeerders, onder wie Invest-NL.", "nl", "2026-10-02")
    claims = [(c["subject"], c["low"], c["high"]) for c in doc._.kb_claims if c["unit"] == "EUR"]
    assert ("thales-alenia-space", 8e9, 1e10) in claims
    assert doc._.kb_claims[0]["subject"] == "european-commission"
    assert ("invest-nl", "invested_in", "orbital-edge") in {(r["subject"], r["relation"], r["object"]) for r in doc._.kb_relations}


def test_a_cue_in_the_amounts_own_clause_first_and_a_count_understood_after_and():
    _, claims = english_claims("Planet Labs, which operates about 200 Earth-imaging satellites, will build the spacecraft. "
                               "ADA Space said it had launched the first 12 satellites of its constellation in May 2025 and "
                               "aims to put 2,800 into orbit by 2030.", "2026-05-01")
    assert [(c[0], c[1], c[2]) for c in claims] == [("Planet Labs", "satellite_count", 200),
                                                    ("ADA Space", "satellite_count", 12), ("ADA Space", "satellite_count", 2800)]


@pytest.mark.parametrize("text, lang, tie", [
    ("SpaceX nam in februari het AI-bedrijf xAI over.", "nl", ("spacex", "acquired", "xai")),  # a verb split around its object
    ("In februari nam SpaceX het AI-bedrijf xAI over.", "nl", ("spacex", "acquired", "xai")),
    ("Musk nam Twitter in 2022 over voor 44 miljard dollar.", "nl", ("elon-musk", "acquired", "x")),
    ("Bezos richtte Blue Origin in 2000 op.", "nl", ("jeff-bezos", "founded", "blue-origin")),
    ("Nvidia signed a deal with Starcloud to supply chips.", "en", ("nvidia", "partner_of", "starcloud")),
    ("NASA selected SpaceX to launch the mission.", "en", ("nasa", "customer_of", "spacex")),
    ("Eutelsat owns OneWeb.", "en", ("eutelsat", "owns", "oneweb")),
    ("ESA koos SpaceX voor de lancering.", "nl", ("esa", "customer_of", "spacex")),
    ("SpaceX tekende een overeenkomst met Nvidia.", "nl", ("spacex", "partner_of", "nvidia")),
])
def test_split_dutch_verbs_deals_choices_and_ownership_between_companies(text, lang, tie):
    doc = extract_text(text, lang, "2026-03-01")
    assert tie in {(r["subject"], r["relation"], r["object"]) for r in doc._.kb_relations}


def test_a_revenue_voor_a_year_is_for_that_year_and_a_plan_voor_a_year_a_deadline():
    doc = extract_text("Voor 2026 verwacht SpaceX een omzet van 22 tot 24 miljard dollar. China wil voor 2030 een netwerk "
                       "van 2800 satellieten hebben.", "nl", "2026-05-20")
    assert [(c["period_start"], c["period_end"], c["reference"]) for c in doc._.kb_claims] == [
        ("2026-01-01", "2026-12-31", "point"), ("2026-05-20", "2030-12-31", "deadline")]


def test_over_the_same_period_takes_the_period_of_the_claim_before():
    doc = extract_text("Morgan Stanley estimates the market could be worth $45 billion by 2035. Bank of America puts it "
                       "at between $10 billion and $15 billion over the same period.", "en", "2026-09-14")
    assert [c["period_end"] for c in doc._.kb_claims] == ["2035-12-31", "2035-12-31"]


def test_a_weekday_with_its_part_of_day_and_a_product_compound_that_acts():
    doc = extract_text("De New Glenn-raket van Blue Origin heeft zondagavond 48 satellieten voor Amazons netwerk Kuiper "
                       "in een baan om de aarde gebracht.", "nl", "2026-11-09")
    assert [(c["subject_name"], c["value"], c["period_start"]) for c in doc._.kb_claims] == [("New Glenn", 48, "2026-11-08")]


def counted(lang: str, text: str) -> list[tuple]:
    return [(c["value"], c["unit"]) for c in extract_text(text, lang, "2026-03-10")._.kb_claims if c["value"]]


@pytest.mark.parametrize("lang, text, expected", [
    ("nl", "Het bedrijf achter de raket heeft zeven kantoren in Europa.", [(7, "kantoren")]),
    ("en", "The lunar program is backed by 14 countries.", [(14, "countries")]),
    ("en", "The booster carries 27 tightly packed engines.", [(27, "engines")]),
    ("nl", "De vervoerder bezit inmiddels 1.200 bussen.", [(1200, "bussen")]),
    ("nl", "De minister beantwoordde twee vragen van de Kamer.", []),  # not what the knowledge base tracks
    ("en", "She gave three reasons for the delay.", []),
    ("en", "The company flew 12 Falcon 9 missions in May.", [(12, "missions")]),  # the 9 belongs to the name
])
def test_a_bare_number_counts_the_plural_noun_it_modifies(lang, text, expected):
    assert counted(lang, text) == expected


def multiples(lang: str, text: str) -> list[tuple]:
    return [(c["subject_name"], c["metric"], c["value"], c["unit"])
            for c in extract_text(text, lang, "2026-03-10")._.kb_claims if c["value"]]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Orbital Forge's backlog more than doubled last year.", [("Orbital Forge", "multiple", 2, "times")]),
    ("en", "Rocket Lab flew twice as many missions as its rival.", [("Rocket Lab", "multiple", 2, "times")]),
    ("en", "The new engine delivers triple the thrust of the old one.", [(None, "multiple", 3, "times")]),
    ("nl", "Het aantal klanten van Starlink is vorig jaar verdubbeld.", [("Starlink", "multiple", 2, "keer")]),
    ("en", "It was a double launch from Florida.", []),  # 'double' before no object states no multiple
])
def test_a_word_that_multiplies_is_a_claim_of_so_many_times(lang, text, expected):
    assert multiples(lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("nl", "De eerste vlucht van de New Glenn-raket van Blue Origin volgt in maart.", ("New Glenn", "product_of", "Blue Origin")),
    ("en", "Engineers inspected the Starship rocket of SpaceX after the flight.", ("Starship", "product_of", "SpaceX")),
])
def test_an_owner_after_a_preposition_of_belonging(lang, text, expected):
    assert expected in relation_triples(extract_text(text, lang, "2026-03-10"))


@pytest.mark.parametrize("lang, text", [
    ("en", "Orbit Research estimates that the revenue of Vega Orbital reached $40 million in 2025."),
    ("en", "Orbit Research estimates that Vega Orbital's revenue reached $40 million in 2025."),
    ("nl", "Marktonderzoeker Orbit Research schat dat de omzet van Vega Orbital vorig jaar 40 miljoen euro bedroeg."),
])
def test_the_figure_belongs_to_the_subject_of_its_clause_not_to_the_source(lang, text):
    claims = [(c["subject_name"], c["value"]) for c in extract_text(text, lang, "2026-03-10")._.kb_claims]
    assert claims == [("Vega Orbital", 40e6)]


def test_a_dateline_after_a_date_stamp_is_a_place_and_no_subject():
    doc = extract_text(" date 2026-04-02 LISBON — Satellite maker Vega Orbital has raised 20 million euros from "
                       "two funds.", "en", "2026-04-02")
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims if c["unit"] == "EUR"] == [("Vega Orbital", 20e6)]
    assert {m["name"]: m["type"] for m in doc._.kb_mentions}["LISBON"] == "GPE"


@pytest.mark.parametrize("lang, text, published, expected", [
    ("nl", "Orbital Forge boekte in het laatste kwartaal een forse terugval.\nDe omzet daalde met 8 procent naar "
           "120 miljoen euro.", "2026-01-28", {(120e6, "2025-10-01", "2025-12-31"), (-8, "2025-10-01", "2025-12-31")}),
    ("en", "Vega Orbital posts Q3 2025 results\n\nRevenue rose 12% to $45 million, the company said.", "2025-11-05",
     {(45e6, "2025-07-01", "2025-09-30"), (12, "2025-07-01", "2025-09-30")}),
    # a share stated in the report is the quarter's too
    ("nl", "Orbital Forge boekte in het laatste kwartaal een forse groei.\nDat is 42 procent meer dan een jaar "
           "geleden.", "2026-01-28", {(42, "2025-10-01", "2025-12-31")}),
])
def test_a_report_on_a_quarter_dates_its_figures_in_that_quarter(lang, text, published, expected):
    claims = extract_text(text, lang, published)._.kb_claims
    assert {(c["value"], c["period_start"], c["period_end"]) for c in claims if c["value"]} == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "Tesla presented a new pay plan for its chief. Under the plan Elon Musk must raise revenue to $400 billion "
           "by 2035."),
    ("nl", "Aandeelhouders van Tesla stemden in met het plan. Daarin moet Elon Musk de omzet laten groeien naar "
           "400 miljard dollar."),
])
def test_a_company_figure_told_of_a_person_is_the_company_s(lang, text):
    claims = [(c["subject_name"], c["metric"], c["value"]) for c in extract_text(text, lang, "2026-03-10")._.kb_claims
              if c["value"]]
    assert claims == [("Tesla", "revenue", 4e11)]


@pytest.mark.parametrize("lang, text, expected", [
    ("nl", "Tesla en xAI presenteerden in januari het Orion-initiatief. Het project zal naar verwachting 12.000 banen "
           "opleveren.", ("Orion", 12000)),
    ("en", "Tesla unveiled the Helios initiative in May. The project will cost $2 billion.", ("Helios", 2e9)),
])
def test_the_project_points_back_to_the_program_not_the_company(lang, text, expected):
    claims = [(c["subject_name"], c["value"]) for c in extract_text(text, lang, "2026-06-10")._.kb_claims if c["value"]]
    assert claims == [expected]


def test_a_program_glued_to_its_head_noun_is_the_subject_that_acts():
    doc = extract_text("Het Orion-initiatief werd begin dit jaar gelanceerd.", "nl", "2026-09-24")
    assert [(c["subject_name"], c["period_start"], c["period_end"]) for c in doc._.kb_claims] == [
        ("Orion", "2026-01-01", "2026-04-30")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Het contract met Starlink van SpaceX werd in 2022 getekend. In 2019 lanceerde het ruimtevaartbedrijf de "
     "eerste satellieten. Inmiddels draaien er meer dan 7.000 satellieten rond de aarde. Een deel van de "
     "satellieten vliegt op 540 kilometer hoogte.", "nl",
     [("Starlink", 7000, "satellites"), ("Starlink", 540, "km")]),
    ("Starlink van SpaceX groeit snel. SpaceX haalde vorig jaar 2 miljard dollar op voor nieuwe satellieten. "
     "In 2025 bracht SpaceX 2.000 ton aan satellietapparatuur naar de ruimte.", "nl",
     [("SpaceX", 2e9, "USD"), ("SpaceX", 2000, "t")]),
    ("Amazon builds Project Kuiper. By now 150 satellites circle the Earth, and 40 percent of the satellites "
     "fly at 630 kilometers.", "en",
     [("Project Kuiper", 150, "satellites"), ("Project Kuiper", 40, "%"), ("Project Kuiper", 630, "km")]),
])
def test_a_figure_about_satellites_belongs_to_the_constellation_not_its_operator(text, lang, expected):
    """Money is the operator's, and so is a load that only names satellites in a compound."""
    doc = extract_text(text, lang, "2026-03-10")
    assert [(c["subject_name"], c["value"], c["unit"]) for c in doc._.kb_claims if c["value"]] == expected


@pytest.mark.parametrize("text, subjects", [
    # the amount describes the product named before it, not the firm that builds it
    ("SpaceX is developing Helix, a small rocket capable of carrying 800 kilograms to orbit.", [("Helix", 800)]),
    # a copula makes a clause of its own: the description rule does not cross it
    ("SpaceX is building Helix, and the rocket is 70 meters tall.", [("Helix", 70)]),
])
def test_an_amount_in_a_description_of_a_name_is_that_names(text, subjects):
    doc = extract_text(text, "en", "2026-03-10")
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims] == subjects


@pytest.mark.parametrize("text", [
    "De 62 meter hoge Helix-raket van Vega Space vertrok dinsdag vanaf Kourou.",
    "Vega Space lanceerde dinsdag de 62 meter hoge Helix-raket vanaf Kourou.",
])
def test_a_measure_before_an_adjective_describes_the_named_thing_it_qualifies(text):
    """'de 62 meter hoge Helix-raket': the height is the rocket's, not its maker's nor the launch site's."""
    assert subjects_of(text, "nl", [{"slug": "helix", "name": "Helix", "type": "PRODUCT"}]) == [("Helix", 62)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Data centers could need an additional 29 gigawatts within a few years.", "en", [("datacenters", 29)]),
    ("An average nuclear power plant generates around 1 gigawatt of power.", "en", [("nuclear power plant", 1)]),
    ("Global demand for data centers will reach 945 terawatt hours in 2030.", "en", [("datacenters", 945)]),
    # one name in either language for a thing said of in general; others stay as written
    ("De stroomvraag van datacentra stijgt tot 2030 naar 945 terawattuur.", "nl", [("datacenters", 945)]),
    ("Zo wordt de markt voor datacenters in 2030 op 23 gigawatt aan capaciteit geschat.", "nl", [("datacenters", 23)]),
    # a party, a thing of the story and the counted noun itself are no generic subjects
    ("Investors put in another 5 billion dollars last year.", "en", [(None, 5e9)]),
    ("The satellites weigh 800 kilograms each.", "en", [(None, 800)]),
    ("Tussen 2003 en 2017 slaagden 83 lanceringen op rij.", "nl", [(None, 83)]),
    # a name in the clause is the subject
    ("Data centers run by Orbitra Labs could need 29 gigawatts.", "en", [("Orbitra Labs", 29)]),
    # a clause that leaves its verb out shares the verb's subject
    ("Anna Berg warned that data centers could need 20 more gigawatts within a few years, and up to 50 more "
     "gigawatts by 2030.", "en", [("datacenters", 20), ("datacenters", 50)]),
    # an amount that sizes a thing said of in general, after 'a'/'een'; not a thing a named firm acts on
    ("Volgens Lumo zijn voor een datacenter van één gigawatt duizenden satellieten nodig.", "nl", [("datacenters", 1)]),
    ("Lumo says a 1-gigawatt data center in orbit would need thousands of satellites.", "en", [("datacenters", 1)]),
    ("Lumo opened a 300-megawatt data center in Texas.", "en", [("Lumo", 300)]),
    # what a verb of multiplying says grows, also after the verb (the inverted subject) and past a place
    ("In Zuid-Amerika verdubbelt de stroomvraag voor datacenters tot 2030.", "nl", [("datacenters", 2.0)]),
    # 'hun'/'their' in a clause that names no one points back to the thing said of in general before
    ("Datacenters zijn gebouwen vol computers. In 2030 kan hun totale verbruik uitkomen op 900 terawattuur, voorspelt "
     "het IEA.", "nl", [("datacenters", 900)]),
    ("Data centers are buildings full of computers. By 2030 their total use could reach 900 terawatt hours, the IEA "
     "predicts.", "en", [("datacenters", 900)]),
    ("Lumo and Vega build rockets. Their revenue reached 5 billion dollars.", "en", [("Lumo", 5e9)]),
    # 'het' right before the source's name is its article, not 'it' pointing back to the source
    ("Het verbruik van datacenters kan in 2030 uitkomen op 500 terawattuur, voorspelt het IEA.", "nl",
     [("datacenters", 500)]),
])
def test_a_plain_noun_said_in_general_is_the_subject_when_no_name_is(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-10", extra_entities=[{"slug": "lumo", "name": "Lumo", "type": "ORG"}])
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims if c["value"] is not None] == expected
    assert all(c["subject"] is None for c in doc._.kb_claims if c["subject_name"] in ("data centers", "datacenters"))


def test_a_plain_noun_subject_is_stored_and_exported_but_never_conflicts(tmp_path):
    from click.testing import CliRunner
    for n, figure in enumerate((29, 40)):
        (tmp_path / f"a{n}.md").write_text(f"---\npublished: 2026-03-1{n}\n---\n# Power\n\nData centers could need "
                                           f"an additional {figure} gigawatts within a few years.\n", encoding="utf-8")
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["add", "--db", str(db), str(tmp_path / "a0.md"), str(tmp_path / "a1.md")]).exit_code == 0
    out = runner.invoke(cli, ["export", "claims", "--db", str(db), "--format", "jsonl"]).output
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["subject"], r["subject_slug"], r["value"]) for r in rows] == [("datacenters", None, 29), ("datacenters", None, 40)]
    assert runner.invoke(cli, ["conflicts", "--db", str(db)]).output.count("datacenters") == 0


def test_a_news_outlet_is_no_subject_and_no_topic():
    text = ("Orbitra Labs tested its rocket on Monday. The photo was taken by the Associated Press. "
            "The boosters burn 142,000 kilograms of propellant.")
    doc = extract_text(text, "en", "2026-03-10")
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims if c["value"]] == [("Orbitra Labs", 142000)]


@pytest.mark.parametrize("text, lang", [
    ("Orbitra Labs is building Helix, a small rocket. The company performed the first launch of Helix on March 30.", "en"),
    ("Orbitra Labs bouwt de Helix-raket. Het bedrijf voerde op 30 maart de eerste lancering van de Helix-raket uit.", "nl"),
])
def test_a_launch_named_with_its_rocket_is_the_rockets(text, lang):
    doc = extract_text(text, lang, "2026-04-10")
    launches = [(c["subject_name"], c["period_start"]) for c in doc._.kb_claims if c["metric"] == "launch"]
    assert launches == [("Helix", "2026-03-30")]


def test_a_launch_of_a_rocket_glued_to_its_noun_is_the_rockets():
    doc = extract_text("De Helix-raket van Orbitra Labs is op 30 maart voor het eerst gelanceerd.", "nl", "2026-04-10")
    assert [(c["subject_name"], c["period_start"]) for c in doc._.kb_claims if c["metric"] == "launch"] == [("Helix", "2026-03-30")]


@pytest.mark.parametrize("text, lang, expected", [
    # a fraction in words, of a whole or against a base, is a share in percent
    ("Datacenters nemen volgens Orbitra bijna de helft van de groei voor hun rekening.", "nl", [("datacenters", 50.0, "%")]),
    ("De omzet van Orbitra is twee derde hoger dan een jaar geleden.", "nl", [("Orbitra", 66.67, "%")]),
    ("Half of Orbitra's revenue came from Asia.", "en", [("Orbitra", 50.0, "%")]),
    ("50% of Orbitra's revenue came from Asia.", "en", [("Orbitra", 50.0, "%")]),
    # a share of a firm's people is the firm's, not the person the sentence is about; half a person is no count
    ("Aandeelhouders van Orbitra keurden de beloning van topman Ann Lee goed. De goedkeuring is omstreden: een kwart van "
     "de aandeelhouders stemde tegen, maar Ann Lee was blij.", "nl", [("Orbitra", 25.0, "%")]),
    ("Orbitra builds rockets. Ann Lee said half of the employees will work from home.", "en", [("Orbitra", 50.0, "%")]),
    # a half of a year is a time, not a share
    ("In de tweede helft van het jaar groeide Orbitra.", "nl", []),
])
def test_a_fraction_in_words_of_a_whole_is_a_share(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-30", extra_entities=[ORBITRA, ANN_LEE])
    assert [(c["subject_name"], c["value"], c["unit"]) for c in doc._.kb_claims if c["value"] is not None] == expected


@pytest.mark.parametrize("text, expected", [
    # one figure said of places listed together holds for each place
    ("Nederlanders betalen ongeveer 9 euro per persoon aan ruimtevaart. In Frankrijk is dat ruim 39 euro en in Zwitserland "
     "en Noorwegen bijna 33 euro.", [("Nederland", 9.0), ("Frankrijk", 39.0), ("Zwitserland", 33.0), ("Noorwegen", 33.0)]),
    # a total said of them together is one figure, the first's
    ("Nederlanders betalen ongeveer 9 euro per persoon aan ruimtevaart. In Zwitserland en Noorwegen is dat samen 60 euro.",
     [("Nederland", 9.0), ("Zwitserland", 60.0)]),
])
def test_a_figure_said_of_places_listed_together_holds_for_each(text, expected):
    doc = extract_text(text, "nl", "2026-03-30")
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims if c["value"] is not None] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # money spent to develop a product is what the product costs
    ("Orbitra had a good year. Finally, officials revealed that the company has spent a bit more to develop Helix than "
     "the originally planned cost of between $250 and $300 million.", "en", [("Helix", 300e6)]),
    ("Orbitra heeft 300 miljoen euro uitgegeven om Helix te ontwikkelen.", "nl", [("Helix", 300e6)]),
    # money raised to build it is the firm's funding, money spent on it the firm's spending
    ("Orbitra raised 2 billion dollars to build Helix.", "en", [("Orbitra", 2e9)]),
    ("Orbitra spent 10 billion dollars on Helix.", "en", [("Orbitra", 10e9)]),
])
def test_money_spent_to_develop_a_product_is_its_cost(text, lang, expected):
    assert subjects_of(text, lang, [ORBITRA, HELIX]) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # with no name free in the sentence, the owner of its subject beats the topic carried from before
    ("Helix crashed on the Moon on Friday. Shares of Orbitra were untraded, overwhelmed by sell orders, and looked set "
     "to close at the daily limit, which would mark a 29% fall.", "en", [("Orbitra", 29.0)]),
    ("Helix crashed on the Moon on Friday. The rocket had cost 90 million dollars.", "en", [("Helix", 90e6)]),
])
def test_the_owner_of_the_sentences_subject_beats_the_topic(text, lang, expected):
    extra = [ORBITRA, HELIX]
    doc = extract_text(text, lang, "2026-03-10", extra_entities=extra)
    assert [(c["subject_name"], abs(c["value"])) for c in doc._.kb_claims if c["value"] is not None] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # things counted inside a named program or product are its count, not its maker's
    ("Het is de elfde bemande vlucht in het Helix-programma van Orbitra.", "nl", [("Helix", 11.0)]),
    ("Orbitra has 500 satellites in the Helix constellation.", "en", [("Helix", 500.0)]),
    # a place or a time after 'in' is no program
    ("Orbitra bouwde 30 fabrieken in Duitsland.", "nl", [("Orbitra", 30.0)]),
    ("Orbitra launched 20 satellites in March.", "en", [("Orbitra", 20.0)]),
])
def test_things_counted_in_a_program_are_its_count(text, lang, expected):
    assert subjects_of(text, lang, [ORBITRA, HELIX]) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # what a pay package is worth is the pay of the person it is for, not the firm's
    ("Orbitra shareholders approved a pay package for chief executive Ann Lee worth 56 billion dollars.", "en",
     [("Ann Lee", 56e9)]),
    ("Aandeelhouders van Orbitra hebben tijdens de vergadering ingestemd met een beloningspakket voor topman Ann Lee "
     "dat tot 1 biljoen dollar waard kan worden.", "nl", [("Ann Lee", 1e12)]),
    # money the firm itself raises stays the firm's
    ("Orbitra raised 5 billion dollars in a round led by Ann Lee.", "en", [("Orbitra", 5e9)]),
])
def test_a_pay_package_is_the_pay_of_the_person_it_is_for(text, lang, expected):
    assert subjects_of(text, lang, [ORBITRA, ANN_LEE]) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # an ordinal of a flight counts the flights of the vehicle the story is about
    ("Orbitra is developing Helix, a small rocket. The company performed the first launch of Helix in March. \"We "
     "learned a ton, and it sets us up very well for the second flight,\" Ann Lee said.", "en", [("Helix", 2.0)]),
    ("Orbitra werkt aan de Helix-raket. Tijdens de voorbereidingen voor wat de tiende testvlucht had moeten worden, "
     "ging het mis.", "nl", [("Helix", 10.0)]),
    # not a launch site, and a possessor keeps its own flights
    ("Orbitra is developing Helix at Launch Complex 3. It hopes to land the booster on the second flight.", "en",
     [("Helix", 2.0)]),
    ("Orbitra is developing Helix. Orbitra's second flight is planned for May.", "en", [("Orbitra", 2.0)]),
])
def test_an_ordinal_flight_is_the_flight_of_the_vehicle_in_view(text, lang, expected):
    extra = [ORBITRA, HELIX, ANN_LEE]
    doc = extract_text(text, lang, "2026-03-10", extra_entities=extra)
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims if c["value"] is not None] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # after a verb of valuing, each name before 'at'/'op' is valued at the amount after it; a bracket right after
    # a figure works that figure out
    ("Ann Lee said the combination values \"Orbitra at $80 billion and Vega at $33 billion ($45B less $12B debt)\".",
     "en", [("Orbitra", 80e9), ("Vega", 33e9), ("Vega", 45e9), ("Vega", 12e9)]),
    ("De deal waardeert Orbitra op 80 miljard dollar en Vega op 33 miljard dollar.", "nl",
     [("Orbitra", 80e9), ("Vega", 33e9)]),
])
def test_each_name_valued_at_an_amount_and_a_bracket_that_works_a_figure_out(text, lang, expected):
    assert subjects_of(text, lang, [ORBITRA, VEGA, ANN_LEE]) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # in an infinitive after a verb and its object, the object (or its owner) is the one to act
    ("Vega has required Orbitra's operators to place at least 10 percent of their planned satellites in orbit by 2026.",
     "en", [("Orbitra", 10.0)]),
    ("Vega asked Orbitra to cut 500 jobs.", "en", [("Orbitra", 500.0)]),
    # with no object the subject acts
    ("Vega wants to raise 2 billion dollars.", "en", [("Vega", 2e9)]),
])
def test_an_object_told_to_act_is_the_subject_of_the_infinitive(text, lang, expected):
    assert subjects_of(text, lang, [ORBITRA, VEGA]) == expected


@pytest.mark.parametrize("text, expected", [
    # an opening participle phrase describes the subject after its comma; a pronoun there is the vehicle in view
    ("Built by Orbitra, the Helix is a new rocket. Rising 62.6 meters (205 feet), it trails only the heavy-lift Vega, "
     "the tallest rocket in service.", [("Helix", 62.6), ("Helix", 205.0)]),
    # a name after the comma is the subject itself
    ("Built by Orbitra, the Helix is a new rocket. Rising 70 meters, the Vega is taller.", [("Vega", 70.0)]),
])
def test_an_opening_participle_describes_the_subject_after_its_comma(text, expected):
    assert subjects_of(text, "en", [ORBITRA, HELIX, invented("Vega", "PRODUCT")]) == expected


@pytest.mark.parametrize("text, expected", [
    # after 'with', a name and a participle open a clause of their own whose figures are that name's
    ("Orbitra builds AI models. Vega is shopping for a 5 billion dollar debt package for Orbitra, with the AI company "
     "seeking a valuation of 113 billion dollars in a share sale worth 300 million dollars.",
     [("Orbitra", 5e9), ("Orbitra", 113e9), ("Orbitra", 300e6)]),
    # a name after 'with' and no participle is no clause
    ("Vega competes with Orbitra and won 20 contracts last year.", [("Vega", 20.0)]),
])
def test_with_a_name_and_a_participle_opens_a_clause_of_its_own(text, expected):
    assert subjects_of(text, "en", [ORBITRA, VEGA]) == expected


def test_a_division_is_part_of_the_firm_and_a_month_stamp_is_furniture():
    doc = extract_text(" date 2026-03 Orbitra's Gaming-divisie was goed voor 3 miljard dollar. Ook de Data Center-afdeling "
                       "bracht 39 miljard dollar binnen.", "nl", "2026-03-30",
                       extra_entities=[ORBITRA])
    assert [m["name"] for m in doc._.kb_mentions] == ["Orbitra"]
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims] == [("Orbitra", 3e9), ("Orbitra", 39e9)]


@pytest.mark.parametrize("text, lang, expected", [
    # a date label dates the page, not the sentence after it
    (" date 2026-03 Orbitra Labs opende een fabriek in Delft.", "nl", []),
    # a line with a date and no verb is a stamp or a caption, no event
    ("Orbitra Labs opened a plant in Delft.\n\nMarch 28, 2026\n\nA view of the Orbitra Labs plant in Delft, 4 February, 2026",
     "en", []),
    # "today" with an event dates it; "now" only dates what is said
    ("De Helix-raket van Orbitra Labs is vandaag gelanceerd.", "nl", [("Helix", "launch", "2026-03-30")]),
    ("Orbitra Labs is nu een grote speler.", "nl", []),
])
def test_date_stamps_captions_and_today(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-30")
    assert [(c["subject_name"], c["metric"], c["period_start"]) for c in doc._.kb_claims if c["value"] is None] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the fifth time counts the clause's event
    ("Orbitra Labs lanceerde de raket voor de vijfde keer.", "nl", [(5, "launches")]),
    # an order with no event named counts nothing
    ("It happened for the second time.", "en", []),
    # the tagger finds the noun the ordinal counts, past an adverb
    ("Helix, its second data center here, opened.", "en", [(2, "data center")]),
])
def test_ordinal_claims(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-10")
    assert [(c["value"], c["unit"]) for c in doc._.kb_claims if c["value"] is not None] == expected


def test_launches_counted_of_a_named_rocket_are_the_rockets():
    doc = extract_text("Orbitra Labs lanceerde de Helix-raket voor de vijfde keer.", "nl", "2026-03-10")
    assert [(c["subject_name"], c["value"], c["unit"]) for c in doc._.kb_claims] == [("Helix", 5, "launches")]
    doc = extract_text("Orbitra Labs lanceerde de raket voor de vijfde keer.", "nl", "2026-03-10")
    assert [(c["subject_name"], c["value"], c["unit"]) for c in doc._.kb_claims] == [("Orbitra Labs", 5, "launches")]


def test_a_measure_of_a_named_thing_and_a_price_for_a_vehicle():
    doc = extract_text("Volgens ruimtevaartdeskundige Jansen is de lanceerprijs van een Helix-raket van Orbitra Labs "
                       "ongeveer 50 miljoen euro, tegen 70 tot 85 miljoen voor een Vega 7.", "nl", "2026-03-10",
                       extra_entities=[{"slug": "vega-7", "name": "Vega 7", "type": "PRODUCT"}])
    claims = [(c["subject_name"], c["value"], c["low"], c["high"], c["claimant"]) for c in doc._.kb_claims]
    assert claims == [("Helix", 50e6, None, None, "Jansen"), ("Vega 7", None, 70e6, 85e6, "Jansen")]
    doc = extract_text("The price of a Helix launch is about 5 million dollars, Orbitra Labs said.", "en", "2026-03-10")
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims] == [("Helix", 5e6)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Het toestel gebruikt Helix van Orbitra Labs voor internet.", "nl", {("Helix", "product_of", "Orbitra Labs")}),
    ("Vega Systems, het ruimtevaartbedrijf van Orbitabaas en miljardair Jane Porter, wil groeien.", "nl",
     {("Jane Porter", "owns", "Vega Systems"), ("Jane Porter", "ceo_of", "Orbita")}),
    ("The contract went to Jane Fields’ Vega Systems and to another firm.", "en", {("Jane Fields", "owns", "Vega Systems")}),
    # a closing quote after a name in s is no possessive
    ("A model of the lander 'Artemis' stood next to Vega Systems.", "en", set()),
])
def test_owners_after_of_and_after_a_bare_apostrophe(text, lang, expected):
    assert ties_among(text, lang, ("Vega Systems", "ORG"), ("Orbita", "ORG"), ("Helix", "PRODUCT"),
                      ("Orbitra Labs", "ORG"), ("Jane Fields", "PERSON")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a tie reaches every name coordinated with its object
    ("Jane Porter, who also heads automaker Tesla and SpaceX, spoke.", "en",
     {("Jane Porter", "ceo_of", "Tesla"), ("Jane Porter", "ceo_of", "SpaceX")}),
    # verbs joined by 'and' share the subject, not the name nearest the second verb
    ("Jane Porter, a rich woman, is an ally of President Anna Reyes and also leads the Department of Orbits.", "en",
     {("Jane Porter", "ceo_of", "Department of Orbits")}),
    # aiming to rival another's thing is no plan to build it
    ("The Orbitra network, which aims to rival SpaceX's Starlink, grew.", "en",
     {("Orbitra", "competitor_of", "Starlink"), ("Starlink", "product_of", "SpaceX")}),
    ("Blue Origin wil concurreren met SpaceX.", "nl", {("Blue Origin", "competitor_of", "SpaceX")}),
])
def test_ties_over_lists_shared_subjects_and_rivals(text, lang, expected):
    assert ties_among(text, lang, ("Jane Porter", "PERSON"), ("Department of Orbits", "AGENCY"),
                      ("Anna Reyes", "PERSON"), ("Orbitra", "PROGRAM")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Orbitra Labs remains under fire. Its Helix chatbot said odd things.", "en", {("Helix", "product_of", "Orbitra Labs")}),
    ("Jane Porter kocht het bedrijf en hernoemde zijn platform Vega.", "nl", {("Jane Porter", "owns", "Vega")}),
    ("The site runs 110,000 Orbitra Labs H300 chips.", "en", {("H300", "product_of", "Orbitra Labs")}),
    ("Orbitra Labs raised money. The company is currently developing Helix, a rocket.", "en",
     {("Helix", "product_of", "Orbitra Labs")}),
])
def test_things_after_its_and_a_makers_name(text, lang, expected):
    extra = [{"slug": "jane-porter", "name": "Jane Porter", "type": "PERSON"}, {"slug": "vega", "name": "Vega", "type": "ORG"},
             {"slug": "orbitra-labs", "name": "Orbitra Labs", "type": "ORG"}]
    doc = extract_text(text, lang, "2026-03-10", extra_entities=extra)
    assert relation_triples(doc) == expected


def test_a_firm_that_titles_a_person_is_not_the_subject():
    doc = extract_text("Vega Analytics Director of Research Jane Porter said on Monday that rival Orbitra Labs had "
                       "2.2 million subscribers at its peak.", "en", "2026-03-10")
    assert [(c["subject_name"], c["claimant"]) for c in doc._.kb_claims if c["value"]] == [("Orbitra Labs", "Jane Porter")]


def subjects_of(text, lang, extra=()):
    doc = extract_text(text, lang, "2026-03-10", extra_entities=list(extra))
    return [(c["subject_name"], c["value"] if c["value"] is not None else c["high"]) for c in doc._.kb_claims if c["value"] or c["high"]]


def test_a_name_before_an_amount_after_a_verb_of_giving_receives_it():
    assert subjects_of("The agency expects to give Orbitra Labs more than $5.9 billion, Vega Systems $5.3 billion "
                       "and Helix Networks nearly $2.4 billion.", "en", [{"slug": "vega-systems", "name": "Vega Systems",
                                                                         "type": "ORG"}]) == \
        [("Orbitra Labs", 5.9e9), ("Vega Systems", 5.3e9), ("Helix Networks", 2.4e9)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Morgan Stanley is shopping for a $5 billion debt package for Orbitra Labs.", "en", [("Orbitra Labs", 5e9)]),
    ("ING regelt een lening van 2 miljard euro voor Orbitra Labs.", "nl", [("Orbitra Labs", 2e9)]),
    # a contract for launches names no one it is for: the clause's subject keeps it
    ("Orbitra Labs signed a $5 billion contract for launches.", "en", [("Orbitra Labs", 5e9)]),
])
def test_money_raised_for_someone_is_theirs(text, lang, expected):
    assert subjects_of(text, lang) == expected


def test_a_country_set_against_the_topic_country_is_the_subject():
    assert subjects_of("Nederland betaalt gemiddeld 9 euro per persoon per jaar aan ruimtevaart. In Frankrijk is dat "
                       "ruim 39 euro.", "nl") == [("Nederland", 9), ("Frankrijk", 39)]


def test_a_company_described_as_the_registry_describes_it():
    text = ("Tesla shares rose on Monday. Morgan Stanley arranged the deal for xAI, with the artificial-intelligence "
            "company seeking a valuation of $113 billion.")
    assert subjects_of(text, "en") == [("xAI", 113e9)]


def test_a_dutch_genitive_names_the_owner_not_the_subject():
    assert subjects_of("Elon Musks AI-bedrijf xAI heeft 10 miljard dollar aan vers kapitaal opgehaald.", "nl") == \
        [("xAI", 10e9)]


def test_a_relative_clause_holds_at_the_time_of_the_clause_it_describes():
    doc = extract_text("Orbitra Labs also announced its Q1 2024 results, which showed revenue of €498 million, up 2.5 "
                       "percent year-on-year.", "en", "2024-04-30")
    assert [(c["value"], c["period_start"], c["period_end"]) for c in doc._.kb_claims if c["value"]] == [
        (498e6, "2024-01-01", "2024-03-31"), (2.5, "2024-01-01", "2024-03-31")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Helix rocket lost attitude control less than half a minute after liftoff.", "en", [(0.5, "minutes")]),
    ("Iets minder dan 3 minuten na de lancering keerde de booster terug.", "nl", [(3, "minutes")]),
    ("The launch was in January, nearly four years late.", "en", [(4, "years")]),
    # a span with no event before or after it is no measure
    ("Orbitra Labs signed a three-year deal.", "en", []),
])
def test_time_between_two_events_is_a_measure(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-10")
    assert [(c["value"], c["unit"]) for c in doc._.kb_claims if c["value"]] == expected


@pytest.mark.parametrize("text", [
    "Orbitra Labs flew again.\n\nPosts: 2,511   +934\n\nThe rocket landed.",
    "The Helix rocket lifts off. Screenshot from video 4637165",
    "Orbitra Labs opened a hotline: 010-85061466 for questions.",
])
def test_counters_identifiers_and_phone_numbers_are_no_claims(text):
    assert [c["value"] for c in extract_text(text, "en", "2026-03-10")._.kb_claims if c["value"]] == []


@pytest.mark.parametrize("text, lang, subject", [
    ("Orbitra Labs launched its Helix rocket. The vehicle lost control less than half a minute after liftoff.", "en", "Helix"),
    ("Orbitra Labs lanceerde de Helix-raket. De raket tolde na zo'n dertig minuten.", "nl", "Helix"),
    # "the rocket company" is a company, described
    ("Orbitra Labs launched its Helix rocket. The rocket company was valued at $800 million.", "en", "Orbitra Labs"),
])
def test_the_rocket_points_back_to_the_vehicle_named_before(text, lang, subject):
    doc = extract_text(text, lang, "2026-03-10")
    assert [c["subject_name"] for c in doc._.kb_claims if c["value"]] == [subject]


def test_a_sentence_that_names_nothing_but_a_pointer_back_keeps_that_thing_in_view():
    program = invented("Helix", "PROGRAM")
    claims = subjects_of("Orbitra en Vega bouwen vijf datacenters als onderdeel van het Helix-project. Met dit project is "
                         "500 miljard dollar gemoeid. De totale capaciteit loopt op tot 10 gigawatt.", "nl",
                         [ORBITRA, VEGA, program])
    assert claims[1:] == [("Helix", 500e9), ("Helix", 10.0)]


@pytest.mark.parametrize("text, expected", [
    # a demonstrative opening the sentence as its subject points to the last thing named before, not to its subject
    ("Orbitra bouwt een nieuwe raket. De bovenste trap (Helix) is nodig om de baan te bereiken. Die is 50 meter hoog.",
     [("Helix", 50.0)]),
    ("Orbitra kocht vorig jaar Vega. Die had toen 300 werknemers.", [("Vega", 300.0)]),
    # a demonstrative before a noun is a determiner
    ("Orbitra groeit snel. Die groei leverde vorig jaar 3 miljard euro op.", [("Orbitra", 3e9)]),
])
def test_a_dutch_demonstrative_opening_a_sentence_points_to_the_last_thing_named(text, expected):
    assert subjects_of(text, "nl", [ORBITRA, VEGA, HELIX]) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # "the country" points back to the last state named, not to a city named since
    ("China opened a new launch site in Shanghai. A rocket left Shanghai on Monday, the country's fifth launch this year.",
     "en", [("China", 5.0)]),
    ("Japan bouwt een nieuwe lanceerbasis. Het land wil dit jaar 20 raketten lanceren.", "nl", [("Japan", 20.0)]),
    # "the company" points back to a firm, never to a place
    ("Orbitra opened a new launch site in Shanghai. A rocket left Shanghai on Monday, the company's fifth launch this "
     "year.", "en", [("Orbitra", 5.0)]),
])
def test_the_country_points_back_to_a_state_and_the_company_to_a_firm(text, lang, expected):
    assert subjects_of(text, lang, [ORBITRA]) == expected


def test_a_source_in_a_tail_after_a_comma_is_the_claimant_not_the_subject():
    text = ("Orbitra Labs heeft in totaal 10 miljard dollar aan vers kapitaal opgehaald. Het bedrag bestaat uit 5 miljard "
            "dollar aan leningen, zo maakte Morgan Stanley maandag bekend.")
    doc = extract_text(text, "nl", "2025-07-16")
    assert [(c["subject_name"], c["value"], c["claimant"]) for c in doc._.kb_claims] == [
        ("Orbitra Labs", 10e9, None), ("Orbitra Labs", 5e9, "Morgan Stanley")]


@pytest.mark.parametrize("text, expected", [
    # a separable verb of saying after a comma, its particle closing the sentence, cites a source
    ("Orbitra groeit snel. De omzet ervan steeg vorig jaar tot 3 miljard euro, merkt Vega op.",
     [("Orbitra", 3e9, "Vega")]),
    # a company that makes its own figure known is what the sentence is about
    ("Orbitra groeit snel. Vorige week maakte Vega een omzet van 3 miljard euro bekend.", [("Vega", 3e9, None)]),
])
def test_a_separable_verb_of_saying_in_a_tail_cites_a_source(text, expected):
    doc = extract_text(text, "nl", "2026-03-10", extra_entities=[ORBITRA, VEGA])
    assert [(c["subject_name"], c["value"], c["claimant"]) for c in doc._.kb_claims if c["value"]] == expected


def test_a_clause_after_but_told_in_the_past_holds_at_the_time_of_the_clause_before():
    doc = extract_text("Orbitra Labs flew its Helix rocket on March 30 from Norway, but the vehicle lost control less "
                       "than half a minute after liftoff.", "en", "2026-06-25")
    assert [(c["value"], c["period_start"]) for c in doc._.kb_claims if c["value"]] == [(0.5, "2026-03-30")]


@pytest.mark.parametrize("text, expected", [
    ("Jane Porter said that her companies, including Orbitra Labs and Vega Systems, would grow.",
     {("Jane Porter", "owns", "Orbitra Labs"), ("Jane Porter", "owns", "Vega Systems")}),
    ("Orbitra Labs secured a new seven-figure contract with NATO.", {("NATO", "customer_of", "Orbitra Labs")}),
    ("The awards went to Orbitra Labs’ Helix and Vega Systems’ Comet.",
     {("Helix", "product_of", "Orbitra Labs"), ("Comet", "product_of", "Vega Systems")}),
    ("The deal went to Orbitra Labs’ Helix and Comet.", {("Helix", "product_of", "Orbitra Labs"), ("Comet", "product_of", "Orbitra Labs")}),
    ("The Space Force’s Space Systems Command announced it.", {("Space Systems Command", "part_of", "U.S. Space Force")}),
])
def test_owners_over_lists_contracts_and_an_agencys_units(text, expected):
    extra = [{"slug": "jane-porter", "name": "Jane Porter", "type": "PERSON"},
             {"slug": "vega-systems", "name": "Vega Systems", "type": "ORG"},
             {"slug": "orbitra-labs", "name": "Orbitra Labs", "type": "ORG"},
             {"slug": "helix", "name": "Helix", "type": "PRODUCT"}, {"slug": "comet", "name": "Comet", "type": "PRODUCT"}]
    assert relation_triples(extract_text(text, "en", "2026-03-10", extra_entities=extra)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbitra Labs raised its forecast, with CEO Jane Porter noting that demand was high.",
     {("Jane Porter", "ceo_of", "Orbitra Labs")}),
    ("Vega Systems, an Orbitra Labs partner, has designed racks.", {("Vega Systems", "partner_of", "Orbitra Labs")}),
    # a firm named right before the title: the compound's, once
    ("Orbitra Labs CEO Jane Porter spoke.", {("Jane Porter", "ceo_of", "Orbitra Labs")}),
])
def test_a_chiefs_title_alone_and_a_partner_in_an_apposition(text, expected):
    extra = [{"slug": "jane-porter", "name": "Jane Porter", "type": "PERSON"},
             {"slug": "vega-systems", "name": "Vega Systems", "type": "ORG"},
             {"slug": "orbitra-labs", "name": "Orbitra Labs", "type": "ORG"}]
    assert relation_triples(extract_text(text, "en", "2026-03-10", extra_entities=extra)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbitra Labs Chief Technology Officer Jane Porter told a press conference it went well.", set()),
    ("Orbitra Labs chief designer Jane Porter left in 2016.", set()),
    ("Orbitra Labs chief executive Jane Porter told a press conference it went well.", {("Jane Porter", "ceo_of", "Orbitra Labs")}),
])
def test_only_a_chief_executive_is_a_ceo(text, expected):
    extra = [{"slug": "jane-porter", "name": "Jane Porter", "type": "PERSON"},
             {"slug": "orbitra-labs", "name": "Orbitra Labs", "type": "ORG"}]
    assert relation_triples(extract_text(text, "en", "2026-03-10", extra_entities=extra)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a rivalry, or a race, between two names: they compete
    ("The rivalry between Orbitra Labs and Vega Systems keeps growing.", "en", {("Orbitra Labs", "competitor_of", "Vega Systems")}),
    ("De wedloop tussen Orbitra Labs en Vega Systems is begonnen.", "nl", {("Orbitra Labs", "competitor_of", "Vega Systems")}),
    # a possessive reaches the thing it owns, not a name after a verb: the bid is Orbitra's, the rival is not
    ("Orbitra Labs' bid to rival Helix failed.", "en", {("Orbitra Labs", "competitor_of", "Helix")}),
    ("Orbitra Labs' new Helix rocket flew.", "en", {("Helix", "product_of", "Orbitra Labs")}),
    # a name followed by a word for a unit of a company is part of it, not its product
    ("Vega Systems' Helix business grew fast.", "en", {("Helix", "part_of", "Vega Systems")}),
    ("Vega Systems sold its Helix division last year.", "en", {("Helix", "part_of", "Vega Systems")}),
    ("De Helix-divisie van Vega Systems groeide.", "nl", {("Helix", "part_of", "Vega Systems")}),
])
def test_rivalries_possessives_that_stop_at_a_verb_and_units_of_a_company(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra Labs", "ORG"), ("Vega Systems", "ORG"), ("Helix", "PRODUCT")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # what a titled person did himself is his; what he plans for his company is the company's
    ("Vega Systems CEO Jane Porter joined the company in February 2024.", "en", [("Jane Porter", "event", "2024-02-01")]),
    ("Vega Systems-topvrouw Jane Porter wil in 2030 een raket lanceren.", "nl", [("Vega Systems", "launch", "2030-01-01")]),
    # 'the company' as the object of the verb is not the one who acts
    ("Orbitra Labs grew. Jane Porter joined the company in March 2025.", "en", [("Jane Porter", "event", "2025-03-01")]),
    ("Orbitra Labs grew. In March 2025 the company hired Jane Porter.", "en", [("Orbitra Labs", "event", "2025-03-01")]),
    # a thing before a person's title describes the person too
    ("Helix chief designer Jane Porter left Vega Systems in 2016.", "en", [("Jane Porter", "event", "2016-01-01")]),
])
def test_a_titled_persons_own_act_and_the_company_as_an_object(text, lang, expected):
    extra = [{"slug": "vega-systems", "name": "Vega Systems", "type": "ORG"}, {"slug": "jane-porter", "name": "Jane Porter",
             "type": "PERSON"}, {"slug": "orbitra-labs", "name": "Orbitra Labs", "type": "ORG"},
             {"slug": "helix", "name": "Helix", "type": "PRODUCT"}]
    doc = extract_text(text, lang, "2026-03-10", extra_entities=extra)
    assert [(c["subject_name"], c["metric"], c["period_start"]) for c in doc._.kb_claims] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Orbitra Labs flew twice as many missions as Vega Systems this year, and accounted for 85% of all launches.", "en",
     [("Orbitra Labs", 2.0), ("Orbitra Labs", 85.0)]),
    # a second verb with a subject of its own keeps it
    ("Orbitra Labs flew 40 missions, and Vega Systems accounted for 85% of all launches.", "en",
     [("Orbitra Labs", 40.0), ("Vega Systems", 85.0)]),
])
def test_a_verb_joined_by_and_shares_the_first_verbs_subject(text, lang, expected):
    extra = [{"slug": "orbitra-labs", "name": "Orbitra Labs", "type": "ORG"}, {"slug": "vega-systems", "name": "Vega Systems",
             "type": "ORG"}]
    assert sorted(subjects_of(text, lang, extra)) == sorted(expected)


@pytest.mark.parametrize("text, lang, expected", [
    # a figure in a clause that is claimed or said is about that clause's own subject, not about who claims it
    ("In 2015, Orbitra sent investors a plan claiming that Helix would carry 20 tonnes.", "en", [("Helix", 20.0)]),
    ("Orbitra stuurde beleggers een plan waarin stond dat Helix 20 ton zou dragen.", "nl", [("Helix", 20.0)]),
    # the speaker's own figure stays the speaker's
    ("Orbitra said it had raised 3 billion dollars.", "en", [("Orbitra", 3e9)]),
    # a participle of saying opens the claimed clause as a finite verb does
    ("Vega director Ann Lee put this count into perspective, noting that rivals Orbitra and Helix had a combined "
     "2 million subscribers in 2019.", "en", [("Orbitra", 2e6)]),
])
def test_a_figure_in_a_claimed_clause_is_about_that_clauses_subject(text, lang, expected):
    extra = [ORBITRA, HELIX, VEGA, ANN_LEE]
    assert subjects_of(text, lang, extra) == expected


def test_the_time_of_claiming_a_forecast_dates_the_claiming_too():
    extra = [ORBITRA, HELIX]
    doc = extract_text("In 2015, Orbitra sent investors a plan claiming that Helix would carry 20 tonnes.", "en", "2026-03-10",
                       extra_entities=extra)
    assert [(c["subject_name"], c["value"], c["period_start"]) for c in doc._.kb_claims] == \
        [("Helix", 20.0, "2015-01-01"), ("Orbitra", None, "2015-01-01")]


@pytest.mark.parametrize("text, lang, expected", [
    # a figure in the infinitive a possessed noun governs is the possessor's: the one who is to do it
    ("Orbitra is a young rocket firm. The start-up's ambitions align with Beijing's plans to deploy up to 10,000 "
     "satellites.", "en", [("Beijing", 10000.0)]),
    ("Vega backed Orbitra's bid to raise 2 billion dollars.", "en", [("Orbitra", 2e9)]),
    # a possessed thing without an infinitive stays its own
    ("Vega's rocket will carry 20 tonnes to orbit.", "en", [("Vega", 20.0)]),
])
def test_a_figure_in_a_possessed_plan_is_the_possessors(text, lang, expected):
    extra = [{"slug": n.lower(), "name": n, "type": "ORG"} for n in ("Orbitra", "Vega")]
    assert subjects_of(text, lang, extra) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Orbitra, Vega en Lumo hebben aangekondigd dat zij in Spanje vijf nieuwe fabrieken gaan bouwen.", "nl", [("Orbitra", 5.0)]),
    ("Orbitra and Vega said they had raised 3 billion dollars.", "en", [("Orbitra", 3e9)]),
])
def test_names_listed_before_a_verb_of_saying_speak_as_the_first_of_them(text, lang, expected):
    extra = [{"slug": n.lower(), "name": n, "type": "ORG"} for n in ("Orbitra", "Vega", "Lumo")]
    assert subjects_of(text, lang, extra) == expected
    doc = extract_text(text, lang, "2026-03-10", extra_entities=extra)
    assert [c["claimant"] for c in doc._.kb_claims] == ["Orbitra"]


@pytest.mark.parametrize("text, lang, expected", [
    # a base of comparison is about what it is compared with, not about the firm that estimates both
    ("Vega Analytics estimates that Orbitra's revenue in 2024 was $7.8 billion, compared to an estimated "
     "$2.9 billion in 2023.", "en", [("Orbitra", 7.8e9), ("Orbitra", 2.9e9)]),
    ("Vega Analytics schat dat de omzet van Orbitra in 2024 7,8 miljard dollar was, vergeleken met 2,9 miljard "
     "dollar in 2023.", "nl", [("Orbitra", 7.8e9), ("Orbitra", 2.9e9)]),
])
def test_a_base_of_comparison_is_about_what_it_is_compared_with(text, lang, expected):
    extra = [{"slug": "orbitra", "name": "Orbitra", "type": "ORG"}, {"slug": "vega-analytics", "name": "Vega Analytics",
             "type": "ORG"}]
    assert subjects_of(text, lang, extra) == expected


def test_a_relative_clause_measures_the_noun_it_describes():
    doc = extract_text("In the United States, some companies are now designing data centers that may require as much as "
                       "10 gigawatts.", "en", "2026-03-10")
    assert [(c["subject"], c["subject_name"], c["value"], c["unit"]) for c in doc._.kb_claims] == \
        [(None, "datacenters", 10.0, "GW")]


@pytest.mark.parametrize("text, lang, expected", [
    # a forecast with no time of its own holds as it was said then, not at publication (the saying is an event)
    ("Een maand geleden zei Orbitra nog dat het bedrijf 5,5 miljard dollar zou verliezen.", "nl",
     [(5.5e9, "2026-02-10", "forecast"), (None, "2026-02-10", "fact")]),
    ("Orbitra said last month that it expects to lose $5.5 billion.", "en",
     [(5.5e9, "2026-02-01", "forecast"), (None, "2026-02-01", "fact")]),
    # a fact said last month keeps the day it was published at
    ("Orbitra said last month that it has 40 satellites.", "en", [(40.0, "2026-03-10", "fact"), (None, "2026-02-01", "fact")]),
])
def test_a_forecast_holds_as_it_was_said_then(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-10", extra_entities=[{"slug": "lumo", "name": "Lumo", "type": "ORG"}])
    assert [(c["value"], c["period_start"], c["kind"]) for c in doc._.kb_claims] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a time after 'N percent more than' is the base of the comparison, not the time of the figure
    ("Dat is 42 procent meer dan een jaar geleden.", "nl", [(42.0, "2025-05-29")]),
    ("De omzet van Orbitra is 73 procent hoger dan een jaar geleden.", "nl", [(73.0, "2025-05-29")]),
    ("Orbitra's revenue was 42% more than a year ago.", "en", [(42.0, "2025-05-29")]),
    # but 'more than a year ago' alone dates what happened
    ("Meer dan een jaar geleden lanceerde Orbitra 40 satellieten.", "nl", [(40.0, "2024-05-29")]),
])
def test_a_time_after_a_comparative_is_the_base_not_the_time(text, lang, expected):
    doc = extract_text(text, lang, "2025-05-29", extra_entities=[{"slug": "orbitra", "name": "Orbitra", "type": "ORG"}])
    assert [(c["value"], c["period_start"]) for c in doc._.kb_claims] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Helix rocket, built by Vega Systems, flew in May.", "en", {("Helix", "product_of", "Vega Systems")}),
    ("Built by Vega Systems, the Helix rocket flew in May.", "en", {("Helix", "product_of", "Vega Systems")}),
    ("De Helix-raket werd gebouwd door Vega Systems.", "nl", {("Helix", "product_of", "Vega Systems")}),
    # a maker of something that is no product or program makes no product tie
    ("The study, developed by Vega Systems, names Orbitra Labs.", "en", set()),
])
def test_a_thing_built_by_a_maker_is_its_product(text, lang, expected):
    assert ties_among(text, lang, ("Vega Systems", "ORG"), ("Helix", "PRODUCT"), ("Orbitra Labs", "ORG")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Het verbruik van Orbitra was 945 terawattuur. Een terawattuur is een miljard kilowattuur.", "nl", [(945.0, "TWh")]),
    ("Een ton staat gelijk aan duizend kilogram; Orbitra lanceerde 12 ton.", "nl", [(12.0, "t")]),
])
def test_a_conversion_of_one_unit_into_another_claims_nothing(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-10", extra_entities=[{"slug": "lumo", "name": "Lumo", "type": "ORG"}])
    assert [(c["value"], c["unit"]) for c in doc._.kb_claims if c["value"]] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Vega Systems is to acquire Orbitra Labs for $3.1 billion.", "en", [("Orbitra Labs", 3.1e9)]),
    ("Vega Systems neemt Orbitra Labs over voor 3,1 miljard dollar.", "nl", [("Orbitra Labs", 3.1e9)]),
    # the buyer's own figures stay the buyer's
    ("Vega Systems acquired Orbitra Labs and reported revenue of $2 billion.", "en", [("Vega Systems", 2e9)]),
])
def test_the_price_paid_is_about_the_company_bought(text, lang, expected):
    extra = [{"slug": "vega-systems", "name": "Vega Systems", "type": "ORG"}, {"slug": "orbitra-labs", "name": "Orbitra Labs",
             "type": "ORG"}]
    assert subjects_of(text, lang, extra) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("De Helix 6 is de opvolger van de Helix 5. Die raket voerde in totaal 117 missies uit.", "nl", [("Helix 5", 117.0)]),
    ("The Helix 6 replaces the Helix 5. That rocket flew 117 missions in total.", "en", [("Helix 5", 117.0)]),
])
def test_that_rocket_is_the_last_one_named(text, lang, expected):
    extra = [{"slug": "helix-6", "name": "Helix 6", "type": "PRODUCT"}, {"slug": "helix-5", "name": "Helix 5", "type": "PRODUCT"}]
    assert subjects_of(text, lang, extra) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Orbitra Labs plans to invest $20 billion in Pennsylvania.", "en", set()),
    ("Orbitra Labs investeert 20 miljard euro in Texas.", "nl", set()),
    ("Orbitra Labs invested $4 billion in Vega Systems.", "en", {("Orbitra Labs", "invested_in", "Vega Systems")}),
])
def test_money_put_into_a_place_is_no_investment_in_an_entity(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra Labs", "ORG"), ("Vega Systems", "ORG")) == expected


def test_a_thing_of_a_persons_company_belongs_to_the_company():
    assert ties_among("De Helix-raket van Jane Porters' Vega Systems steeg op.", "nl", ("Jane Porters", "PERSON"),
                      ("Vega Systems", "ORG"), ("Helix", "PRODUCT")) == \
        {("Jane Porters", "owns", "Vega Systems"), ("Helix", "product_of", "Vega Systems")}


@pytest.mark.parametrize("text", ["Contact the press office at 010-85061466.", "Bel 1-800-555-0199 voor meer informatie."])
def test_a_phone_number_is_no_claim(text):
    assert extract_text(text, "en", "2026-03-10")._.kb_claims == []


@pytest.mark.parametrize("text, lang", [
    ("Vega Space's founders — CTO Ann Lee, CEO Bob Stone — met at university.", "en"),
    ("The founders of Vega Space, Ann Lee and Bob Stone, met at university.", "en"),
    ("De oprichters van Vega Space, Ann Lee en Bob Stone, leerden elkaar kennen op de universiteit.", "nl"),
])
def test_the_people_listed_after_a_firms_founders_founded_it(text, lang):
    """Each listed person holds the plural role at the firm that owns it; a title before the next name does not
    make that name the title of the one before ('CTO Ann Lee, CEO Bob Stone'), it is that next person's own."""
    ties = ties_among(text, lang, ("Vega Space", "ORG"))
    chief = {("Bob Stone", "ceo_of", "Vega Space")} if "CEO" in text else set()
    assert ties == {("Ann Lee", "founded", "Vega Space"), ("Bob Stone", "founded", "Vega Space")} | chief


def test_founders_with_no_list_after_them_name_no_one():
    assert ties_among("Vega Space's founders met at university, and Orbitra Labs hired them later.", "en",
                      ("Vega Space", "ORG"), ("Orbitra Labs", "ORG")) == set()


@pytest.mark.parametrize("second", [
    "Het bedrijf van Ann Lee wil volgend jaar twintig keer vliegen.",
    "Het was de tiende vlucht van het bedrijf van Ann Lee dit jaar.",
])
def test_the_company_of_a_person_is_the_firm_the_noun_points_back_to(second):
    """'het bedrijf van Ann Lee': the firm 'het bedrijf' stands for belongs to her."""
    ties = ties_among("Vega Space lanceerde dinsdag een raket. " + second, "nl", ("Vega Space", "ORG"), ("Ann Lee", "PERSON"))
    assert ties == {("Ann Lee", "owns", "Vega Space")}


RIVALS = (("Vega Space", "ORG"), ("Orbitra", "ORG"), ("Helix Networks", "ORG"))


@pytest.mark.parametrize("text, lang", [
    ("Vega Space verliest terrein aan concurrenten zoals Orbitra en Helix Networks.", "nl"),
    # 'rivals' also ties the names after it as a verb's object: a rivalry is one tie, whichever way round
    ("Vega Space is losing ground to rivals such as Orbitra and Helix Networks.", "en"),
])
def test_the_rivals_listed_after_such_as_compete_with_the_firm_of_their_sentence(text, lang):
    ties = ties_among(text, lang, *RIVALS)
    assert {frozenset((a, b)) for a, _, b in ties} == {frozenset(("Vega Space", "Orbitra")),
                                                      frozenset(("Vega Space", "Helix Networks"))}
    assert len(ties) == 2 and {r for _, r, _ in ties} == {"competitor_of"}


def test_rivals_listed_in_a_sentence_without_their_firm_are_the_rivals_of_the_firm_right_before():
    """Whose rivals they are is for the sentence right before to say; a topic guessed from afar misleads."""
    assert ties_among("Vega Space serves 3,000 aircraft. However, competition from rivals such as Orbitra and "
                      "Helix Networks is growing.", "en", *RIVALS) == \
        {("Orbitra", "competitor_of", "Vega Space"), ("Helix Networks", "competitor_of", "Vega Space")}
    assert ties_among("Vega Space serves 3,000 aircraft. The market for it grew fast in May. However, competition "
                      "from rivals such as Orbitra and Helix Networks is growing.", "en", *RIVALS) == set()


@pytest.mark.parametrize("text, lang, expected", [
    ("Vega Space acquired the site from Orbitra for $650 million.", "en", {("Vega Space", "customer_of", "Orbitra")}),
    ("Vega Space plans to buy a satellite bus from Orbitra next year.", "en", {("Vega Space", "customer_of", "Orbitra")}),
    ("Vega Space kocht vorig jaar tienduizend chips bij Orbitra.", "nl", {("Vega Space", "customer_of", "Orbitra")}),
    # what was bought names the firm, not the seller; and a firm bought is an acquisition
    ("Vega Space kocht aandelen van Orbitra.", "nl", set()),
    ("Vega Space acquired Orbitra.", "en", {("Vega Space", "acquired", "Orbitra")}),
])
def test_who_buys_from_a_seller_is_its_customer(text, lang, expected):
    assert ties_among(text, lang, ("Vega Space", "ORG"), ("Orbitra", "ORG")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Vega Space carried 3,000 satellites, growing its constellation to over 9,300.", "en",
     [(3000, "satellites"), (9300, "satellites")]),
    ("Vega Space lanceerde 3.000 satellieten en breidde het netwerk uit tot ruim 9.300.", "nl",
     [(3000, "satellites"), (9300, "satellites")]),
    # a measure between them names something else; a multiple counts no things
    ("Vega Space launched 100 satellites and raised its valuation to 400.", "en", [(100, "satellites")]),
    ("Vega Space had eind vorig jaar 100.000 GPU's. In mei is dat aantal verdubbeld naar 200.000.", "nl",
     [(100000, "GPUs"), (200000, "GPUs"), (2, "keer")]),
])
def test_a_bare_number_a_count_grows_to_counts_the_same_things(text, lang, expected):
    doc = extract_text(text, lang, "2025-06-06", extra_entities=[{"slug": "vega", "name": "Vega Space", "type": "ORG"}])
    assert [(c["value"], c["unit"]) for c in doc._.kb_claims if c["value"]] == expected


@pytest.mark.parametrize("text, lang", [
    ("Vega Space boekte in 2025 een omzet van 94,8 miljard dollar. Dat is een terugval vergeleken met 2024, toen "
     "Vega Space nog 97,7 miljard dollar omzet boekte.", "nl"),
    ("Vega Space booked revenue of $94.8 billion in 2025. That is down compared with 2024, when Vega Space booked "
     "$97.7 billion.", "en"),
])
def test_a_when_clause_after_the_base_of_a_comparison_happens_in_that_base(text, lang):
    doc = extract_text(text, lang, "2026-01-30", extra_entities=[{"slug": "vega", "name": "Vega Space", "type": "ORG"}])
    assert [(c["value"], c["period_start"], c["period_end"]) for c in doc._.kb_claims if c["value"]] == [
        (94.8e9, "2025-01-01", "2025-12-31"), (97.7e9, "2024-01-01", "2024-12-31")]


@pytest.mark.parametrize("text, lang, expected", [
    ("For years Vega Space has been lofting satellites and cargo to space for NASA and the Pentagon.", "en",
     {("NASA", "customer_of", "Vega Space"), ("Pentagon", "customer_of", "Vega Space")}),
    ("Vega Space lanceert al jaren satellieten voor NASA en het Pentagon.", "nl",
     {("NASA", "customer_of", "Vega Space"), ("Pentagon", "customer_of", "Vega Space")}),
    # a verb put before its subject still needs 'voor' before the one it flies for
    ("In mei lanceerde Vega Space een nieuwe versie van de Orbitra-raket.", "nl", set()),
    ("Vega Space launched for the first time in 2019.", "en", set()),
])
def test_who_a_launcher_flies_for_is_its_customer(text, lang, expected):
    ties = ties_among(text, lang, ("Vega Space", "ORG"), ("NASA", "AGENCY"), ("Orbitra", "PRODUCT"))
    assert {t for t in ties if t[1] == "customer_of"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Helix, Vega Space's second lunar lander, touched down on Friday.", {("Helix", "product_of", "Vega Space")}),
    ("Orbitra, Vega Space's cloud division, grew fast.", {("Orbitra", "part_of", "Vega Space")}),
    ("Vega Space's cloud division, Orbitra, grew fast.", {("Orbitra", "part_of", "Vega Space")}),
    # a noun that names no thing of a maker's, nor a unit, ties nothing this way
    ("Orbitra, Vega Space's biggest customer, grew fast.", set()),
])
def test_a_name_set_beside_an_owners_noun_is_its_thing_or_unit(text, expected):
    ties = ties_among(text, "en", ("Vega Space", "ORG"), ("Orbitra", "ORG"), ("Helix", "PRODUCT"))
    assert {t for t in ties if t[1] in ("product_of", "part_of")} == expected


@pytest.mark.parametrize("text, expected", [
    ("Vega Space's CEO Ann Lee said the firm would grow.", {("Ann Lee", "ceo_of", "Vega Space")}),
    ("Vega Space's chief executive, Ann Lee, said the firm would grow.", {("Ann Lee", "ceo_of", "Vega Space")}),
    ("Ann Lee, Vega Space's chief executive, said the firm would grow.", {("Ann Lee", "ceo_of", "Vega Space")}),
    ("Vega Space's parent Orbitra reported results.", {("Orbitra", "owns", "Vega Space")}),
    ("Vega Space's CEO said the firm would grow, Ann Lee added.", set()),
])
def test_a_role_after_a_firms_possessive_is_held_at_that_firm(text, expected):
    assert ties_among(text, "en", ("Vega Space", "ORG"), ("Ann Lee", "PERSON"), ("Orbitra", "ORG")) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orbitra raised $50 million in a round led by Vega Space.", {("Vega Space", "invested_in", "Orbitra")}),
    # leading a consortium or subcontractors puts no money in anyone
    ("Orbitra said the consortium, led by Vega Space and its affiliates, brings together 24 organizations.", set()),
    ("Building Orbitra requires 600 subcontractors led by Vega Space.", set()),
])
def test_led_by_names_an_investor_only_where_money_is_raised(text, expected):
    assert ties_among(text, "en", ("Vega Space", "ORG"), ("Orbitra", "ORG")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Financieel directeur Ann Lee van Vega Space zei dat de omzet steeg.", "nl", set()),
    ("Directeur Ann Lee van Vega Space zei dat de omzet steeg.", "nl", {("Ann Lee", "ceo_of", "Vega Space")}),
    ("Ann Lee, the deputy chief executive of Vega Space, said revenue rose.", "en", set()),
    ("Ann Lee, the chief executive of Vega Space, said revenue rose.", "en", {("Ann Lee", "ceo_of", "Vega Space")}),
])
def test_another_officers_title_is_no_chiefs(text, lang, expected):
    """'financieel directeur', 'deputy chief executive': a word before the title makes it another officer's."""
    ties = {t for t in ties_among(text, lang, ("Vega Space", "ORG"), ("Ann Lee", "PERSON")) if t[1] == "ceo_of"}
    assert ties == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Vega Space en Orbitra zullen samen drie nieuwe locaties openen.", "nl", {("Vega Space", "partner_of", "Orbitra")}),
    ("Vega Space and Orbitra will jointly build a data center.", "en", {("Vega Space", "partner_of", "Orbitra")}),
    # holding a share together makes no partners
    ("Vega Space en Orbitra zijn samen goed voor 85 procent van de markt.", "nl", set()),
    ("Vega Space and Orbitra together account for 90% of the market.", "en", set()),
])
def test_firms_coordinated_before_a_word_of_acting_together_are_partners(text, lang, expected):
    assert ties_among(text, lang, ("Vega Space", "ORG"), ("Orbitra", "ORG")) == expected


def test_a_dated_statement_is_an_event_of_its_speaker():
    doc, claims = english_claims("Orbitra will fly ten missions through 2029, NASA announced Friday. Jane Doe in May wrote "
                                 "to the board of Orbitra. Google said nothing on Tuesday.", "2026-06-15")
    dated = [(c[0], c[1], c[4], c[5]) for c in claims]
    assert dated == [("Orbitra", "missions_count", "2026-06-15", "forecast"), ("NASA", "announcement", "2026-06-12", "fact"),
                     ("Jane Doe", "statement", "2026-05-01", "fact")]  # said nothing: no statement


def test_a_name_after_that_or_an_indefinite_article_is_no_speaker():
    doc = extract_text("Musk reageerde met nieuwe plannen: hij kondigde een Helix-presentatie aan en stelde dat de "
                       "Cybercab in het voorjaar van 2027 in productie gaat.", "nl", "2026-11-07")
    assert [(c["subject_name"], c["period_start"], c["claimant"]) for c in doc._.kb_claims] == [("Cybercab", "2027-03-20", None)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Orbitra plans to acquire one million Nvidia and AMD chips.", "en",
     {("Orbitra", "customer_of", "Nvidia"), ("Orbitra", "customer_of", "AMD")}),
    ("Orbitra bought 5,000 Nvidia GPUs last year.", "en", {("Orbitra", "customer_of", "Nvidia")}),
    ("Orbitra kocht vorig jaar 100.000 Nvidia-chips.", "nl", {("Orbitra", "customer_of", "Nvidia")}),
    # the maker itself bought: an acquisition, whatever else the sentence says
    ("Orbitra acquired Vega and its chips in 2025.", "en", {("Orbitra", "acquired", "Vega")}),
])
def test_goods_named_by_their_maker_make_a_customer_not_an_acquisition(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Vega", "ORG")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Vega along with Orbitra and Helix won spots to compete for launches in June.", "en",
     {("Vega", "competitor_of", "Orbitra"), ("Orbitra", "competitor_of", "Helix"), ("Vega", "competitor_of", "Helix")}),
    ("Vega samen met Orbitra en Helix strijden om de opdracht van het leger.", "nl",
     {("Vega", "competitor_of", "Orbitra"), ("Orbitra", "competitor_of", "Helix"), ("Vega", "competitor_of", "Helix")}),
    # a rival named after the verb is the other side; the firm that invested does not compete with its investee
    ("Vega invested in Orbitra to compete with Helix.", "en", {("Vega", "invested_in", "Orbitra"), ("Vega", "competitor_of", "Helix")}),
])
def test_firms_that_compete_side_by_side_are_rivals(text, lang, expected):
    assert ties_among(text, lang, ("Vega", "ORG"), ("Orbitra", "ORG"), ("Helix", "ORG")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("De export leverde vorig jaar 200 miljard dollar op. Ter vergelijking: Orbitra verdiende 220 miljard dollar.", "nl",
     [("2024-01-01", "2024-12-31"), ("2024-01-01", "2024-12-31")]),
    ("Vega earned $200 million in 2024. By comparison, Orbitra earned $50 million.", "en",
     [("2024-01-01", "2024-12-31"), ("2024-01-01", "2024-12-31")]),
    # without the opener, a sentence of its own is dated at publication
    ("Vega earned $200 million in 2024. Orbitra earned $50 million.", "en",
     [("2024-01-01", "2024-12-31"), ("2025-04-10", "2025-04-10")]),
])
def test_a_sentence_set_against_the_one_before_tells_of_its_time(text, lang, expected):
    doc = extract_text(text, lang, "2025-04-10", extra_entities=[{"slug": "orbitra", "name": "Orbitra", "type": "ORG"},
                                                                 {"slug": "vega", "name": "Vega", "type": "ORG"}])
    assert [(c["period_start"], c["period_end"]) for c in doc._.kb_claims if c["value"] is not None] == expected


def test_the_owner_before_a_count_and_the_firm_of_counted_people():
    doc, claims = english_claims("Orbitra had hoped to land. Helix, Orbitra's second lunar lander, had problems. A room of "
                                 "more than 500 Orbitra employees and officials grew silent. Vega's 7,000 satellites stayed up.",
                                 "2026-06-06", [{"slug": "orbitra", "name": "Orbitra", "type": "ORG"},
                                                {"slug": "helix", "name": "Helix", "type": "PRODUCT"},
                                                {"slug": "vega", "name": "Vega", "type": "ORG"}])
    assert [(c[0], c[2], c[3]) for c in claims if c[2] is not None] == [
        ("Orbitra", 2, "lander"), ("Orbitra", 500, "employees"), ("Vega", 7000, "satellites")]


@pytest.mark.parametrize("text, lang, expected", [
    # an abbreviation in brackets after a title says no more: the name after it holds the title
    ("Vega's Chief Executive Officer (CEO), Jane Doe, said the service works.", "en", {("Jane Doe", "ceo_of", "Vega")}),
    # an apposition may stand between dashes
    ("Vega—Orbitra's parent—raised its spending.", "en", {("Vega", "owns", "Orbitra")}),
    # a backer named by its government's possessive; the phrase after a name and its comma describes that name
    ("Helix, run by Orbitra, serves ships, while Lyra, backed by Vega's municipal fund, serves planes.", "en",
     {("Helix", "product_of", "Orbitra"), ("Vega", "invested_in", "Lyra")}),
    # the members listed after the verb are part of the group
    ("Onder Lyra vallen Vega, Orbitra en andere partijen.", "nl", {("Vega", "part_of", "Lyra"), ("Orbitra", "part_of", "Lyra")}),
    ("The Lyra consortium consists of Vega and Orbitra.", "en", {("Vega", "part_of", "Lyra"), ("Orbitra", "part_of", "Lyra")}),
    ("Onder leiding van Vega vallen de kosten.", "nl", set()),
])
def test_titles_appositions_backers_and_members(text, lang, expected):
    assert ties_among(text, lang, ("Vega", "ORG"), ("Orbitra", "ORG"), ("Helix", "PRODUCT"), ("Lyra", "PROGRAM"),
                      ("Jane Doe", "PERSON")) == expected


def test_a_thing_a_firm_owns_is_no_party_listed_after_its_cue():
    ties = ties_among("Orbitra haalt 10 miljard dollar op. Met deze kapitaalinjectie wil de startup de ontwikkeling "
                      "van zijn Helix-platform versnellen.", "nl", ("Orbitra", "ORG"), ("Helix", "PRODUCT"))
    assert ties == {("Helix", "product_of", "Orbitra")}


def test_a_counted_noun_after_long_describing_words():
    _, claims = english_claims("Orbitra has announced a $20 billion investment to develop two large-scale data center "
                               "campuses in Ohio.", "2026-06-06", [{"slug": "orbitra", "name": "Orbitra", "type": "ORG"}])
    assert [(c[0], c[2], c[3]) for c in claims] == [("Orbitra", 2e10, "USD"), ("Orbitra", 2, "campuses")]


@pytest.mark.parametrize("text, expected", [
    # after a phrase put first, 'het' right after the verb is the company of the sentence before
    ("Jan de Vries stopt met zijn Orbitra, maar Orbitra stopt niet met saneren. Volgens de Orbitra-website heeft het de "
     "afgelopen maanden 175 miljard dollar bespaard.", [("Orbitra", 1.75e11)]),
    # an article, not a pronoun: the firm it opens is the subject
    ("Orbitra groeit. Vorig jaar verkocht het Franse Vega 1,8 miljoen auto's.", [("Vega", 1.8e6)]),
])
def test_a_pronoun_after_the_verb_of_an_inverted_dutch_sentence(text, expected):
    doc = extract_text(text, "nl", "2025-05-20", extra_entities=[{"slug": "orbitra", "name": "Orbitra", "type": "ORG"},
                                                                 {"slug": "vega", "name": "Vega", "type": "ORG"}])
    assert [(c["subject_name"], c["value"]) for c in doc._.kb_claims if c["value"] is not None] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Orbitra testte vorig jaar een straal. In 2028 wil het bedrijf de test herhalen. Twee jaar later wil het de eerste "
     "satellieten lanceren.", "nl", [("2024-01-01", None), ("2028-01-01", None), ("2030-01-01", None)]),
    ("Orbitra flew its first rocket in March 2024. Three months later, it launched again.", "en",
     [("2024-03-01", None), ("2024-06-01", None)]),
    # a span of time with no word for after it stays a duration
    ("Orbitra flew its first rocket in March 2024. The flight took two hours.", "en", [("2024-03-01", None), ("2024-03-01", 2.0)]),
])
def test_a_span_of_time_later_counts_from_the_time_before(text, lang, expected):
    doc = extract_text(text, lang, "2025-12-16", extra_entities=[{"slug": "orbitra", "name": "Orbitra", "type": "ORG"}])
    assert [(c["period_start"], c["value"]) for c in doc._.kb_claims] == expected


def test_a_split_comparative_makes_the_time_after_than_a_base():
    doc = extract_text("Orbitra boekte in het eerste kwartaal 44 miljard dollar. De chiptak, die met 39 miljard dollar 73 "
                       "procent meer opbracht dan een jaar geleden, groeide. Meer dan een jaar geleden lanceerde Orbitra "
                       "een raket.", "nl", "2025-05-29", extra_entities=[{"slug": "orbitra", "name": "Orbitra", "type": "ORG"}])
    periods = [(c["value"], c["period_start"]) for c in doc._.kb_claims]
    assert (39e9, "2025-01-01") in periods and (73, "2025-01-01") in periods  # the quarter told before, not a year ago
    assert (None, "2024-05-29") in periods  # "meer dan een jaar geleden" says how long ago


@pytest.mark.parametrize("text, expected", [
    # a phrase with no verb after a comma says more of the figure before it, and shares its time
    ("Vega sells data. Orbitra sells ships. The firms compete. Vega also announced its Q1 2024 results, which showed "
     "revenue of €498 million, up 2.5 percent year-on-year.", [(4.98e8, "2024-01-01"), (2.5, "2024-01-01")]),
    # a clause of its own is told now
    ("Orbitra raised $50 million in 2023, and it now employs 200 people.", [(5e7, "2023-01-01"), (200, "2024-04-30")]),
])
def test_a_verbless_phrase_shares_the_time_of_the_figure_it_qualifies(text, expected):
    doc = extract_text(text, "en", "2024-04-30", extra_entities=[{"slug": "orbitra", "name": "Orbitra", "type": "ORG"},
                                                                 {"slug": "vega", "name": "Vega", "type": "ORG"}])
    assert [(c["value"], c["period_start"]) for c in doc._.kb_claims] == expected


def test_its_count_after_a_described_name_is_the_acting_firms():
    _, claims = english_claims("Orbitra released a statement concerning Helix 2, its second data center in Memphis.",
                               "2025-07-16", [{"slug": "orbitra", "name": "Orbitra", "type": "ORG"},
                                              {"slug": "helix-2", "name": "Helix 2", "type": "PRODUCT"}])
    assert [(c[0], c[2]) for c in claims] == [("Orbitra", 2)]


@pytest.mark.parametrize("text, lang, expected", [
    # a verb joined by 'and' or 'then' shares the sentence's subject, however far it stands
    ("Orbitra raised money. The company, which merged with Vega in March, is in a race and plans to acquire one "
     "million Nvidia chips.", "en", {("Orbitra", "merged_with", "Vega"), ("Orbitra", "customer_of", "Nvidia")}),
    ("Orbitra plans to test a new approach to cooling on the ground, then buy a satellite bus from Vega.", "en",
     {("Orbitra", "customer_of", "Vega")}),
    # a list of rivals goes on past the person named as the owner of one of them
    ("Helix concurreert met Orbitra van Richard Halden en Vega.", "nl",
     {("Helix", "competitor_of", "Orbitra"), ("Helix", "competitor_of", "Vega"), ("Richard Halden", "owns", "Orbitra")}),
])
def test_joined_verbs_share_their_subject_and_lists_go_past_an_owner(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Vega", "ORG"), ("Helix", "ORG")) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle after a comma, or a verb after 'it', tells of the sentence's subject
    ("Orbitra tested a reusable rocket earlier this month, marking a direct challenge to Vega.",
     {("Orbitra", "competitor_of", "Vega")}),
    ("Orbitra raised millions at a $1 billion valuation, helping it compete with Vega and Helix.",
     {("Orbitra", "competitor_of", "Vega"), ("Orbitra", "competitor_of", "Helix")}),
])
def test_a_participle_or_it_before_the_verb_tells_of_the_sentences_subject(text, expected):
    assert ties_among(text, "en", ("Orbitra", "ORG"), ("Vega", "ORG"), ("Helix", "ORG")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a thing named after its noun and a possessive is a product of the owner, also past 'known as'
    ("The deal could help Orbitra's ability to train its chatbot known as Lyra.", "en", {("Lyra", "product_of", "Orbitra")}),
    ("Orbitra traint zijn chatbot genaamd Lyra.", "nl", {("Lyra", "product_of", "Orbitra")}),
    # who depends on a firm is its customer; a thing that depends on one is no party
    ("Orbitra was de afgelopen jaren afhankelijk van Vega.", "nl", {("Orbitra", "customer_of", "Vega")}),
    ("Orbitra relies on Vega for its launches. The outcome depends on Vega.", "en", {("Orbitra", "customer_of", "Vega")}),
])
def test_named_products_after_a_possessive_and_customers_that_depend(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Vega", "ORG")) == expected


@pytest.mark.parametrize("text, lang", [
    # the two merging names may each stand after a few words that describe them
    ("De fusie tussen de Franse firma Orbitra en het Britse Vega is afgerond.", "nl"),
    ("The merger of the American firm Orbitra and the small Vega closed in May.", "en"),
    ("De fusie tussen Orbitra en Vega is afgerond.", "nl"),
])
def test_a_merger_pair_may_stand_past_describing_words(text, lang):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Vega", "ORG")) == {("Orbitra", "merged_with", "Vega")}


@pytest.mark.parametrize("text, lang, expected", [
    # a name between a determiner and the deal's noun names the deal, it is no party to it
    ("Orbitra renewed the Lyra contract with Vega.", "en", {("Vega", "customer_of", "Orbitra")}),
    ("Orbitra expanded its existing Lyra Services (LS) agreement with Vega.", "en",
     {("Orbitra", "partner_of", "Vega"), ("Vega", "customer_of", "Orbitra")}),
    # a deal that is the object of a verb joined by 'and' is the sentence subject's, past names in the first verb's phrase
    ("Orbitra expanded its existing agreement with the Vega Agency for imagery in four regions, and also secured a new "
     "contract with Helix.", "en",
     {("Orbitra", "partner_of", "Vega Agency"), ("Vega Agency", "customer_of", "Orbitra"), ("Helix", "customer_of", "Orbitra")}),
    ("Orbitra verlengde zijn overeenkomst met Vega en sloot ook een nieuw contract met Helix.", "nl",
     {("Orbitra", "partner_of", "Vega"), ("Vega", "customer_of", "Orbitra"), ("Helix", "customer_of", "Orbitra")}),
])
def test_a_deal_is_the_subjects_and_a_name_inside_it_names_the_deal(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Vega", "ORG"), ("Helix", "ORG"), ("Vega Agency", "AGENCY"),
                      ("Lyra", "PRODUCT"), ("Lyra Services", "OTHER")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the serial comma's 'and' is no word before the last item; a chief's title in the list states the role too
    ("But Orbitra's founders — CTO Ann Lee, CEO Bob Stone, and chief growth officer Carl Reed — have a plan.", "en",
     {("Ann Lee", "founded", "Orbitra"), ("Bob Stone", "founded", "Orbitra"), ("Carl Reed", "founded", "Orbitra"),
      ("Bob Stone", "ceo_of", "Orbitra")}),
    ("Orbitra raised money from Vega, Helix, and the large state fund Lyra.", "en",
     {("Vega", "invested_in", "Orbitra"), ("Helix", "invested_in", "Orbitra"), ("Lyra", "invested_in", "Orbitra")}),
])
def test_a_serial_comma_list_and_titles_inside_it(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Vega", "ORG"), ("Helix", "ORG"), ("Lyra", "ORG"),
                      ("Ann Lee", "PERSON"), ("Bob Stone", "PERSON"), ("Carl Reed", "PERSON")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a copula ties the sentence's subject to the owner's product noun
    ("Helix is Vega's first rocket to reach orbit.", "en", {("Helix", "product_of", "Vega")}),
    ("Helix is al jaren in ontwikkeling en is Vega's eerste raket die in een baan om de aarde kan komen.", "nl",
     {("Helix", "product_of", "Vega")}),
    # the owner's noun is no product: no tie
    ("Helix is Vega's biggest worry this year.", "en", set()),
])
def test_a_copula_makes_the_subject_the_owners_product(text, lang, expected):
    assert ties_among(text, lang, ("Vega", "ORG"), ("Helix", "PRODUCT")) == expected


@pytest.mark.parametrize("text, lang", [
    # the names inside an apposition describe the name before it, which is the verb's subject
    ("Vega, het ruimtevaartbedrijf van Orbitra-baas en miljardair Ann Lee, wil concurreren met Helix.", "nl"),
    ("Vega, the rocket company of Orbitra boss and billionaire Ann Lee, wants to compete with Helix.", "en"),
])
def test_the_verb_after_an_apposition_tells_of_the_name_it_describes(text, lang):
    ties = ties_among(text, lang, ("Vega", "ORG"), ("Helix", "ORG"), ("Orbitra", "ORG"), ("Ann Lee", "PERSON"))
    assert ("Vega", "competitor_of", "Helix") in ties
    assert not any(t[0] == "Ann Lee" and t[1] == "competitor_of" for t in ties)


@pytest.mark.parametrize("text, lang", [
    # a time that dates a participle or a description of the subject does not date the tie the sentence states
    ("Het in 2000 opgerichte Vega wil concurreren met Helix.", "nl"),
    ("Vega, opgericht door Ann Lee in 2000, concurreert met Helix.", "nl"),
    ("Vega, founded by Ann Lee in 2000, competes with Helix.", "en"),
])
def test_a_time_inside_a_description_does_not_date_the_tie(text, lang):
    doc = extract_text(text, lang, "2025-06-01", extra_entities=[
        {"slug": "vega", "name": "Vega", "type": "ORG"}, {"slug": "helix", "name": "Helix", "type": "ORG"},
        {"slug": "ann-lee", "name": "Ann Lee", "type": "PERSON"}])
    ties = {(r["subject_name"], r["relation"], r["object_name"]): r["period_start"] for r in doc._.kb_relations}
    assert ties[("Vega", "competitor_of", "Helix")] is None
    assert ties.get(("Ann Lee", "founded", "Vega"), "2000-01-01") == "2000-01-01"


def test_a_time_of_the_tie_itself_still_dates_it():
    doc = extract_text("In 2021, Vega partnered with Helix.", "en", "2025-06-01", extra_entities=[
        {"slug": "vega", "name": "Vega", "type": "ORG"}, {"slug": "helix", "name": "Helix", "type": "ORG"}])
    assert [(r["subject_name"], r["relation"], r["object_name"], r["period_start"]) for r in doc._.kb_relations] == \
        [("Vega", "partner_of", "Helix", "2021-01-01")]


@pytest.mark.parametrize("text, lang, expected", [
    # a product one develops or builds is one's product; a program one builds is a plan of one's own
    ("Orbitra is developing Helix, a small launch vehicle.", "en", {("Helix", "product_of", "Orbitra")}),
    ("Orbitra werkt ondertussen voort aan Helix, de raket die zware vracht moet lanceren.", "nl",
     {("Helix", "product_of", "Orbitra")}),
    ("Orbitra is building Lyra, a network of ten data centers.", "en", {("Orbitra", "plans", "Lyra")}),
])
def test_a_product_one_develops_is_ones_product_and_a_program_a_plan(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Helix", "PRODUCT"), ("Lyra", "PROGRAM")) == expected


@pytest.mark.parametrize("text, lang", [
    # rivals listed with no firm in their sentence are the rivals of the firm the story is about, which a
    # possessive that opens the sentence before names
    ("Orbitra launched ten rockets last year. Vega's cloud business grew fast. However, competition from rivals such "
     "as Helix and Lyra threatens those revenues.", "en"),
    ("Orbitra lanceerde vorig jaar tien raketten. Vega's clouddivisie groeide snel. Maar concurrenten zoals Helix en "
     "Lyra zetten die omzet onder druk.", "nl"),
])
def test_rivals_listed_without_a_firm_are_the_topics(text, lang):
    assert ties_among(text, lang, ("Vega", "ORG"), ("Helix", "ORG"), ("Lyra", "ORG"), ("Orbitra", "ORG")) == \
        {("Helix", "competitor_of", "Vega"), ("Lyra", "competitor_of", "Vega")}


@pytest.mark.parametrize("text, lang, expected", [
    # a day in words right before a noun counts that noun; alone, or before an adverb, it is a day
    ("Orbitra hopes a landing attempt will occur on the second flight.", "en", []),
    ("Ann Lee ging mee op de eerste vlucht.", "nl", []),
    ("The vote is on the second.", "en", ["2025-12-02"]),
    ("Ann Lee is op de tweede terug gegaan.", "nl", ["2025-12-02"]),
])
def test_an_ordinal_before_a_noun_is_no_day(text, lang, expected):
    doc = extract_text(text, lang, "2025-11-20")
    assert [t["period_start"] for t in doc._.kb_periods] == expected


@pytest.mark.parametrize("text, expected", [
    # a place that opens its sentence before a dash and a capital is a dateline in title case, no subject
    ("Memphis — Orbitra has signed a multiyear pact to buy enough chips to power six gigawatts of computing, a scale "
     "more often associated with national grids than with any single company's servers.", [("Orbitra", 6.0)]),
    ("Shanghai — Orbitra has signed a multiyear pact to buy enough chips to power six gigawatts of computing, a "
     "scale more often associated with national grids than with any single company's servers.", [("Orbitra", 6.0)]),
    # a dash before a word in lower case opens an apposition: the place acts
    ("China — the world's second-largest economy — launched 12 rockets in May.", [("China", 12.0)]),
])
def test_a_place_before_a_dash_and_a_capital_is_a_dateline(text, expected):
    _, claims = english_claims(text, "2025-06-01", [{"slug": "orbitra", "name": "Orbitra", "type": "ORG"}])
    assert [(c[0], c[2]) for c in claims] == expected


def test_the_subject_after_a_phrase_put_first_is_no_item_of_that_phrase():
    """'Built by Vega Works, the Helix is ...': Helix is the clause's subject, so 'it' in the next sentence is Helix."""
    _, claims = english_claims("Built by Vega Works, the Helix is the country's first reusable rocket. It flew 12 times "
                               "last year.", "2025-06-01", [{"slug": "vega", "name": "Vega Works", "type": "ORG"},
                                                            {"slug": "helix", "name": "Helix", "type": "PRODUCT"}])
    assert [(c[0], c[2]) for c in claims] == [("Helix", 12.0)]


@pytest.mark.parametrize("text, lang, expected", [
    # a product does not plan: what a rocket launches is no plan of the rocket's
    ("Europe's flagship Helix rocket launches with 32 satellites for the Lyra network.", "en", set()),
    ("De Helix-raket lanceert morgen 32 satellieten voor het Lyra-netwerk.", "nl", set()),
    ("Orbitra launches Lyra next year.", "en", {("Orbitra", "plans", "Lyra")}),
])
def test_a_product_makes_no_plans(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Helix", "PRODUCT"), ("Lyra", "PROGRAM")) == expected


def test_space_x_written_apart_is_spacex_not_the_social_network():
    ties = ties_among("Elon Musk's Space X plans 20 launches this year.", "en")
    assert ties == {("Elon Musk", "owns", "SpaceX")}


@pytest.mark.parametrize("text, expected", [
    # a role glued to a firm's name in one word holds for the person after it, past a second title
    ("Vega, het bedrijf van Orbitrabaas en miljardair Ann Lee, groeit.", {("Ann Lee", "ceo_of", "Orbitra"), ("Ann Lee", "owns", "Vega")}),
    ("Volgens Orbitrabaas Ann Lee gaat het goed.", {("Ann Lee", "ceo_of", "Orbitra")}),
    # a glued word that names no role ties nothing
    ("Volgens de Orbitrasatellieten van Ann Lee gaat het goed.", set()),
])
def test_a_role_glued_to_a_firms_name(text, expected):
    assert ties_among(text, "nl", ("Vega", "ORG"), ("Orbitra", "ORG"), ("Ann Lee", "PERSON")) == expected


def test_a_figure_told_in_the_past_in_a_dated_report_holds_when_it_was_reported():
    doc = extract_text("Vega reported last month that Orbitra had raised $600 million.", "en", "2026-03-10",
                       extra_entities=[ORBITRA])
    assert [(c["subject_name"], c["value"], c["period_start"], c["period_end"]) for c in doc._.kb_claims if c["value"]] == \
        [("Orbitra", 6e8, "2026-02-01", "2026-02-28")]


@pytest.mark.parametrize("text, period", [
    # a state told in the present holds when the article appeared, not at the time of the sentence before
    ("Orbitra lanceerde vorig jaar de Helix. Hij draait op een hoogte van 580 kilometer rond de aarde.",
     ("2026-03-10", "2026-03-10")),
    # told in the past, it holds at that time
    ("Orbitra lanceerde vorig jaar de Helix. Hij draaide toen op een hoogte van 580 kilometer.", ("2025-01-01", "2025-12-31")),
])
def test_a_verb_the_parser_marks_present_dates_a_state_at_publication(text, period):
    doc = extract_text(text, "nl", "2026-03-10", extra_entities=[ORBITRA, HELIX])
    assert [(c["period_start"], c["period_end"]) for c in doc._.kb_claims if c["value"]] == [period]


def test_a_time_the_parse_hangs_on_a_verb_of_saying_dates_the_saying_and_counts_what_was_said_from_it():
    doc = extract_text("Ann Lee zei tijdens de Helix Summit in Davos op 21 januari dat Orbitra binnen twee tot drie jaar "
                       "datacenters in de ruimte lanceert.", "nl", "2026-03-10", extra_entities=[ORBITRA, ANN_LEE])
    rows = [(c["subject_name"], c["metric"], c["period_start"][:7]) for c in doc._.kb_claims]
    assert rows == [("Ann Lee", "statement", "2026-01"), ("Orbitra", "launch", "2028-01")]  # not an Orbitra launch on 21 January


def test_a_time_on_what_a_saying_is_about_dates_the_saying():
    doc = extract_text("Orbitra founder Ann Lee commented on Helix's design in October.", "en", "2026-03-10",
                       extra_entities=[ORBITRA, HELIX, ANN_LEE])
    assert [(c["subject_name"], c["metric"], c["period_start"]) for c in doc._.kb_claims] == \
        [("Ann Lee", "statement", "2025-10-01")]


@pytest.mark.parametrize("text, lang, expected", [
    # what an owner's plan is to field or build is the owner's plan, each program listed with it too
    ("The launch was part of Orbitra's broader plan to field two large constellations, Helix and Lyra, by 2030.", "en",
     {("Orbitra", "plans", "Helix"), ("Orbitra", "plans", "Lyra")}),
    ("De lancering past in Orbitra's plan om twee constellaties, Helix en Lyra, te lanceren.", "nl",
     {("Orbitra", "plans", "Helix"), ("Orbitra", "plans", "Lyra")}),
    # a bid to rival a program is no plan to field it
    ("The mission advances Orbitra's bid to rival Helix and Lyra.", "en", set()),
])
def test_what_an_owners_plan_fields_is_its_plan(text, lang, expected):
    assert {t for t in ties_among(text, lang, ("Orbitra", "ORG"), ("Helix", "PROGRAM"), ("Lyra", "PROGRAM"))
            if t[1] == "plans"} == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a hyphenated word before the agent counts as one word, and its half ('owned') is no verb of its own
    ("Helix, led by the state-owned Vega, is geared toward domestic telecommunications.", "en",
     {("Helix", "product_of", "Vega")}),
    ("Helix, built by the Paris-based Vega, flew twice.", "en", {("Helix", "product_of", "Vega")}),
])
def test_an_agent_after_a_hyphenated_word_is_found_and_the_word_is_no_verb(text, lang, expected):
    assert ties_among(text, lang, ("Vega", "ORG"), ("Helix", "PROGRAM")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a name set beside a possessive pronoun and a noun for a site or a product is the thing of the one it points to
    ("Today, Orbitra released a statement concerning Helix, its second data center here in Memphis.", "en",
     {("Orbitra", "owns", "Helix")}),
    ("Orbitra toonde gisteren Helix, zijn nieuwe raket voor zware vracht.", "nl", {("Helix", "product_of", "Orbitra")}),
    # a noun for neither ties nothing
    ("Today, Orbitra released a statement concerning Helix, its second attempt this year.", "en", set()),
])
def test_a_name_beside_its_and_a_noun_is_the_owners_thing(text, lang, expected):
    assert ties_among(text, lang, ("Orbitra", "ORG"), ("Helix", "PRODUCT")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a participle right after a name's comma describes that name, as 'which' does
    ("The satellites compete with constellations such as Orbitra's Helix, which operates more than 7,700 satellites, "
     "and Vega's Lyra, deploying more than 150 in orbit.", "en", [("Helix", 7700.0), ("Lyra", 150.0)]),
    # after the phrase's closing comma the name is the subject again
    ("Lyra, backed by Vega, already has 300 satellites in orbit.", "en", [("Lyra", 300.0)]),
    # a day before the comma is no name: the participle goes on about the sentence's subject
    ("Orbitra said its lander likely crashed on Friday, marking another failure two years after its first mission.",
     "en", [("Orbitra", 2.0)]),
])
def test_a_participle_after_a_names_comma_describes_that_name(text, lang, expected):
    helix, lyra = invented("Helix", "PROGRAM"), invented("Lyra", "PROGRAM")
    assert subjects_of(text, lang, [ORBITRA, VEGA, helix, lyra]) == expected


@pytest.mark.parametrize("text, lang, expected", [
    # a claim in cents is told in its currency, so it compares with other sums
    ("The warrant lets Orbitra buy up to 160 million shares at one cent each.", "en", [(160e6, "shares"), (0.01, "USD")]),
    ("Orbitra verkoopt zijn aandelen voor 50 cent per stuk.", "nl", [(0.5, "EUR")]),
])
def test_a_claim_in_cents_is_told_in_its_currency(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-10", extra_entities=[ORBITRA])
    assert [(c["value"], c["unit"]) for c in doc._.kb_claims if c["value"] is not None] == expected


@pytest.mark.parametrize("text, lang", [
    # a vague count tells no figure: no claim
    ("Orbitra designed racks that are a few centimeters in depth.", "en"),
    ("Orbitra ontwierp rekken die een paar centimeter diep zijn.", "nl"),
    ("Orbitra wants to launch several hundred satellites.", "en"),
])
def test_a_vague_count_is_no_claim(text, lang):
    assert [c["value"] for c in extract_text(text, lang, "2026-03-10", extra_entities=[ORBITRA])._.kb_claims
            if c["value"] is not None] == []


@pytest.mark.parametrize("text, lang, expected", [
    # bare numbers that go on from a year's count count the same things, a year on per step; 'now' is now
    ("The climb has been steep: Orbitra flew 25 missions in 2020, then 31, 61, and now 96.", "en",
     [(25.0, "missions", "2020-01-01"), (31.0, "missions", "2021-01-01"), (61.0, "missions", "2022-01-01"),
      (96.0, "missions", "2026-03-10")]),
    ("Orbitra vloog 25 missies in 2020, daarna 31, 61 en nu 96.", "nl",
     [(25.0, "missions", "2020-01-01"), (31.0, "missions", "2021-01-01"), (61.0, "missions", "2022-01-01"),
      (96.0, "missions", "2026-03-10")]),
    # counts joined by 'and' without a series word stay at their time
    ("In 2024, 1.06 billion Orbitra shares were voted in favour and 916 million against.", "en",
     [(1.06e9, "shares", "2024-01-01"), (916e6, "shares", "2024-01-01")]),
])
def test_a_series_after_a_dated_count_steps_a_year_per_number(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-10", extra_entities=[ORBITRA])
    assert [(c["value"], c["unit"], c["period_start"]) for c in doc._.kb_claims if c["value"]] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # bare numbers listed after a count, each with its own year, count the same things in their own years
    ("Orbitra flew 25 missions in 2020, 31 in 2021 and 61 in 2022.", "en",
     [(25.0, "missions", "2020-01-01"), (31.0, "missions", "2021-01-01"), (61.0, "missions", "2022-01-01")]),
    ("Orbitra vloog 25 missies in 2020, 31 in 2021 en 61 in 2022.", "nl",
     [(25.0, "missions", "2020-01-01"), (31.0, "missions", "2021-01-01"), (61.0, "missions", "2022-01-01")]),
    # a number without a year of its own after the comma is no item of the list
    ("Orbitra had 500 employees in 2020, 30 of them engineers.", "en", [(500.0, "employees", "2020-01-01")]),
])
def test_bare_numbers_listed_with_their_own_years_count_the_same_things(text, lang, expected):
    doc = extract_text(text, lang, "2026-03-10", extra_entities=[ORBITRA])
    assert [(c["value"], c["unit"], c["period_start"]) for c in doc._.kb_claims if c["value"]] == expected


def test_a_report_figure_with_no_time_is_for_the_quarter_named_earlier_in_the_article():
    text = ("Orbitra agreed to buy Vega on Tuesday. The deal needs approval. Both boards back it. The firms will "
            "merge their networks.\n\nOrbitra also announced its Q1 2026 results, which showed revenue "
            "of 498 million euros.\n\nThe shift to networks, driven by 24.5 percent growth in mobility, points the way.")
    doc = extract_text(text, "en", "2026-04-30", extra_entities=[ORBITRA, VEGA])
    assert [(c["value"], c["period_start"], c["period_end"]) for c in doc._.kb_claims if c["value"]] == \
        [(498e6, "2026-01-01", "2026-03-31"), (24.5, "2026-01-01", "2026-03-31")]
