"""Text wrapped at a fixed width reads as running text; offsets stay valid."""
from __future__ import annotations

from ingest.layout import unwrapped
from ingest.pipeline import extract_text

WRAPPED = """Orbital Forge raises $40 million

March 2 (Wire) - Vega Orbital's rival Orbital Forge said
on Monday that it had raised $40 million in a round led
by Harbor Peak Capital, with participation from Northwind
Ventures, Blue Lantern Partners and Cedar Rock Capital, the
company said.
The startup plans to launch its first factory module
next year.
"""


def test_wrapped_lines_become_spaces_and_offsets_stay():
    text = unwrapped(WRAPPED)
    assert len(text) == len(WRAPPED)
    assert "Northwind Ventures" in text and "said on Monday" in text
    assert text.startswith("Orbital Forge raises $40 million\n\nMarch 2")  # a heading keeps its break
    assert "\nThe startup plans" in text  # a short last line ends its paragraph


def test_text_that_is_not_wrapped_comes_back_as_it_is():
    text = "Title line\n\nA first paragraph that ends here.\nA second line starts with a capital.\n"
    assert unwrapped(text) == text


def test_names_and_subjects_hold_across_wrapped_lines():
    doc = extract_text(WRAPPED, "en", "2026-03-03")
    names = {m["name"] for m in doc._.kb_mentions}
    assert {"Orbital Forge", "Harbor Peak Capital", "Northwind Ventures", "Blue Lantern Partners",
            "Cedar Rock Capital"} <= names
    assert not [n for n in names if "\n" in n]
    sentences = [s.text for s in doc.sents]
    assert any(s.startswith("March 2 (Wire) - Vega Orbital's rival") and s.endswith("the company said.")
               for s in sentences)  # one sentence over five lines


def test_a_short_line_cut_mid_sentence_runs_on_into_a_sum_or_a_lowercase_word():
    text = WRAPPED + """A newsletter reported last month that the company
had raised
$25 million in a deal valuing it at $200 million before
the new cash.
"""
    flat = unwrapped(text)
    assert "that the company had raised $25 million in a deal" in flat
    assert "\nThe startup plans" in flat  # a short line that ends a sentence still ends its paragraph

