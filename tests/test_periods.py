from __future__ import annotations

import re

import pytest

from ingest.dates import find_times


def one(text, lang, published):
    found = find_times(text, lang, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, lang, published, start, end, reference", [
    ("binnen vijf jaar", "nl", "2026-01-29", "2026-01-29", "2031-01-29", "window"),
    ("binnen twee tot drie jaar", "nl", "2026-01-29", "2028-01-29", "2029-01-29", "window"),
    ("binnen twee jaar, drie op zijn laatst", "nl", "2026-01-29", "2028-01-29", "2029-01-29", "window"),
    ("within two to three years", "en", "2026-01-21", "2028-01-21", "2029-01-21", "window"),
    ("in 10 tot 20 jaar", "nl", "2025-10-03", "2035-10-03", "2045-10-03", "window"),
    ("tegen 2030", "nl", "2026-01-29", "2026-01-29", "2030-12-31", "deadline"),
    ("by 2030", "en", "2026-01-29", "2026-01-29", "2030-12-31", "deadline"),
    ("sinds november 2025", "nl", "2026-01-29", "2025-11-01", "2026-01-29", "since"),
    ("29 januari 2026", "nl", None, "2026-01-29", "2026-01-29", "point"),
    ("January 21", "en", "2026-01-29", "2026-01-21", "2026-01-21", "point"),
    ("op 21 januari", "nl", "2026-01-29", "2026-01-21", "2026-01-21", "point"),
    ("rond juni", "nl", "2026-02-08", "2026-06-01", "2026-06-30", "point"),
    ("eind 2025", "nl", "2026-02-08", "2025-09-01", "2025-12-31", "point"),
    ("Q3 2025", "en", "2026-02-08", "2025-07-01", "2025-09-30", "point"),
    ("het derde kwartaal", "nl", "2026-02-08", "2026-07-01", "2026-09-30", "point"),
    ("in de eerste negen maanden van 2025", "nl", "2026-02-08", "2025-01-01", "2025-09-30", "point"),
    ("first half of 2026", "en", "2026-02-08", "2026-01-01", "2026-06-30", "point"),
    ("vorige week", "nl", "2026-02-08", "2026-01-26", "2026-02-01", "point"),
    ("deze week", "nl", "2026-01-29", "2026-01-26", "2026-02-01", "point"),
    ("vorig jaar", "nl", "2026-02-08", "2025-01-01", "2025-12-31", "point"),
    ("last year", "en", "2026-02-08", "2025-01-01", "2025-12-31", "point"),
    ("three years ago", "en", "2026-02-08", "2023-02-08", "2023-02-08", "point"),
    ("begin volgend jaar", "nl", "2026-06-03", "2027-01-01", "2027-04-30", "point"),
    ("later this year", "en", "2026-06-03", "2026-06-04", "2026-12-31", "point"),  # after the day of writing
    ("eerder dit jaar", "nl", "2026-06-03", "2026-01-01", "2026-06-03", "point"),
    ("by the mid-2030s", "en", "2026-06-03", "2026-06-03", "2036-12-31", "deadline"),
    ("tegen het begin van de jaren 2030", "nl", "2026-06-03", "2026-06-03", "2033-12-31", "deadline"),
    ("de eerste helft van dit jaar", "nl", "2026-06-03", "2026-01-01", "2026-06-30", "point"),
    ("het afgelopen kwartaal", "nl", "2026-06-03", "2026-01-01", "2026-03-31", "point"),
    ("2026 Q1", "en", "2026-06-03", "2026-01-01", "2026-03-31", "point"),
    ("van mei tot september", "nl", "2026-06-03", "2026-05-01", "2026-09-30", "point"),
    ("in de 21e eeuw", "nl", "2026-06-03", "2000-01-01", "2099-12-31", "point"),
    ("de jaren '90", "nl", "2026-06-03", "1990-01-01", "1999-12-31", "point"),
    ("week 31", "nl", "2026-06-03", "2026-07-27", "2026-08-02", "point"),
    ("the 15th of next month", "en", "2026-06-03", "2026-07-15", "2026-07-15", "point"),
    ("op dinsdag van vorige week", "nl", "2026-06-03", "2026-05-26", "2026-05-26", "point"),
    ("vrijdag de 15de", "nl", "2026-06-03", "2026-05-15", "2026-05-15", "point"),
    ("tweeëntwintig juni", "nl", "2026-06-03", "2026-06-22", "2026-06-22", "point"),
    ("verkoop voor dit kwartaal", "nl", "2026-06-03", "2026-04-01", "2026-06-30", "point"),
    ("van 2007 tot het einde van 2008", "nl", "2026-06-03", "2007-01-01", "2008-12-31", "point"),
])
def test_times(text, lang, published, start, end, reference):
    t = one(text, lang, published)
    assert (t["period_start"], t["period_end"], t["reference"]) == (start, end, reference)


def test_relative_times_stay_unresolved_without_a_date():
    t = one("binnen vijf jaar", "nl", None)
    assert (t["period_start"], t["period_end"]) == (None, None)
    t = one("vorige week", "nl", None)
    assert (t["period_start"], t["period_end"]) == (None, None)


def test_a_month_without_year_takes_the_nearest_year():
    assert one("sinds november", "nl", "2026-01-29")["period_start"] == "2025-11-01"


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("met kerst", "nl", "2026-11-22", "2026-12-25", "2026-12-25"),
    ("Thanksgiving 2026", "en", "2026-01-10", "2026-11-26", "2026-11-26"),
    ("Pasen 2026", "nl", "2026-01-10", "2026-04-05", "2026-04-05"),
    ("Good Friday 2025", "en", "2026-01-10", "2025-04-18", "2025-04-18"),
    ("deze zomer", "nl", "2026-05-02", "2026-06-21", "2026-09-22"),
    ("de derde dinsdag in september 2014", "nl", "2026-01-01", "2014-09-16", "2014-09-16"),
    ("the last week of July 2026", "en", "2026-01-01", "2026-07-27", "2026-08-02"),  # weeks belong where their Thursday falls
    ("de eerste week van 2015", "nl", "2016-01-01", "2014-12-29", "2015-01-04"),  # ISO week 1
    ("the 3rd last week of 2018", "en", "2013-02-12", "2018-12-10", "2018-12-16"),
    ("de derde week van deze maand", "nl", "2016-11-07", "2016-11-14", "2016-11-20"),
    ("next Friday", "en", "2019-01-31", "2019-02-08", "2019-02-08"),  # the Friday of next week
    ("aanstaande vrijdag", "nl", "2019-01-31", "2019-02-01", "2019-02-01"),  # the coming one
    ("last Wednesday", "en", "2019-01-31", "2019-01-23", "2019-01-23"),
    ("afgelopen woensdag", "nl", "2019-01-31", "2019-01-30", "2019-01-30"),
    ("eind maart vorig jaar", "nl", "2026-02-01", "2025-03-21", "2025-03-31"),
    ("in June next year", "en", "2026-02-01", "2027-06-01", "2027-06-30"),
    ("begin volgende maand", "nl", "2026-11-20", "2026-12-01", "2026-12-10"),
    ("in de jaren 70", "nl", "2026-11-20", "1970-01-01", "1979-12-31"),
    ("H2-2019", "en", "2019-01-01", "2019-07-01", "2019-12-31"),
    ("vorig jaar maart", "nl", "2013-02-12", "2012-03-01", "2012-03-31"),
    ("Koningsdag 2014", "nl", "2013-02-12", "2014-04-26", "2014-04-26"),  # 27 April was a Sunday
    ("volgende week vrijdag", "nl", "2013-02-12", "2013-02-22", "2013-02-22"),
    ("vrijdag", "nl", "2026-02-08", "2026-02-06", "2026-02-06"),
    ("next Monday", "en", "2026-02-08", "2026-02-09", "2026-02-09"),
    ("het 4de kwartaal 2018", "nl", "2026-01-01", "2018-10-01", "2018-12-31"),
    ("31-10-74", "nl", "2026-01-01", "1974-10-31", "1974-10-31"),
    ("13 tot en met 15 juli 2026", "nl", "2026-01-01", "2026-07-13", "2026-07-15"),
    ("van maart 2026 tot mei 2026", "nl", "2026-01-01", "2026-03-01", "2026-05-31"),
    ("the past 2 weeks", "en", "2013-02-12", "2013-01-29", "2013-02-11"),
    ("the 15th of February", "en", "2013-02-12", "2013-02-15", "2013-02-15"),
    ("4 augustus 1678", "nl", "2026-01-10", "1678-08-04", "1678-08-04"),  # an old year after a day and month
    ("Chinees Nieuwjaar 2026", "nl", "2026-01-10", "2026-02-17", "2026-02-17"),
    ("Chinese New Year", "en", "2026-01-10", "2026-02-17", "2026-02-17"),  # the nearer one
    ("het Suikerfeest van 2025", "nl", "2026-01-10", "2025-03-30", "2025-03-30"),
    ("Hanukkah 2018", "en", "2026-01-10", "2018-12-03", "2018-12-10"),  # eight days
    ("Diwali in 2019", "en", "2026-01-10", "2019-10-27", "2019-10-27"),
    ("K3 2016", "nl", "2026-01-10", "2016-07-01", "2016-09-30"),
    ("2016 K1", "nl", "2026-01-10", "2016-01-01", "2016-03-31"),
    ("op 1e kerstdag 2025", "nl", "2026-01-10", "2025-12-25", "2025-12-25"),
    ("Martin Luther Kingdag 2026", "nl", "2026-01-10", "2026-01-19", "2026-01-19"),
    ("in de jaren nul", "nl", "2026-01-10", "2000-01-01", "2009-12-31"),
    ("orthodox Easter 2018", "en", "2026-01-10", "2018-04-08", "2018-04-08"),
    ("Lent 2018", "en", "2026-01-10", "2018-02-14", "2018-03-31"),
    ("Thanksgiving of next year", "en", "2026-01-10", "2027-11-25", "2027-11-25"),
    ("Kerst vorig jaar", "nl", "2026-01-10", "2025-12-25", "2025-12-25"),
    ("by EOY", "en", "2026-02-12", "2026-02-12", "2026-12-31"),
    ("three Fridays from now", "en", "2013-02-12", "2013-03-01", "2013-03-01"),
    ("Wednesday after next", "en", "2013-02-12", "2013-02-20", "2013-02-20"),
    ("twee donderdagen geleden", "nl", "2013-02-12", "2013-01-31", "2013-01-31"),
])
def test_more_date_shapes(text, lang, published, start, end):
    t = one(text, lang, published)
    assert (t["period_start"], t["period_end"]) == (start, end)


@pytest.mark.parametrize("text, lang", [
    ("The rocket used two boosters on the first five flights.", "en"),
    ("The rocket used two boosters on the first 5 flights.", "en"),
    ("De raket gebruikte twee boosters op de eerste vijf vluchten.", "nl"),
])
def test_an_ordinal_before_a_count_is_an_order_not_a_day_of_the_month(text, lang):
    assert find_times(text, lang, "2026-02-12") == []


def test_a_bare_ordinal_is_still_a_day_of_the_month():
    assert [t["period_start"] for t in find_times("The payment is due on the fifth.", "en", "2026-02-01")] == ["2026-02-05"]


def test_a_month_before_an_amount_is_not_a_date():
    assert [t["text"] for t in find_times("SpaceX haalde in februari 5 miljard dollar op.", "nl", "2026-03-01")] == \
        ["in februari"]
    assert [t["text"] for t in find_times("It raised in February 5 billion dollars.", "en", "2026-03-01")] == \
        ["in February"]


def time_in(sentence, phrase, lang, published):
    """The time found at `phrase` inside a whole sentence."""
    found = [t for t in find_times(sentence, lang, published) if t["text"].lower().endswith(phrase.lower())]
    assert len(found) == 1, find_times(sentence, lang, published)
    return found[0]["period_start"] or found[0]["period_end"]


@pytest.mark.parametrize("sentence, phrase, lang, published, start", [
    # published on Sunday 8 February 2026: the past tense looks back, 'zal'/'will' ahead, nothing: the nearer
    ("De raket steeg dinsdag op vanaf Texas.", "dinsdag", "nl", "2026-02-08", "2026-02-03"),
    ("De raket zal dinsdag opstijgen.", "dinsdag", "nl", "2026-02-08", "2026-02-10"),
    ("The rocket flew on Friday.", "Friday", "en", "2026-02-08", "2026-02-06"),
    ("The rocket will fly on Friday.", "Friday", "en", "2026-02-08", "2026-02-13"),
    ("Musk said on Friday it will launch twice.", "Friday", "en", "2026-02-08", "2026-02-06"),  # the saying
    # a day and month without a year
    ("The company said it will open the plant on January 21.", "January 21", "en", "2026-01-29", "2027-01-21"),
    ("The company opened the plant on January 21.", "January 21", "en", "2026-01-29", "2026-01-21"),
    ("De fabriek ging op 3 december open.", "3 december", "nl", "2026-11-20", "2025-12-03"),
    ("De fabriek gaat op 3 december open.", "3 december", "nl", "2026-11-20", "2026-12-03"),
    # months and holidays
    ("Sinds november groeit de omzet.", "november", "nl", "2026-01-29", "2025-11-01"),
    ("De satellieten werden met kerst gelanceerd.", "kerst", "nl", "2026-02-01", "2025-12-25"),
    ("De satellieten zullen met kerst worden gelanceerd.", "kerst", "nl", "2026-02-01", "2026-12-25"),
    ("Het bedrijf haalde op de 28e geld op.", "28e", "nl", "2026-03-02", "2026-02-28"),
    ("Het bedrijf zal op de 28e geld ophalen.", "28e", "nl", "2026-03-02", "2026-03-28"),
    ("By June he was promising a test flight.", "June", "en", "2026-12-01", "2026-06-30"),  # the tense before 'by'
])
def test_the_tense_of_the_sentence_picks_the_year_or_week(sentence, phrase, lang, published, start):
    assert time_in(sentence, phrase, lang, published) == start


def test_a_deadline_without_a_year_lies_ahead():
    t = find_times("De vergunning komt er tegen maart.", "nl", "2026-04-10")[0]
    assert (t["period_end"], t["reference"]) == ("2027-03-31", "deadline")


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("drie dagen na Pasen 2026", "nl", "2026-01-10", "2026-04-08", "2026-04-08"),
    ("twee weken voor 13 mei 1999", "nl", "2026-01-10", "1999-04-29", "1999-04-29"),
    ("4 maanden vanaf morgen", "nl", "2016-11-07", "2017-03-08", "2017-03-08"),
    ("a year after Christmas 2025", "en", "2026-01-10", "2026-12-25", "2026-12-25"),
    ("for 10 days from 18 December 2026", "en", "2026-01-10", "2026-12-18", "2026-12-27"),
    ("2 jaar, 1 maand en 21 dagen geleden", "nl", "2017-11-23", "2015-10-02", "2015-10-02"),
    ("1 month and 21 days ago", "en", "2017-11-23", "2017-10-02", "2017-10-02"),
    ("binnen 5 jaar en 2 maanden", "nl", "2020-01-10", "2020-01-10", "2025-03-10"),
])
def test_a_time_counted_from_another_or_in_several_units(text, lang, published, start, end):
    t = one(text, lang, published)
    assert (t["text"], t["period_start"], t["period_end"]) == (text, start, end)


def test_a_span_of_years_before_a_range_is_no_offset():
    found = find_times("Revenue grew 40% in 3 years from 2020 to 2023.", "en", "2026-01-10")
    assert ("from 2020 to 2023", "2020-01-01", "2023-12-31") in [(t["text"], t["period_start"], t["period_end"]) for t in found]


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("in de week van 10 april 2026", "nl", "2026-01-10", "2026-04-06", "2026-04-12"),
    ("the week beginning February 4, 2019", "en", "2019-01-10", "2019-02-04", "2019-02-10"),
    ("voor de week beginnend op 4 februari 2019", "nl", "2019-01-10", "2019-02-04", "2019-02-10"),  # 'voor' is 'for'
    ("this decade", "en", "2026-01-10", "2020-01-01", "2029-12-31"),
    ("het volgende decennium", "nl", "2026-01-10", "2030-01-01", "2039-12-31"),
    ("on 22/04", "en", "2026-01-10", "2026-04-22", "2026-04-22"),  # only day-month is a date
    ("op 22/04.", "nl", "2026-01-10", "2026-04-22", "2026-04-22"),
    ("Black Friday 2026", "en", "2026-01-10", "2026-11-27", "2026-11-27"),
    ("Cyber Monday 2026", "nl", "2026-01-10", "2026-11-30", "2026-11-30"),
])
def test_weeks_around_a_day_decades_and_more_holidays(text, lang, published, start, end):
    t = [t for t in find_times(text, lang, published) if t["period_start"]][-1]
    assert (t["period_start"], t["period_end"]) == (start, end)


def test_k3_alone_is_no_quarter():
    assert find_times("K3 trad op in Antwerpen.", "nl", "2026-01-10") == []


def test_a_range_after_from_is_the_range():
    t = one("from July 13-15", "en", "2026-06-01")
    assert (t["text"], t["period_start"], t["period_end"], t["reference"]) == ("from July 13-15", "2026-07-13", "2026-07-15", "point")


def test_two_years_joined_by_and_are_two_years():
    found = find_times("De verkoop in 2007 en 2009 lag hoger dan tussen 2010 en 2012.", "nl", "2026-01-10")
    assert [(t["period_start"], t["period_end"]) for t in found] == [
        ("2007-01-01", "2007-12-31"), ("2009-01-01", "2009-12-31"), ("2010-01-01", "2012-12-31")]


def test_an_old_year_is_no_count():
    found = find_times("Op 3 maart 1500 satellieten lanceren is onmogelijk.", "nl", "2026-01-10")
    assert all(t["period_start"] is None or t["period_start"] > "1800" for t in found)


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("Van 2019 tot maart 2023 was zij topvrouw.", "nl", "2026-01-10", "2019-01-01", "2023-03-31"),  # 'van' opens the range
    ("from 2015 to May 5th, 2017", "en", "2026-01-10", "2015-01-01", "2017-05-05"),
    ("Ik ben 2 okt. tot 22 oktober weg", "nl", "2016-11-07", "2016-10-02", "2016-10-22"),  # the dot of 'okt.'; one year
    ("between Jan 2019 and today", "en", "2020-04-26", "2019-01-01", "2020-04-26"),  # 'today' keeps its own year
    ("from 2019-aug-01 to today", "en", "2019-10-14", "2019-08-01", "2019-10-14"),
    ("De verkoop voor tussen 2015 en 2018 steeg.", "nl", "2018-09-07", "2015-01-01", "2018-12-31"),  # 'voor' is 'for'
    ("Wat gaat er gebeuren tussen augustus en oktober", "nl", "2018-09-07", "2018-08-01", "2018-10-31"),  # still running
    ("In augustus '99 begon het.", "nl", "2018-09-07", "1999-08-01", "1999-08-31"),
    ("in Jan. '21", "en", "2026-09-07", "2021-01-01", "2021-01-31"),
])
def test_ranges_joined_across_shapes_and_short_years(text, lang, published, start, end):
    t = [t for t in find_times(text, lang, published) if t["period_start"]][0]
    assert (t["period_start"], t["period_end"]) == (start, end)


@pytest.mark.parametrize("sentence, phrase, lang, published, start", [
    ("In Q4 it sold 7 cars.", "Q4", "en", "2026-09-07", "2025-10-01"),
    ("In Q4 it will sell 7 cars.", "Q4", "en", "2026-09-07", "2026-10-01"),
    ("In de eerste helft zal het 9 auto's verkopen.", "eerste helft", "nl", "2026-09-07", "2027-01-01"),
    ("Het derde kwartaal was sterk.", "derde kwartaal", "nl", "2026-10-20", "2026-07-01"),
])
def test_the_tense_picks_the_year_of_a_quarter_or_half(sentence, phrase, lang, published, start):
    assert time_in(sentence, phrase, lang, published) == start


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("The launch is on Fri, Jul 18.", "en", "2013-02-12", "2014-07-18", "2014-07-18"),  # the weekday picks the year
    ("De lancering is op vrijdag 18 juli.", "nl", "2013-02-12", "2014-07-18", "2014-07-18"),
    ("on the twenty second of June 2017", "en", "2018-09-07", "2017-06-22", "2017-06-22"),
    ("the first Monday of the month", "en", "2013-02-12", "2013-02-04", "2013-02-04"),
    ("op de eerste maandag van de maand", "nl", "2013-02-12", "2013-02-04", "2013-02-04"),
    ("Korea, Nov 18-Dec 19, 2015", "en", "2018-09-07", "2015-11-18", "2015-12-19"),  # the year at the end
    ("Binnen 2 weken vanaf vandaag", "nl", "2018-05-28", "2018-05-28", "2018-06-11"),
    ("over minder dan 2 weken vanaf vandaag", "nl", "2018-05-28", "2018-05-28", "2018-06-11"),
])
def test_weekdays_pin_years_and_more_day_shapes(text, lang, published, start, end):
    t = [t for t in find_times(text, lang, published) if t["period_start"]][-1]
    assert (t["period_start"], t["period_end"]) == (start, end)


def test_a_weekday_abbreviation_before_a_name_is_the_name():
    assert find_times("Oracle bought Sun Microsystems; Mon Ami opened.", "en", "2013-02-12") == []


@pytest.mark.parametrize("text, lang, start, end, said", [
    ("They came back in two thousand and fifteen.", "en", "2015-01-01", "2015-12-31", "in two thousand and fifteen"),
    ("They left in nineteen ninety six.", "en", "1996-01-01", "1996-12-31", "in nineteen ninety six"),
    ("born on January twenty five nineteen eighty six", "en", "1986-01-25", "1986-01-25", "on January twenty five nineteen eighty six"),
    ("Ze kwamen terug in tweeduizend vijftien.", "nl", "2015-01-01", "2015-12-31", "in tweeduizend vijftien"),
    ("Het gebeurde in juni negentiennegenennegentig.", "nl", "1999-06-01", "1999-06-30", "in juni negentiennegenennegentig"),
    ("van tweeduizend tot tweeduizend veertien", "nl", "2000-01-01", "2014-12-31", "van tweeduizend tot tweeduizend veertien"),
    ("het derde kwartaal van tweeduizend twintig", "nl", "2020-07-01", "2020-09-30", "derde kwartaal van tweeduizend twintig"),
    ("I'll go back May twenty nine.", "en", "2017-05-29", "2017-05-29", "May twenty nine"),
])
def test_years_and_days_written_in_words(text, lang, start, end, said):
    t = one(text, lang, "2017-01-10")
    assert (t["period_start"], t["period_end"], t["text"]) == (start, end, said)


def test_number_words_before_a_counted_noun_are_no_year():
    assert find_times("Het bedrijf schiep in tweeduizend banen.", "nl", "2017-01-10") == []
    assert find_times("It will take twenty five years.", "en", "2017-01-10") == []


def test_lunar_holidays_far_ahead_are_estimated_by_the_calendar():
    t = one("Ramadan 2034", "en", "2013-02-12")
    assert (t["period_start"], t["period_end"]) == ("2034-11-12", "2034-12-11")


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("Totale verkoop van april in 2016 tot juni in 2017", "nl", "2018-11-07", "2016-04-01", "2017-06-30"),
    ("Sales from April to June in 2017 fell.", "en", "2018-11-07", "2017-04-01", "2017-06-30"),
    ("op de 15e dag van volgende maand", "nl", "2020-07-10", "2020-08-15", "2020-08-15"),
    ("de week na de volgende", "nl", "2016-11-07", "2016-11-21", "2016-11-27"),
    ("eerder in de week", "nl", "2016-11-09", "2016-11-07", "2016-11-09"),
    ("Enkele maanden geleden", "nl", "2016-11-07", "2016-08-07", "2016-08-07"),
    ("a few weeks ago", "en", "2016-11-07", "2016-10-17", "2016-10-17"),
    ("over the past few years", "en", "2016-11-07", "2013-11-07", "2016-11-06"),
])
def test_months_in_a_year_relative_phrases_and_vague_counts(text, lang, published, start, end):
    t = [t for t in find_times(text, lang, published) if t["period_start"]][-1]
    assert (t["period_start"], t["period_end"]) == (start, end)


def test_a_vague_count_marks_the_time_vague():
    assert one("a few weeks ago", "en", "2016-11-07")["vague"] is True
    assert one("three weeks ago", "en", "2016-11-07")["vague"] is False


def test_years_inside_a_phone_number_are_no_range():
    assert find_times("Tel: +86 138-2010-2015", "nl", "2016-01-01") == []


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("van volgende maandag tot vrijdag", "nl", "2019-09-05", "2019-09-09", "2019-09-13"),  # the Friday after
    ("from next monday to friday", "en", "2019-09-05", "2019-09-09", "2019-09-13"),
    ("De presidenten in jaren 1990", "nl", "2019-09-05", "1990-01-01", "1999-12-31"),
    ("De lancering is uitgesteld naar maart.", "nl", "2016-11-07", "2017-03-01", "2017-03-31"),  # 'naar' names the month
])
def test_weekday_ranges_and_more_month_and_decade_shapes(text, lang, published, start, end):
    t = [t for t in find_times(text, lang, published) if t["period_start"]][-1]
    assert (t["period_start"], t["period_end"]) == (start, end)


def test_an_until_weekday_after_another_sentence_keeps_its_own_start():
    t = find_times("He spoke on Monday. Until Friday nothing happens.", "en", "2019-09-05")[-1]
    assert (t["period_start"], t["period_end"], t["reference"]) == ("2019-09-05", "2019-09-06", "until")


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("De lancering staat op 22-4 gepland.", "nl", "2018-01-10", "2018-04-22", "2018-04-22"),  # a cue before: a date
    ("Het verdrag geldt per 01/03.", "nl", "2018-01-10", "2018-03-01", "2018-03-01"),
    ("maandag 12-4", "nl", "2018-05-01", "2018-04-12", "2018-04-12"),
    ("De beurs is dicht van 25-10 tot 25-1.", "nl", "2018-05-01", "2018-10-25", "2019-01-25"),  # the end in the next year
    ("tussen 1-10 en 7-11", "nl", "2018-05-01", "2018-10-01", "2018-11-07"),
    ("De periode 1/10-2/11/2017 telt mee.", "nl", "2018-05-01", "2017-10-01", "2017-11-02"),
    ("The window runs from 10/1 to 11/7.", "en", "2018-05-01", "2018-10-01", "2018-11-07"),  # month first in English
    ("The vote is set for next 5/12.", "en", "2018-05-20", "2019-05-12", "2019-05-12"),
])
def test_days_and_months_in_digits_without_a_year(text, lang, published, start, end):
    assert (one(text, lang, published)["period_start"], one(text, lang, published)["period_end"]) == (start, end)


@pytest.mark.parametrize("text, lang", [
    ("De rente stijgt op 3-5 procent.", "nl"), ("Het duurt van 2-3 jaar.", "nl"), ("Ajax won met 3-1 van PSV.", "nl"),
    ("De score was 10-12 na de rust.", "nl"), ("Rates stood on 1/2 cup.", "en"), ("Rates rose on 5.12 percent.", "en"),
    ("Support runs 24/7 from now on.", "en"), ("Shares closed on 1.05 yesterday.", "en"),
])
def test_numbers_with_a_dash_or_slash_are_no_date_without_a_cue(text, lang):
    assert not [t for t in find_times(text, lang, "2018-05-01") if re.search(r"\d[-/.]\d", t["text"])]


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("In the nineteen seventies", "en", "2018-05-01", "1970-01-01", "1979-12-31"),
    ("Growth slowed in the twenty-tens.", "en", "2018-05-01", "2010-01-01", "2019-12-31"),
    ("Prices in the 70's were lower.", "en", "2018-05-01", "1970-01-01", "1979-12-31"),
    ("In de jaren negentien zeventig", "nl", "2018-05-01", "1970-01-01", "1979-12-31"),
    ("In de jaren tweeduizend tien", "nl", "2018-05-01", "2010-01-01", "2019-12-31"),
    ("Muziek uit jaren '70", "nl", "2018-05-01", "1970-01-01", "1979-12-31"),
    ("the records for August 99", "en", "2018-05-01", "1999-08-01", "1999-08-31"),  # no August has a 99th
    ("born in April of 87", "en", "2018-05-01", "1987-04-01", "1987-04-30"),
    ("born on 15 April of 87", "en", "2018-05-01", "1987-04-15", "1987-04-15"),
    ("signed on 31-Oct-74", "en", "2018-05-01", "1974-10-31", "1974-10-31"),
    ("the results for 2019 q1", "en", "2018-05-01", "2019-01-01", "2019-03-31"),  # not 'about 2019'
    ("sent 2019/aug/01", "en", "2018-05-01", "2019-08-01", "2019-08-01"),
    ("due October, 1st.", "en", "2018-05-01", "2018-10-01", "2018-10-01"),
])
def test_decades_in_words_and_years_in_two_digits(text, lang, published, start, end):
    t = one(text, lang, published)
    assert (t["period_start"], t["period_end"]) == (start, end)


def test_a_number_after_a_decade_word_or_month_day_keeps_its_own_reading():
    assert find_times("al jaren zestig procent", "nl", "2018-05-01") == []
    assert one("On August 15 the firm", "en", "2018-05-01")["period_start"] == "2018-08-15"
    assert one("about 2019", "en", "2018-05-01")["precision"] == "year"


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("off from the 9th till the 17th of April", "en", "2016-11-07", "2017-04-09", "2017-04-17"),  # 'till' joins days too
    ("off April ninth through seventeenth", "en", "2016-11-07", "2017-04-09", "2017-04-17"),
    ("for 2 weeks starting May 20th", "en", "2019-05-01", "2019-05-20", "2019-06-02"),
    ("closed for 3 days, from today", "en", "2019-05-01", "2019-05-01", "2019-05-03"),
    ("from 18th Dec for 10 days", "en", "2019-05-01", "2018-12-18", "2018-12-27"),
    ("Labor Day weekend", "en", "2021-06-01", "2021-09-04", "2021-09-06"),  # Saturday to the Monday holiday
    ("the weekend of Thanksgiving 2023", "en", "2021-06-01", "2023-11-23", "2023-11-26"),
    ("tijdens het Pinksterweekend", "nl", "2021-06-01", "2021-05-22", "2021-05-24"),
    ("from 4 to 22 this month", "en", "2016-11-07", "2016-11-04", "2016-11-22"),
    ("volgende maand van 4 tot 23", "nl", "2016-11-07", "2016-12-04", "2016-12-23"),
    ("revenue in the three months to June 30", "en", "2026-08-07", "2026-04-01", "2026-06-30"),
    ("in de zes maanden tot en met 30 juni", "nl", "2026-08-07", "2026-01-01", "2026-06-30"),  # ended, not next June
    ("this season", "en", "2026-02-08", "2025-12-21", "2026-03-19"),
    ("next season", "en", "2026-02-08", "2026-03-20", "2026-06-20"),
    ("vorig seizoen", "nl", "2026-02-08", "2025-09-23", "2025-12-20"),
    ("the current summer", "en", "2026-02-08", "2026-06-21", "2026-09-22"),
    ("volgend voorjaar", "nl", "2026-07-08", "2027-03-20", "2027-06-20"),
    ("a launch on Jul 18, Fri", "en", "2026-02-08", "2025-07-18", "2025-07-18"),  # the weekday picks the year
    ("on January first two thousand and thirty two", "en", "2026-02-08", "2032-01-01", "2032-01-01"),
    ("September the twenty-first nineteen seventy eight", "en", "2026-02-08", "1978-09-21", "1978-09-21"),
    ("on September 10, nineteen zero one", "en", "2026-02-08", "1901-09-10", "1901-09-10"),
    ("Easter Sunday two thousand ten", "en", "2026-02-08", "2010-04-04", "2010-04-04"),
    ("report-20170302.html", "en", "2026-02-08", "2017-03-02", "2017-03-02"),
    ("the licence runs out in 2150", "en", "2026-02-08", "2150-01-01", "2150-12-31"),
    ("next Martin Luther Kings day", "en", "2026-02-08", "2027-01-18", "2027-01-18"),
    ("the ides of March", "en", "2026-02-08", "2026-03-15", "2026-03-15"),
    ("it will be done by tmrw", "en", "2026-02-08", "2026-02-08", "2026-02-09"),
    ("back on Oct/2", "en", "2026-02-08", "2025-10-02", "2025-10-02"),
])
def test_day_ranges_stretches_holidays_seasons_and_years_in_words_after_a_date(text, lang, published, start, end):
    t = one(text, lang, published)
    assert (t["period_start"], t["period_end"]) == (start, end)


@pytest.mark.parametrize("text, lang, phrase", [
    ("In May 2 to 3 percent of users left.", "en", "In May"),  # the number starts an amount, not a day
    ("volgende maand 3 tot 5 lanceringen", "nl", "volgende maand"),
    ("He paid $12 December 27.", "en", "December 27"),
])
def test_a_number_that_starts_an_amount_is_no_day(text, lang, phrase):
    assert [t["text"] for t in find_times(text, lang, "2016-11-07")] == [phrase]


def test_is_set_to_is_no_past_tense():
    assert one("SpaceX is set to launch on May 20th", "en", "2019-05-01")["period_start"] == "2019-05-20"
    assert one("Musk set a deadline on May 20th", "en", "2019-05-01")["period_start"] == "2018-05-20"


@pytest.mark.parametrize("text, lang, published, start, end", [
    ("results for the last four months of 2021", "en", "2019-05-01", "2021-09-01", "2021-12-31"),  # from the end of a year
    ("de laatste drie maanden van 2025", "nl", "2026-01-01", "2025-10-01", "2025-12-31"),
    ("the last 3 weeks of this year", "en", "2019-05-01", "2019-12-09", "2019-12-29"),  # whole weeks only
    ("the third month of 2021", "en", "2021-05-01", "2021-03-01", "2021-03-31"),
    ("de 9e maand van volgend jaar", "nl", "2021-05-01", "2022-09-01", "2022-09-30"),
    ("closed for 3 days from today", "en", "2018-05-23", "2018-05-23", "2018-05-25"),
    ("It launched less than two weeks ago", "en", "2018-05-23", "2018-05-09", "2018-05-23"),
    ("from 4 to January 22, 1995", "en", "2018-05-23", "1995-01-04", "1995-01-22"),
    ("out 2016 - 11", "en", "2018-05-23", "2016-11-01", "2016-11-30"),
    ("in week 27 of last year", "en", "2018-08-01", "2017-07-03", "2017-07-09"),
    ("around the 21st this month", "en", "2018-08-01", "2018-08-21", "2018-08-21"),
])
def test_parts_counted_from_the_end_stretches_from_today_and_more_day_shapes(text, lang, published, start, end):
    t = one(text, lang, published)
    assert (t["period_start"], t["period_end"]) == (start, end)


def test_a_month_in_digits_before_a_count_is_no_month():
    assert [t["text"] for t in find_times("In 2016 - 12 companies joined", "en", "2018-05-23")] == ["In 2016"]


def test_full_year_is_this_year_before_a_noun_and_a_duration_after_for():
    assert one("raised its full-year guidance", "en", "2026-08-07")["period_start"] == "2026-01-01"
    assert [t["text"] for t in find_times("full-year 2025 revenue", "en", "2026-08-07")] == ["2025"]
    assert find_times("I'll leave for full-year", "en", "2026-08-07") == []


@pytest.mark.parametrize("sentence, lang, published, start", [
    ("Het bedrijf wil in maart lanceren.", "nl", "2026-11-10", "2027-03-01"),  # an intent points ahead like 'zal'
    ("SpaceX plans to launch on March 3.", "en", "2026-11-10", "2027-03-03"),
    ("Het bedrijf lanceerde in maart.", "nl", "2026-11-10", "2026-03-01"),
    ("Deze taak moet deze 12/5 gedaan worden.", "nl", "2019-06-01", "2019-05-12"),  # 'deze': this year's
    ("a flight for Halloween weekend 2021", "en", "2021-06-01", "2021-10-30"),
])
def test_verbs_of_intent_point_ahead_and_this_keeps_the_year(sentence, lang, published, start):
    assert one(sentence, lang, published)["period_start"] == start


def test_a_digit_range_still_running_is_this_one_and_a_dashed_month_day_year():
    assert one("a vacation between 10/1-11/7", "en", "2018-10-15")["period_start"] == "2018-10-01"
    assert one("back on Sep-23-2020.", "en", "2016-11-07")["period_start"] == "2020-09-23"


def test_a_preposition_before_a_time_does_not_push_the_verb_before_it_away():
    t = find_times("Project Suncatcher, announced in November, aims to launch two satellites by early 2027.", "en", "2026-03-17")[0]
    assert t["period_start"] == "2025-11-01"  # announced: past, though 'aims' follows as close


@pytest.mark.parametrize("text, lang", [
    ("it had 20161016 users", "en"),
    ("rose to 2150", "en"),
    ("in 2150 households", "en"),
    ("on Christmas two thousand people marched", "en"),
])
def test_eight_digits_and_far_years_that_count_are_no_time(text, lang):
    assert [t["text"] for t in find_times(text, lang, "2026-02-08") if re.search(r"\d|thousand", t["text"])] == []


def test_a_rolling_window_takes_more_units_but_leaves_an_ago_its_own():
    found = find_times("They worked on it for the last 3 months and 2 days ago they found a fix.", "en", "2016-11-07")
    assert [(t["text"], t["period_start"], t["period_end"]) for t in found] == [
        ("the last 3 months", "2016-08-07", "2016-11-06"), ("2 days ago", "2016-11-05", "2016-11-05")]
    t = one("de afgelopen 3 maanden en 2 weken", "nl", "2016-11-07")
    assert (t["period_start"], t["period_end"]) == ("2016-07-24", "2016-11-06")
    t = one("the weekend after the next", "en", "2016-11-07")
    assert (t["period_start"], t["period_end"]) == ("2016-11-26", "2016-11-27")


@pytest.mark.parametrize("text, lang, day, clock", [
    ("woensdag 7 januari 2015 om 21:32", "nl", "2015-01-07", "21:32"),
    ("op 3 maart om 14.00 uur", "nl", "2026-03-03", "14:00"),
    ("Starship lifted off on June 2 at 7:30 a.m.", "en", "2026-06-02", "07:30"),
    ("on Jan 24, 2014 12:49", "en", "2014-01-24", "12:49"),
    ("each block mined is now 6.25 BTC", "en", "2026-06-03", None),  # a decimal after a day is no clock time
    ("on May 5 at 10 satellites", "en", "2026-05-05", None),
])
def test_a_clock_time_right_after_a_day(text, lang, day, clock):
    t = find_times(text, lang, "2026-06-03")[0]
    assert (t["period_start"], t["time"]) == (day, clock)


@pytest.mark.parametrize("text, lang, expected", [
    # a fiscal year is read as the calendar year, until the text says when it ends
    ("In fiscal 2027 revenue rose.", "en", [("In fiscal 2027", "2027-01-01", "2027-12-31")]),
    ("Het boekjaar 2027 was goed.", "nl", [("boekjaar 2027", "2027-01-01", "2027-12-31")]),
    ("Revenue in the second quarter of fiscal 2027, which ended July 27, 2026, rose.", "en",
     [("second quarter of fiscal 2027, which ended July 27, 2026", "2026-04-28", "2026-07-27")]),
    ("De omzet in het eerste kwartaal van boekjaar 2027, dat afliep op 26 april 2026, steeg.", "nl",
     [("eerste kwartaal van boekjaar 2027, dat afliep op 26 april 2026", "2026-01-27", "2026-04-26")]),
    ("For its 2027 fiscal year (which ends Jan. 31, 2027), it expects growth.", "en",
     [("2027 fiscal year (which ends Jan. 31, 2027", "2026-02-01", "2027-01-31")]),
])
def test_fiscal_periods_and_periods_that_end_on_a_stated_day(text, lang, expected):
    assert [(t["text"], t["period_start"], t["period_end"]) for t in find_times(text, lang, "2026-08-20")] == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # once the text ties a quarter to the firm's own calendar, quarters named without a year follow it
    ("Orbitra reported second-quarter results on Sept. 9. For the third quarter it expects growth. Its 2027 fiscal "
     "year (which ends Jan. 31) looks good.", "en", "2026-09-20",
     [("second-quarter", "2026-05-01", "2026-07-31"), ("on Sept. 9", "2026-09-09", "2026-09-09"),
      ("third quarter", "2026-08-01", "2026-10-31"), ("2027 fiscal year (which ends Jan. 31", "2026-02-01", "2027-01-31")]),
    ("Orbitra verdiende afgelopen kwartaal veel. In het eerste kwartaal van boekjaar 2027, dat afliep op 26 april 2026, "
     "steeg de omzet. Over het huidige kwartaal is het bedrijf positief.", "nl", "2026-05-30",
     [("afgelopen kwartaal", "2026-01-27", "2026-04-26"),
      ("eerste kwartaal van boekjaar 2027, dat afliep op 26 april 2026", "2026-01-27", "2026-04-26"),
      ("huidige kwartaal", "2026-04-27", "2026-07-26")]),
    # without such a tie a quarter is the calendar's
    ("Orbitra reported second-quarter results on Sept. 9.", "en", "2026-10-01",
     [("second-quarter", "2026-04-01", "2026-06-30"), ("on Sept. 9", "2026-09-09", "2026-09-09")]),
    # 'the quarter' points back to the last quarter named; 'the quarter before' is another one
    ("Orbitra reported second-quarter results. During the quarter, revenue rose.", "en", "2026-10-01",
     [("second-quarter", "2026-04-01", "2026-06-30"), ("the quarter", "2026-04-01", "2026-06-30")]),
    ("Vega groeide in het derde kwartaal. In het kwartaal daarvoor kromp het.", "nl", "2026-10-20",
     [("derde kwartaal", "2026-07-01", "2026-09-30")]),
    ("A quarter of the sales came from Asia.", "en", "2026-10-01", []),
])
def test_a_firms_own_quarters_and_the_quarter_pointed_back_to(text, lang, published, expected):
    assert [(t["text"], t["period_start"], t["period_end"]) for t in find_times(text, lang, published)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # two bare digits after a quarter that an amount follows are the amount, not the year
    ("Orbitra boekte in het eerste kwartaal 44 miljard dollar.", "nl", [("eerste kwartaal", "2025-01-01")]),
    ("Orbitra booked in the first quarter 12 percent more.", "en", [("first quarter", "2025-01-01")]),
    ("Het eerste kwartaal '25 was goed.", "nl", [("eerste kwartaal '25", "2025-01-01")]),
])
def test_two_digits_after_a_period_that_count_something_are_no_year(text, lang, expected):
    assert [(t["text"], t["period_start"]) for t in find_times(text, lang, "2025-05-29")] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # the previous close is the last weekday before a Monday's publication
    ("Shares rose to $360, compared to $322 at the previous stock market close.", "en",
     [("the previous stock market close", "2025-06-20")]),
    ("Het aandeel sloot op 10 euro, tegen 9 euro bij de vorige slotkoers.", "nl", [("de vorige slotkoers", "2025-06-20")]),
])
def test_the_previous_close_is_the_trading_day_before(text, lang, expected):
    assert [(t["text"], t["period_start"]) for t in find_times(text, lang, "2025-06-23")] == expected
