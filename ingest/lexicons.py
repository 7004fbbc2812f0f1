"""Loading the data files: the entity registry and the per-language lexicons."""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"
LANGUAGES = ("nl", "en")
ENTITY_TYPES = {"ORG", "PERSON", "PRODUCT", "PROGRAM", "GPE", "LOC", "EVENT", "AGENCY", "GROUP", "OTHER"}


class DataError(ValueError):
    """A data file is malformed."""


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml reads the lexicons ten times faster


class UniqueKeyLoader(SAFE_LOADER):
    """YAML keeps the last of two equal keys without a word; a word list given twice is a mistake in the data."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise DataError(f"line {key_node.start_mark.line + 1}: the key {key!r} is given twice")
            seen.add(key)
        return super().construct_mapping(node, deep)


def read_yaml(path: Path):
    """A data file, read with YAML's safe loader (its C version when installed); a key given twice is an error."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)
    except DataError as e:
        raise DataError(f"{path.name}: {e}") from None


def alt(words) -> str:
    """A word list as a regex alternation, the longest words first (so "tot en met" is tried before "tot")."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@functools.lru_cache(maxsize=None)
def lexicon(lang: str) -> dict:
    if lang not in LANGUAGES:
        raise DataError(f"no lexicon for language {lang!r} (known: {', '.join(LANGUAGES)})")
    data = read_yaml(DATA / "lexicons" / f"{lang}.yml")
    check_words(data, f"lexicons/{lang}.yml")
    return data


@functools.lru_cache(maxsize=None)
def lexicon_shared() -> dict:
    """The data every language shares (unit families, currencies, holidays)."""
    data = read_yaml(DATA / "lexicons" / "shared.yml")
    check_words(data, "lexicons/shared.yml")
    return data


@functools.lru_cache(maxsize=None)
def function_words(name: str, section: str = "function_words") -> frozenset[str]:
    """A list of function words the rules read in either language (shared.yml: function_words, time_pattern_words)."""
    return frozenset(str(w) for w in lexicon_shared()[section][name])


def check_words(node, where: str) -> None:
    """YAML reads on/off/yes/no as booleans: a word list must hold strings only."""
    if isinstance(node, bool):
        raise DataError(f"{where}: {node!r} is read as a boolean; quote it")
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                raise DataError(f"{where}: key {key!r} is read as a boolean; quote it")
            check_words(value, f"{where}/{key}")
    elif isinstance(node, list):
        for item in node:
            check_words(item, where)


def load_registry(path: Path | None = None, extra: list[dict] | tuple = ()) -> list[dict]:
    """The entity registry, validated; `extra` entries (from the database) are merged in."""
    path = path or DATA / "entities.yml"
    entries = read_yaml(path) or []
    seen: dict[str, dict] = {}
    for entry in list(entries) + list(extra):
        entry = validate_entity(entry)
        seen[entry["slug"]] = entry
    return list(seen.values())


def slugify(name: str) -> str:
    """An entity's identifier from its name: 'Blue Origin' -> 'blue-origin'."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "entity"


def validate_entity(entry: dict) -> dict:
    missing = [k for k in ("slug", "name", "type") if not entry.get(k)]
    if missing:
        raise DataError(f"entity {entry!r} lacks {', '.join(missing)}")
    if entry["type"] not in ENTITY_TYPES:
        raise DataError(f"entity {entry['slug']!r} has unknown type {entry['type']!r}")
    out = dict(entry)
    out["aliases"] = list(entry.get("aliases") or [])
    out.setdefault("case_sensitive", False)
    for key in ("wikidata", "bloc", "parent", "description"):
        out.setdefault(key, None)
    return out
