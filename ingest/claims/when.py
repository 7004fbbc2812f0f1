"""The period of a claim: the time in its clause, one carried from before, the day the figure was said,
the period a report covers, the earlier moment a compared figure stood at; datelines are no claims."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from spacy.tokens import Doc

from ..lexicons import alt, lexicon
from .subject import claimant_of

HEADER_CHARS = 250


def same_period_as_before(text: str, amount: dict, info, earlier: dict | None, lex: dict) -> dict | None:
    """'Morgan Stanley sees $45 billion by 2035. Bank of America puts it at $10 billion over the same period':
    the period of the claim before."""
    clause = text[slice(*info.clause_of(amount["start"]))].lower()
    m = next((p for p in lex["same_period_phrases"] if p in clause), None)
    if m is None or earlier is None or not (earlier["period_start"] or earlier["period_end"]):
        return None
    at = info.clause_of(amount["start"])[0] + clause.index(m)
    return {"start": at, "end": at + len(m), "text": text[at:at + len(m)], "period_start": earlier["period_start"],
            "period_end": earlier["period_end"], "precision": "range", "reference": earlier.get("reference") or "point",
            "anchored": True}


def the_period_it_is_for(t: dict | None, lex: dict) -> dict | None:
    """'Voor 2026 verwacht het bedrijf een omzet van 22 tot 24 miljard': a figure over a period is for it, not
    before it; 'voor' reads both ways, and a revenue or a budget is told for its year or quarter."""
    if t is None or t["reference"] != "deadline" or not t["period_end"] or \
            t["text"].split()[0].lower() not in lex["ambiguous_references"]:
        return t
    end = t["period_end"]
    start = {"year": end[:4] + "-01-01", "month": end[:7] + "-01",
             "quarter": f"{end[:4]}-{int(end[5:7]) - 2:02d}-01"}.get(t["precision"])
    return {**t, "period_start": start, "reference": "point"} if start else t


def carried_time(t: dict | None, kind: str, published: str | None, present: bool = False) -> dict | None:
    """The time of the sentence before dates a statement about the same thing, but not a plan or forecast
    when that time is already over ('China zette in mei ... Het land wil 2800 satellieten lanceren'),
    nor a fact when it is still to come."""
    if t is None or not published:
        return t
    if kind in ("plan", "forecast"):
        return None if (t["period_end"] or published) < published else t
    if (t["period_start"] or published) > published:
        return None  # a fact does not borrow a planned date
    if present and (t["period_end"] or published) < published and t["reference"] == "point":
        return None  # "... in the first half. The company is valued at": the present is not the first half
    return t


def in_the_past_when_reported(t: dict | None, kind: str, published: str | None) -> dict | None:
    """'raised $500 million in March' (said in November): a fact dated without a year happened
    in the last such month, not the next one."""
    if t is None or kind in ("plan", "forecast") or not published or not t["period_start"] \
            or t["period_start"] <= published or any(ch.isdigit() for ch in t["text"]) or t["reference"] != "point" \
            or t.get("anchored"):
        return t
    if t["precision"] == "day":  # "dinsdag" said on a Saturday: the Tuesday before, not next week's
        return {**t, "period_start": week_earlier(t["period_start"]), "period_end": week_earlier(t["period_end"])}
    return {**t, "period_start": year_earlier(t["period_start"]), "period_end": year_earlier(t["period_end"])}


def week_earlier(iso: str | None) -> str | None:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=7)).isoformat() if iso else iso


def year_earlier(iso: str | None) -> str | None:
    if not iso:
        return iso
    y, rest = iso[:4], iso[4:]
    if rest == "-02-29":
        rest = "-02-28"
    return f"{int(y) - 1:04d}{rest}"


def verb_of_saying_of(span, lex: dict):
    """The verb of saying a time hangs on ('zei ... op 21 januari'), directly or through what the saying is about
    ('commented on the design in October'); None for an event where it was said ('said during a panel at a
    conference May 27')."""
    if not span.doc.has_annotation("DEP") or span.root.dep_ not in ("obl", "nmod"):
        return None
    head = span.root.head
    if head.dep_ in ("obl", "nmod") and any(c.dep_ == "case" and c.lower_ in lex["saying_topic_prepositions"]
                                            for c in head.children):
        head = head.head
    return head if head.i != span.root.i and head.lower_ in lex["speech_words"] else None


def dates_the_saying(doc: Doc, t: dict, lex: dict, info=None) -> bool:
    """'zei dinsdag', 'said last October', 'zei ESA-directeur X maandag': a day, week or month next to a verb
    of saying (or to the speaker right after it) dates the saying; a window or deadline ('predicted that
    within five years') is what was said."""
    if t["reference"] != "point":
        return False
    if t["precision"] not in SAYING_PRECISIONS:  # "zei eerder dit jaar dat ...", but not "said 2025 revenue ..."
        span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
        return span is not None and said_before_what_was_said(doc, span, lex)
    near = [w for w, at in words_around(doc, t["start"], t["end"], 2)]
    if any(w in lex["speech_words"] for w, _ in words_around(doc, t["start"], t["end"], 2, within_clause=True)):
        return True  # not "SpaceX, which merged with xAI in February, expects ...": the merger is dated there
    span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
    if span is None:
        return False
    if in_an_opening_of_speaking(span, lex):
        return True  # "Speaking at a conference in Turin last October, the Amazon founder said ..."
    if said_before_what_was_said(doc, span, lex):
        return True  # "told employees in a memo on Monday that ...", "zei dinsdag in een verklaring dat ..."
    if verb_of_saying_of(span, lex) is not None:
        return True  # "commented on the rocket's design in October": the parse ties the time to the saying
    speaker = info.claimant if info is not None else None
    if speaker is not None and 0 <= t["start"] - speaker.end <= 1:
        before = [w for w, at in words_around(doc, speaker.start, speaker.end, 4) if at < speaker.start]
        if any(w in lex["speech_words"] for w in before):
            return True  # "zei ESA-directeur Josef Aschbacher maandag"
    lows = [tok.lower_ for tok in span.sent]
    if any(v in lex["separable_speech"] and content_follows(lows, lex["separable_speech"][v], lex) for v in near):
        return True  # "Vorige maand maakte SpaceX bekend dat ...": what was made known follows
    first = next((tok.lower_ for tok in span.sent if not (tok.is_space or tok.is_punct)), "")
    if first not in lex["back_pointers"]:
        return False  # "Vorige week maakte Tesla een omzetdaling bekend": the announcement is the event
    verbs = set(lows)
    return any(lex["separable_speech"].get(v) in near for v in verbs)  # "Dat maakte X dinsdag bekend"


def content_follows(lows: list[str], particle: str, lex: dict) -> bool:
    """'bekend dat ...': the particle of a separable verb of saying, and the 'dat' that opens what was said."""
    return any(w == particle and k + 1 < len(lows) and lows[k + 1] in lex["complementizers"] for k, w in enumerate(lows))


SAYING_PRECISIONS = {"day", "week", "month"}


SAYING_REACH = 6  # words between a verb of saying and its time, before what was said opens


def in_an_opening_of_speaking(span, lex: dict) -> bool:
    sent = span.sent
    first = next((tok.lower_ for tok in sent if not (tok.is_space or tok.is_punct)), "")
    comma = next((tok.i for tok in sent if tok.text == ","), sent.end)
    return first in lex["speaking_openers"] and span.end <= comma


def said_before_what_was_said(doc: Doc, span, lex: dict) -> bool:
    """A time between a verb of saying and the 'that'/'dat' that opens what was said dates the saying."""
    after = [tok.lower_ for tok in doc[span.end:min(span.end + 2, span.sent.end)] if not tok.is_punct]
    if not after or after[0] not in lex["complementizers"]:
        return False
    before = [tok.lower_ for tok in doc[max(span.sent.start, span.start - SAYING_REACH):span.start]]
    return any(w in lex["speech_words"] for w in before) and not any(w in lex["complementizers"] for w in before)


def counted_from_the_saying(times: list[dict], saying: set[int], published: str | None, info) -> list[dict]:
    """'Musk said in January that SpaceX would launch within two to three years': the window counts from
    January, when it was said, not from the article's date; a window another speaker set is left alone
    ('SpaceX has said ... within three years, while Google announced in November that ...')."""
    said = [t for t in times if t["start"] in saying and t["period_start"] and published]
    if not said or not published:
        return times
    when = in_the_past_when_reported(said[0], "fact", published)["period_start"]  # what was said lies behind
    if when >= published:
        return times
    shift = dt.date.fromisoformat(when) - dt.date.fromisoformat(published)
    def moved(iso):
        return (dt.date.fromisoformat(iso) + shift).isoformat() if iso else iso
    speaker = claimant_of(info, said[0]["start"])
    return [{**t, "period_start": moved(t["period_start"]), "period_end": moved(t["period_end"])}
            if t.get("anchored") and t["reference"] in ("window", "deadline") and t not in said
            and claimant_of(info, t["start"]) is speaker else t for t in times]


def not_the_saying(times: list[dict], saying: set[int]) -> list[dict]:
    """'said on Tuesday it will launch two satellites by early 2027': the day of saying dates the
    statement only when the statement has no time of its own."""
    own = [t for t in times if t["start"] not in saying]
    return own or times


def words_around(doc: Doc, start: int, end: int, n: int, within_clause: bool = False):
    """The n words before and after a span as (lowercase, offset); within_clause stops at a comma or
    other punctuation mark, which words_around otherwise skips."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    before = list(doc[max(0, span.start - n):span.start])
    after = list(doc[span.end:span.end + n])
    if within_clause:
        cut = [k for k, t in enumerate(before) if t.is_punct and t.text not in QUOTE_MARKS]
        before = before[cut[-1] + 1:] if cut else before
        cut = [k for k, t in enumerate(after) if t.is_punct and t.text not in QUOTE_MARKS]
        after = after[:cut[0]] if cut else after
    return [(t.lower_, t.idx) for t in before + after if not t.is_punct]


QUOTE_MARKS = {'"', "'", "“", "”", "‘", "’"}


def closest_time(times: list[dict], start: int, end: int) -> dict | None:
    usable = [t for t in times if not (t["start"] < end and start < t["end"]) and t["period_start"] or
              (not (t["start"] < end and start < t["end"]) and t["period_end"])]
    if not usable:
        return None
    # "onlangs", "momenteel" only date a statement when nothing more specific is in the sentence,
    # unless they follow the amount at once: "to under $2,000 today"
    return min(usable, key=lambda t: (t.get("vague", False) and not 0 <= t["start"] - end <= 1,
                                      min(abs(t["start"] - end), abs(start - t["end"]))))


def time_the_when_clause_points_to(times: list[dict], info, pos: int, text: str, lex: dict, past: bool) -> dict | None:
    """'valued at $230bn in January, when it raised $20bn': a 'when' clause happens at the time before it; so do
    a relative clause ('its Q1 results, which showed ...') and a 'while' clause told in the past ('revenue of $28.1 billion for the quarter, while its net income fell')."""
    lo, _ = info.clause_of(pos)
    opener = text[lo:lo + 12].split()[:1]
    after_comma = text[:lo].rstrip().endswith(",")
    if not opener or not (opener[0].lower() in lex["when_openers"] or after_comma and opener[0].lower() in lex["relative_openers"]
                          or past and opener[0].lower() in lex["while_openers"]):
        return None  # "its Q1 2024 results, which showed revenue of €498 million": the results' quarter
    before = [c for c in info.clauses if c[1] <= lo]
    inside = [t for t in times if before and before[-1][0] <= t["start"] < before[-1][1]]
    return inside[0] if len(inside) == 1 else None


def reported_period(infos, times: list[dict], published: str | None) -> dict | None:
    """The quarter or half year an article reports on, when its title or lead names one that has ended
    ('het laatste kwartaal van 2025', 'Q1 2024 results')."""
    lead = infos[:LEAD_SENTENCES]
    if not lead or not published:
        return None
    end = lead[-1].span.end_char
    return next((t for t in times if t["start"] < end and an_ended_report_period(t, published)), None)


LEAD_SENTENCES = 3  # the title and the opening of the text (furniture lines count as sentences)


def report_named_here(times: list[dict], published: str | None) -> dict | None:
    """A quarter or half year that has ended, named in a sentence ('its Q1 2024 results'): later report figures with
    no time of their own are for it."""
    if not published:
        return None
    return next((t for t in reversed(times) if an_ended_report_period(t, published)), None)


def an_ended_report_period(t: dict, published: str) -> bool:
    """A quarter or half year over before the article appeared."""
    return t["precision"] in REPORT_PRECISIONS and bool(t["period_end"]) and t["period_end"] < published


REPORT_PRECISIONS = {"quarter", "half"}


COMPARISON_REACH = 40  # characters between a comparison marker and the time it compares with


def compared_with(text: str, t: dict, lex: dict) -> bool:
    """'een stijging ten opzichte van dezelfde periode vorig jaar': vorig jaar is the base, not the period."""
    opener = t["text"].split()[0] if t["text"].split() else ""
    reach = t["start"] + (len(opener) + 1 if opener.lower() in lex["base_openers"] else 0)  # "up 19% from 2024"
    before = text[max(0, t["start"] - COMPARISON_REACH):reach].lower()
    # not across a comma: "de helft van de omzet van SpaceX, die dit jaar ...": the clause has its own time
    return any(marker in before and "," not in before[before.rfind(marker) + len(marker):] for marker in lex["comparison_markers"]) \
        or split_comparative_before(before, lex)


def split_comparative_before(before: str, lex: dict) -> bool:
    """'73 procent meer opbracht dan een jaar geleden': a comparative, a few words, then 'dan'/'than' right before
    the time makes it the base (not 'meer dan een jaar geleden', which says how long ago)."""
    words = before.split()
    if not words or words[-1] not in lex["comparison_thans"] or "," in " ".join(words[-SPLIT_COMPARATIVE - 2:]):
        return False
    between = words[-SPLIT_COMPARATIVE - 2:-2]
    return any(w in lex["comparatives"] for w in between)


SPLIT_COMPARATIVE = 3  # words between the comparative and 'dan': "meer opbracht dan", "hoger uitkwam dan"


def time_before_the_compared(text: str, amount: dict, claims: list[dict], info, lex: dict) -> dict | None:
    """'8 million subscribers at the end of June, up from 6 million a year earlier': the base lies that far
    before the period of the figure it is compared with."""
    m = lex["earlier_re"].match(text, amount["end"])
    compared = next((c for c in reversed(claims) if c["sentence"] == info.index and c["value"] is not None
                     and c["period_start"] and c["end"] <= amount["start"]), None)
    if m is None or compared is None:
        return None
    unit, n = lex["earlier_phrases"][" ".join(m.group("phrase").lower().split())]
    months = {"year": 12, "quarter": 3, "month": 1}[unit] * n
    def back(iso):
        return shift_months(dt.date.fromisoformat(iso), -months).isoformat() if iso else None
    return {"start": m.start("phrase"), "end": m.end("phrase"), "text": m.group("phrase"),
            "period_start": back(compared["period_start"]), "period_end": back(compared["period_end"]),
            "precision": "range", "reference": "point", "anchored": True}


def shift_months(d: dt.date, months: int) -> dt.date:
    """The same day so many months away; a month's last day stays its last day ('30 June' a quarter back is 31 March)."""
    y, m = divmod(d.month - 1 + months, 12)
    last = calendar.monthrange(d.year, d.month)[1] == d.day
    days = calendar.monthrange(d.year + y, m + 1)[1]
    return dt.date(d.year + y, m + 1, days if last else min(d.day, days))


def time_of_the_figure_qualified(info, amount: dict, claims: list[dict]) -> dict | None:
    """'its Q1 2024 results showed revenue of €498 million, up 2.5 percent year-on-year': a phrase with no verb
    after a comma says more of the figure before it in the sentence, and shares its time."""
    doc = info.span.doc
    before = next((c for c in reversed(claims) if c["sentence"] == info.index), None)
    if before is None or before["value"] is None or before["period_source"] != "explicit" or not doc.has_annotation("POS"):
        return None
    comma = next((t for t in reversed(info.span) if t.idx < amount["start"] and t.text == ","), None)
    if comma is None or comma.idx < before["end"]:
        return None
    end = next((t.i for t in info.span if t.idx > amount["end"] and t.text in (",", ";", ".")), info.span.end)
    if any(t.pos_ in ("VERB", "AUX") for t in doc[comma.i + 1:end]):
        return None  # "..., and it expects 10 percent more": a clause of its own
    return {"start": amount["start"], "end": amount["end"], "text": before["time_text"] or "", "time": None,
            "period_start": before["period_start"], "period_end": before["period_end"], "precision": "range",
            "reference": before["reference"] or "point", "vague": False, "today": False, "anchored": True}


def time_later_than(text: str, amount: dict, earlier: dict | None, lex: dict) -> dict | None:
    """'In 2028 wil het bedrijf testen. Twee jaar later wil het lanceren', 'three months later': a span of time and
    a word for after it count from the time told before: 2030, not a duration of two years."""
    shift = LATER_MONTHS.get(amount["unit"])
    after = text[amount["end"]:amount["end"] + LATER_REACH].split()
    if shift is None or earlier is None or not after or after[0].lower().strip(",.;:") not in lex["later_words"] \
            or not amount["value"] or amount["value"] != int(amount["value"]) or not earlier["period_start"]:
        return None
    months = int(amount["value"] * shift)
    precision = earlier["precision"] if earlier["precision"] in ("year", "month") else "month"
    start = shift_months(dt.date.fromisoformat(earlier["period_start"]), months)
    if precision == "year":
        start, end = start.replace(month=1, day=1), start.replace(month=12, day=31)
    else:
        start = start.replace(day=1)
        end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    phrase_end = amount["end"] + text[amount["end"]:].index(after[0]) + len(after[0].rstrip(",.;:"))
    return {"start": amount["start"], "end": phrase_end, "text": text[amount["start"]:phrase_end],
            "period_start": start.isoformat(), "period_end": end.isoformat(), "precision": precision,
            "reference": "point", "time": None, "vague": False, "today": False, "anchored": True}


LATER_MONTHS = {"years": 12, "months": 1}  # the spans a later time is counted in; days and weeks need a day
LATER_REACH = 12


def base_time(text: str, amount: dict, bases: list[dict], lex: dict) -> dict | None:
    """'revenue rose to $3.2 million, up from $400,000 in 2024': the base of a comparison has the base's time."""
    if not compared_with(text, amount, lex):
        return None
    return next((t for t in bases if 0 <= t["start"] - amount["end"] <= BASE_TIME_GAP
                 or text[amount["end"]:t["start"]].strip().lower() in lex["base_time_links"]), None)  # "16 in all of 2025"


BASE_TIME_GAP = 4  # " in ", " op "


def is_dateline(t: dict, published: str | None, text: str) -> bool:
    """The article's own date near its top ('29 januari 2026 - ...', 'AUSTIN, Texas, Nov 6 (Reuters) -', which
    wires often date the day before); 'today', 'to date' are statements."""
    if date_labelled(t, text):
        return True  # "date 2025-05 Nvidia's ...": a label dates the page, whatever the precision
    if t["start"] >= HEADER_CHARS or t.get("anchored") or t["precision"] != "day":
        return False
    if published is not None and t["period_start"] == published == t["period_end"]:
        return True
    return bool(DATELINE_END.match(text, t["end"]))


def date_labelled(t: dict, text: str) -> bool:
    before = text[max(0, t["start"] - LABEL_REACH):t["start"]]
    return bool(date_label_before().search(before))


@functools.lru_cache(maxsize=None)
def date_label_before():
    labels = {w for lang in ("nl", "en") for w in lexicon(lang)["date_labels"]}
    return re.compile(rf"(?:^|\n)\s*(?:{alt(labels)})\s*:?\s*$", re.I)


LABEL_REACH = 20


DATELINE_END = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]\s")
