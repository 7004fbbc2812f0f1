"""The time grammar of a language: the lexicon compiled into the patterns find_times tries, in order."""
from __future__ import annotations

import functools
import re

from ..lexicons import alt, lexicon, lexicon_shared

YEAR = r"(?:1[89]\d\d|20\d\d|2100)"


OLD_YEAR = r"(?:1[0-7]\d\d)"  # only after a day and month: "4 augustus 1678"


@functools.lru_cache(maxsize=None)
def grammar(lang: str) -> dict:
    lex = lexicon(lang)
    words = {name: [str(w) for w in ws] for name, ws in lexicon_shared()["time_pattern_words"].items()}
    months = {k.lower(): v for k, v in lex["months"].items()}
    num = r"(?:\d+(?:[.,]\d+)?|[^\W\d_]+(?:-[^\W\d_]+)*)"
    g = {
        "months": months,
        "units": {k.lower(): v for k, v in lex["time_units"].items()},
        "ordinals": {str(k).lower(): v for k, v in lex["ordinals"].items()},
        "parts": {k.lower(): v for k, v in lex["parts"].items()},
        "references": {k.lower(): v for k, v in lex["references"].items()},
        "openers": {k.lower(): v for k, v in lex["window_openers"].items()},
        "relative": {k.lower(): v for k, v in lex["relative"].items()},
        "relative_not_after": {k.lower(): set(v) for k, v in lex["relative_not_after"].items()},
        "weekdays": {w: i for i, w in enumerate(lex["weekdays"])} | {k: v for k, v in lex["weekday_abbreviations"].items()},
        "next": set(lex["next_words"]), "last": set(lex["last_words"]), "this": set(lex["this_words"]),
        "next_week": set(lex["next_week_words"]), "last_week": set(lex["last_week_words"]),
        "modifiers": set(lex["next_words"]) | set(lex["last_words"]) | set(lex["this_words"]),
        "day_ordinals": {k: v for k, v in lex["day_ordinals"].items()}
        | {k.replace("-", " "): v for k, v in lex["day_ordinals"].items() if "-" in k},  # "twenty second"
        "past_window": set(lex["past_window_words"]), "future_window": set(lex["future_window_words"]),
        "holidays_fixed": {k.lower(): v for k, v in lex["holidays_fixed"].items()},
        "holidays_nth": {k.lower(): v for k, v in lex["holidays_nth_weekday"].items()},
        "not_on_sunday": {k.lower() for k in lex["holidays_not_on_sunday"]},
        "holidays_easter": {k.lower(): v for k, v in lex["holidays_easter"].items()},
        "holidays_orthodox": {k.lower(): v for k, v in lex["holidays_orthodox"].items()},
        "holidays_calendar": {k.lower(): v for k, v in lexicon_shared()["holidays_by_calendar"].items()},
        "seasons": {k.lower(): v for k, v in lex["seasons"].items()},
        "range_connectors": sorted(lex["range_connectors"], key=len, reverse=True),
        "range_openers": set(lex["range_openers_time"]),
        "and_words": set(lex["and_words"]), "dotted_date_cues": set(lex["dotted_date_cues"]),
        "nth_units": lex["nth_units"], "words_before_times": set(lex["words_before_times"]),
    }
    g["decade_words"] = {k.lower(): v for k, v in lex["decade_words"].items()}
    g["decade_words_after_century"] = {k.lower(): v for k, v in lex["decade_words_after_century"].items()}
    g["decade_centuries"] = {" ".join(k.lower().split()): v for k, v in lex["decade_centuries"].items()}
    g["relative_years"] = {k: v[1] for k, v in g["relative"].items() if v[0] == "year"}
    RY = alt(g["relative_years"])
    M, U, O = alt(months), alt(g["units"]), alt(g["ordinals"])
    g["relative_months"] = {k: v[1] for k, v in g["relative"].items() if v[0] == "month"}
    g["relative_weeks"] = {k: v[1] for k, v in g["relative"].items() if v[0] == "week"}
    RW = alt(g["relative_weeks"])
    RM = alt(g["relative_months"])
    P = alt(g["parts"])
    OPEN = alt(g["openers"])
    OPEN_WITHIN = alt(k for k, v in g["openers"].items() if v == "within")
    LESS = alt(k for k, v in lex["qualifiers"].items() if v in ("less_than", "up_to"))
    LATEST = alt(lex["at_the_latest"])
    OF = alt(lex["of_words"])
    QW, HW = alt(lex["quarter_words"]), alt(lex["half_words"])
    AND = alt(lex["and_words"])
    MORE = rf"(?P<more>(?:(?:\s*,\s*|\s+(?:{AND})\s+|\s+)(?:{num})\s+(?:{U})\b)*)"  # "2 jaar, 1 maand en 21 dagen"
    AGO = alt(lex["ago_words"])
    MORE_ROLLING = rf"(?P<more>(?:(?:\s*,\s*|\s+(?:{AND})\s+|\s+)(?:{num})\s+(?:{U})\b(?!\s+(?:{AGO})\b))*)"  # not "... and 2 days ago"
    NOT_AFTER_WINDOW = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in set(lex["past_window_words"]) | set(lex["future_window_words"]))
    QL = "".join(lex["quarter_letters"])  # "Q3", and in Dutch also "K3"
    WD = alt(lex["weekdays"])
    WDA = rf"{WD}|(?-i:{alt(w.capitalize() for w in lex['weekday_abbreviations'])})\.?"  # "Fri, Jul 18", not "the sun"
    fw = {name: alt(ws) for name, ws in words.items()}
    ART, ART_EN, ART_NL, ART_NEUT, ART_ANY = fw["article"], fw["article_en"], fw["article_nl"], fw["article_neuter"], fw["any_article"]
    OF_EITHER, OF_IN, OF_IN_EN, IN, THE_IN = fw["of"], fw["of_in"], fw["of_in_en"], fw["in"], fw["the_in"]
    FROM_BETWEEN, RANGE_NUM, YEAR_CONN, MONTH_CONN = (fw["from_between"], fw["range_between_numbers"],
                                                      fw["year_range_connectors"], fw["month_range_connectors"])
    DAY, WEEK, JAREN, LAST, ON, ON_FOR = fw["day_word"], fw["week_word"], fw["years_plural_nl"], fw["last"], fw["on_day"], fw["on_for"]
    NOT_DAY, ORD, ORD_EN, PLURAL = fw["not_after_a_bare_day"], fw["ordinal_suffixes"], fw["ordinal_suffixes_en"], fw["plural_suffixes"]
    FISCAL_AFTER = rf"(?P<year>{YEAR})\s+(?:{alt(lex['fiscal_year_after'])})\b|" if lex["fiscal_year_after"] else ""
    FISCAL_BEFORE = rf"(?:(?:{ART_ANY})\s+)?(?:{alt(lex['fiscal_year_before'])})"  # "van (het) boekjaar", "of fiscal"
    day_suffix = rf"(?:{ORD})?"
    rng = rf"\s*(?:{RANGE_NUM})\s*"
    f = re.I | re.U
    DAYNAME = alt(g["weekdays"])
    MODS = alt(set(lex["next_words"]) | set(lex["last_words"]) | set(lex["this_words"]))
    DORD = alt(g["day_ordinals"])
    COUNTS = alt(w for w in lex["number_words"] if len(w) > 2)  # "one", "five", "vijf"; not the article "a"
    DAYNUM = rf"(?:\d{{1,2}}(?:{ORD})?|{DORD})"
    WIN = alt(set(lex["past_window_words"]) | set(lex["future_window_words"]))
    HOL = alt(list(g["holidays_fixed"]) + list(g["holidays_nth"]) + list(g["holidays_easter"]) + list(g["holidays_orthodox"])
              + list(g["holidays_calendar"]))
    SEASON = alt(g["seasons"])
    NTH = alt(list(g["day_ordinals"]) + words["last"])
    WEEKWORD = alt(lex["week_words"])
    WEEKEND = alt(lex["weekend_words"])
    CONN = alt(g["range_connectors"] + words["range_abbreviations"])
    CONN_NOT_AND = alt(c for c in g["range_connectors"] if c not in lex["and_words"])  # "May 5 and 7 people"
    g["patterns"] = [
        ("nth_week", re.compile(rf"\b(?:(?:{ART})\s+)?(?P<nth>{NTH}|\d{{1,2}}(?:{ORD}))(?:\s+(?P<fromend>{LAST}))?"
                                rf"\s+(?:(?P<monthword>{alt(lex['month_words'])})|{WEEKWORD})\s+(?:{OF_IN})\s+(?:(?P<month>{M})\.?(?:\s+(?P<myear>{YEAR}))?|(?P<year>{YEAR})|"
                                rf"(?:(?:{ART})\s+)?(?P<relyear>{RY})|(?:(?:{ART})\s+)?(?P<relmonth>{RM})|(?P<theyear>{alt(lex['the_year'])})|"
                                rf"(?P<themonth>{alt(lex['the_month'])}))\b", f)),
        ("holiday", re.compile(rf"\b(?:(?P<wkend0>{WEEKEND})\s+(?:{OF_EITHER})\s+(?:(?:{ART_NEUT})\s+)?)?(?:(?P<mod>{MODS})\s+)?(?P<hol>{HOL})\b"
                               rf"(?:\s+(?:(?:{OF_IN})\s+)?(?P<year>{YEAR})|\s+(?:(?:{OF_EITHER})\s+)?(?P<relyear>{RY}))?(?P<wkend>\s+(?:{WEEKEND})\b)?"
                               rf"(?(year)|(?(relyear)|(?(wkend)(?:\s+(?P<year2>{YEAR}))?)))", f)),
        ("season", re.compile(rf"\b(?:(?P<mod>{MODS})\s+|(?:{ART_ANY})\s+)?(?P<season>{SEASON})\b(?:\s+(?:(?:{OF_EITHER})\s+)?(?P<year>{YEAR}))?", f)),
        ("this_season", re.compile(rf"\b(?P<mod>{MODS})\s+(?:{alt(lex['season_words'])})\b", f)),
        ("nth_in_month", re.compile(rf"\b(?:(?:{ART})\s+)?(?P<nth>{NTH}|\d(?:{ORD}))\s+(?P<what>{DAYNAME}|{alt(g['nth_units'])})\s+"
                                    rf"(?:{OF_IN})\s+(?:(?P<month>{M})\.?(?:\s+(?P<year>{YEAR}))?|(?:(?:{ART})\s+)?(?P<relmonth>{RM})|(?P<themonth>{alt(lex['the_month'])}))\b", f)),
        ("rolling", re.compile(rf"\b(?:(?:{ART})\s+)?(?:(?P<dir>{WIN})\s+(?P<n1>{num})|(?P<n1b>{num})\s+(?P<dirb>{WIN}))"
                               rf"\s+(?P<unit>{U})\b{MORE_ROLLING}", f)),
        ("day_range", re.compile(rf"\b(?:(?:{FROM_BETWEEN})\s+)?(?:(?:{ART})\s+)?(?P<d1>{DAYNUM})\s*(?:{CONN})\s*"
                                 rf"(?:(?:{ART})\s+)?(?P<d2>{DAYNUM})\s+(?:(?:{OF_EITHER})\s+)?(?P<month>{M})\.?(?:,?\s+(?P<year>{YEAR}))?\b", f)),
        ("day_range_relmonth", re.compile(rf"\b(?:(?P<rm0>{RM})\s+)?(?:(?:{FROM_BETWEEN})\s+)?(?:(?:{ART})\s+)?(?P<d1>{DAYNUM})\s*(?:{CONN})\s*"
                                          rf"(?:(?:{ART})\s+)?(?P<d2>{DAYNUM})(?:\s+(?:(?:{OF_IN})\s+)?(?:(?:{ART})\s+)?(?P<rm>{RM}))?\b", f)),
        ("day_to_month_day", re.compile(rf"\b(?:{FROM_BETWEEN})\s+(?:(?:{ART})\s+)?(?P<d1>{DAYNUM})\s*(?:{CONN})\s*"
                                        rf"(?P<month>{M})\.?\s+(?:(?:{ART_EN})\s+)?(?P<d2>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?\b", f)),
        ("month_day_range", re.compile(rf"\b(?P<month>{M})\.?\s+(?:(?:{ART_EN})\s+)?(?P<d1>{DAYNUM})\s*(?:{CONN_NOT_AND})\s*(?:(?:{ART_EN})\s+)?(?P<d2>{DAYNUM})"
                                       rf"(?:,?\s+(?P<year>{YEAR}))?\b", f)),
        ("ordinal_day", re.compile(rf"(?<![\w‐-])(?:(?:{ART})\s+)?(?P<day>{DAYNUM})\s+(?:(?:(?:{DAY})\s+)?(?:{OF_IN})\s+(?:(?P<month>{M})\.?"
                                   rf"(?:(?:,?\s+|\s+(?:{OF_IN})\s+)(?P<year>{YEAR}))?|(?:(?:{ART})\s+)?(?P<relmonth>{RM}))|(?<=[a-z]\s)(?P<relmonth2>{RM}))\b", f)),
        ("weekday_of_week", re.compile(rf"\b(?:(?P<wd>{DAYNAME})\s+(?:{OF_EITHER})\s+(?:(?:{ART})\s+)?(?P<rw>{RW})|"
                                       rf"(?P<rw2>{RW})\s+(?:{ON})\s+(?P<wd2>{DAYNAME}))\b", f)),
        ("weekday_day", re.compile(rf"\b(?P<wd>{DAYNAME}),?\s+(?:(?:{ART})\s+)?(?P<day>\d{{1,2}}(?:{ORD})?|{DORD})\b"
                                   rf"(?![,.]\d)(?!\s*(?:[/.:-]\d|{M}|{alt(lex['of_words'])}\s))", f)),  # not "woensdag 2,4 procent"
        ("bare_day", re.compile(rf"\b(?:{ON_FOR})\s+(?:{ART})\s+(?P<day>\d{{1,2}}(?:{ORD})|{DORD})\b"
                                rf"(?!\s*(?:{M}|{alt(lex['of_words'])}\s|van\s|{NOT_DAY}|{QW}|{HW}|{U}))"
                                rf"(?!\s+(?:\d|(?:{COUNTS})\b))", f)),  # not "on the first five flights": an order
        ("weekdays_counted", re.compile(rf"\b(?:(?P<n>{num})\s+(?P<wd>{WD})(?:{PLURAL})\s+(?:(?P<ago>{alt(lex['ago_words'] + lex['back_words'])})|"
                                        rf"(?P<hence>{alt(lex['hence_words'])}))|(?P<wd2>{WD})\s+(?P<after>{alt(lex['after_next_words'])}))\b", f)),
        ("weekday", re.compile(rf"\b(?:(?P<mod>{MODS})\s+)?(?:(?:{WEEK})\s+)?(?P<wd>{DAYNAME})(?:{alt(lex['day_parts'])})?\b(?:(?<=\b[A-Za-z]{{3}})\.|(?<=\b[A-Za-z]{{2}})\.)?(?:\s+(?P<after>{MODS})\s+(?:{WEEK}))?", f)),
        ("window", re.compile(rf"\b(?P<opener>{OPEN})\s+(?P<n1>{num})(?:{rng}(?P<n2>{num}))?\s+(?P<unit>{U})\b{MORE}"
                              rf"(?:\s*,\s*(?P<n3>{num})\s+(?:{LATEST}))?", f)),
        ("ago", re.compile(rf"\b(?:(?P<opener>{OPEN_WITHIN})\s+(?:(?:{LESS})\s+)?|(?:{OPEN})\s+(?P<less>{LESS})\s+|(?P<less2>{LESS})\s+)?{NOT_AFTER_WINDOW}(?P<n1>{num})\s+(?P<unit>{U}){MORE}\s+(?:(?P<ago>{alt(lex['ago_words'])})|(?P<hence>{alt(lex['hence_words'])}))\b", f)),
        ("decade_words", re.compile(rf"\b(?:{ART_EN}|(?:(?:{ART_NL})\s+)?(?:{JAREN}))\s+(?:(?P<cent>{alt(lex['decade_centuries'])})[\s-]+)?"
                                    rf"(?P<dw>{alt(list(lex['decade_words']) + list(lex['decade_words_after_century']))})\b", f)),
        ("first_months", re.compile(rf"\b(?P<ord>{O})\s+(?P<n1>{num})\s+(?P<unit>{U})\s+(?:{OF})\s+(?:(?P<year>{YEAR})|"
                                    rf"(?:(?:{ART})\s+)?(?P<relyear>{RY})|(?P<theyear>{alt(lex['the_year'])}))\b", f)),
        ("quarter", re.compile(rf"\b(?:(?P<ybefore>{YEAR})[\s-]*[{QL}](?P<qa>[1-4])|[{QL}](?P<q>[1-4])|(?P<qd>[1-4])(?:{ORD})[\s-]+(?:{QW})|(?P<qord>{O})[\s-]+(?:{QW}))(?:(?:\s+(?:(?:{OF})\s+)?|-)(?:{FISCAL_BEFORE}\s*)?(?:(?:'|’)?(?P<year>{YEAR}|\d\d)|(?P<relyear>{RY})))?\b", f)),
        ("half", re.compile(rf"\b(?:(?P<ybefore>{YEAR})[\s-]*H(?P<ha>[12])|H(?P<h>[12])|(?P<hord>{O})[\s-]+(?:{HW}))(?:(?:\s+(?:(?:{OF})\s+)?|-)(?:(?P<year>{YEAR})|(?P<relyear>{RY})))?\b", f)),
        ("iso", re.compile(rf"\b(?P<year>{YEAR})(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})\b(?![.,/-]?\d)")),
        ("compact_iso", re.compile(r"(?<![\d.,])(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d|[.,]\d)")),
        ("iso_named", re.compile(rf"\b(?:(?P<year>{YEAR})(?P<sep>[-/])(?P<month>{M})(?P=sep)(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})/(?P<month2>{M})/(?P<year2>{YEAR}))\b", f)),
        ("numeric", re.compile(rf"\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<year>{YEAR}|\d\d)\b")),
        ("dmy", re.compile(rf"(?<![\d.,])\b(?:(?P<wd>{WDA}),?\s+)?(?P<day>\d{{1,2}}{day_suffix}|{DORD}|[^\W\d_]+(?:-[^\W\d_]+)?)(?:\.?\s+|[/-])(?P<month>{M})\.?"
                           rf"(?:(?:\s*[,/-]?\s*|\s+(?:{OF_IN})\s+)(?P<year>{YEAR}|{OLD_YEAR})|(?:\s+(?P<of>{OF_EITHER})\s+|-)(?P<yy>\d\d))?\b(?![.,:]\d)", f)),
        ("mdy", re.compile(rf"\b(?:(?P<wd>{WDA}),?\s+)?(?P<month>{M})\.?(?:,(?=\s*\d{{1,2}}(?:{ORD_EN})\b))?(?:[\s-]*|/(?=\d))(?:(?:{ART_EN})\s+)?(?P<day>\d{{1,2}}{day_suffix}|{DORD})"
                           rf"(?:(?:\s*,?\s*|-|\s+(?:{OF_IN_EN})\s+)(?P<year>{YEAR}))?(?![\d:]|[.,]\d)\b(?:,\s*(?P<wd2>{WDA})(?!\w))?", f)),
        ("mod_month", re.compile(rf"\b(?P<mod>{MODS})\s+(?P<month>{alt(m for m in months if len(m) > 2)})\b", f)),
        ("numeric_month", re.compile(rf"(?<![\d/.-])(?:(?P<m1>\d{{1,2}})(?:[/.-]|\s*[/-]\s*)(?P<y1>{YEAR})|(?P<y2>{YEAR})(?:\s*[/-]\s*)(?P<m2>\d{{1,2}}))(?![\d/.-]|[.,]\d)")),
        ("numeric_day_range", re.compile(rf"(?<![\w/.-])(?:(?P<opener>{alt(g['range_openers'])})\s+(?:(?:{ART})\s+)?)?"
                                         rf"(?P<a1>\d{{1,2}})(?P<sep>[/-])(?P<b1>\d{{1,2}})\s*(?P<conn>{alt(g['range_connectors'])})\s*(?:(?:{ART})\s+)?"
                                         rf"(?P<a2>\d{{1,2}})(?P=sep)(?P<b2>\d{{1,2}})(?:(?P=sep)(?P<year>{YEAR}|\d\d)|,\s*(?P<year2>{YEAR}))?"
                                         r"(?![\d/]|[.,-]\d)", f)),
        ("numeric_day_month", re.compile(rf"(?<![\w/.-])(?:(?P<cue>{alt(lex['numeric_date_cues'])})\s+(?:(?:{ART})\s+)?|"
                                         rf"(?:(?P<mod>{MODS})\s+)?(?P<wd>{WDA}),?\s+|(?P<mod2>{MODS})\s+)?"
                                         rf"(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?:,\s*(?P<year>{YEAR}))?(?![\d/]|[.,-]\d)", f)),
        ("part", re.compile(rf"\b(?P<part>{P})[\s-]*(?:(?P<month>{M})(?:\s+(?P<myear>{YEAR})|\s+(?P<mrelyear>{RY}))?|(?P<year>{YEAR})(?![\s-]*[{QL}H][1-4]\b)|(?P<relmonth>{RM})|"
                            rf"(?P<relyear>{RY})|(?P<theyear>{alt(lex['the_year'])})|(?P<themonth>{alt(lex['the_month'])})|"
                            rf"(?P<theweek>{alt(lex['the_week'])})|(?P<relweek>{RW})|(?P<thedecade>{alt(lex['the_decade'])}))\b", f)),
        ("month_relyear", re.compile(rf"\b(?:(?P<month>{M})\.?\s+(?:(?:{OF_EITHER})\s+)?(?P<relyear>{RY})|(?P<relyear2>{RY})\s+(?P<month2>{alt(m for m in months if len(m) > 3)}))\b", f)),
        ("month_year", re.compile(rf"\b(?P<month>{M})\.?(?:\s*,\s*|\s+(?P<of>(?:{OF_IN})\s+)?|-|/)(?P<year>{YEAR}|['’]\d\d|(?P<yy>\d\d))\b(?![.,:]\d)", f)),
        ("year_range", re.compile(rf"\b(?:(?P<opener>{FROM_BETWEEN})\s+)?(?P<y1>{YEAR})\s*(?P<conn>{YEAR_CONN})\s*(?P<y2>{YEAR})\b", f)),
        ("century", re.compile(rf"\b(?:(?:{ART})\s+)?(?P<c>\d{{1,2}})(?:{ORD})\s+(?:{alt(lex['century_words'])})\b", f)),
        ("short_decade", re.compile(rf"(?:\b(?:(?:{ART_NL})\s+)?(?:{JAREN})\s+['’]?(?P<dd>\d)0|\b(?:{THE_IN})\s+['’](?P<dd2>\d)0'?s?|\b(?:{ART_EN})\s+(?P<dd3>\d)0'?s|"
                                    rf"(?<![\w'’$€£.,])(?P<dd4>\d)0['’]s)(?![\w'’%])", f)),
        ("year_month", re.compile(rf"\b(?P<year>{YEAR})\s+(?P<month>{alt(m for m in months if len(m) > 3)})\b", f)),
        ("month_range", re.compile(rf"\b(?:(?P<opener>{FROM_BETWEEN})\s+)?(?P<m1>{M})\.?\s*"
                                   rf"(?P<conn>{MONTH_CONN})\s*(?P<m2>{M})\.?"
                                   rf"(?:,?\s+(?:(?:{IN})\s+)?(?P<year>{YEAR}))?(?![\w-])", f)),
        ("iso_week", re.compile(rf"\b(?:(?:{ART})\s+)?(?:{WEEK})\s+(?P<wk>\d{{1,2}})(?:\s+(?:(?:{OF_EITHER})\s+)?(?:(?P<year>{YEAR})|(?:(?:{ART_NEUT})\s+)?(?P<relyear>{RY})))?\b(?![.,]?\d)", f)),
        ("decade", re.compile(rf"\b(?:(?:(?P<part0>{P})\s+)?(?:(?:(?:{ART_NL})\s+)?(?:{JAREN})|{ART_EN})\s+(?:(?P<part>{P})[\s-]*)?(?P<dec>(?:19|20)\d0)(?:'?s)?|"
                              rf"(?:(?P<part2>{P})[\s-]*)?(?P<dec2>(?:19|20)\d0)'?s)\b", f)),
        ("fiscal_year", re.compile(rf"\b(?:{FISCAL_AFTER}(?:{alt(lex['fiscal_year_before'])})\s*(?P<year2>{YEAR})\b)", f)),
        ("far_year", re.compile(r"(?<![\d.,/-])(?P<year>21\d\d)(?![\d/]|[.,]\d|-\d)")),
        ("year", re.compile(rf"(?<![\d.,/-])(?P<year>{YEAR})(?![\d/]|[.,]\d|-\d)")),
        ("relative", re.compile(rf"\b(?:{alt(g['relative'])})\b", f)),
        ("month", re.compile(rf"\b(?P<month>{alt(months)})\b(?!\.\d)", f)),
    ]
    g["clock_re"] = re.compile(rf"(?:\s*,)?\s+(?:(?P<at>{alt(lex['clock_openers'])})\s+)?(?P<h>2[0-3]|[01]?\d)(?:(?P<sep>[:.])(?P<m>[0-5]\d)(?::[0-5]\d)?)?"
                               rf"(?:\s*(?P<ampm>[ap]\.?m\.?)(?!\w)|\s*(?P<uur>{alt(lex['clock_words'])})\b)?(?![\d:.,]\d|\s*%)", f)
    g["period_end_re"] = re.compile(rf"\s*[,(]?\s*(?:{alt(lex['period_end_links'])})\s*", f)
    g["span_to_re"] = re.compile(rf"(?:(?<=\s)|^)(?:(?:{ART})\s+)?(?P<n>{num})\s+(?P<unit>{U})\s+(?:{alt(lex['span_end_words'])})\s+$", f)
    g["offsets"] = {k.lower(): v for k, v in lex["offset_words"].items()}
    g["offset_re"] = re.compile(rf"(?:(?<=\s)|^)(?:(?P<stretch>{alt(lex['stretch_words'])})\s+)?(?P<n>{num})\s+(?P<unit>{U}),?\s+"
                                rf"(?:(?P<starting>{alt(lex['stretch_start_words'])})|(?P<dir>{alt(g['offsets'])}))\s+(?:(?:{ART_ANY})\s+)?$", f)
    g["stretch_before_re"] = re.compile(rf"\b(?:{alt(lex['stretch_words'])})\s+$", f)
    g["stretch_after_re"] = re.compile(rf",?\s+(?:{alt(lex['stretch_words'])})\s+(?P<n>{num})\s+(?P<unit>{U})\b", f)
    g["today_words"] = set(lex["today_words"])
    g["period_back_references"] = {k.lower(): v for k, v in lex["period_back_references"].items()}
    g["back_reference_re"] = re.compile(rf"\b(?:{alt(g['period_back_references'])})\b(?!\s+(?:{alt(lex['period_back_reference_blockers'])})\b)", re.I)
    g["fiscal_re"] = re.compile(rf"\b(?:{alt(lex['fiscal_words'])})", re.I)
    g["vague_re"] = re.compile(rf"\b(?:{alt(lex['vague_counts'])})\b", f)
    g["range_after_re"] = re.compile(rf"\s*(?:{alt(g['range_connectors'])})\s", f)
    g["week_of_re"] = re.compile(rf"(?:^|(?<=[\s(]))(?:{alt(lex['week_of_words'])})\s+$", f)
    g["more_re"] = re.compile(rf"(?P<n>{num})\s+(?P<unit>{U})\b", f)
    g["relative_re"] = re.compile(rf"\b(?:{alt(g['relative'])})\b", f)
    g["ambiguous_references"] = set(lex.get("ambiguous_references", []))
    g["relative_starts"] = tuple(sorted(list(g["relative"]) + list(lex["week_of_words"]), key=len, reverse=True))
    g["ref_re"] = re.compile(rf"(?:^|\s)(?P<ref>{alt(g['references'])})\s+$", f)
    g["month_needs_ref"] = lang == "en"
    g["lang"] = lang
    return g
