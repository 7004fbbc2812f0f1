"""Finding the items (dicts with character offsets "start" and "end") that lie in or overlap a stretch
of text, by bisection: a long article has thousands of amounts, times and sentences, and comparing
each with each grows with the square of its length."""
from __future__ import annotations

import bisect


class Spans:
    def __init__(self, items: list[dict]):
        self.items = sorted(items, key=lambda x: x["start"])
        self.starts = [x["start"] for x in self.items]
        self.longest = max((x["end"] - x["start"] for x in self.items), default=0)

    def starting_in(self, lo: int, hi: int) -> list[dict]:
        """Items that start in [lo, hi)."""
        return self.items[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def overlapping(self, lo: int, hi: int) -> list[dict]:
        """Items that share at least one character with [lo, hi), or (empty ones) start inside it."""
        window = self.items[bisect.bisect_left(self.starts, lo - self.longest):bisect.bisect_left(self.starts, hi)]
        return [x for x in window if x["end"] > lo or x["start"] >= lo]


class Occupied:
    """Stretches of text already claimed by a longer match."""

    def __init__(self, length: int):
        self.taken = bytearray(length + 1)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)
