"""Frozen records: the only contract between ingest/ and kb/.

Offsets are character offsets into Article.text; sentence is the index of the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    source: str
    url: str | None = None
    title: str | None = None
    lang: str | None = None
    published: str | None = None
    outlet: str | None = None  # who published it: front matter `source`, else the URL's host
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    sentence: int
    start: int
    end: int
    text: str
    entity: str  # slug
    name: str
    type: str
    registered: bool = True


@dataclass(frozen=True)
class Amount:
    sentence: int
    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True)
class Period:
    sentence: int
    start: int
    end: int
    text: str
    period_start: str | None
    period_end: str | None
    precision: str
    reference: str
    time: str | None = None  # the clock time of a day, "HH:MM", when the text gives one


@dataclass(frozen=True)
class Claim:
    sentence: int
    start: int
    end: int
    text: str
    subject: str | None
    subject_name: str | None
    metric: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None
    period_start: str | None
    period_end: str | None
    kind: str
    claimant: str | None
    period_source: str | None = None  # explicit | context | published
    reference: str | None = None  # point | window | deadline | since | until
    time_text: str | None = None


@dataclass(frozen=True)
class Relation:
    sentence: int
    start: int
    end: int
    text: str
    subject: str
    subject_name: str
    relation: str
    object: str
    object_name: str
    period_start: str | None = None
    period_end: str | None = None


@dataclass(frozen=True)
class ExtractedArticle:
    article: Article
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    amounts: tuple[Amount, ...] = ()
    periods: tuple[Period, ...] = ()
    claims: tuple[Claim, ...] = ()
    relations: tuple[Relation, ...] = ()
    entities: tuple[dict, ...] = field(default_factory=tuple)  # every entity mentioned: slug, name, type, registered
