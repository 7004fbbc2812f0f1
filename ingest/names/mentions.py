"""Mentions settled after they are found: acronyms, versions and places joined to the names they belong to,
a place read as a modifier or a dateline dropped."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..discourse import DATELINE_TOKENS, after_a_date_stamp, dateline_end
from ..lexicons import slugify


def with_acronyms_joined(mentions: list[dict]) -> list[dict]:
    """'Shanghai Spacecom Satellite Technology (SSST)': the acronym in brackets, and every later use of it,
    is the name before it."""
    acronyms: dict[str, dict] = {}
    for prev, m in zip(mentions, mentions[1:]):
        if not m["registered"] and m["name"].isupper() and m["start"] == prev["end"] + 1 and " " in prev["name"]:
            acronyms[m["name"]] = prev
    for m in mentions:
        target = acronyms.get(m["name"]) if not m["registered"] else None
        if target is not None:
            m.update(entity=target["entity"], name=target["name"], type=target["type"], registered=target["registered"])
    return mentions


def with_places_in_names_joined(mentions: list[dict]) -> list[dict]:
    """'China SatNet', 'Shanghai Spacecom Satellite Technology', 'South China Morning Post', 'Horizon Europe': a
    known place glued to an unknown name is part of that name."""
    out: list[dict] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m["start"] == prev["end"] and (
                (prev["type"] == "GPE" and prev["registered"] and not m["registered"])
                or (not prev["registered"] and m["registered"] and m["type"] in ("GPE", "LOC") and prev["end"] - prev["start"] == 1
                    and prev["type"] != "PERSON")
                or (not prev["registered"] and prev.get("joined") and not m["registered"])):
            name = f'{prev.get("surface", prev["name"])} {m.get("surface", m["name"])}'  # as written, not the registry's name
            out[-1] = {**prev, "end": m["end"], "name": name, "entity": slugify(name), "type": "ORG" if
                       m["type"] in ("OTHER", "ORG") or prev["type"] == "GPE" else prev["type"],
                       "registered": False, "joined": True}
            continue
        out.append(m)
    for m in out:
        m.pop("joined", None)
        m.pop("surface", None)
    return out


def with_versions_joined(mentions: list[dict]) -> list[dict]:
    """'Starship V3', 'Falcon 9 Block 5': a short code right after a known product is its version, not a name."""
    out: list[dict] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev["registered"] and prev["type"] in ("PRODUCT", "PROGRAM") and not m["registered"] \
                and m["start"] == prev["end"] and len(m["name"]) <= 4 and any(ch.isdigit() for ch in m["name"]):
            prev["end"] = m["end"]
            continue
        out.append(m)
    return out


def unify_mentions(mentions: list[dict]) -> list[dict]:
    """One article, one entity per name: 'Pichai' after 'Sundar Pichai' is the same person, and a name
    typed once from its context ('Morgan Stanley' after 'analysts at') keeps that type everywhere."""
    mentions = with_versions_joined(with_acronyms_joined(with_places_in_names_joined(mentions)))
    surnames: dict[str, dict] = {}  # "Pichai" after "Sundar Pichai", "McKinsey" after "McKinsey & Company"
    for m in mentions:
        words = m["name"].split()
        if len(words) >= 2 and m["type"] in ("PERSON", "ORG"):
            short = words[-1] if m["type"] == "PERSON" else words[0]
            surnames[short] = m if surnames.get(short, m)["entity"] == m["entity"] else {"entity": None}
    types: dict[str, str] = {}
    for m in mentions:
        target = surnames.get(m["name"]) if not m["registered"] and " " not in m["name"] else None
        if target and target.get("entity"):
            m.update(entity=target["entity"], name=target["name"], type=target["type"], registered=target["registered"])
        if m["type"] != "OTHER":
            types.setdefault(m["entity"], m["type"])
    for m in mentions:
        if m["type"] == "OTHER" and m["entity"] in types:
            m["type"] = types[m["entity"]]
    return mentions


def places_before_their_region(doc: Doc, mentions: list[dict]) -> list[dict]:
    """'Boca Chica, Texas', 'Hawthorne, California': an unknown name right before a comma and a known place is a place."""
    for m, nxt in zip(mentions, mentions[1:]):
        if not m["registered"] and m["type"] == "OTHER" and nxt["registered"] and nxt["type"] == "GPE" \
                and m["end"] < len(doc) and doc[m["end"]].text == "," and nxt["start"] == m["end"] + 1:
            m["type"] = "GPE"
    return mentions


def is_dateline_place(span: Span) -> bool:
    """'AMSTERDAM - De ...', 'MOUNTAIN VIEW, California — ...': the place (and region) a paragraph opens with."""
    doc = span.doc
    start = span.start
    while start > 0 and not doc[start].is_sent_start and span.start - start < DATELINE_TOKENS:
        start -= 1
    end = dateline_end(doc, start)
    inside_brackets = any(t.text == "(" for t in doc[start:span.start])  # "(Reuters)", "(AP)": the agency
    opening = after_a_date_stamp(doc, start)  # "date 2025-06-25 WASHINGTON —"
    first = next((t for t in doc[opening:span.end] if t.text not in ("*", "_")), doc[opening])  # "**SAN FRANCISCO** —"
    return end is not None and span.end <= end and first.text.isupper() and not inside_brackets


def place_as_modifier(doc: Doc, mention: dict) -> bool:
    """'U.S. firms', 'US orbital launches': with the syntax, a country that only describes the noun after it
    is no party to the story, so no mention of it. A dateline's place and 'a Texas-based rival' stay."""
    if mention["type"] != "GPE" or not doc.has_annotation("DEP"):
        return False
    span = doc[mention["start"]:mention["end"]]
    after = doc[span.end] if span.end < len(doc) else None
    if is_dateline_place(span) or (after is not None and (after.text == "," or after.text in ("-", "‐")
                                                          and not span[-1].whitespace_)):
        return False  # "Kent, Washington-based": a place named with its region
    root = span.root
    return root.dep_ in ("compound", "amod") and root.head.i >= span.end and root.head.pos_ in ("NOUN", "PROPN")
