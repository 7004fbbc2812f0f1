"""extract(articles) -> ExtractedArticle per article: nlp.pipe per language, models loaded once."""
from __future__ import annotations

import contextlib
import dataclasses
from collections import defaultdict
from typing import Iterable, Iterator

from spacy.tokens import Doc

from .detect import publication_bounds, reference_day, year_written_in
from .discourse import doc_text
from .layout import unwrapped
from .nlp import load_pipeline
from .records import (
    Amount,
    Article,
    Claim,
    ExtractedArticle,
    Mention,
    Period,
    Relation,
    Sentence,
)

BATCH_SIZE = 4  # docs per nlp.pipe batch: the parser's working set grows with it (32: ~1 GB on long articles), speed does not


def extract(articles: Iterable[Article], extra_entities: list[dict] | tuple = (),
            batch_size: int = BATCH_SIZE, max_chars: int | None = None) -> Iterator[ExtractedArticle]:
    """Yield one ExtractedArticle per article, in input order within each language; `max_chars` raises
    the pipelines' limit on the length of one text."""
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        by_lang[article.lang or "en"].append(article)
    for lang, group in by_lang.items():
        nlp = load_pipeline(lang, extra_entities)
        if max_chars and max_chars > nlp.max_length:
            nlp.max_length = max_chars
        with nlp.memory_zone():  # the strings of these texts are freed after: memory stays flat over a long run
            docs = (prepared_doc(nlp, a) for a in group)
            for article, doc in zip(group, nlp.pipe(docs, batch_size=batch_size)):
                yield doc_to_records(article, doc)


@contextlib.contextmanager
def memory_zone(lang: str, extra_entities=()):
    """Docs made inside (by extract_text) are valid only inside; the strings they added are freed after."""
    with load_pipeline(lang, extra_entities).memory_zone():
        yield


def extract_text(text: str, lang: str, published: str | None, extra_entities=()) -> Doc:
    nlp = load_pipeline(lang, extra_entities)
    return nlp(prepared_doc(nlp, Article(id="", text=text, source="-", lang=lang, published=published)))


def prepared_doc(nlp, article: Article) -> Doc:
    doc = nlp.make_doc(unwrapped(article.text))  # the same length: offsets into the article stay valid
    told_from = article.published or year_written_in(article.text, nlp.lang)  # the article's own date is not guessed
    doc._.kb_published = reference_day(told_from)
    doc._.kb_published_period = publication_bounds(told_from)
    doc._.kb_published_told = article.published is None and told_from is not None
    return doc


def build(cls, data: dict):
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def doc_to_records(article: Article, doc: Doc) -> ExtractedArticle:
    sentences = [Sentence(index=i, start=s.start_char, end=s.end_char, text=s.text) for i, s in enumerate(doc.sents)]
    sent_of_token = {}
    for i, s in enumerate(doc.sents):
        for t in s:
            sent_of_token[t.i] = i
    mentions, text = [], doc_text(doc)
    for m in doc._.kb_mentions or []:
        first, last = doc[m["start"]], doc[m["end"] - 1]
        start, end = first.idx, last.idx + len(last.text)
        mentions.append(Mention(sentence=sent_of_token[m["start"]], start=start, end=end, text=text[start:end],
                                entity=m["entity"], name=m["name"], type=m["type"], registered=m["registered"]))
    sentence_at = sentence_index_lookup(sentences)
    amounts = [build(Amount, {**a, "sentence": sentence_at(a["start"])}) for a in doc._.kb_amounts or []]
    periods = [build(Period, {**t, "sentence": sentence_at(t["start"])}) for t in doc._.kb_periods or []]
    claims = [build(Claim, c) for c in doc._.kb_claims or []]
    relations = [build(Relation, r) for r in doc._.kb_relations or []]
    entities = {}
    for m in mentions:
        entities.setdefault(m.entity, {"slug": m.entity, "name": m.name, "type": m.type, "registered": m.registered})
    return ExtractedArticle(article=article, sentences=tuple(sentences), mentions=tuple(mentions),
                            amounts=tuple(amounts), periods=tuple(periods), claims=tuple(claims),
                            relations=tuple(relations), entities=tuple(entities.values()))


def sentence_index_lookup(sentences: list[Sentence]):
    starts = [s.start for s in sentences]

    def lookup(offset: int) -> int:
        import bisect
        return max(0, bisect.bisect_right(starts, offset) - 1)
    return lookup
