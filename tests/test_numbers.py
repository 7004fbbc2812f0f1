from __future__ import annotations

import pytest

from ingest.amounts import find_amounts, parse_digits, parse_number_word


@pytest.mark.parametrize("text, lang, value", [
    ("3.000", "nl", 3000), ("1,5", "nl", 1.5), ("1.25", "en", 1.25), ("9,000", "en", 9000),
    ("40 000", "nl", 40000), ("1.250.000", "nl", 1250000), ("1,250,000.5", "en", 1250000.5),
])
def test_digits(text, lang, value):
    assert parse_digits(text, lang) == value


@pytest.mark.parametrize("word, lang, value", [
    ("drieëntwintig", "nl", 23), ("tweehonderd", "nl", 200), ("duizenddertien", "nl", 1013),
    ("anderhalf", "nl", 1.5), ("twee-en-veertig", "nl", 42), ("vijftien", "nl", 15),
    ("twenty-one", "en", 21), ("seventy", "en", 70), ("honderden", "nl", None), ("tweede", "nl", None),
])
def test_number_words(word, lang, value):
    assert parse_number_word(word, lang) == value


def one(text, lang):
    found = find_amounts(text, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, lang, value, unit, qualifier", [
    ("gewaardeerd op 1250 miljard dollar", "nl", 1.25e12, "USD", None),
    ("valued at $1.25 trillion", "en", 1.25e12, "USD", None),
    ("ongeveer 3.000 ton aan vracht", "nl", 3000, "t", "about"),
    ("met slechts 9.000 Starlink-satellieten", "nl", 9000, "satellites", "only"),
    ("een record van 93 ruimtelanceringen", "nl", 93, "launches", None),
    ("100 kW aan rekenkracht", "nl", 100, "kW", None),
    ("100 gigawatt aan capaciteit", "nl", 100, "GW", None),
    ("minder dan twee minuten", "nl", 2, "minutes", "less_than"),
    ("€ 1,5 miljard", "nl", 1.5e9, "EUR", None),
    ("Rs 12,34,567.89 in revenue", "en", 1234567.89, "INR", None),  # Indian grouping
    ("three crore twelve lakh rupees", "en", 3.12e7, "INR", None),
    ("a Rs 2.5 lakh crore plan", "en", 2.5e12, "INR", None),
    ("US$ 20bn", "en", 20e9, "USD", None),
    ("more than 12 percent", "en", 12, "%", "more_than"),
    ("een miljoen Optimussen", "nl", 1e6, None, None),
    ("about 40,000 tonnes", "en", 40000, "t", "about"),
    ("twee-en-veertig satellieten", "nl", 42, "satellites", None),
    ("flew 165 Falcon 9 missions", "en", 165, "missions", None),
    ("won a $48.2 million contract", "en", 48.2e6, "USD", None),
    ("C$ 16", "en", 16, "CAD", None),
    ("42 Lebanese pounds", "en", 42, "LBP", None),
    ("Rs. 20", "en", 20, "INR", None),
    ("301,338 km2", "en", 301338, "km2", None),
    ("a payload of 100 t", "en", 100, "t", None),
    ("for two weeks", "en", 14, "days", None),
    ("an hour and a half", "en", 1.5, "hours", None),
    ("twee uur en drie kwartier", "nl", 165, "minutes", None),
    ("tweeënhalf uur", "nl", 2.5, "hours", None),
    ("vijf miljard en driekwart", "nl", 5.75e9, None, None),
    ("one million and a half", "en", 1.5e6, None, None),
    ("200 satellites or more", "en", 200, "satellites", "at_least"),
    ("the number of users rose to 8 million", "en", 8e6, "users", None),
])
def test_amounts(text, lang, value, unit, qualifier):
    a = one(text, lang)
    assert (a["value"], a["unit"], a["qualifier"]) == (value, unit, qualifier)
    assert text[a["start"]:a["end"]] == a["text"]


@pytest.mark.parametrize("text, lang, low, high, unit", [
    ("binnen 10 tot 20 jaar", "nl", 10, 20, "years"),
    ("tussen 3 en 5 procent", "nl", 3, 5, "%"),
    ("between 2 and 3 GW", "en", 2, 3, "GW"),
    ("10 tot 20 miljard euro", "nl", 10e9, 20e9, "EUR"),
    ("2-3 launches", "en", 2, 3, "launches"),
    ("more than 10 and less than 20 satellites", "en", 10, 20, "satellites"),
    ("20 tot en met 100 raketten", "nl", 20, 100, "rockets"),
    ("vanaf 10 dollar tot 20 dollar", "nl", 10, 20, "USD"),
])
def test_ranges(text, lang, low, high, unit):
    a = one(text, lang)
    assert (a["value"], a["low"], a["high"], a["unit"]) == (None, low, high, unit)


def test_currency_carries_over_in_a_paragraph():
    found = find_amounts("xAI haalde 20 miljard dollar op, bij een waardering van 230 miljard.", "nl")
    assert [(a["value"], a["unit"]) for a in found] == [(20e9, "USD"), (230e9, "USD")]


def test_a_sum_converted_in_brackets_does_not_change_the_currency_carried():
    found = find_amounts("Orbitra is 500 miljard dollar (426 miljard euro) waard. Vega schat de waarde op 150 miljard.", "nl")
    assert [(a["value"], a["unit"]) for a in found] == [(500e9, "USD"), (426e9, "EUR"), (150e9, "USD")]


@pytest.mark.parametrize("text, lang", [
    ("Dat maakt hem in dollars een halve biljonair.", "nl"), ("He counted the dollars a thousand times.", "en"),
])
def test_a_currency_word_before_a_number_word_is_no_currency_of_it(text, lang):
    assert [a["unit"] for a in find_amounts(text, lang)] == [None]


@pytest.mark.parametrize("text, lang", [
    ("24/7 toegang tot zonne-energie", "nl"), ("de Falcon 9 en Long March 12A", "nl"), ("Qwen-3", "nl"),
    ("in 2025 en tegen 2030", "nl"), ("om 10.30 uur", "nl"), ("at 10:30", "en"), ("zie bron [1][3]", "nl"),
    ("1. Wat houdt de fusie in?", "nl"), ("een satelliet", "nl"), ("a rocket", "en"),
    ("honderden miljarden", "nl"), ("Ana and Bob", "en"),
])
def test_not_amounts(text, lang):
    assert find_amounts(text, lang) == []


@pytest.mark.parametrize("text, value", [
    ("one hundred thirty-two fifths", 26.4), ("one hundred and thirty fifths", 26),
    ("one hundred thirty fifths", 100 / 35), ("three twenty-firsts", 3 / 21), ("two fifths", 0.4),
    ("a hundred thousand trillionths", 1e-7), ("ninety - five hundred fifths", 1900),
])
def test_fractions_in_words_over_ordinals(text, value):
    assert one(text, "en")["value"] == pytest.approx(value, rel=1e-6)


@pytest.mark.parametrize("text", ["the twenty-fifth anniversary", "on May twenty first"])
def test_ranks_are_not_fractions(text):
    assert not [a for a in find_amounts(text, "en") if a["value"] is not None and a["value"] < 10]  # not 20/5


@pytest.mark.parametrize("text, lang, value", [
    ("one in five Americans", "en", 0.2), ("één op de vijf Nederlanders", "nl", 0.2), ("3 out of 4 satellites", "en", 0.75),
    ("4 thousand 3 hundred and 21", "en", 4321), ("6 crore and two hundred", "en", 60000200),
    ("3 million and a half", "en", 3.5e6), ("two million and three fifths", "en", 2.6e6),
    ("twenty and three fifths", "en", 20.6), ("two thirds of a million", "en", 2e6 / 3), ("1 point 1", "en", 1.1),
])
def test_shares_mixed_numbers_and_fractions_of_scales(text, lang, value):
    assert one(text, lang)["value"] == pytest.approx(value, rel=1e-6)


def test_a_minus_after_a_comparison_sign_and_a_year_is_not_a_share():
    assert one("when <-30", "en")["high"] == -30
    assert [a["value"] for a in find_amounts("rose 10 in 2025", "en")] == [10]


@pytest.mark.parametrize("text, lang, value, unit", [
    ("3,14US$", "nl", 3.14, "USD"), ("€ -12", "nl", -12, "EUR"), ("a loss of $-5 million", "en", -5e6, "USD"),
])
def test_currency_signs_glued_or_before_a_minus(text, lang, value, unit):
    a = one(text, lang)
    assert (a["value"], a["unit"]) == (value, unit)


@pytest.mark.parametrize("text, value, unit", [("the six-mile trip", 6, "mi"), ("a three-year deal", 3, "years")])
def test_a_number_word_glued_to_its_unit(text, value, unit):
    a = one(text, "en")
    assert (a["value"], a["unit"]) == (value, unit)



@pytest.mark.parametrize("text, lang, values", [
    ("Het telt 45 medewerkers, tegen twaalf een jaar eerder.", "nl", [45, 12, 1]),  # not thirteen
    ("Het duurt drie vier jaar.", "nl", [3, 4]),
    ("twenty one satellites", "en", [21]),
    ("honderd twintig satellieten", "nl", [120]),
    ("drie een vijfde", "nl", [3.2]),
])
def test_number_words_side_by_side_join_only_as_tens_and_units(text, lang, values):
    assert [a["value"] for a in find_amounts(text, lang)] == values


def test_a_bare_amount_joined_to_a_count_takes_no_currency_from_before():
    found = find_amounts("Tesla investeert 2 miljard dollar. Het voorstel kreeg 1,06 miljard stemmen voor en 916 miljoen "
                         "tegen. SpaceX haalde 2 miljard dollar op en xAI 20 miljard.", "nl")
    assert [a["unit"] for a in found] == ["USD", "votes", None, "USD", "USD"]


@pytest.mark.parametrize("text, lang, value, unit", [
    ("2½ jaar", "nl", 2.5, "years"), ("2½ miljoen euro", "nl", 2.5e6, "EUR"),  # a digit and a fraction sign
    ("gelijk aan honderd m2", "nl", 100, "m2"),  # the m of m2 is no million
])
def test_fraction_signs_after_digits_and_units_with_a_power_after_number_words(text, lang, value, unit):
    assert [(a["value"], a["unit"]) for a in find_amounts(text, lang)] == [(value, unit)]


@pytest.mark.parametrize("text, lang", [("TSMC makes 3-nanometer chips", "en"), ("chips op 3 nanometer", "nl")])
def test_chip_process_sizes_are_lengths(text, lang):
    assert [(a["value"], a["unit"]) for a in find_amounts(text, lang)] == [(3, "nm")]


@pytest.mark.parametrize("text, lang, value, unit", [
    ("launches now cost $2,000/kg", "en", 2000, "USD"),
    ("ze betalen 2000 euro/kg", "nl", 2000, "EUR"),
    ("only for $15.4/hour", "en", 15.4, "USD"),
    ("it carries 10,000 pounds of cargo", "en", 10000, "lb"),
    ("raised 1.2 billion pounds last year", "en", 1.2e9, "GBP"),
    ("16.7 million pounds of thrust", "en", 16.7e6, "lbf"),
    ("it weighs no more than 2,000 pounds", "en", 2000, "lb"),
    ("a payload of 50,000 pounds", "en", 50000, "lb"),
    ("it raised 2 billion pounds of debt", "en", 2e9, "GBP"),
    ("the test stand read 30 C", "en", 30, "degC"),
    ("it costs 30 c", "en", 30, "USD_CENT"),
    ("het veld meet 6770 m^2", "nl", 6770, "m2"),
    ("0.9 trillion cubic feet of gas", "en", 0.9e12, "ft3"),
    ("a 10 dm rod", "en", 10, "dm"),
    ("een omzet van 2 mld. euro", "nl", 2e9, "EUR"),  # the abbreviation's dot
])
def test_units_read_by_context_case_power_and_a_slash(text, lang, value, unit):
    a = one(text, lang)
    assert (a["value"], a["unit"]) == (value, unit)


@pytest.mark.parametrize("text", ["an Intel Core i7 chip", "the service runs 24/7", "an x86 server"])
def test_digits_glued_to_letters_or_a_slash_before_digits_are_codes(text):
    assert find_amounts(text, "en") == []


@pytest.mark.parametrize("text, lang, units", [
    ("reactors of 2 and 3 GW", "en", ["GW", "GW"]),
    ("2 of 3 ton", "nl", ["t", "t"]),
    ("2 and 3 billion dollars", "en", [None, "USD"]),  # the bare 2 is not 2 dollars
])
def test_a_bare_number_before_and_shares_the_measure_after(text, lang, units):
    assert [a["unit"] for a in find_amounts(text, lang)] == units


@pytest.mark.parametrize("text, value, unit, qualifier", [
    ("5,000-plus satellites", 5000, "satellites", "at_least"),
    ("a 12,000-satellite constellation", 12000, "satellites", None),
])
def test_a_hyphen_glues_a_bound_or_a_counted_noun_to_its_number(text, value, unit, qualifier):
    a = one(text, "en")
    assert (a["value"], a["unit"], a["qualifier"]) == (value, unit, qualifier)


@pytest.mark.parametrize("text, found", [
    ("SpaceX made a second attempt", []),
    ("a second satellite was lost", []),
    ("It took a second.", [(1, "seconds")]),
    ("how to convert - 20 degrees fahrenheit", [(-20, "degF")]),  # a spaced minus before a temperature
    ("SpaceX - 20 launches", [(20, "launches")]),
])
def test_a_second_that_orders_and_a_spaced_minus_before_a_temperature(text, found):
    assert [(a["value"], a["unit"]) for a in find_amounts(text, "en")] == found


@pytest.mark.parametrize("text, unit", [
    ("a record 27 launch contracts", "contracts"),
    ("12 satellite launches", "launches"),
    ("one satellite is enough", "satellites"),
])
def test_the_last_noun_says_what_is_counted(text, unit):
    assert [a["unit"] for a in find_amounts(text, "en")] == [unit]


@pytest.mark.parametrize("text, lang, expected", [
    ("This marks the third upward revision of the plan.", "en", [(3, "revision")]),
    ("Het is de elfde bemande vlucht in het programma.", "nl", [(11, "vlucht")]),
    ("Dat had de tiende testvlucht moeten worden.", "nl", [(10, "testvlucht")]),
    ("Orbitra's second lunar lander crashed.", "en", [(2, "lander")]),
    # not counts: the first, a part of a period, a rank glued to a superlative, an opening word, no noun
    ("It was the first flight of the rocket.", "en", []),
    ("Revenue rose in the second quarter.", "en", []),
    ("Winst steeg in het tweede kwartaal.", "nl", []),
    ("It is the second-largest provider.", "en", []),
    ("Second, the firm said it would grow.", "en", []),
    ("It is the second of the two launches.", "en", []),
])
def test_ordinals_that_count(text, lang, expected):
    assert [(a["value"], a["unit"]) for a in find_amounts(text, lang) if a.get("ordinal")] == expected


@pytest.mark.parametrize("text, lang, low, high, unit", [
    ("the stake should be worth between $4-$5 billion", "en", 4e9, 5e9, "USD"),
    ("a forecast of $91–$93 billion", "en", 91e9, 93e9, "USD"),
    ("tussen €10-€20", "nl", 10, 20, "EUR"),
])
def test_a_range_shares_the_scale_of_its_high_end(text, lang, low, high, unit):
    [a] = find_amounts(text, lang)
    assert (a["low"], a["high"], a["unit"]) == (low, high, unit)


@pytest.mark.parametrize("text, lang, expected", [
    ("zijn belang kan stijgen van ongeveer 12 naar mogelijk 25 procent", "nl", [(12, "%"), (25, "%")]),
    ("his stake may rise from about 12 to possibly 25 percent", "en", [(12, "%"), (25, "%")]),
    # a bare scale says not what is counted: the first number stays bare
    ("de verkoop moet van 7,2 naar 20 miljoen", "nl", [(7.2, None), (20e6, None)]),
])
def test_a_change_from_a_bare_number_takes_the_measure_of_the_second(text, lang, expected):
    assert [(a["value"], a["unit"]) for a in find_amounts(text, lang)] == expected


def test_a_bare_amount_after_a_money_noun_is_money_in_the_articles_currency():
    text = ("Orbitra boekte 10 miljard dollar omzet.\n\nDe winst moet groeien van circa 13 miljard naar eerst 50 "
            "miljard. Forbes schat het vermogen van de topman op ongeveer 150 miljard.\n\nEr komen 20 miljoen auto's.")
    assert [(a["value"], a["unit"]) for a in find_amounts(text, "nl")] == [
        (10e9, "USD"), (13e9, "USD"), (50e9, "USD"), (150e9, "USD"), (20e6, "cars")]


@pytest.mark.parametrize("text, lang, unit", [
    ("die bij de oplevering al 100.000 GPU’s bevatte", "nl", "GPUs"),
    ("een terrein van 1 miljoen vierkante voet", "nl", "sqft"),
])
def test_units_written_with_a_curly_apostrophe_or_in_square_feet(text, lang, unit):
    assert [a["unit"] for a in find_amounts(text, lang)] == [unit]


@pytest.mark.parametrize("text, lang, value, unit", [
    ("a 240 million-euro multiyear deal", "en", 240e6, "EUR"),
    ("a $100-million-endowed program", "en", 100e6, "USD"),
    ("een 5 miljard-euro-deal", "nl", 5e9, "EUR"),
])
def test_a_scale_glued_by_a_hyphen(text, lang, value, unit):
    assert [(a["value"], a["unit"]) for a in find_amounts(text, lang)] == [(value, unit)]


@pytest.mark.parametrize("text, lang", [
    ("ULA along with its rivals on June 13 won spots to compete.", "en"),  # a day, and the verb "won"
    ("Rocket Lab targets a 2026 launch of the rocket.", "en"),  # a year before a single launch
])
def test_days_and_years_before_a_word_are_no_amounts(text, lang):
    assert find_amounts(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The rocket flew 40 times, and 31 of the launches carried satellites.", "en", [("40", None), ("31 of the launches", "launches")]),
    ("Vier van de satellieten vielen uit.", "nl", [("Vier van de satellieten", "satellites")]),
    # one of the things is a member, not a count; a noun the counted word describes is not counted
    ("It is one of the satellites that failed.", "en", [("one", None)]),
    ("Twee van de raketbouwers gingen failliet.", "nl", [("Twee", None)]),
    ("Two of the rocket launch providers merged.", "en", [("Two", None)]),
])
def test_a_part_of_counted_things_counts_them(text, lang, expected):
    assert [(a["text"], a["unit"]) for a in find_amounts(text, lang)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Microsoft will restart the Three Mile Island reactor.", []),
    ("It moved Three Miles north.", [("Three Miles", 3.0)]),  # no capitalized word after: a distance
    ("Three Mile Island restarted.", [("Three Mile", 3.0)]),  # at the start of a sentence capitals tell nothing
])
def test_capitalized_number_words_before_a_capitalized_word_are_part_of_a_name(text, expected):
    assert [(a["text"], a["value"]) for a in find_amounts(text, "en")] == expected


@pytest.mark.parametrize("text, expected", [
    # a bare amount after a count in its sentence counts the same things, not the paragraph's currency
    ("Revenue was $7.8 billion. It ended the year with 4.6 million customers, double the count of 2023, when it "
     "passed 2 million.", [("$7.8 billion", "USD"), ("4.6 million customers", "customers"), ("2 million", "customers")]),
    # a money noun before it still makes it money
    ("Orbilo delivered 1.8 million cars, and its revenue reached 97 billion.", [("1.8 million cars", "cars"),
                                                                            ("97 billion", None)]),
])
def test_a_bare_amount_after_a_count_counts_the_same_things(text, expected):
    assert [(a["text"], a["unit"]) for a in find_amounts(text, "en")] == expected
