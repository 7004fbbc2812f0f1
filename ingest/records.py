"""Frozen records: the only contract between ingest/ and kb/.

Offsets are character offsets into Article.text; sentence is the index of the sentence.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields


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
    period_source: str | None = None  # explicit | context | published | told (the year an undated article tells of)
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


RECORD_FORMAT = 1  # the shape of one article's records as a JSON object (kb extract --records, kb load)
PARTS = {"sentences": Sentence, "mentions": Mention, "amounts": Amount, "periods": Period, "claims": Claim,
         "relations": Relation}


def to_record(extracted: ExtractedArticle, extractor_version: str) -> dict:
    """One article's records as plain JSON values: the map step's output, stored by `kb load`."""
    record = {"kb_records": RECORD_FORMAT, "extractor_version": extractor_version,
              "article": {**asdict(extracted.article), "warnings": list(extracted.article.warnings)}}
    for name in PARTS:
        record[name] = [asdict(x) for x in getattr(extracted, name)]
    record["entities"] = [dict(e) for e in extracted.entities]
    return record


class RecordError(ValueError):
    """A line that is not one article's records."""


def from_record(record: dict) -> ExtractedArticle:
    """The records `to_record` wrote; a RecordError names what is missing or malformed."""
    if not isinstance(record, dict) or record.get("kb_records") != RECORD_FORMAT:
        raise RecordError(f"not an article's records (expected \"kb_records\": {RECORD_FORMAT})")
    try:
        article = build_record(Article, {**record["article"], "warnings": tuple(record["article"].get("warnings", ()))})
        parts = {name: tuple(build_record(cls, x) for x in record.get(name, [])) for name, cls in PARTS.items()}
        entities = tuple(dict(e) for e in record.get("entities", []))
    except (KeyError, TypeError, AttributeError) as e:
        raise RecordError(f"malformed records: {e.__class__.__name__}: {e}") from None
    if not article.id or not isinstance(article.text, str):
        raise RecordError("malformed records: the article has no id or no text")
    return ExtractedArticle(article=article, entities=entities, **parts)


def build_record(cls, data: dict):
    names = {f.name for f in fields(cls)}
    unknown = set(data) - names
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    return cls(**data)
