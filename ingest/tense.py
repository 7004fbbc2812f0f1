"""The tense around a word, read from word lists in the lexicons (no tagger is needed):
'lanceerde', 'said' look back; 'zal', 'will' look ahead. Pure."""
from __future__ import annotations

import functools
import re

from .lexicons import function_words, lexicon

DEFINITE_ARTICLES = function_words("definite_articles")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
SENTENCE_END = re.compile(r"[.!?]\s+(?=[\"'“‘(]?[A-Z0-9À-Ý])|\n\s*\n")


@functools.lru_cache(maxsize=None)
def tense_lexicon(lang: str) -> dict:
    lex = lexicon(lang)
    return {"past_markers": set(lex["past_markers"]), "past_endings": tuple(lex["past_endings"]),
            "present_auxiliaries": set(lex["present_auxiliaries"]),
            "also_present": set(lex.get("past_markers_also_present", [])), "perfect_auxiliaries": set(lex["perfect_auxiliaries"]),
            "future_auxiliaries": set(lex["future_auxiliaries"]) | set(lex["intent_verbs"]),
            "definite_articles": DEFINITE_ARTICLES, "words_before_times": set(lex["words_before_times"])}


def told_in_past(words, lex: dict) -> bool:
    """A verb in the past tense in the clause: 'asked', 'lanceerde', 'was'; not 'is expected', 'wordt gebouwd'."""
    return bool(past_positions(words, lex))


def past_positions(words, lex: dict) -> list[int]:
    """Where the verbs in the past tense stand among words [(lowercase word, offset)]."""
    lows = [w for w, _ in words]
    found = []
    if set(lows) & lex["perfect_auxiliaries"] and not set(lows) & lex["present_auxiliaries"]:
        found += [at for w, at in words if w.startswith(tuple(function_words("participle_prefix"))) and w.endswith(tuple(function_words("participle_endings"))) and len(w) >= 7]  # "heeft ... gelanceerd"
    for k, (w, at) in enumerate(words):
        if w in lex["past_markers"]:
            if w in lex["also_present"] and (k and lows[k - 1] in lex["present_auxiliaries"]
                                             or k + 1 < len(lows) and lows[k + 1] in function_words("purpose_words")):
                continue  # "is set to launch", "set for Monday": no past
            found.append(at)
        elif any(w.endswith(e) and len(w) >= len(e) + 3 for e in lex["past_endings"]) and not (
                k and (lows[k - 1] in lex["present_auxiliaries"] or lows[k - 1] in lex["definite_articles"]
                       or lows[k - 1] in function_words("determiners_before_adjectives"))):
            found.append(at)  # not "is expected", nor "the combined company"
    return found


def sentence_words(text: str, pos: int) -> list[tuple[str, int]]:
    """The lowercase words of the sentence around pos, with their offsets."""
    lo = max((m.end() for m in SENTENCE_END.finditer(text, max(0, pos - 600), pos)), default=max(0, pos - 600))
    end = SENTENCE_END.search(text, pos)
    hi = end.start() if end else min(len(text), pos + 600)
    return [(m.group().lower(), m.start()) for m in WORD.finditer(text, lo, hi)]


QUOTES = "\"“”„«»"


def quoted(text: str, at: int, start: int) -> bool:
    """Whether the word at `at` stands inside a quotation that does not hold the time at `start`:
    'schreef hij dinsdag: "We gaan naar Mars"' is told in the past, whatever the quote says."""
    lo, hi = sorted((at, start))
    between = sum(text.count(q, lo, hi) for q in QUOTES)
    return between % 2 == 1


def lean(text: str, start: int, end: int, lang: str) -> str | None:
    """'past' or 'future' for a time at text[start:end], from the nearest verb form that marks a tense
    in its sentence ('said on Monday it will launch': said; 'said it will launch on Monday': will);
    None when nothing marks one."""
    lex = tense_lexicon(lang)
    words = [(w, at) for w, at in sentence_words(text, start) if not start <= at < end and not quoted(text, at, start)
             and not (w in lex["words_before_times"] and at < start and not text[at + len(w):start].strip())]  # "announced in November"
    if not words:
        return None
    cues = {at: "past" for at in past_positions(words, lex)}
    cues.update({at: "future" for w, at in words if w in lex["future_auxiliaries"]})
    if not cues:
        return None
    before = sum(1 for _, at in words if at < start)  # word index where the time stands
    def distance(k):  # in words; a verb before the time wins a tie ('said on Monday it will ...')
        return (before - k - 1, 0) if k < before else (k - before, 1)
    k = min((k for k, (_, at) in enumerate(words) if at in cues), key=distance)
    return cues[words[k][1]]
