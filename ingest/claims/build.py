"""build_claims(doc): each amount, and each dated plan, forecast or event, as a claim: subject, metric,
value, unit, period, kind, claimant, and the evidence span."""
from __future__ import annotations

from spacy.tokens import Doc

from ..discourse import PLACE_TYPES, doc_text, members_of_its_list, subject_for, subject_of_statement, topic_before
from ..metrics import generic as generic_metrics
from ..spans import Spans
from ..tense import told_in_past
from ..units import CENTS, normalize, unit_family
from .clauses import (
    clause_words,
    in_sentence,
    paragraph_of,
    outside_asides,
    same_clause,
    segment_words,
    without_a_verb,
    without_other_dated_segments,
)
from .counted import (
    IDENTIFIER,
    MIN_UNITLESS,
    about_satellites,
    constellation_in_view,
    counted_events,
    is_one_of_a_unit,
    multiples_stated,
    name_counted_thing,
    names_a_source,
    names_known_things,
    numbered_name,
    ordinal_time_of_an_event,
    share_of_a_whole,
    unit_of_a_coordinated_count,
    unit_of_the_counted_noun,
    unit_of_the_same_things,
    unit_pointed_back_to,
)
from .cues import claim_lexicon, nearest, sentence_words
from .kind import (
    an_old_plan,
    announced_intent,
    choose_kind,
    looking_back,
    opens_with_a_comparison,
    opens_with_anaphor,
    present_by_the_parse,
    settled_kind,
    told_in_present,
)
from .metric import choose_event, choose_metric, priced_per_unit, signed_by_its_verb
from .subject import (
    SUBJECT_DEPS,
    claimant_of,
    company_in_view,
    complement_start,
    concept_measured,
    concept_pointed_back_to,
    subject_for_amount,
    subject_of_the_compared,
    subject_of_the_elaborated,
    thing_named_generically,
    vehicle_of_the_event,
)
from .when import (
    base_time,
    carried_time,
    closest_time,
    compared_with,
    counted_from_the_saying,
    dates_the_saying,
    in_the_past_when_reported,
    is_dateline,
    not_the_saying,
    report_named_here,
    reported_period,
    same_period_as_before,
    the_period_it_is_for,
    time_before_the_compared,
    time_later_than,
    time_of_the_figure_qualified,
    time_the_when_clause_points_to,
    verb_of_saying_of,
)


def build_claims(doc: Doc) -> list[dict]:
    lex = claim_lexicon(doc.lang_)
    infos = doc._.kb_sentence_info
    published = doc._.kb_published
    dated_at = doc._.kb_published_period  # a state told in the present holds when it was published
    amounts, times = doc._.kb_amounts or [], doc._.kb_periods or []
    amount_spans, time_spans = Spans(amounts), Spans(times)
    claims, previous_time, last_amount_claim = [], {}, {}
    report = reported_period(infos, times, published)
    text = doc_text(doc)
    for info in infos:
        sent = info.span
        words = sentence_words(doc, sent)
        s_amounts, s_times = in_sentence(amount_spans, sent), in_sentence(time_spans, sent)
        s_amounts = s_amounts + multiples_stated(sent, s_amounts, lex)
        s_times = [t for t in s_times if not is_dateline(t, published, text)]
        bases = [t for t in s_times if compared_with(text, t, lex)]  # "up from $400,000 in 2024"
        s_times = [t for t in s_times if t not in bases]
        saying = {t["start"] for t in s_times if dates_the_saying(doc, t, lex, info)}  # "zei dinsdag", "said in January"
        s_times = counted_from_the_saying(s_times, saying, published, info)
        report = report_named_here(s_times, published) or report  # "SES also announced its Q1 2024 results"
        topic = topic_before(infos, info.index)
        if topic is not None and info.claimant is not None and info.claimant.type != "PERSON" \
                and paragraph_of(infos, topic) != info.paragraph:
            topic = None  # a new paragraph that cites a firm or agency speaks of what that source counted
        used_times = set()
        for slot in info.slots:  # "150 Starship launches": a name inside a counted amount describes what is counted
            if any(a["start"] <= slot.start and slot.end <= a["end"] and a["unit"] for a in s_amounts):
                slot.counted = True
        verbless = without_a_verb(sent)
        unit_named_at = None
        for a in s_amounts:
            if a["unit"] is None and (verbless or IDENTIFIER.fullmatch(a["text"])):
                continue  # "Posts: 2,511 +934", "AP video 4637165": a counter or an identifier, nothing told
            if vague_count(a, text, lex):
                continue  # "a few centimeters in depth", "several hundred satellites": no number is told
            a = ordinal_time_of_an_event(a, words, info, lex)
            if a is None:
                continue  # "for the second time" with no event named: an order, nothing counted
            a = counted_events(a, words, info, lex)
            a = unit_of_a_coordinated_count(a, s_amounts, text, lex)
            a = unit_pointed_back_to(a, last_amount_claim.get(info.paragraph), info, words, lex)
            a = unit_of_the_counted_noun(doc, share_of_a_whole(a, text, lex), lex)  # "half of the employees": 50 %
            if a["unit"] is None and ((a["value"] or a["high"] or 0) < MIN_UNITLESS or a.get("comparison")):
                continue
            if numbered_name(a, info, text):
                continue  # "165 Falcon 9 missions", "de Long March 12": the digits belong to a name
            if is_one_of_a_unit(a, lex):
                unit_named_at = a["end"]
                continue  # "een ton aan apparatuur staat gelijk aan ...", "a kilogram costs": a unit, not a quantity
            if unit_named_at is not None and text[unit_named_at:a["start"]].strip().lower() in lex["equivalence_words"]:
                continue  # "Een terawattuur is een miljard kilowattuur": a conversion, nothing claimed
            if names_known_things(a, text, lex) or names_a_source(a, text, lex):
                continue  # "the two companies said", "according to two people": who speaks, not how many there are
            later = time_later_than(text, a, previous_time.get(info.paragraph), lex)
            if later is not None:  # "Twee jaar later wil het ...": a time counted from the one before, no duration
                s_times.append(later)
                continue
            if unit_family(a["unit"]) == "time" and nearest(clause_words(words, info, a["start"]),
                                                            lex["metrics"]["duration"]["words"], a["start"]) is None:
                continue  # "a three-year deal", "ran it for six years": a span of time, not a measured claim
            subject, how = subject_for_amount(info, a, topic)
            compared = subject_of_the_compared(text, a, claims, info, lex, subject) \
                or subject_of_the_elaborated(text, a, claims, info)
            if compared is not None:
                subject, how = compared, "sentence"
            generic = thing_named_generically(info, a, lex) or concept_measured(info, a, lex) \
                or concept_pointed_back_to(info, a, lex)
            if generic is not None:
                subject, how = None, "generic"
            here = clause_words(words, info, a["start"])
            earlier_time = time_before_the_compared(text, a, claims, info, lex)  # "up from 6 million a year earlier"
            if a.get("base_of_comparison") and base_time(text, a, bases, lex) is None and earlier_time is None:
                continue  # "45 medewerkers, tegen twaalf vroeger": a base with no time of its own is no claim
            t = earlier_time or base_time(text, a, bases, lex) or closest_time(
                outside_asides(not_the_saying(same_clause(s_times, info, a["start"], text), saying), info, a["start"], text),
                a["start"], a["end"]) \
                or time_the_when_clause_points_to(sorted(s_times + bases, key=lambda t: t["start"]), info, a["start"], text,
                                                  lex, told_in_past(here, lex))  # "vergeleken met 2024, toen ..."
            t = year_of_the_series_step(t, a, published)
            kind = choose_kind(here, a["start"], lex, a["qualifier"])
            claimed_from = complement_start(info, a)
            # "In 2015, X sent a plan claiming that Helix would carry ...": the time dates the claiming, an event too
            said_then = t is not None and claimed_from is not None and kind != "fact" and t["end"] <= claimed_from
            if t is None:
                t = same_period_as_before(text, a, info, last_amount_claim.get(info.paragraph), lex) \
                    or time_of_the_figure_qualified(info, a, claims)
            carried = t is None and (how == "context" or kind == "fact" and told_in_past(here, lex) and opens_with_anaphor(info)
                                     or opens_with_a_comparison(words, lex))
            if carried:
                t = carried_time(previous_time.get(info.paragraph), kind, published,
                                 told_in_present(here, lex) or present_by_the_parse(info, a["start"]))
            if t is not None and not said_then:
                used_times.add(t["start"])
            if how != "claimant":  # only the speaker was left to be the subject: no plan of its own is told
                kind = announced_intent(kind, here, subject, claimant_of(info, a["start"]), lex, words)
            if not carried:  # a time from the sentence before was placed there already
                t = in_the_past_when_reported(t, settled_kind(kind, t, published, scheduled=False), published)
                if kind == "fact" and told_in_past(here, lex):
                    t = looking_back(t, published)
            kind = kind if an_old_plan(kind, words, lex) else settled_kind(kind, t, published, foreseen=how == "claimant")
            a = name_counted_thing(a, info)
            earlier = last_amount_claim.get(info.paragraph)
            a = unit_of_the_same_things(a, earlier)
            metric = "price" if priced_per_unit(a, text) else "multiple" if a.get("multiple") \
                else choose_metric(words, a, lex, earlier, clause=here)
            if a["unit"] in lex["event_units"].values():  # "launched the Helix rocket for the fifth time": Helix's
                subject = vehicle_of_the_event(info, "launch" if a["unit"] == lex["event_units"].get("launch") else a["unit"], a, subject)
            if a.get("ordinal") and a["unit"] in lex["flight_nouns"] and (subject is None or subject.type != "PRODUCT"
                                                                          and not subject.possessor):
                # "it sets us up for the second flight": the rocket's, told of before ("Orbitra's second flight" stays)
                subject = vehicle_in_view(infos, info, a) or subject
            if subject is not None and subject.type == "PERSON" and (metric in lex["company_metrics"]
                                                                     or counts_a_firms_people(text, a, lex)):
                subject = company_in_view(infos, info, topic) or subject  # "Musk moet de EBITDA laten groeien": Tesla's
            if subject is not None and subject.entity in lex["constellations"] and (how != "sentence" or subject.anaphor) \
                    and about_satellites(doc, a, lex):  # "SpaceX placed 48 Starlink satellites": named, SpaceX did
                subject = constellation_in_view(infos, info, lex["constellations"][subject.entity]) or subject
            if metric == "growth":
                a = signed_by_its_verb(a, here, lex)
            if t is None and kind == "fact" and metric in lex["report_metrics"]:
                t = report  # "Tesla boekt een dramatisch laatste kwartaal ... De omzet kromp 3 procent"
            if metric in lex["period_metrics"]:
                t = the_period_it_is_for(t, lex)
            if t is None and (kind != "fact" or told_in_past(here, lex)):
                # "Een maand geleden zei X dat het 5 miljard zou verliezen": as said then; "reported last month that
                # it had raised $600 million": it held by then
                t = next((s for s in s_times if s["start"] in saying), None)
            claims.extend(claim_record(info, each, metric, a, t, kind, dated_at, a, generic)
                          for each in each_named_for(info, subject, here, lex))
            last_amount_claim[info.paragraph] = claims[-1]
        for t in s_times:
            if t["start"] in used_times or not (t["period_start"] or t["period_end"]) or t.get("vague") \
                    and not (t.get("today") and choose_event(clause_words(words, info, t["start"]), t["start"], lex, None)):
                continue  # "nu", "momenteel" date what is said, they are not events; "is today launched" is one
            if t["start"] in saying:  # "zei dinsdag dat ...", "said on Tuesday": when it was said, not what
                said = the_saying_as_event(info, t, words, lex, published, dated_at)
                claims.extend([said] if said is not None else [])
                continue
            subject, how = subject_for(info, t["start"], topic)
            if subject is None or without_a_verb(sent):
                continue  # "March 28, 2025", a photo's caption: a date, no event told
            here = clause_words(words, info, t["start"])
            kind = choose_kind(here, t["start"], lex)
            if how != "claimant":
                kind = announced_intent(kind, here, subject, claimant_of(info, t["start"]), lex, words)
            if kind == "fact" and told_in_past(here, lex):
                t = in_the_past_when_reported(t, kind, published)  # "asked regulators in January" (said in September)
            kind = kind if an_old_plan(kind, words, lex) else settled_kind(kind, t, published, foreseen=how == "claimant")
            metric = (choose_event(segment_words(words, info, t["start"]), t["start"], lex, None)
                      or choose_event(without_other_dated_segments(clause_words(words, info, t["start"]), info, t, s_times),
                                      t["start"], lex, kind))
            subject = vehicle_of_the_event(info, metric, t, subject)
            if kind == "fact" and metric in generic_metrics():
                subject = own_act_of_a_titled_person(info, t, topic) or subject
            claims.append(claim_record(info, subject, metric, None, t, kind, dated_at, t))
        own_times = [t for t in s_times if t["start"] not in saying]  # "maakte maandag bekend"
        if own_times:
            previous_time[info.paragraph] = own_times[-1]
    return claims


def the_saying_as_event(info, t: dict, words, lex: dict, published: str | None, dated_at) -> dict | None:
    """'..., the Space Force announced Friday', 'Jane Doe wrote in May to the board': a dated statement is an
    event of whoever the parse makes the subject of the verb the time belongs to (not a source that reports
    the statement); what was said is dated by its own words."""
    speaker = speaker_of_the_dated_verb(info, t, lex)
    if speaker is None or without_a_verb(info.span) \
            or any(w in lex["not_said_words"] for w, _ in clause_words(words, info, t["start"])):
        return None  # "zei dinsdag niets", "declined to comment on Tuesday"
    announced = choose_event(segment_words(words, info, t["start"]), t["start"], lex, None) == "announcement"
    t = in_the_past_when_reported(t, "fact", published)
    return claim_record(info, speaker, "announcement" if announced else "statement", None, t, "fact", dated_at, t)


def speaker_of_the_dated_verb(info, t: dict, lex: dict):
    doc = info.span.doc
    span = doc.char_span(t["start"], t["end"], alignment_mode="expand") if doc.has_annotation("DEP") else None
    if span is None:
        return None
    head = verb_of_saying_of(span, lex) or span.root.head  # "commented on [the design in October]"
    subject = head if head.dep_ in SUBJECT_DEPS else next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:  # "Jane Doe in May wrote": the time may hang on the speaker's name
        return None
    said_by = info.claimant
    if said_by is not None and said_by.tok_start < len(info.span.doc) and \
            subject.left_edge.i <= said_by.tok_start and said_by.tok_end - 1 <= subject.right_edge.i:
        return said_by  # "China's largest launch company CASC announced": the name the subject phrase holds
    return next((s for s in info.slots if s.tok_start <= subject.i < s.tok_end
                 and not (s.modifier or s.possessor or s.claimant)), None)


def own_act_of_a_titled_person(info, time: dict, topic):
    """'SES CEO Adel Al-Saleh joined the company in February 2024': what a titled person did himself is his, though a
    plan or a figure he states is his company's."""
    person, how = subject_of_statement(info, time["start"], topic)
    return person if person is not None and person.type == "PERSON" and how == "sentence" else None


def counts_a_firms_people(text: str, amount: dict, lex: dict) -> bool:
    """'een kwart van de aandeelhouders stemde tegen': a share of shareholders or staff counts a firm's people, not
    the person the sentence is about."""
    after = text[amount["end"]:amount["end"] + FIRMS_PEOPLE_REACH].lower().split()[:3]
    return any(w.strip(".,;:") in lex["firms_people"] for w in after)


FIRMS_PEOPLE_REACH = 30


def vehicle_in_view(infos, info, amount: dict):
    """The vehicle the story named last, in this sentence before the amount or in the ones before."""
    here = [s for s in info.slots if s.end <= amount["start"]]
    facilities = claim_lexicon(info.span.doc.lang_)["facility_heads"]  # "Launch Complex 3" is where it flies from
    for slots in [here] + [i.slots for i in reversed(infos[:info.index])]:
        vehicle = next((s for s in reversed(slots) if s.type == "PRODUCT" and not (s.counted or s.modifier)
                        and not facilities & set(s.name.split())), None)
        if vehicle is not None:
            return vehicle
    return None


def each_named_for(info, subject, words, lex: dict) -> list:
    """'in Zwitserland en Noorwegen bijna 33 euro': one figure said of several places listed together holds for each
    of them; 'A and B had a combined 2 million' is one figure, and so is one said of firms listed together (a deal,
    a joint plan: 'Orbitra en Vega willen twee satellieten lanceren'), the first name's."""
    if subject is None or subject.type not in PLACE_TYPES or any(w in lex["joint_total_words"] for w, _ in words):
        return [subject]
    members = members_of_its_list(info.span.doc, info, subject)
    return members if members[0].entity == subject.entity else [subject]


def claim_record(info, subject, metric, amount, time, kind, dated_at, evidence, generic: str | None = None) -> dict:
    if time is not None:
        period_start, period_end, period_source = time["period_start"], time["period_end"], "explicit"
    elif dated_at is not None:
        (period_start, period_end) = dated_at  # "told": no date of its own, the year the article tells of most
        period_source = "told" if info.span.doc._.kb_published_told else "published"
    else:
        period_start = period_end = period_source = None
    source = claimant_of(info, evidence["start"])
    claimant = source.name if source is not None else None
    amount = in_whole_currency(amount)
    return {
        "sentence": info.index, "start": evidence["start"], "end": evidence["end"], "text": evidence["text"],
        "subject": subject.entity if subject else None, "subject_name": subject.name if subject else generic,
        "metric": metric,
        "value": amount["value"] if amount else None, "low": amount["low"] if amount else None,
        "high": amount["high"] if amount else None, "unit": amount["unit"] if amount else None,
        "qualifier": amount["qualifier"] if amount else None,
        "period_start": period_start, "period_end": period_end, "period_source": period_source,
        "time_text": time["text"] if time else None, "reference": time["reference"] if time else None,
        "kind": kind, "claimant": claimant,
    }


def year_of_the_series_step(t: dict | None, amount: dict, published: str | None) -> dict | None:
    """'25 flights in 2020, then 31, 61, 96': a number of a series that goes on from a year's count is a year on per
    step; the one told as now ('and now 165') holds when the article appeared."""
    if t is not None and amount.get("series_now") and published and t["start"] < amount["start"]:
        return {**t, "period_start": published, "period_end": published, "precision": "day"}
    step = amount.get("series_step")
    if not step or t is None or t.get("precision") != "year" or t["start"] > amount["start"]:
        return t
    year = int(t["period_start"][:4]) + step
    return {**t, "period_start": f"{year}-01-01", "period_end": f"{year}-12-31"}


def vague_count(amount: dict, text: str, lex: dict) -> bool:
    """The amount opens with, or follows, a word that makes it vague: 'a few centimeters', 'several hundred'."""
    before = " " + " ".join(text[max(0, amount["start"] - VAGUE_REACH):amount["start"]].lower().split()) + " "
    return amount["text"].lower().startswith(lex["vague_count_openers"]) \
        or before.endswith(tuple(" " + w for w in lex["vague_count_openers"]))


VAGUE_REACH = 20  # characters before an amount in which a vague word stands: "een stuk of"


def in_whole_currency(amount: dict | None) -> dict | None:
    """'at one cent each' is 0.01 USD: a claim in cents is told in its currency, so it compares with others."""
    if amount is None or not (amount["unit"] or "").endswith(CENTS):
        return amount
    whole = {k: normalize(amount[k], amount["unit"])[0] for k in ("value", "low", "high")}
    return {**amount, **whole, "unit": normalize(1, amount["unit"])[1]}


def founded_is_about_the_company(claims: list[dict], relations: list[dict]) -> list[dict]:
    """'Jeff Bezos founded Blue Origin in 2000', 'SpaceX, which Musk founded in 2002': the founding dates the
    company, not its founder."""
    founded = {(r["sentence"], r["subject"]): r for r in relations if r["relation"] == "founded"}
    out = []
    for c in claims:
        r = founded.get((c["sentence"], c["subject"])) if c["metric"] == "founded" else None
        out.append({**c, "subject": r["object"], "subject_name": r["object_name"]} if r else c)
    return out


PRICE_REACH = 12  # characters between the bought company's name and its price: " for ", " voor zo'n "


def price_is_about_the_bought(claims: list[dict], relations: list[dict], text: str, lang: str) -> list[dict]:
    """'SES is to acquire Intelsat for $3.1 billion', 'xAI neemt X over voor 33 miljard dollar': the price paid
    is a figure about the company bought, not about the buyer."""
    links = claim_lexicon(lang)["price_links"]
    bought = [r for r in relations if r["relation"] == "acquired"]
    out = []
    for c in claims:
        r = next((r for r in bought if r["sentence"] == c["sentence"] and r["subject"] == c["subject"]
                  and c["unit"] is not None and 0 <= c["start"] - r["end"] <= PRICE_REACH
                  and text[r["end"]:c["start"]].strip().lower() in links), None)
        out.append({**c, "subject": r["object"], "subject_name": r["object_name"]} if r else c)
    return out
