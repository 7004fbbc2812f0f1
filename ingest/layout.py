"""How a text is laid out: text wrapped at a fixed width is read as running text.

Wire copy and plain-text feeds often break every line at about 60 characters, in the middle of
sentences and names ("... from key investors including ARK Invest, DFJ Growth, Founders\\nFund, G42").
A line break there is no sentence end. `unwrapped` turns such breaks into spaces, one character for
one, so every offset into the text stays valid.
"""
from __future__ import annotations

import re
import statistics

WRAPPED_SHARE = 0.3  # of line pairs that run on into a lowercase word: the text was wrapped at a width
SHORT_LINE = 0.6  # of the usual line length: in wrapped text, a line this short ends where its writer ended it
MIN_LINE_PAIRS = 4
LINE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


def unwrapped(text: str) -> str:
    """The text with the line breaks of its wrapping made spaces; a text that is not wrapped comes back as it is.
    Blank lines, and lines shorter than the wrapping width (headings, datelines, a paragraph's last line),
    keep their breaks, unless the sentence plainly runs on into the next line."""
    lines = text.split("\n")
    short = short_line_length(lines)
    if short is None:
        return text
    out = []
    for line, following in zip(lines, lines[1:] + [None]):
        joins = following is not None and line.strip() and following.strip() and (
            len(line) >= short or runs_on(line, following))
        out.append(line + (" " if joins else "\n" if following is not None else ""))
    return "".join(out)


RUN_ON_OPENERS = "$€£¥"  # "had raised\n$600 million": a sum goes on with the sentence, as a lowercase word does


def runs_on(line: str, following: str) -> bool:
    """A short line that ends no sentence and is followed by a lowercase word or a sum is cut mid-sentence."""
    first = following.lstrip()[:1]
    return not LINE_END.search(line) and (first.islower() or first in RUN_ON_OPENERS)


def short_line_length(lines: list[str]) -> float | None:
    """The length under which a line ends where its writer ended it, when the text is wrapped; else None."""
    pairs = [(a, b) for a, b in zip(lines, lines[1:]) if a.strip() and b.strip()]
    running_on = sum(1 for a, b in pairs if not LINE_END.search(a) and b.lstrip()[:1].islower())
    if len(pairs) < MIN_LINE_PAIRS or running_on < WRAPPED_SHARE * len(pairs):
        return None
    return SHORT_LINE * statistics.median(len(line) for line in lines if line.strip())
