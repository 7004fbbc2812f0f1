"""Time expressions in Dutch and English, resolved against the publication date. Pure.

find_times(text, lang, published) returns dicts {start, end, text, period_start,
period_end, precision, reference}; reference is point, window, deadline, since or until.
With no publication date, relative expressions keep NULL bounds: never resolved
against today.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from .lexicons import lexicon, lexicon_shared
from .numbers import counted_noun, parse_digits, parse_number_word, vocab
from .spans import Occupied
from .tense import lean
from .years_in_words import with_years_in_digits

D = dt.date
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
OLD_YEAR = r"(?:1[0-7]\d\d)"  # only after a day and month: "4 augustus 1678"


def alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def grammar(lang: str) -> dict:
    lex = lexicon(lang)
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
    day_suffix = r"(?:e|ste|de|st|nd|rd|th)?"
    rng = r"\s*(?:tot|-|–|to|à|a|or|of)\s*"
    f = re.I | re.U
    DAYNAME = alt(g["weekdays"])
    MODS = alt(set(lex["next_words"]) | set(lex["last_words"]) | set(lex["this_words"]))
    DORD = alt(g["day_ordinals"])
    DAYNUM = rf"(?:\d{{1,2}}(?:e|ste|de|st|nd|rd|th)?|{DORD})"
    WIN = alt(set(lex["past_window_words"]) | set(lex["future_window_words"]))
    HOL = alt(list(g["holidays_fixed"]) + list(g["holidays_nth"]) + list(g["holidays_easter"]) + list(g["holidays_orthodox"])
              + list(g["holidays_calendar"]))
    SEASON = alt(g["seasons"])
    NTH = alt(list(g["day_ordinals"]) + ["last", "laatste"])
    WEEKWORD = alt(lex["week_words"])
    WEEKEND = alt(lex["weekend_words"])
    CONN = alt(g["range_connectors"] + ["t/m"])
    CONN_NOT_AND = alt(c for c in g["range_connectors"] if c not in lex["and_words"])  # "May 5 and 7 people"
    g["patterns"] = [
        ("nth_week", re.compile(rf"\b(?:the\s+|de\s+)?(?P<nth>{NTH}|\d{{1,2}}(?:e|de|ste|st|nd|rd|th))(?:\s+(?P<fromend>last|laatste))?"
                                rf"\s+(?:(?P<monthword>{alt(lex['month_words'])})|{WEEKWORD})\s+(?:of|in|van)\s+(?:(?P<month>{M})\.?(?:\s+(?P<myear>{YEAR}))?|(?P<year>{YEAR})|"
                                rf"(?:the\s+|de\s+)?(?P<relyear>{RY})|(?:the\s+|de\s+)?(?P<relmonth>{RM})|(?P<theyear>{alt(lex['the_year'])})|"
                                rf"(?P<themonth>{alt(lex['the_month'])}))\b", f)),
        ("holiday", re.compile(rf"\b(?:(?P<wkend0>{WEEKEND})\s+(?:of|van)\s+(?:the\s+|het\s+)?)?(?:(?P<mod>{MODS})\s+)?(?P<hol>{HOL})\b"
                               rf"(?:\s+(?:in\s+|of\s+|van\s+)?(?P<year>{YEAR})|\s+(?:of\s+|van\s+)?(?P<relyear>{RY}))?(?P<wkend>\s+(?:{WEEKEND})\b)?"
                               rf"(?(year)|(?(relyear)|(?(wkend)(?:\s+(?P<year2>{YEAR}))?)))", f)),
        ("season", re.compile(rf"\b(?:(?P<mod>{MODS})\s+|(?:de|het|the)\s+)?(?P<season>{SEASON})\b(?:\s+(?:(?:of|van)\s+)?(?P<year>{YEAR}))?", f)),
        ("this_season", re.compile(rf"\b(?P<mod>{MODS})\s+(?:{alt(lex['season_words'])})\b", f)),
        ("nth_in_month", re.compile(rf"\b(?:the\s+|de\s+)?(?P<nth>{NTH}|\d(?:e|de|ste|st|nd|rd|th))\s+(?P<what>{DAYNAME}|{alt(g['nth_units'])})\s+"
                                    rf"(?:of|in|van)\s+(?:(?P<month>{M})\.?(?:\s+(?P<year>{YEAR}))?|(?:the\s+|de\s+)?(?P<relmonth>{RM})|(?P<themonth>{alt(lex['the_month'])}))\b", f)),
        ("rolling", re.compile(rf"\b(?:the\s+|de\s+)?(?:(?P<dir>{WIN})\s+(?P<n1>{num})|(?P<n1b>{num})\s+(?P<dirb>{WIN}))"
                               rf"\s+(?P<unit>{U})\b{MORE_ROLLING}", f)),
        ("day_range", re.compile(rf"\b(?:(?:from|between|van|tussen)\s+)?(?:the\s+|de\s+)?(?P<d1>{DAYNUM})\s*(?:{CONN})\s*"
                                 rf"(?:the\s+|de\s+)?(?P<d2>{DAYNUM})\s+(?:(?:of|van)\s+)?(?P<month>{M})\.?(?:,?\s+(?P<year>{YEAR}))?\b", f)),
        ("day_range_relmonth", re.compile(rf"\b(?:(?P<rm0>{RM})\s+)?(?:(?:from|between|van|tussen)\s+)?(?:the\s+|de\s+)?(?P<d1>{DAYNUM})\s*(?:{CONN})\s*"
                                          rf"(?:the\s+|de\s+)?(?P<d2>{DAYNUM})(?:\s+(?:(?:of|in|van)\s+)?(?:the\s+|de\s+)?(?P<rm>{RM}))?\b", f)),
        ("day_to_month_day", re.compile(rf"\b(?:from|between|van|tussen)\s+(?:the\s+|de\s+)?(?P<d1>{DAYNUM})\s*(?:{CONN})\s*"
                                        rf"(?P<month>{M})\.?\s+(?:the\s+)?(?P<d2>{DAYNUM})(?:,?\s+(?P<year>{YEAR}))?\b", f)),
        ("month_day_range", re.compile(rf"\b(?P<month>{M})\.?\s+(?:the\s+)?(?P<d1>{DAYNUM})\s*(?:{CONN_NOT_AND})\s*(?:the\s+)?(?P<d2>{DAYNUM})"
                                       rf"(?:,?\s+(?P<year>{YEAR}))?\b", f)),
        ("ordinal_day", re.compile(rf"(?<![\w‐-])(?:the\s+|de\s+)?(?P<day>{DAYNUM})\s+(?:(?:day\s+|dag\s+)?(?:of|van|in)\s+(?:(?P<month>{M})\.?"
                                   rf"(?:(?:,?\s+|\s+(?:of|in|van)\s+)(?P<year>{YEAR}))?|(?:the\s+|de\s+)?(?P<relmonth>{RM}))|(?<=[a-z]\s)(?P<relmonth2>{RM}))\b", f)),
        ("weekday_of_week", re.compile(rf"\b(?:(?P<wd>{DAYNAME})\s+(?:van|of)\s+(?:de\s+|the\s+)?(?P<rw>{RW})|"
                                       rf"(?P<rw2>{RW})\s+(?:op|on)\s+(?P<wd2>{DAYNAME}))\b", f)),
        ("weekday_day", re.compile(rf"\b(?P<wd>{DAYNAME}),?\s+(?:de\s+|the\s+)?(?P<day>\d{{1,2}}(?:e|de|ste|st|nd|rd|th)?|{DORD})\b"
                                   rf"(?![,.]\d)(?!\s*(?:[/.:-]\d|{M}|{alt(lex['of_words'])}\s))", f)),  # not "woensdag 2,4 procent"
        ("bare_day", re.compile(rf"\b(?:op|on|for|voor)\s+(?:de|the)\s+(?P<day>\d{{1,2}}(?:e|de|ste|st|nd|rd|th)|{DORD})\b"
                                rf"(?!\s*(?:{M}|{alt(lex['of_words'])}\s|van\s|dag|day|week|maand|month|keer|time|plaats|place|{QW}|{HW}|{U}))", f)),
        ("weekdays_counted", re.compile(rf"\b(?:(?P<n>{num})\s+(?P<wd>{WD})(?:s|en)\s+(?:(?P<ago>{alt(lex['ago_words'] + lex['back_words'])})|"
                                        rf"(?P<hence>{alt(lex['hence_words'])}))|(?P<wd2>{WD})\s+(?P<after>{alt(lex['after_next_words'])}))\b", f)),
        ("weekday", re.compile(rf"\b(?:(?P<mod>{MODS})\s+)?(?:week\s+)?(?P<wd>{DAYNAME})(?:{alt(lex['day_parts'])})?\b(?:(?<=\b[A-Za-z]{{3}})\.|(?<=\b[A-Za-z]{{2}})\.)?(?:\s+(?P<after>{MODS})\s+week)?", f)),
        ("window", re.compile(rf"\b(?P<opener>{OPEN})\s+(?P<n1>{num})(?:{rng}(?P<n2>{num}))?\s+(?P<unit>{U})\b{MORE}"
                              rf"(?:\s*,\s*(?P<n3>{num})\s+(?:{LATEST}))?", f)),
        ("ago", re.compile(rf"\b(?:(?P<opener>{OPEN_WITHIN})\s+(?:(?:{LESS})\s+)?|(?:{OPEN})\s+(?P<less>{LESS})\s+|(?P<less2>{LESS})\s+)?{NOT_AFTER_WINDOW}(?P<n1>{num})\s+(?P<unit>{U}){MORE}\s+(?:(?P<ago>{alt(lex['ago_words'])})|(?P<hence>{alt(lex['hence_words'])}))\b", f)),
        ("decade_words", re.compile(rf"\b(?:the|(?:de\s+)?jaren)\s+(?:(?P<cent>{alt(lex['decade_centuries'])})[\s-]+)?"
                                    rf"(?P<dw>{alt(list(lex['decade_words']) + list(lex['decade_words_after_century']))})\b", f)),
        ("first_months", re.compile(rf"\b(?P<ord>{O})\s+(?P<n1>{num})\s+(?P<unit>{U})\s+(?:{OF})\s+(?:(?P<year>{YEAR})|"
                                    rf"(?:the\s+|de\s+)?(?P<relyear>{RY})|(?P<theyear>{alt(lex['the_year'])}))\b", f)),
        ("quarter", re.compile(rf"\b(?:(?P<ybefore>{YEAR})[\s-]*[{QL}](?P<qa>[1-4])|[{QL}](?P<q>[1-4])|(?P<qd>[1-4])(?:e|de|ste|st|nd|rd|th)[\s-]+(?:{QW})|(?P<qord>{O})[\s-]+(?:{QW}))(?:(?:\s+(?:(?:{OF})\s+)?|-)(?:(?:'|’)?(?P<year>{YEAR}|\d\d)|(?P<relyear>{RY})))?\b", f)),
        ("half", re.compile(rf"\b(?:(?P<ybefore>{YEAR})[\s-]*H(?P<ha>[12])|H(?P<h>[12])|(?P<hord>{O})[\s-]+(?:{HW}))(?:(?:\s+(?:(?:{OF})\s+)?|-)(?:(?P<year>{YEAR})|(?P<relyear>{RY})))?\b", f)),
        ("iso", re.compile(rf"\b(?P<year>{YEAR})(?P<sep>[-/.])(?P<month>\d{{1,2}})(?P=sep)(?P<day>\d{{1,2}})\b(?![.,/-]?\d)")),
        ("compact_iso", re.compile(r"(?<![\d.,])(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?!\d|[.,]\d)")),
        ("iso_named", re.compile(rf"\b(?:(?P<year>{YEAR})(?P<sep>[-/])(?P<month>{M})(?P=sep)(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})/(?P<month2>{M})/(?P<year2>{YEAR}))\b", f)),
        ("numeric", re.compile(rf"\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<year>{YEAR}|\d\d)\b")),
        ("dmy", re.compile(rf"(?<![\d.,])\b(?:(?P<wd>{WDA}),?\s+)?(?P<day>\d{{1,2}}{day_suffix}|{DORD}|[^\W\d_]+(?:-[^\W\d_]+)?)(?:\.?\s+|[/-])(?P<month>{M})\.?"
                           rf"(?:(?:\s*[,/-]?\s*|\s+(?:of|in|van)\s+)(?P<year>{YEAR}|{OLD_YEAR})|(?:\s+(?P<of>of|van)\s+|-)(?P<yy>\d\d))?\b(?![.,:]\d)", f)),
        ("mdy", re.compile(rf"\b(?:(?P<wd>{WDA}),?\s+)?(?P<month>{M})\.?(?:,(?=\s*\d{{1,2}}(?:st|nd|rd|th)\b))?(?:[\s-]*|/(?=\d))(?:the\s+)?(?P<day>\d{{1,2}}{day_suffix}|{DORD})"
                           rf"(?:(?:\s*,?\s*|-|\s+(?:of|in)\s+)(?P<year>{YEAR}))?(?![\d:]|[.,]\d)\b(?:,\s*(?P<wd2>{WDA})(?!\w))?", f)),
        ("mod_month", re.compile(rf"\b(?P<mod>{MODS})\s+(?P<month>{alt(m for m in months if len(m) > 2)})\b", f)),
        ("numeric_month", re.compile(rf"(?<![\d/.-])(?:(?P<m1>\d{{1,2}})(?:[/.-]|\s*[/-]\s*)(?P<y1>{YEAR})|(?P<y2>{YEAR})(?:\s*[/-]\s*)(?P<m2>\d{{1,2}}))(?![\d/.-]|[.,]\d)")),
        ("numeric_day_range", re.compile(rf"(?<![\w/.-])(?:(?P<opener>{alt(g['range_openers'])})\s+(?:the\s+|de\s+)?)?"
                                         rf"(?P<a1>\d{{1,2}})(?P<sep>[/-])(?P<b1>\d{{1,2}})\s*(?P<conn>{alt(g['range_connectors'])})\s*(?:the\s+|de\s+)?"
                                         rf"(?P<a2>\d{{1,2}})(?P=sep)(?P<b2>\d{{1,2}})(?:(?P=sep)(?P<year>{YEAR}|\d\d)|,\s*(?P<year2>{YEAR}))?"
                                         r"(?![\d/]|[.,-]\d)", f)),
        ("numeric_day_month", re.compile(rf"(?<![\w/.-])(?:(?P<cue>{alt(lex['numeric_date_cues'])})\s+(?:the\s+|de\s+)?|"
                                         rf"(?:(?P<mod>{MODS})\s+)?(?P<wd>{WDA}),?\s+|(?P<mod2>{MODS})\s+)?"
                                         rf"(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?:,\s*(?P<year>{YEAR}))?(?![\d/]|[.,-]\d)", f)),
        ("part", re.compile(rf"\b(?P<part>{P})[\s-]*(?:(?P<month>{M})(?:\s+(?P<myear>{YEAR})|\s+(?P<mrelyear>{RY}))?|(?P<year>{YEAR})(?![\s-]*[{QL}H][1-4]\b)|(?P<relmonth>{RM})|"
                            rf"(?P<relyear>{RY})|(?P<theyear>{alt(lex['the_year'])})|(?P<themonth>{alt(lex['the_month'])})|"
                            rf"(?P<theweek>{alt(lex['the_week'])})|(?P<relweek>{RW})|(?P<thedecade>{alt(lex['the_decade'])}))\b", f)),
        ("month_relyear", re.compile(rf"\b(?:(?P<month>{M})\.?\s+(?:(?:of|van)\s+)?(?P<relyear>{RY})|(?P<relyear2>{RY})\s+(?P<month2>{alt(m for m in months if len(m) > 3)}))\b", f)),
        ("month_year", re.compile(rf"\b(?P<month>{M})\.?(?:\s*,\s*|\s+(?P<of>of\s+|van\s+|in\s+)?|-|/)(?P<year>{YEAR}|['’]\d\d|(?P<yy>\d\d))\b(?![.,:]\d)", f)),
        ("year_range", re.compile(rf"\b(?:(?P<opener>between|tussen|from|van)\s+)?(?P<y1>{YEAR})\s*(?P<conn>-|–|~|tot en met|tot|to|t/m|through|and|en)\s*(?P<y2>{YEAR})\b", f)),
        ("century", re.compile(rf"\b(?:de\s+|the\s+)?(?P<c>\d{{1,2}})(?:e|de|ste|st|nd|rd|th)\s+(?:{alt(lex['century_words'])})\b", f)),
        ("short_decade", re.compile(rf"(?:\b(?:de\s+)?jaren\s+['’]?(?P<dd>\d)0|\b(?:the|in)\s+['’](?P<dd2>\d)0'?s?|\bthe\s+(?P<dd3>\d)0'?s|"
                                    rf"(?<![\w'’$€£.,])(?P<dd4>\d)0['’]s)(?![\w'’%])", f)),
        ("year_month", re.compile(rf"\b(?P<year>{YEAR})\s+(?P<month>{alt(m for m in months if len(m) > 3)})\b", f)),
        ("month_range", re.compile(rf"\b(?:(?P<opener>van|from|tussen|between)\s+)?(?P<m1>{M})\.?\s*"
                                   rf"(?P<conn>tot en met|tot|t/m|-|–|to|through|until|till|en|and)\s*(?P<m2>{M})\.?"
                                   rf"(?:,?\s+(?:in\s+)?(?P<year>{YEAR}))?(?![\w-])", f)),
        ("iso_week", re.compile(rf"\b(?:de\s+|the\s+)?week\s+(?P<wk>\d{{1,2}})(?:\s+(?:van\s+|of\s+)?(?:(?P<year>{YEAR})|(?:the\s+|het\s+)?(?P<relyear>{RY})))?\b(?![.,]?\d)", f)),
        ("decade", re.compile(rf"\b(?:(?:(?P<part0>{P})\s+)?(?:(?:de\s+)?jaren|the)\s+(?:(?P<part>{P})[\s-]*)?(?P<dec>(?:19|20)\d0)(?:'?s)?|"
                              rf"(?:(?P<part2>{P})[\s-]*)?(?P<dec2>(?:19|20)\d0)'?s)\b", f)),
        ("far_year", re.compile(r"(?<![\d.,/-])(?P<year>21\d\d)(?![\d/]|[.,]\d|-\d)")),
        ("year", re.compile(rf"(?<![\d.,/-])(?P<year>{YEAR})(?![\d/]|[.,]\d|-\d)")),
        ("relative", re.compile(rf"\b(?:{alt(g['relative'])})\b", f)),
        ("month", re.compile(rf"\b(?P<month>{alt(months)})\b(?!\.\d)", f)),
    ]
    g["clock_re"] = re.compile(rf"(?:\s*,)?\s+(?:(?P<at>{alt(lex['clock_openers'])})\s+)?(?P<h>2[0-3]|[01]?\d)(?:(?P<sep>[:.])(?P<m>[0-5]\d)(?::[0-5]\d)?)?"
                               rf"(?:\s*(?P<ampm>[ap]\.?m\.?)(?!\w)|\s*(?P<uur>{alt(lex['clock_words'])})\b)?(?![\d:.,]\d|\s*%)", f)
    g["span_to_re"] = re.compile(rf"(?:(?<=\s)|^)(?:the\s+|de\s+)?(?P<n>{num})\s+(?P<unit>{U})\s+(?:{alt(lex['span_end_words'])})\s+$", f)
    g["offsets"] = {k.lower(): v for k, v in lex["offset_words"].items()}
    g["offset_re"] = re.compile(rf"(?:(?<=\s)|^)(?:(?P<stretch>{alt(lex['stretch_words'])})\s+)?(?P<n>{num})\s+(?P<unit>{U}),?\s+"
                                rf"(?:(?P<starting>{alt(lex['stretch_start_words'])})|(?P<dir>{alt(g['offsets'])}))\s+(?:the\s+|de\s+|het\s+)?$", f)
    g["stretch_before_re"] = re.compile(rf"\b(?:{alt(lex['stretch_words'])})\s+$", f)
    g["stretch_after_re"] = re.compile(rf",?\s+(?:{alt(lex['stretch_words'])})\s+(?P<n>{num})\s+(?P<unit>{U})\b", f)
    g["today_words"] = set(lex["today_words"])
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


def add(d: D, unit: str, n: float) -> D:
    if unit == "day":
        return d + dt.timedelta(days=round(n))
    if unit == "week":
        return d + dt.timedelta(days=round(7 * n))
    if unit == "fortnight":
        return d + dt.timedelta(days=round(14 * n))
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[unit] * n
    months = round(months)
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    return D(year, m + 1, min(d.day, calendar.monthrange(year, m + 1)[1]))


def month_bounds(y: int, m: int) -> tuple[D, D]:
    return D(y, m, 1), D(y, m, calendar.monthrange(y, m)[1])


def likely_year(month: int, day: int | None, pub: D | None, toward: str | None,
                until: int | None = None) -> int | None:
    """The year of a month (and day) named without one: the last such date up to the publication date
    when the sentence looks back, the next one from it when it looks ahead, else the nearest one.
    With `until` (the last month of a range, 'van mei tot september') a range still running counts
    both as looking back and ahead."""
    if pub is None:
        return None
    if month == 2 and day == 29:  # "29 feb": a leap year
        years = [y for y in range(pub.year - 4, pub.year + 5) if calendar.isleap(y)]
    else:
        years = [pub.year - 1, pub.year, pub.year + 1]
    def first_day(y):
        return D(y, month, min(day or 1, calendar.monthrange(y, month)[1]))
    def last_day(y):
        if until:
            return month_bounds(y + (until < month), until)[1]
        return D(y, month, min(day or 31, calendar.monthrange(y, month)[1]))
    if until and any(first_day(y) <= pub <= last_day(y) for y in years):
        return next(y for y in years if first_day(y) <= pub <= last_day(y))
    if toward == "past":
        return max(y for y in years if first_day(y) <= pub)
    if toward == "future":
        return min(y for y in years if last_day(y) >= pub)
    return min(years, key=lambda y: min(abs((first_day(y) - pub).days), abs((last_day(y) - pub).days)))


def pick(back, ahead, pub: D, toward: str | None, day=lambda d: d):
    """Of the last such day up to the publication date and the next one from it: the one the tense
    points to, else the nearer (a tie goes back: news mostly reports)."""
    if toward == "past" or ahead is None:
        return back
    if toward == "future" or back is None:
        return ahead
    return back if (pub - day(back)) <= (day(ahead) - pub) else ahead


def lean_at(m, g) -> str | None:
    """Which way a date without its year or week points: 'sinds maart' and the past tense look back,
    'tegen maart' and 'zal' ahead."""
    told = lean(m.string, m.start(), m.end(), g["lang"])
    if told:
        return told  # "By June he was promising ...": the tense first
    before = g["ref_re"].search(m.string[max(0, m.start() - 25):m.start()])
    if before:
        kind = g["references"][before.group("ref").lower()]
        if kind == "since" and before.group("ref").lower() not in g["range_openers"]:  # "from July 13-15": a range
            return "past"
        if kind in ("deadline", "until") and before.group("ref").lower() not in g["ambiguous_references"]:
            return "future"
    return None


def to_number(s: str | None, lang: str) -> float | None:
    if not s:
        return None
    if s[0].isdigit():
        return parse_digits(s, lang)
    vague = lexicon(lang)["vague_counts"].get(s.lower())  # "a few weeks ago", "enkele maanden geleden": about three
    return float(vague) if vague else parse_number_word(s.lower(), lang)


def find_times(text: str, lang: str, published: str | None) -> list[dict]:
    original = text
    text, spelled = with_years_in_digits(text, lang)
    g = grammar(lang)
    pub = D.fromisoformat(published) if published else None
    candidates = []
    for order, (name, pattern) in enumerate(g["patterns"]):
        for m in pattern.finditer(text):
            resolved = RESOLVERS[name](m, g, pub, lang, text)
            if resolved is not None:
                candidates.append((m.start(), m.end(), order, resolved, name))
    chosen, taken = [], Occupied(len(text))
    for start, end, order, resolved, name in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2])):
        if not taken.free(start, end):
            continue
        taken.take(start, end)
        chosen.append((start, end, resolved, name))
    out = []
    for start, end, (lo, hi, precision, reference), name in sorted(chosen):
        start, end, lo, hi, precision, counted = counted_from(text, start, end, lo, hi, precision, g, lang)
        if precision == "day" and lo is not None and lo == hi and not counted:
            start, lo, precision = span_ending(text, start, lo, g, lang) or (start, lo, precision)  # "the three months to June 30"
            if precision == "range" and pub and hi > pub and not re.search(r"\b\d{4}\b", text[start:end]):
                lo, hi = year_before(lo), year_before(hi)  # a reported stretch has ended: "tot en met 30 juni" said in August
        clock = g["clock_re"].match(text, end) if precision == "day" and lo is not None and lo == hi else None
        time_of_day = clock_time(clock)
        if time_of_day:
            end = clock.end()  # "maandag 22 december 2014 om 2:38", "Jan 24, 2014 12:49"
        if precision == "day" and lo is not None and lo == hi:
            start, lo, hi, precision = week_around(text, start, lo, hi, precision, g)
        if not counted:
            start, lo, hi, reference = apply_reference(text, start, lo, hi, reference, pub, g, precision)
        out.append({"start": start, "end": end, "text": text[start:end],
                    "period_start": lo.isoformat() if lo else None, "period_end": hi.isoformat() if hi else None,
                    "precision": precision, "reference": reference, "time": time_of_day,
                    "vague": g["relative"].get(text[start:end].lower(), [None])[0] in ("recent", "day")
                    or bool(g["vague_re"].search(text, start, end)),
                    "today": text[start:end].lower() in g["today_words"],
                    "anchored": name in ANCHORED_RULES or bool(g["relative_re"].search(text, start, end))
                    or text[start:end].lower().split()[0] in g["modifiers"]})  # "dit najaar", "next spring"
    return [in_the_words_of(t, original, spelled) for t in merge_time_ranges(out, text, g)]


def span_ending(text: str, start: int, day: D, g, lang: str) -> tuple[int, D, str] | None:
    """'in the three months to June 30', 'de zes maanden tot en met 30 juni': the stretch that ends on the day."""
    m = g["span_to_re"].search(text, max(0, start - 50), start)
    n = number_of(m.group("n"), lang) if m else None
    if m is None or n is None or n != int(n) or n < 1:
        return None
    unit = g["units"][m.group("unit").lower()]
    first = add(day + dt.timedelta(days=1), unit, -n)
    return m.start(), first, "range"



def year_before(d: D) -> D:
    return d.replace(year=d.year - 1, day=min(d.day, calendar.monthrange(d.year - 1, d.month)[1]))


def clock_time(m) -> str | None:
    """'21:32', '2:38', '3 p.m.', '14.00 uur' -> 'HH:MM' on a 24-hour clock."""
    if m is None:
        return None
    hour, minute = int(m.group("h")), int(m.group("m") or 0)
    half = (m.group("ampm") or "").lower()
    if half.startswith("p") and hour < 12:
        hour += 12
    elif half.startswith("a") and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59) or (m.group("m") is None and not half and not m.group("uur")):
        return None
    if m.group("sep") != ":" and not (m.group("at") or half or m.group("uur")):
        return None  # "now 6.25 BTC": a decimal, not a time
    return f"{hour:02d}:{minute:02d}"


def in_the_words_of(t: dict, original: str, spelled: list[tuple[int, int]]) -> dict:
    """A time read in the shadow text, told in the article's own words: 'in two thousand and fifteen'."""
    end = max([t["end"]] + [e for s, e in spelled if s < t["end"] < e])
    return {**t, "end": end, "text": original[t["start"]:end]} if spelled else t


def counted_from(text, start, end, lo, hi, precision, g, lang):
    """'drie dagen na Pasen', 'two weeks before May 13 1999', '4 maanden vanaf morgen': a day counted from
    the time that follows; 'for 10 days from 18 December' is the stretch of days that starts there."""
    m = g["offset_re"].search(text, max(0, start - 50), start)
    after = g["stretch_after_re"].match(text, end) if m is None and precision == "day" else None
    if after:  # "from 18th Dec for 10 days"
        n = number_of(after.group("n"), lang)
        if n and lo is not None and n == int(n):
            return start, after.end(), lo, add(lo, g["units"][after.group("unit").lower()], n) - dt.timedelta(days=1), "range", True
    n = number_of(m.group("n"), lang) if m else None
    if m is None or n is None or lo is None or n != int(n) or g["range_after_re"].match(text, end):
        return start, end, lo, hi, precision, False  # "grew in 3 years from 2020 to 2023": a span, not a day
    unit = g["units"][m.group("unit").lower()]
    if m.group("starting") or m.group("stretch") and g["offsets"][m.group("dir").lower()] > 0:
        return m.start(), end, lo, add(lo, unit, n) - dt.timedelta(days=1), "range", True  # "for 2 weeks starting May 20th"
    if m.group("stretch"):
        return start, end, lo, hi, precision, False
    day = add(lo, unit, n * g["offsets"][m.group("dir").lower()])
    return m.start(), end, day, day, "day", True


ARTICLES = {"a", "an", "een", "één"}


def number_of(word: str, lang: str) -> float | None:
    """A count of time units: '3', 'three', 'a'."""
    return 1 if word.lower() in ARTICLES else to_number(word, lang)


def week_around(text, start, lo, hi, precision, g):
    """'de week van 10 april', 'the week beginning February 4': the Monday-to-Sunday week of that day."""
    m = g["week_of_re"].search(text, max(0, start - 30), start)
    if m is None:
        return start, lo, hi, precision
    monday = lo - dt.timedelta(days=lo.weekday())
    return m.start(), monday, monday + dt.timedelta(days=6), "week"


def apply_reference(text, start, lo, hi, reference, pub, g, precision=None):
    """'tegen 2030' -> deadline from the publication date; 'sinds november 2025' -> since;
    'from July 13-15' is the range itself."""
    if reference != "point" or text[start:].split(" ", 1)[0].lower() in g["range_openers"]:
        return start, lo, hi, reference  # "voor tussen 2015 en 2018": the range opens itself
    m = g["ref_re"].search(text[max(0, start - 25):start])
    if not m:
        return start, lo, hi, reference
    kind = g["references"][m.group("ref").lower()]
    if m.group("ref").lower() in g["ambiguous_references"] and text[start:].lower().startswith(g["relative_starts"]):
        return start, lo, hi, reference  # "verkoop voor dit kwartaal": for, not before
    new_start = start - (len(text[max(0, start - 25):start]) - m.start("ref"))
    if precision == "range" and m.group("ref").lower() in g["range_openers"]:
        return new_start, lo, hi, "point"
    if kind == "deadline":
        return new_start, (pub if pub and hi and pub <= hi else None), hi, "deadline"
    if kind == "since":
        return new_start, lo, (pub if pub and lo and pub >= lo else None), "since"
    if kind == "until":
        return new_start, (pub if pub and hi and pub <= hi else None), hi, "until"
    return new_start, lo, hi, "point"


def r_window(m, g, pub, lang, text):
    n1, n2, n3 = (to_number(m.group(k), lang) for k in ("n1", "n2", "n3"))
    if n1 is None or (m.group("n2") and n2 is None):
        return None
    unit = g["units"][m.group("unit").lower()]
    kind = g["openers"][m.group("opener").lower()]
    hi_n = n2 if n2 is not None else n3
    more = further_units(m, g, lang)
    if more is None or more and hi_n is not None:
        return None
    if pub is None:
        return (None, None, "range", "window")
    if hi_n is not None:
        return (add(pub, unit, n1), add(pub, unit, hi_n), "range", "window")
    if kind == "within":
        return (pub, add_all(pub, [(unit, n1)] + more), "range", "window")
    point = add_all(pub, [(unit, n1)] + more)
    return (point, point, unit if not more else "day", "point")


def further_units(m, g, lang) -> list[tuple[str, float]] | None:
    """The rest of '2 jaar, 1 maand en 21 dagen': [(month, 1), (day, 21)]; None when a number is no number."""
    parts = []
    for p in g["more_re"].finditer(m.group("more") or ""):
        n = to_number(p.group("n"), lang)
        if n is None:
            return None
        parts.append((g["units"][p.group("unit").lower()], n))
    return parts


def add_all(d: D, parts, sign: int = 1) -> D:
    for unit, n in parts:
        d = add(d, unit, sign * n)
    return d


def r_ago(m, g, pub, lang, text):
    """'three years ago', 'two weeks hence', 'twee jaar geleden'."""
    n = to_number(m.group("n1"), lang)
    more = further_units(m, g, lang)
    if n is None or more is None:
        return None
    unit = g["units"][m.group("unit").lower()]
    if pub is None:
        return (None, None, unit, "point")
    point = add_all(pub, [(unit, n)] + more, 1 if m.group("hence") else -1)
    if (m.group("opener") or m.group("less") or m.group("less2")) and m.group("hence"):
        return (pub, point, "range", "window")  # "binnen 2 weken vanaf vandaag", "less than 2 weeks from today"
    if m.group("less2"):
        return (point, pub, "range", "point")  # "less than two weeks ago": since then
    if m.group("hence") and g["stretch_before_re"].search(text, max(0, m.start() - 20), m.start()):
        return (pub, point - dt.timedelta(days=1), "range", "point")  # "for 3 days from today"
    return (point, point, unit if not more else "day", "point")


def r_first_months(m, g, pub, lang, text):
    """'de eerste negen maanden van 2025', 'the first eight months of the year', 'the first 2 weeks of 2021';
    from the end: 'the last four months of 2021', 'de laatste drie weken van dit jaar'."""
    n = to_number(m.group("n1"), lang)
    unit = g["units"][m.group("unit").lower()]
    which = g["ordinals"][m.group("ord").lower()]
    if n is None or n != int(n) or n < 1 or unit not in ("month", "week", "day") or which not in (1, -1):
        return None
    if m.group("year"):
        y = int(m.group("year"))
    elif pub is None:
        return (None, None, "range", "point")
    else:
        y = year_of_relative(m.group("relyear"), g, pub) if m.group("relyear") else pub.year
    n = int(n)
    if which == -1:
        return last_of_year(y, unit, n)
    if unit == "month":
        return (D(y, 1, 1), month_bounds(y, min(12, n))[1], "range", "point")
    if unit == "week":
        mondays = weeks_within(D(y, 1, 1), D(y, 12, 31))
        return (mondays[0], mondays[min(n, len(mondays)) - 1] + dt.timedelta(days=6), "range", "point")
    return (D(y, 1, 1), D(y, 1, 1) + dt.timedelta(days=min(n, 366) - 1), "range", "point")


def last_of_year(y: int, unit: str, n: int):
    if unit == "month":
        return (D(y, max(1, 13 - n), 1), D(y, 12, 31), "range", "point")
    if unit == "week":
        mondays = [d for d in weeks_within(D(y, 1, 1), D(y, 12, 31)) if d + dt.timedelta(days=6) <= D(y, 12, 31)]
        return (mondays[-min(n, len(mondays))], mondays[-1] + dt.timedelta(days=6), "range", "point")
    return (D(y, 12, 31) - dt.timedelta(days=min(n, 366) - 1), D(y, 12, 31), "range", "point")


def _year_or_pub(s, pub, offset: int = 0):
    if s:
        return full_year(s, pub)
    return pub.year + offset if pub else None


def full_year(s: str, pub: D | None) -> int:
    """'2021', "'21", "'99": a two-digit year is the one within ten years ahead of the publication or before."""
    y = int(s.lstrip("'’"))
    if y >= 100:
        return y
    return 2000 + y if 2000 + y <= (pub.year if pub else 2000) + 10 else 1900 + y


def relative_offset(m, g) -> int:
    """'van dit jaar', 'of last year': years from the publication year."""
    word = m.groupdict().get("relyear")
    return g["relative_years"][" ".join(word.lower().split())] if word else 0


def r_quarter(m, g, pub, lang, text):
    q = int(m.group("qa") or m.group("q") or m.group("qd") or 0) or g["ordinals"].get((m.group("qord") or "").lower())
    if q is None:
        return None
    y = _year_or_pub(m.group("ybefore") or m.group("year"), pub, relative_offset(m, g))
    digit = "qa" if m.group("qa") else "q" if m.group("q") else None
    if digit and m.string[m.start(digit) - 1] in "kK" and not (m.group("year") or m.group("ybefore") or m.group("relyear")):
        return None  # "K3" alone is a name as often as a quarter; "K3 2016" is a quarter
    if q == -1 and not (m.group("year") or m.group("ybefore") or m.group("relyear")):
        return None  # "the last quarter": the quarter before this one (a relative expression)
    if q == -1:
        q = 4
    if q not in (1, 2, 3, 4) or y is None:
        return (None, None, "quarter", "point")
    if not (m.group("year") or m.group("ybefore") or m.group("relyear")):
        y = year_the_tense_points_to(y, 3 * q - 2, 3 * q, pub, lean_at(m, g))
    return (D(y, 3 * q - 2, 1), month_bounds(y, 3 * q)[1], "quarter", "point")


def year_the_tense_points_to(y: int, first_month: int, last_month: int, pub: D, toward: str | None) -> int:
    """'In Q4 it sold', said in September: last year's; 'H1 will bring', said in July: next year's."""
    if toward == "past" and D(y, first_month, 1) > pub:
        return y - 1
    if toward == "future" and month_bounds(y, last_month)[1] < pub:
        return y + 1
    return y


def r_half(m, g, pub, lang, text):
    h = int(m.group("ha") or m.group("h") or 0) or g["ordinals"].get((m.group("hord") or "").lower())
    if h not in (1, 2):
        return None
    if not (m.group("year") or m.group("ybefore")) and m.group("hord") is None:
        return None
    y = _year_or_pub(m.group("ybefore") or m.group("year"), pub, relative_offset(m, g))
    if y is None:
        return (None, None, "half", "point")
    if not (m.group("year") or m.group("ybefore") or m.group("relyear")):
        y = year_the_tense_points_to(y, 6 * h - 5, 6 * h, pub, lean_at(m, g))
    return (D(y, 6 * h - 5, 1), month_bounds(y, 6 * h)[1], "half", "point")


def _day(y, mo, d):
    try:
        return D(y, mo, d)
    except ValueError:
        return None


def r_iso(m, g, pub, lang, text):
    d = _day(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    return (d, d, "day", "point") if d else None


def r_compact_iso(m, g, pub, lang, text):
    """'20161016', 'report-20170302.html': a day written as eight digits, unless it counts something."""
    return None if quantity_follows(text, m.end(), lang, g) else r_iso(m, g, pub, lang, text)


def r_iso_named(m, g, pub, lang, text):
    """'2019-aug-01', '22/Jan/2019': a day written year-month-day or day/month/year with the month's name."""
    month = g["months"][(m.group("month") or m.group("month2")).lower()]
    d = _day(int(m.group("year") or m.group("year2")), month, int(m.group("day") or m.group("day2")))
    return (d, d, "day", "point") if d else None


def r_numeric(m, g, pub, lang, text):
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("year"))
    if y < 100:  # two-digit years: the century that puts the date nearest the publication date
        ref = (pub or D.today()).year
        y = min((c + y for c in (ref // 100 * 100 - 100, ref // 100 * 100)), key=lambda c: abs(c - ref) if c <= ref + 20 else 999)
    day, month = (b, a) if lang == "en" and m.group("sep") != "." else (a, b)  # US order in English
    d = _day(y, month, day) or _day(y, day, month)
    return (d, d, "day", "point") if d else None


def r_dmy(m, g, pub, lang, text):
    if m.group("year") and re.fullmatch(OLD_YEAR, m.group("year")) and (
            amount_follows(text, m.end(), lang) or counted_follows(text, m.end(), lang)):
        return None  # "op 3 maart 1500 satellieten": a count, not the year 1500
    if re.search(r"[$€£¥]\s*$", text[max(0, m.start() - 3):m.start()]):
        return None  # "bought it for $12 December 27": the 12 is money
    month = g["months"][m.group("month").lower().rstrip(".")]
    day = day_number(m.group("day"), g) or day_in_words(m.group("day"), lang)
    if not day:
        return None
    if m.groupdict().get("yy"):  # "15 April of 87", "31-Oct-74"
        if quantity_follows(text, m.end(), lang, g):
            return None
        d = _day(full_year(m.group("yy"), pub), month, day)
        return (d, d, "day", "point") if d else None
    y = int(m.group("year")) if m.group("year") else (
        year_of_weekday(month, day, m.groupdict().get("wd") or m.groupdict().get("wd2"), g, pub) or likely_year(month, day, pub, lean_at(m, g)))
    if y is None:
        return (None, None, "day", "point")
    d = _day(y, month, day)
    return (d, d, "day", "point") if d else None


def year_of_weekday(month: int, day: int, weekday: str | None, g, pub: D | None) -> int | None:
    """'vrijdag 18 juli', 'Fri, Jul 18': of the years around the publication, the one where that day
    falls on that weekday."""
    if not weekday or pub is None:
        return None
    wd = g["weekdays"][weekday.lower().rstrip(".")]
    fits = [y for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _day(y, month, day)) and d.weekday() == wd]
    return fits[0] if len(fits) == 1 else None


def r_mdy(m, g, pub, lang, text):
    if m.group("month").lower() in ("may", "mar", "jan", "dec") and not m.group("year") \
            and m.group("month")[0].islower():
        return None
    if not m.group("year") and quantity_follows(text, m.end(), lang, g):
        return None  # "in februari 5 miljard dollar", "in February 5 billion dollars", "in May 2 to 3 percent"
    return r_dmy(m, g, pub, lang, text)


def amount_follows(text: str, pos: int, lang: str) -> bool:
    v = vocab(lang)
    nxt = re.match(r"\s*([^\W\d_]+|[%$€£])", text[pos:pos + 30])
    return bool(nxt) and (nxt.group(1).lower() in v["scales"] or nxt.group(1).lower() in v["units"]
                          or nxt.group(1) in v["symbols"])


def counted_follows(text: str, pos: int, lang: str) -> bool:
    nxt = re.match(r"\s*([^\W\d_]+)", text[pos:pos + 40])
    return bool(nxt) and counted_noun(nxt.group(1).lower(), vocab(lang)) is not None


def r_part(m, g, pub, lang, text):
    part = part_name(m.group("part"), g)
    if part is None:
        return None
    if m.group("thedecade"):  # "tegen het einde van het decennium"
        if pub is None:
            return (None, None, "decade", "point")
        y = pub.year // 10 * 10
        a, b = DECADE_PARTS[part]
        return (D(y + a, 1, 1), D(y + b, 12, 31), "decade", "point")
    if m.group("theweek") or m.group("relweek"):
        if pub is None:
            return (None, None, "day", "point")
        offset = g["relative_weeks"][" ".join(m.group("relweek").lower().split())] if m.group("relweek") else 0
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
        first, last = WEEK_PART_DAYS[part]
        return (monday + dt.timedelta(days=first), monday + dt.timedelta(days=last), "day", "point")
    if m.group("themonth") or m.group("relmonth"):
        if pub is None:
            return (None, None, "month", "point")
        lo, hi = relative_month_bounds(m.group("relmonth"), g, pub)
        first, last = MONTH_PART_DAYS[part]
        return (lo + dt.timedelta(days=first - 1), min(hi, lo + dt.timedelta(days=last - 1)), "month", "point")
    if m.group("relyear") or m.group("theyear"):
        if pub is None:
            return (None, None, "month", "point")
        y = pub.year + relative_offset(m, g)
        first, last = YEAR_PART_MONTHS[part]
        return (D(y, first, 1), month_bounds(y, last)[1], "month", "point")
    if m.group("month"):
        month = g["months"][m.group("month").lower()]
        y = int(m.group("myear")) if m.group("myear") else year_of_relative(m.group("mrelyear"), g, pub) \
            if m.group("mrelyear") else likely_year(month, None, pub, lean_at(m, g))
        if y is None:
            return (None, None, "month", "point")
        lo, hi = month_bounds(y, month)
        precision = "month"
    else:
        y = int(m.group("year"))
        lo, hi = D(y, 1, 1), D(y, 12, 31)
        precision = "year"
    if precision == "month":  # a part of a month: the first, second or last ten days
        first, last = MONTH_PART_DAYS[part]
        return (lo + dt.timedelta(days=first - 1), min(hi, lo + dt.timedelta(days=last - 1)), precision, "point")
    first, last = YEAR_PART_MONTHS[part]  # a part of a year runs over whole months: early = January to April
    return (D(y, first, 1), month_bounds(y, last)[1], "year" if part == "around" else "month", "point")


MONTH_PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31), "around": (1, 31)}
WEEK_PART_DAYS = {"early": (0, 1), "mid": (2, 3), "late": (4, 6), "around": (0, 6)}
YEAR_PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "around": (1, 12)}


def relative_month_bounds(phrase: str | None, g, pub: D) -> tuple[D, D]:
    """'volgende maand', 'last month'; None or 'deze maand' is the month of publication."""
    first = add(D(pub.year, pub.month, 1), "month", g["relative_months"].get(" ".join((phrase or "").lower().split()), 0))
    return month_bounds(first.year, first.month)


def year_of_relative(phrase: str, g, pub: D | None) -> int | None:
    """'vorig jaar' -> the year before the publication year."""
    if pub is None:
        return None
    return pub.year + g["relative_years"][" ".join(phrase.lower().split())]


def r_month_relyear(m, g, pub, lang, text):
    """'maart vorig jaar', 'in June next year'."""
    word = m.group("month") or m.group("month2")
    if lang == "en" and word == "may":
        return None  # "SpaceX may next year ...": the verb
    y = year_of_relative(m.group("relyear") or m.group("relyear2"), g, pub)
    if y is None:
        return (None, None, "month", "point")
    lo, hi = month_bounds(y, g["months"][word.lower().rstrip(".")])
    return (lo, hi, "month", "point")


def r_month_year(m, g, pub, lang, text):
    if m.group("yy") and not (two_digit_year(m.group("yy"), m.group("of")) and not quantity_follows(text, m.end(), lang, g)):
        return None  # "August 15" is a day; "August 99", "April of 87" a year
    month = g["months"][m.group("month").lower().rstrip(".")]
    lo, hi = month_bounds(full_year(m.group("year"), pub), month)
    return (lo, hi, "month", "point")


def two_digit_year(yy: str, of: str | None) -> bool:
    """Two digits after a month are its year when no day has that number or when 'of' says so."""
    return int(yy) > 31 or bool(of and of.strip().lower() in ("of", "van"))


def r_year_range(m, g, pub, lang, text):
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if y2 <= y1 or m.group("conn").lower() in ("and", "en") and not m.group("opener"):
        return None  # "in 2007 and 2009": two years
    if re.search(r"\d[-–/]$", text[:m.start()]) or re.match(r"[-–/]\d", text[m.end():]):
        return None  # "+86 138-2010-2015": a phone number or a code
    return (D(y1, 1, 1), D(y2, 12, 31), "range", "point")


DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (7, 9), "around": (0, 9)}


def r_decade(m, g, pub, lang, text):
    """'the 2030s', 'mid-2030s', 'de jaren 2030': a decade, or a third of one."""
    y = int(m.group("dec") or m.group("dec2"))
    part = part_name(m.group("part0") or m.group("part") or m.group("part2"), g)
    a, b = DECADE_PARTS.get(part, (0, 9))
    return (D(y + a, 1, 1), D(y + b, 12, 31), "decade", "point")


def part_name(word: str | None, g) -> str | None:
    if not word:
        return None
    word = word.lower()
    return g["parts"].get(word.rstrip("-")) or g["parts"].get(word)


def r_decade_words(m, g, pub, lang, text):
    """'the seventies', 'de jaren negentig': the decade of the century nearest before the publication year;
    'the nineteen seventies', 'de jaren tweeduizend tien': of the century named."""
    word = m.group("dw").lower()
    if amount_follows(text, m.end(), lang) or counted_follows(text, m.end(), lang):
        return None  # "al jaren zestig procent"
    dd = g["decade_words"].get(word, g["decade_words_after_century"].get(word))
    if m.group("cent"):
        century = g["decade_centuries"][" ".join(m.group("cent").lower().split())]
        return None if dd >= 100 else (D(century + dd, 1, 1), D(century + dd + 9, 12, 31), "decade", "point")
    if word in g["decade_words_after_century"]:
        return None  # "the tens" alone names no decade
    if dd >= 100:  # "the two thousands"
        return (D(dd, 1, 1), D(dd + 9, 12, 31), "decade", "point")
    now = pub.year if pub else 2000
    y = 2000 + dd if 2000 + dd <= now else 1900 + dd
    return (D(y, 1, 1), D(y + 9, 12, 31), "decade", "point")


def r_century(m, g, pub, lang, text):
    c = int(m.group("c"))
    if not 1 <= c <= 22:
        return None
    return (D(max(1, (c - 1) * 100), 1, 1), D((c - 1) * 100 + 99, 12, 31), "century", "point")


def r_short_decade(m, g, pub, lang, text):
    """'de jaren '90', "the '20s": the latest such decade that has begun by the publication year."""
    dd = int(m.group("dd") or m.group("dd2") or m.group("dd3") or m.group("dd4")) * 10
    now = pub.year if pub else 2000 + dd
    y = 2000 + dd if 2000 + dd <= now else 1900 + dd
    return (D(y, 1, 1), D(y + 9, 12, 31), "decade", "point")


def r_year_month(m, g, pub, lang, text):
    month = g["months"][m.group("month").lower()]
    return (*month_bounds(int(m.group("year")), month), "month", "point")


def r_month_range(m, g, pub, lang, text):
    """'van mei tot september', 'jan-feb 2017', 'between March and May'."""
    if m.group("conn").lower() in ("en", "and") and not m.group("opener"):
        return None
    m1, m2 = (g["months"][m.group(k).lower().rstrip(".")] for k in ("m1", "m2"))
    if m.group("year"):
        y2 = int(m.group("year"))
        y1 = y2 if m1 <= m2 else y2 - 1
    else:
        y1 = likely_year(m1, None, pub, lean_at(m, g), until=m2)
        if y1 is None:
            return (None, None, "range", "point")
        y2 = y1 if m2 >= m1 else y1 + 1
    return (D(y1, m1, 1), month_bounds(y2, m2)[1], "range", "point")


def r_iso_week(m, g, pub, lang, text):
    wk = int(m.group("wk"))
    y = int(m.group("year")) if m.group("year") else None if pub is None else \
        year_of_relative(m.group("relyear"), g, pub) if m.group("relyear") else pub.year
    if y is None or not 1 <= wk <= 53:
        return None
    try:
        monday = D.fromisocalendar(y, wk, 1)
    except ValueError:
        return None
    return (monday, monday + dt.timedelta(days=6), "week", "point")


def r_year(m, g, pub, lang, text):
    y = int(m.group("year"))
    after = text[m.end():m.end() + 12].lower()
    if re.match(r"\s*(?:%|procent|percent|euro|dollar|ton|km|kg)\b", after):
        return None
    return (D(y, 1, 1), D(y, 12, 31), "year", "point")


def r_far_year(m, g, pub, lang, text):
    """'in 2150', 'tegen 2101': a year past this century only after a word that puts a time there."""
    before = text[max(0, m.start() - 12):m.start()].lower().split()
    if int(m.group("year")) <= 2100 or not before or before[-1] not in g["words_before_times"] \
            or quantity_follows(text, m.end(), lang, g):
        return None
    return r_year(m, g, pub, lang, text)


PERIOD_TO_DATE = {  # "earlier this year", "later this month": the part of the period before or after the day said
    "year_to_date": lambda pub: (D(pub.year, 1, 1), pub),
    "month_to_date": lambda pub: (D(pub.year, pub.month, 1), pub),
    "week_to_date": lambda pub: (pub - dt.timedelta(days=pub.weekday()), pub),
    "rest_of_year": lambda pub: (min(pub + dt.timedelta(days=1), D(pub.year, 12, 31)), D(pub.year, 12, 31)),  # "later": after today
    "rest_of_month": lambda pub: (min(pub + dt.timedelta(days=1), month_bounds(pub.year, pub.month)[1]), month_bounds(pub.year, pub.month)[1]),
    "rest_of_week": lambda pub: (min(pub + dt.timedelta(days=1), pub + dt.timedelta(days=6 - pub.weekday())),
                                 pub + dt.timedelta(days=6 - pub.weekday())),
    "as_of": lambda pub: (pub, pub),  # "to date", "tot nu toe": a running total on the day said
    "end_of_month": lambda pub: (D(pub.year, pub.month, 21), month_bounds(pub.year, pub.month)[1]),  # "EOM", as "eind deze maand"
    "end_of_year": lambda pub: (D(pub.year, 9, 1), D(pub.year, 12, 31)),  # "EOY", as "eind dit jaar"
    "past_fortnight": lambda pub: (pub - dt.timedelta(days=14), pub - dt.timedelta(days=1)),
    "next_fortnight": lambda pub: (pub + dt.timedelta(days=1), pub + dt.timedelta(days=14)),
}


def r_relative(m, g, pub, lang, text):
    phrase = m.group().lower()
    before = text[max(0, m.start() - 12):m.start()].lower().split()
    if before and before[-1] in g["relative_not_after"].get(phrase, ()):
        return None  # "up to date equipment"
    unit, offset = g["relative"][phrase]
    if unit == "year" and re.match(rf"[\s-]*{YEAR}\b", text[m.end():]):
        return None  # "full-year 2025 revenue": the year named
    if pub is None:
        return (None, None, unit if unit in ("day", "week", "month", "quarter", "year") else "range", "point")
    if unit == "day":
        d = pub + dt.timedelta(days=offset)
        return (d, d, "day", "point")
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
        return (monday, monday + dt.timedelta(days=6), "week", "point")
    if unit == "weekend":
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset, days=5)
        return (saturday, saturday + dt.timedelta(days=1), "range", "point")
    if unit == "month":
        first = add(D(pub.year, pub.month, 1), "month", offset)
        return (*month_bounds(first.year, first.month), "month", "point")
    if unit == "quarter":
        q0 = D(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
        lo = add(q0, "quarter", offset)
        return (lo, add(lo, "month", 3) - dt.timedelta(days=1), "quarter", "point")
    if unit == "year":
        y = pub.year + offset
        return (D(y, 1, 1), D(y, 12, 31), "year", "point")
    if unit == "decade":  # "this decade", "het volgende decennium": decades of the calendar
        y = pub.year // 10 * 10 + 10 * offset
        return (D(y, 1, 1), D(y + 9, 12, 31), "decade", "point")
    if unit in PERIOD_TO_DATE:
        return (*PERIOD_TO_DATE[unit](pub), "range", "point")
    if unit == "past_year":
        return (add(pub, "year", -1), pub, "range", "point")
    if unit == "recent":
        return (add(pub, "month", -3), pub, "range", "point")
    return None


def r_month(m, g, pub, lang, text):
    word = m.group("month")
    before = text[max(0, m.start() - 20):m.start()].lower()
    has_ref = re.search(r"\b(?:in|sinds|vanaf|tegen|rond|tot|voor|begin|eind|medio|since|from|by|until|"
                        r"around|before|after|during|early|late|mid|of|na|as soon as|as early as|as late as|"
                        r"al in|pas in|uiterlijk in|to|through|throughout|naar|tot en met|t/m)\s+$", before)
    if not has_ref and (g["month_needs_ref"] or word[0].isupper() and lang == "en"):
        return None
    if not has_ref and len(word) < 4:
        return None
    if lang == "en" and word.lower() == "may" and word != "May":
        return None  # "in may be": the verb
    month = g["months"][word.lower()]
    y = likely_year(month, None, pub, lean_at(m, g))
    if y is None:
        return (None, None, "month", "point")
    lo, hi = month_bounds(y, month)
    return (lo, hi, "month", "point")


def r_mod_month(m, g, pub, lang, text):
    mod, month = m.group("mod").lower(), g["months"][m.group("month").lower()]
    if pub is None:
        return (None, None, "month", "point")
    y = pub.year
    if mod in g["next"] and month <= pub.month:
        y += 1
    elif mod in g["last"] and month >= pub.month:
        y -= 1
    return (*month_bounds(y, month), "month", "point")


def r_numeric_month(m, g, pub, lang, text):
    month, year = int(m.group("m1") or m.group("m2")), int(m.group("y1") or m.group("y2"))
    if not 1 <= month <= 12 or quantity_follows(text, m.end(), lang, g):
        return None  # "in 2016 - 12 bedrijven"
    return (*month_bounds(year, month), "month", "point")


def day_in_words(word: str, lang: str) -> int | None:
    """'tweeëntwintig juni', 'twenty-two June': a day written as a number word."""
    n = parse_number_word(word, lang) if word and not word[0].isdigit() else None
    return int(n) if n is not None and n == int(n) and 1 <= n <= 31 else None


def r_weekday_of_week(m, g, pub, lang, text):
    """'dinsdag van vorige week', 'next week on Friday'."""
    if pub is None:
        return (None, None, "day", "point")
    wd = g["weekdays"][(m.group("wd") or m.group("wd2")).lower().rstrip(".")]
    offset = g["relative_weeks"][" ".join((m.group("rw") or m.group("rw2")).lower().split())]
    d = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset, days=wd)
    return (d, d, "day", "point")


def r_weekday_day(m, g, pub, lang, text):
    """'vrijdag de 15de', 'Tuesday the 19th': the nearest date with that day number on that weekday."""
    if amount_follows(text, m.end(), lang):
        return None  # "zag zijn aandelen dinsdag 4 procent dalen"
    if not m.group("day")[0].isdigit() and ordinal_of_what_follows(m, text, lang, g):
        return None  # "on Friday, the first batch of ...", "dinsdag de eerste twaalf satellieten": an ordinal of what follows
    day = day_number(m.group("day"), g)
    if pub is None or not day:
        return None
    wd = g["weekdays"][m.group("wd").lower().rstrip(".")]
    found = []
    for k in range(-14, 15):
        first = add(D(pub.year, pub.month, 1), "month", k)
        d = _day(first.year, first.month, day)
        if d and d.weekday() == wd:
            found.append(d)
    if not found:
        return None
    d = min(found, key=lambda x: abs((x - pub).days))
    return (d, d, "day", "point")


def ordinal_of_what_follows(m, text: str, lang: str, g) -> bool:
    """'Friday, the first batch', 'dinsdag de eerste twaalf satellieten', 'the second launch': a day in words
    that counts the words after it; not 'donderdag de eenentwintigste terug'."""
    nxt = re.match(r"\s+([^\W\d_]+|\d)", text[m.end():])
    if nxt is None:
        return False
    word = nxt.group(1).lower()
    if word[0].isdigit() or to_number(word, lang) is not None:
        return True  # a number follows: the first twelve
    return "," in m.group() or (day_number(m.group("day"), g) or 99) <= SMALL_ORDINALS and word.isalpha() and nxt.group(1).islower()


SMALL_ORDINALS = 2  # "the first launch", "de tweede poging": first and second mostly count things


def r_bare_day(m, g, pub, lang, text):
    """'op de 15e', 'on the 27th': that day of the publication month, or of the month before or after."""
    day = day_number(m.group("day"), g)
    if pub is None or not day:
        return None
    def in_month(k):
        first = add(D(pub.year, pub.month, 1), "month", k)
        return _day(first.year, first.month, day)
    here = in_month(0)
    back = here if here and here <= pub else in_month(-1)
    ahead = here if here and here >= pub else in_month(1)
    d = pick(back, ahead, pub, lean_at(m, g))
    return (d, d, "day", "point") if d else None


def digits_day_month(a: str, b: str, lang: str) -> tuple[int, int] | None:
    """(month, day) of '22-4' in Dutch or '4/22' in English, where '22/04' is British English too."""
    a, b = int(a), int(b)
    month, day = (a, b) if lang == "en" else (b, a)
    if lang == "en" and month > 12 and day <= 12:
        month, day = day, month
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def quantity_follows(text: str, pos: int, lang: str, g) -> bool:
    """'op 3-5 procent', 'van 2-3 jaar', 'on 1/2 cup', 'in May 2 to 3 percent': numbers, not a date."""
    more = g["range_after_re"].match(text, pos)
    if more and (num := re.match(r"\s*\d+(?:[.,]\d+)?", text[more.end() - 1:more.end() + 12])):
        pos = more.end() - 1 + num.end()  # the number that ends the range
    nxt = re.match(r"\s*([^\W\d_]+)", text[pos:pos + 30])
    return amount_follows(text, pos, lang) or counted_follows(text, pos, lang) or bool(
        nxt and nxt.group(1).lower() in g["units"])


def toward_of(m, g, mod: str | None) -> str | None:
    mod = (mod or "").lower()
    return "future" if mod in g["next"] else "past" if mod in g["last"] else lean_at(m, g)


def r_numeric_day_month(m, g, pub, lang, text):
    """'op 22-4', 'on 4/22', 'maandag 12-4', 'per 01/03': a day and month in digits is a date where a word
    before says so or a leading zero does, never before a quantity ('op 3-5 procent')."""
    a, b, sep = m.group("a"), m.group("b"), m.group("sep")
    cue = (m.group("cue") or "").lower()
    if sep == "." and cue not in g["dotted_date_cues"] and not m.group("wd"):
        return None  # "5.12" is a decimal unless "op 5.12"
    if not (cue or m.group("wd") or m.group("mod2")) and not (sep != "." and "0" in (a[0], b[0])):
        return None
    if sep == "/" and int(a) >= 24 and int(b) <= 7 or quantity_follows(text, m.end(), lang, g):
        return None  # "24/7" is not a date
    md = digits_day_month(a, b, lang)
    if md is None:
        return None
    month, day = md
    mod = (m.group("mod") or m.group("mod2") or "").lower()
    y = int(m.group("year")) if m.group("year") else (
        year_of_weekday(month, day, m.group("wd"), g, pub) or (pub.year if pub and mod in g["this"] else None)
        or likely_year(month, day, pub, toward_of(m, g, mod)))  # "deze 12/5": this year's
    if y is None:
        return (None, None, "day", "point")
    d = _day(y, month, day)
    return (d, d, "day", "point") if d else None


def r_numeric_day_range(m, g, pub, lang, text):
    """'van 1-10 tot 7-11', 'tussen 1-10 en 7-11', '14/10 - 15/10', 'from 10/1 to 11/7, 2017'."""
    opener, conn = (m.group("opener") or "").lower(), m.group("conn").lower()
    if not opener and (m.group("sep") == "-" or conn in g["and_words"]):
        return None  # "1-2 en 3-4": scores or counts
    if quantity_follows(text, m.end(), lang, g):
        return None
    first, last = digits_day_month(m.group("a1"), m.group("b1"), lang), digits_day_month(m.group("a2"), m.group("b2"), lang)
    if first is None or last is None:
        return None
    year = m.group("year") or m.group("year2")
    if year:
        y2 = full_year(year, pub)
        y1 = y2 - (first > last)
    else:
        if pub is None:
            return (None, None, "range", "point")
        running = [y for y in (pub.year - 1, pub.year) if (lo := _day(y, *first)) and (hi := _day(y + (first > last), *last))
                   and lo <= pub <= hi]
        y1 = running[0] if running else likely_year(first[0], first[1], pub, lean_at(m, g))  # a range still running is this one
        y2 = y1 + (first > last)
    lo, hi = _day(y1, *first), _day(y2, *last)
    return (lo, hi, "range", "point") if lo and hi and lo < hi else None


def easter(year: int) -> D:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return D(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> D | None:
    if n > 0:
        first = D(year, month, 1)
        d = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        return d if d.month == month else None
    last = month_bounds(year, month)[1]
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def holiday_date(name: str, year: int, g) -> D | None:
    if name in g["holidays_fixed"]:
        mo, da = map(int, g["holidays_fixed"][name].split("-"))
        day = _day(year, mo, da)
        if day is not None and name in g["not_on_sunday"] and day.weekday() == 6:
            day -= dt.timedelta(days=1)  # Koningsdag moves to the Saturday
        return day
    if name in g["holidays_nth"]:
        month, weekday, n, *after = g["holidays_nth"][name]
        d = nth_weekday(year, month, weekday, n)
        return d + dt.timedelta(days=after[0]) if d and after else d
    return None


def easter_span(name: str, year: int, g) -> tuple[D, D] | None:
    """Days (or stretches, such as Lent) counted from Easter or Orthodox Easter."""
    if name in g["holidays_easter"]:
        base, offset = easter(year), g["holidays_easter"][name]
    elif name in g["holidays_orthodox"]:
        base, offset = orthodox_easter(year), g["holidays_orthodox"][name]
    else:
        return None
    lo, hi = offset if isinstance(offset, list) else (offset, offset)
    return base + dt.timedelta(days=lo), base + dt.timedelta(days=hi)


def orthodox_easter(year: int) -> D:
    """Easter by the Julian computus (Meeus), moved to the Gregorian calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return D(year, month, day + 1) + dt.timedelta(days=year // 100 - year // 400 - 2)


def calendar_holiday(name: str, year: int, g) -> tuple[D, D] | None:
    """Holidays of lunar calendars ("Chinese New Year", "Eid al-Fitr", "Diwali") from the `holidays` package."""
    country, holiday, offset, days = g["holidays_calendar"][name]
    first = min((d for d, names in calendar_year(country, year) if holiday in names), default=None)
    if first is None:
        return None
    lo = first + dt.timedelta(days=offset)
    return lo, lo + dt.timedelta(days=days - 1)


@functools.lru_cache(maxsize=512)
def calendar_year(country: str, year: int) -> tuple[tuple[D, frozenset[str]], ...]:
    import holidays  # late: only articles that name such a holiday need it
    categories = lexicon_shared()["holiday_calendars"].get(country, ["public"])
    try:
        found = holidays.country_holidays(country, years=year, categories=tuple(categories), language="en_US")
    except (NotImplementedError, KeyError, ValueError):
        return ()
    return tuple((d, frozenset(re.sub(r"\s*\((?:observed|estimated)\)", "", part).strip() for part in re.split(r";| / ", label)))
                 for d, label in found.items())


def holiday_span(name: str, year: int, g) -> tuple[D, D] | None:
    if name in g["holidays_calendar"]:
        return calendar_holiday(name, year, g)
    if name in g["holidays_easter"] or name in g["holidays_orthodox"]:
        return easter_span(name, year, g)
    d = holiday_date(name, year, g)
    return (d, d) if d else None


def r_holiday(m, g, pub, lang, text):
    found = holiday_in_year(m, g, pub)
    if found and found[0] and (m.group("wkend") or m.group("wkend0")):
        return weekend_of(found[0]) or found  # "Labor Day weekend", "het weekend van Pinksteren"
    return found


def weekend_of(day: D) -> tuple | None:
    """The long weekend a holiday makes: Saturday to a Monday holiday, a Thursday or Friday holiday to Sunday,
    the Saturday and Sunday of a weekend holiday; none for a holiday midweek."""
    wd = day.weekday()
    if wd == 0:
        return (day - dt.timedelta(days=2), day, "range", "point")
    if wd in (3, 4):
        return (day, day + dt.timedelta(days=6 - wd), "range", "point")
    if wd in (5, 6):
        return (day - dt.timedelta(days=wd - 5), day + dt.timedelta(days=6 - wd), "range", "point")
    return None


def holiday_in_year(m, g, pub):
    name = " ".join(m.group("hol").lower().split())
    mod = (m.group("mod") or "").lower()
    year = m.group("year") or m.group("year2")  # "Halloween weekend 2021"
    if year or m.group("relyear") and pub:  # "Kerst 2025", "Thanksgiving of next year"
        y = int(year) if year else year_of_relative(m.group("relyear"), g, pub)
        span = holiday_span(name, y, g)
        return (*span, "day" if span[0] == span[1] else "range", "point") if span else None
    if pub is None:
        return (None, None, "day", "point")
    options = [s for s in (holiday_span(name, y, g) for y in (pub.year - 1, pub.year, pub.year + 1)) if s]
    if mod in g["next"]:
        span = next((s for s in options if s[0] > pub), None)
    elif mod in g["last"]:
        span = next((s for s in reversed(options) if s[0] < pub), None)
    else:
        span = pick(max((s for s in options if s[0] <= pub), default=None), min((s for s in options if s[0] >= pub), default=None),
                    pub, lean_at(m, g), day=lambda s: s[0])
    return (*span, "day" if span[0] == span[1] else "range", "point") if span else None


def r_season(m, g, pub, lang, text):
    lo_md, hi_md = g["seasons"][m.group("season").lower()]
    mod = (m.group("mod") or "").lower()
    if not m.group("year") and not mod and not m.group(0).lower().split()[0] in ("de", "het", "the"):
        return None  # a bare "zomer" is often no date
    year = int(m.group("year")) if m.group("year") else (pub.year if pub else None)
    if year is None:
        return (None, None, "range", "point")
    lo, hi = season_span(lo_md, hi_md, year)
    if hi.year > lo.year and pub and not m.group("year") and pub.month <= hi.month:
        lo, hi = season_span(lo_md, hi_md, year - 1)  # "de winter" said in February began last year
    if mod in g["next"] and pub and lo <= pub:
        lo, hi = D(lo.year + 1, lo.month, lo.day), D(hi.year + 1, hi.month, hi.day)
    elif mod in g["last"] and pub and hi >= pub:
        lo, hi = D(lo.year - 1, lo.month, lo.day), D(hi.year - 1, hi.month, hi.day)
    return (lo, hi, "range", "point")


def r_this_season(m, g, pub, lang, text):
    """'this season', 'next season', 'vorig seizoen': the season of the calendar that holds the day of
    writing, or the one after or before it."""
    if pub is None:
        return (None, None, "range", "point")
    spans = sorted({season_span(lo_md, hi_md, y) for lo_md, hi_md in g["seasons"].values() for y in range(pub.year - 2, pub.year + 2)})
    now = next(i for i, (lo, hi) in enumerate(spans) if lo <= pub <= hi + dt.timedelta(days=1))
    mod = m.group("mod").lower()
    lo, hi = spans[now + (1 if mod in g["next"] else -1 if mod in g["last"] else 0)]
    return (lo, hi, "range", "point")


def season_span(lo_md: str, hi_md: str, year: int) -> tuple[D, D]:
    """The season that starts in `year`: winter runs into the next year."""
    lo_m, lo_d = map(int, lo_md.split("-"))
    hi_m, hi_d = map(int, hi_md.split("-"))
    return D(year, lo_m, lo_d), D(year + (hi_m < lo_m), hi_m, hi_d)


def r_nth_in_month(m, g, pub, lang, text):
    nth_word = m.group("nth").lower()
    n = -1 if nth_word in ("last", "laatste") else (g["day_ordinals"].get(nth_word) or int(re.match(r"\d", nth_word).group()))
    if m.group("relmonth") or m.group("themonth"):  # "the first Friday of next month", "of the month"
        if pub is None:
            return (None, None, "day", "point")
        offset = g["relative_months"][" ".join(m.group("relmonth").lower().split())] if m.group("relmonth") else 0
        first = add(D(pub.year, pub.month, 1), "month", offset)
        month, y = first.month, first.year
    else:
        month, y = _month_year(m, g, pub, None)
    if y is None:
        return (None, None, "day", "point")
    what = m.group("what").lower()
    if what in g["weekdays"]:
        d = nth_weekday(y, month, g["weekdays"][what], n)
        return (d, d, "day", "point") if d else None
    unit = g["nth_units"].get(what)
    lo, hi = month_bounds(y, month)
    if unit == "day":
        d = hi if n == -1 else _day(y, month, n)
        return (d, d, "day", "point") if d else None
    if unit == "week":
        if n == -1:
            end = hi - dt.timedelta(days=(hi.weekday() - 6) % 7)
            return (end - dt.timedelta(days=6), end, "week", "point")
        first_monday = lo + dt.timedelta(days=(0 - lo.weekday()) % 7)
        start = first_monday + dt.timedelta(weeks=n - 1)
        return (start, start + dt.timedelta(days=6), "week", "point")
    return None


MERGEABLE = {"day", "month", "year", "quarter", "half", "week"}


def merge_time_ranges(out: list[dict], text: str, g) -> list[dict]:
    """'juli 13 - juli 15', 'van maart tot mei', 'from 2015 to May 2017', '2 okt. tot 22 oktober':
    two times joined by a range word."""
    merged = []
    for t in out:
        prev, end = merged[-1] if merged else None, t
        if prev is not None and prev["period_start"] and t["period_end"] and re.search(r"\b\d{4}\b", t["text"]):
            prev = {**prev, "period_start": start_before(prev, t["period_end"])}
        if prev is not None and prev["period_start"] and t["period_end"] and t["precision"] == "day" \
                and t["text"].lower().split()[-1].rstrip(".") in g["weekdays"]:
            end = weekday_after(prev["period_start"], t)  # "van volgende maandag tot vrijdag": the Friday after
        if prev is not None and joins_a_range(prev, end, text, g):
            t = end
            start = prev["start"]
            opener = text[:start].lower().split()[-1:]
            if opener and opener[0] in g["range_openers"] and text[:start].endswith(" "):
                start -= len(opener[0]) + 1
            merged[-1] = {**prev, "start": start, "end": t["end"], "text": text[start:t["end"]],
                          "period_end": end_after(prev["period_start"], t), "precision": "range",
                          "reference": "point"}
            continue
        merged.append(t)
    return merged


def joins_a_range(prev: dict, t: dict, text: str, g) -> bool:
    between = text[prev["end"]:t["start"]]
    if between.strip() == "." and t["text"][:1].islower():
        between = between.replace(".", "")  # "2 okt. tot 22 oktober": the abbreviation's dot
    until_absorbed = t["reference"] == "until" and not between.strip()
    opened = prev["reference"] == "since" and prev["text"].lower().split()[0] in g["range_openers"]
    if not (prev["reference"] == "point" or opened) or not (t["reference"] == "point" or until_absorbed):
        return False
    if not (prev["period_start"] and t["period_end"] and prev["precision"] in MERGEABLE
            and t["precision"] in MERGEABLE and prev["period_start"] < t["period_end"]):
        return False
    if until_absorbed:
        return True
    between = " ".join(between.lower().split())
    opener = text[:prev["start"]].lower().split()[-1:]
    has_opener = opened or (bool(opener) and opener[0] in g["range_openers"])
    return between in g["range_connectors"] and (between not in ("en", "and") or has_opener)


def weekday_after(start: str, t: dict) -> dict:
    day, first = D.fromisoformat(t["period_end"]), D.fromisoformat(start)
    while day < first:
        day += dt.timedelta(days=7)
    while day - dt.timedelta(days=7) >= first:
        day -= dt.timedelta(days=7)
    return {**t, "period_start": day.isoformat(), "period_end": day.isoformat()}


def start_before(prev: dict, end: str) -> str:
    """'Nov 18-Dec 19, 2015': a first date without a year takes the year of the range's end."""
    start, last = D.fromisoformat(prev["period_start"]), D.fromisoformat(end)
    if prev["anchored"] or prev["precision"] not in ("day", "month") or re.search(r"\b\d{4}\b", prev["text"]):
        return prev["period_start"]
    if start > last or (last - start).days > 365:
        fits = [y for y in (last.year - 1, last.year) if (d := _day(y, start.month, start.day)) and d <= last
                and (last - d).days <= 365]
        if fits:
            return _day(fits[-1], start.month, start.day).isoformat()
    return prev["period_start"]


def end_after(start: str, t: dict) -> str:
    """The end of a range whose second date has no year of its own falls within a year of the start."""
    end = D.fromisoformat(t["period_end"])
    first = D.fromisoformat(start)
    if t["anchored"] or re.search(r"\b\d{4}\b", t["text"]):  # "tot vandaag", "to May 2017"
        return t["period_end"]
    while end.year > first.year and (end - first).days > 365:
        end = year_before(end)
    return end.isoformat()


def r_rolling(m, g, pub, lang, text):
    n = to_number(m.group("n1") or m.group("n1b"), lang)
    unit = g["units"][m.group("unit").lower()]
    if n is None or unit not in ("day", "week", "month", "quarter", "year", "decade"):
        return None
    if pub is None:
        return (None, None, "range", "window")
    one = dt.timedelta(days=1)
    if unit == "quarter" and not m.group("more"):  # "the past two quarters": whole quarters, the current one left out
        q0 = D(pub.year, 3 * ((pub.month - 1) // 3) + 1, 1)
        if (m.group("dir") or m.group("dirb")).lower() in g["past_window"]:
            return (add(q0, "quarter", -int(n)), q0 - one, "range", "window")
        nxt = add(q0, "quarter", 1)
        return (nxt, add(nxt, "quarter", int(n)) - one, "range", "window")
    parts = [(unit, n)] + (further_units(m, g, lang) or [])  # "the last 3 months and 2 weeks"
    if (m.group("dir") or m.group("dirb")).lower() in g["past_window"]:
        return (add_all(pub, parts, -1), pub - one, "range", "window")  # "de afgelopen 5 jaar"
    return (pub + one, add_all(pub, parts), "range", "window")  # "the next three days"


def day_number(s: str, g) -> int | None:
    s = s.lower()
    if s in g["day_ordinals"]:
        return g["day_ordinals"][s]
    digits = re.match(r"\d{1,2}", s)
    return int(digits.group()) if digits else None


def _month_year(m, g, pub, day):
    month = g["months"][m.group("month").lower().rstrip(".")]
    y = int(m.group("year")) if m.group("year") else likely_year(month, day, pub, lean_at(m, g))
    return month, y


def r_day_range(m, g, pub, lang, text):
    d1, d2 = day_number(m.group("d1"), g), day_number(m.group("d2"), g)
    if not d1 or not d2 or d2 <= d1 or quantity_follows(text, m.end(), lang, g):
        return None  # "in May 2 to 3 percent"
    month, y = _month_year(m, g, pub, d1)
    if y is None:
        return (None, None, "range", "point")
    lo, hi = _day(y, month, d1), _day(y, month, d2)
    return (lo, hi, "range", "point") if lo and hi else None


def r_day_range_relmonth(m, g, pub, lang, text):
    """'from 4 to 22 this month', 'volgende maand van 4 tot 23': days of a month named by where it lies."""
    phrase = m.group("rm") or m.group("rm0")
    d1, d2 = day_number(m.group("d1"), g), day_number(m.group("d2"), g)
    if not phrase or not d1 or not d2 or d2 <= d1 or quantity_follows(text, m.end() if m.group("rm") else m.end("d2"), lang, g):
        return None
    if pub is None:
        return (None, None, "range", "point")
    first = add(D(pub.year, pub.month, 1), "month", g["relative_months"][" ".join(phrase.lower().split())])
    lo, hi = _day(first.year, first.month, d1), _day(first.year, first.month, d2)
    return (lo, hi, "range", "point") if lo and hi else None


def r_ordinal_day(m, g, pub, lang, text):
    d = day_number(m.group("day"), g)
    if not d:
        return None
    relmonth = m.group("relmonth") or m.group("relmonth2")
    if relmonth:  # "the 15th of next month", "de 20e van volgende maand", "the 21st this month"
        if pub is None:
            return (None, None, "day", "point")
        first = add(D(pub.year, pub.month, 1), "month", g["relative_months"][" ".join(relmonth.lower().split())])
        found = _day(first.year, first.month, d)
        return (found, found, "day", "point") if found else None
    month, y = _month_year(m, g, pub, d)
    if y is None:
        return (None, None, "day", "point")
    found = _day(y, month, d)
    return (found, found, "day", "point") if found else None


def weeks_within(lo: D, hi: D) -> list[D]:
    """The Mondays of the weeks that belong to a period: those whose Thursday falls inside it
    (for a year these are its ISO weeks)."""
    thursday = lo + dt.timedelta(days=(3 - lo.weekday()) % 7)
    mondays = []
    while thursday <= hi:
        mondays.append(thursday - dt.timedelta(days=3))
        thursday += dt.timedelta(days=7)
    return mondays


def r_nth_week(m, g, pub, lang, text):
    """'de derde week van 2018', 'the first week of this month', 'the second last week of October 2018'."""
    word = m.group("nth").lower()
    n = 1 if word in ("last", "laatste") else g["day_ordinals"].get(word) or int(re.match(r"\d+", word).group())
    from_end = word in ("last", "laatste") or bool(m.group("fromend"))
    if m.group("monthword"):  # "the third month of 2021", "de 9e maand van volgend jaar"
        if m.group("month") or m.group("relmonth") or m.group("themonth") or n > 12:
            return None
        y = int(m.group("year")) if m.group("year") else None if pub is None else \
            year_of_relative(m.group("relyear"), g, pub) if m.group("relyear") else pub.year
        if y is None:
            return (None, None, "month", "point")
        lo, hi = month_bounds(y, 13 - n if from_end else n)
        return (lo, hi, "month", "point")
    if m.group("month"):
        month = g["months"][m.group("month").lower()]
        y = int(m.group("myear")) if m.group("myear") else likely_year(month, None, pub, lean_at(m, g))
        if y is None:
            return None
        lo, hi = month_bounds(y, month)
    elif m.group("year"):
        lo, hi = D(int(m.group("year")), 1, 1), D(int(m.group("year")), 12, 31)
    elif pub is None:
        return None
    elif m.group("relyear") or m.group("theyear"):
        y = year_of_relative(m.group("relyear"), g, pub) if m.group("relyear") else pub.year
        lo, hi = D(y, 1, 1), D(y, 12, 31)
    else:
        lo, hi = relative_month_bounds(m.group("relmonth"), g, pub)
    mondays = weeks_within(lo, hi)
    if not 1 <= n <= len(mondays):
        return None
    monday = mondays[-n] if from_end else mondays[n - 1]
    return (monday, monday + dt.timedelta(days=6), "week", "point")


def r_weekday(m, g, pub, lang, text):
    word = m.group("wd").lower()
    if word not in g["weekdays"]:
        return None
    wd = g["weekdays"][word]
    if len(word) <= 3 and not m.group("mod") and word not in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        return None
    if lang == "en" and len(word) <= 3 and word in ("sat", "sun", "wed") and text[m.start()].islower() and not m.group("mod"):
        return None  # "sat", "sun": more often words than days
    nxt = re.match(r"\s+([^\W\d_][\w-]*)", text[m.end():])
    if len(word) <= 4 and nxt and nxt.group(1)[0].isupper() and nxt.group(1).lower().rstrip(".") not in g["months"]:
        return None  # "Sun Microsystems", "Mon Ami": the start of a name
    if pub is None:
        return (None, None, "day", "point")
    mod = (m.group("mod") or m.group("after") or "").lower()
    week_named = " week " in f" {m.group().lower()} "  # "volgende week vrijdag"
    monday = pub - dt.timedelta(days=pub.weekday())
    if mod in g["this"]:
        d = monday + dt.timedelta(days=wd)
    elif mod in g["next_week"] or (mod in g["next"] and (m.group("after") or week_named)):
        d = monday + dt.timedelta(days=7 + wd)  # "maandag volgende week"
    elif mod in g["last_week"] or (mod in g["last"] and (m.group("after") or week_named)):
        d = monday + dt.timedelta(days=wd - 7)
    elif mod in g["next"]:
        ahead = (wd - pub.weekday()) % 7 or 7
        d = pub + dt.timedelta(days=ahead)
    elif mod in g["last"]:
        back = (pub.weekday() - wd) % 7 or 7
        d = pub - dt.timedelta(days=back)
    else:  # "lanceerde dinsdag" looks back, "zal dinsdag lanceren" ahead; untold, the nearest (ties go back)
        back, ahead = pub - dt.timedelta(days=(pub.weekday() - wd) % 7), pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
        d = pick(back, ahead, pub, lean_at(m, g))
    return (d, d, "day", "point")


def r_weekdays_counted(m, g, pub, lang, text):
    """'three Fridays from now', '2 donderdagen geleden', 'Wednesday after next': the nth such day after
    (or before) the publication day."""
    n = 2 if m.group("after") else to_number(m.group("n"), lang)
    if n is None or n != int(n) or not 1 <= n <= 52:
        return None
    if pub is None:
        return (None, None, "day", "point")
    wd = g["weekdays"][(m.group("wd") or m.group("wd2")).lower()]
    if m.group("ago"):
        d = pub - dt.timedelta(days=(pub.weekday() - wd) % 7 or 7) - dt.timedelta(weeks=int(n) - 1)
    else:
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7) + dt.timedelta(weeks=int(n) - 1)
    return (d, d, "day", "point")


# Rules that count from the publication date ("next month", "drie weken geleden"), unlike a month
# named without its year ("in March"), whose year is only guessed.
ANCHORED_RULES = {"relative", "rolling", "ago", "window", "weekday_of_week", "weekdays_counted"}

RESOLVERS = {"weekdays_counted": r_weekdays_counted, "nth_week": r_nth_week, "month_relyear": r_month_relyear, "decade_words": r_decade_words, "weekday_of_week": r_weekday_of_week, "weekday_day": r_weekday_day, "bare_day": r_bare_day,
             "century": r_century, "short_decade": r_short_decade, "year_month": r_year_month,
             "month_range": r_month_range, "iso_week": r_iso_week, "window": r_window, "ago": r_ago, "first_months": r_first_months, "quarter": r_quarter,
             "half": r_half, "iso": r_iso, "compact_iso": r_compact_iso, "iso_named": r_iso_named, "numeric": r_numeric, "dmy": r_dmy, "mdy": r_mdy, "part": r_part,
             "month_year": r_month_year, "year_range": r_year_range, "decade": r_decade, "year": r_year, "far_year": r_far_year,
             "relative": r_relative, "month": r_month, "rolling": r_rolling, "day_range": r_day_range,
             "month_day_range": r_day_range, "day_to_month_day": r_day_range, "day_range_relmonth": r_day_range_relmonth, "ordinal_day": r_ordinal_day, "weekday": r_weekday,
             "holiday": r_holiday, "season": r_season, "this_season": r_this_season, "nth_in_month": r_nth_in_month,
             "mod_month": r_mod_month, "numeric_month": r_numeric_month, "numeric_day_month": r_numeric_day_month,
             "numeric_day_range": r_numeric_day_range}
