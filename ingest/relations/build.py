"""build_relations(doc): each sentence's cue phrases matched by the kind of their pattern, ties carried over
coordinated names, dated where the sentence dates them."""
from __future__ import annotations

import functools
from types import SimpleNamespace

from spacy.tokens import Doc

from ..claims.when import in_the_past_when_reported
from ..discourse import doc_text
from ..lexicons import lexicon
from .actions import (
    match_between,
    match_goods_of_makers,
    match_joint_subjects,
    match_list_after,
    match_members,
    match_pair_after,
    match_passive_by,
    match_plan_object,
    match_possessed_plan,
    match_same_as_before,
    match_separable,
)
from .dating import UNDATED_KINDS, closest_period
from .lists import coordinated_after, relations_over_lists, symmetric_relations
from .names import (
    match_genitive,
    match_its_apposition,
    match_name_before_name,
    match_of_name,
    match_owned,
    match_possessive,
    match_possessive_apposition,
)
from .phrases import patterns
from .roles import match_role_compound, match_role_list, match_role_of, match_title_only


@functools.lru_cache(maxsize=None)
def other_officers(lang: str) -> frozenset:
    return frozenset(lexicon(lang)["other_officer_words"])


def object_type(slot) -> str:
    return getattr(slot, "type", None) or "OTHER"


def build_relations(doc: Doc) -> list[dict]:
    infos = doc._.kb_sentence_info or []
    seen, out = set(), []
    for info in infos:
        for p in patterns(doc.lang_):
            kind = p["kind"]
            if kind in ("list_after", "passive_by", "between", "owned", "title_only", "its_apposition"):
                hits = MATCHERS[kind](doc, info, p, infos)
            elif kind == "same_as_before":
                hits = [(a, SimpleNamespace(entity=last["object"], name=last["object_name"], start=a.start, end=a.end),
                         i, k, last["relation"]) for a, last, i, k in match_same_as_before(doc, info, p, out)]
            else:
                hits = MATCHERS[kind](doc, info, p)
            if p["relation"] in relations_over_lists() and kind in ("between", "role_of"):
                hits = hits + [(a, other, i, k) for a, b, i, k, *_ in hits for other in coordinated_after(doc, info, b)]
            elif p["relation"] in relations_over_lists() and kind == "possessive":  # "SpaceX's Falcon 9 and Falcon Heavy"
                things = (lambda a, b: b) if p["relation"] == "owns" else (lambda a, b: a)
                hits = hits + [(other, b, i, k) if p["relation"] != "owns" else (a, other, i, k)
                               for a, b, i, k, *_ in hits for other in coordinated_after(doc, info, things(a, b), False)]
            for hit in hits:
                a, b, i, k = hit[:4]
                if p.get("direction") == "reverse":
                    a, b = b, a  # "Planet secured a contract with NATO": NATO is the customer
                relation = hit[4] if len(hit) > 4 else p["relation"]
                if relation == "ceo_of" and i > info.span.start and doc[i - 1].lower_ in other_officers(doc.lang_):
                    continue  # "financieel directeur", "vice president": another officer, not the chief
                if kind in ("between", "passive_by") and "object_types" in p and object_type(b) not in p["object_types"]:
                    continue  # "bought 8 H200 chips": buying a product is not an acquisition
                if "subject_types" in p and object_type(a) not in p["subject_types"]:
                    continue  # "the report was developed by Vega": only a product or program is a maker's
                if getattr(a, "based", False) or getattr(b, "based", False):
                    continue  # "a Texas-based rival": where it sits, not who it is
                pair = frozenset((a.entity, b.entity)) if relation in symmetric_relations() else (a.entity, b.entity)
                key = (pair, relation, info.index)
                if key in seen:
                    continue
                seen.add(key)
                # a tie told by a description ("Nvidia-backed", "SpaceX-topman", "Google's Suncatcher") is a
                # state, not an event of the sentence's time
                period = None if kind in UNDATED_KINDS else closest_period(doc, info, i)
                if relation != "plans":  # a stated tie dated without a year lies behind the article
                    period = in_the_past_when_reported(period, "fact", doc._.kb_published)
                    if period and doc._.kb_published and (period["period_start"] or "") > doc._.kb_published:
                        period = None  # "Nvidia-backed Starcloud plans to ... next month": the plan is dated, not the tie
                start, end = min(a.start, b.start), max(a.end, b.end)
                if kind == "same_as_before":
                    start, end = a.start, doc[k - 1].idx + len(doc[k - 1].text)
                out.append({
                    "sentence": info.index, "start": start, "end": end,
                    "subject": a.entity, "subject_name": a.name, "relation": relation,
                    "object": b.entity, "object_name": b.name,
                    "period_start": period["period_start"] if period else None,
                    "period_end": period["period_end"] if period else None, "_kind": kind,
                })
    text = doc_text(doc)
    for r in out:
        r["text"] = text[r["start"]:r["end"]]
        r.pop("_kind")
    return out


MATCHERS = {"role_compound": match_role_compound, "role_of": match_role_of, "between": match_between,
            "pair_after": match_pair_after, "list_after": match_list_after, "passive_by": match_passive_by,
            "plan_object": match_plan_object, "possessive": match_possessive, "separable": match_separable,
            "genitive": match_genitive, "of_name": match_of_name, "owned": match_owned,
            "name_before_name": match_name_before_name, "title_only": match_title_only, "role_list": match_role_list,
            "possessive_apposition": match_possessive_apposition, "joint_subjects": match_joint_subjects,
            "goods_of_makers": match_goods_of_makers, "members": match_members, "possessed_plan": match_possessed_plan,
            "its_apposition": match_its_apposition}
