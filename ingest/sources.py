"""Reading articles: plain text, Markdown/text with YAML front matter, HTML, URLs, stdin."""
from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import yaml

from .detect import (
    detect_language,
    find_published_in_text,
    parse_date_value,
    without_date_stamp,
)
from .records import Article

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
URL_TIMEOUT = 20  # seconds
URL_MAX_BYTES = 10 * 1024 * 1024
URL_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")


class ReadError(Exception):
    """An article could not be read; the message names the source and the reason."""


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_article(source: str, *, url: str | None = None, published: str | None = None,
                 lang: str | None = None, title: str | None = None) -> Article:
    """Read one article from a path, an http(s) URL or '-' (stdin); overrides win."""
    if source == "-":
        raw, kind = sys.stdin.read(), "text"
    elif re.match(r"https?://", source):
        raw, kind = fetch_url(source)
        url = url or source
    else:
        path = Path(source)
        if not path.exists():
            raise ReadError(f"{source}: no such file")
        if path.is_dir():
            raise ReadError(f"{source}: is a directory")
        try:
            raw = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise ReadError(f"{source}: not UTF-8 text ({e.reason} at byte {e.start})") from None
        kind = "html" if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(raw) else "text"
    meta, text = (parse_html(raw, source) if kind == "html" else split_front_matter(raw, source))
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise ReadError(f"{source}: no article text found")
    warnings = []
    lang = lang or meta.get("language") or meta.get("lang") or detect_language(text)
    if lang not in ("nl", "en"):
        warnings.append(f"language {lang!r} not supported or not detected; reading as English")
        lang = "en"
    stated = meta.get("published") or meta.get("date")
    from_meta = parse_date_value(stated)
    if stated and not from_meta:
        warnings.append(f"published {str(stated)!r} in the metadata is not a date (YYYY, YYYY-MM or YYYY-MM-DD); ignored")
    published = (parse_date_value(published) if published else None) or from_meta or find_published_in_text(text)
    if not published:
        warnings.append("no publication date found; relative time expressions stay unresolved")
    url = url or meta.get("url")
    if url and not WEB_ADDRESS.match(str(url)):
        warnings.append(f"url {str(url)!r} is not an http(s) address; not kept as a link")
        url = None
    return Article(
        id=article_id(text), text=text, source=url or source, url=url,
        title=title or meta.get("title") or first_line(text), lang=lang, published=published,
        outlet=meta.get("source") or (urllib.parse.urlparse(url).hostname if url else None), warnings=tuple(warnings),
    )


WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+$", re.I)


def looks_like_html(raw: str) -> bool:
    return bool(re.match(r"\s*(<!doctype html|<html)", raw[:500], re.I))


def plain_key_values(block: str) -> dict | None:
    """Front matter that is one 'key: value' per line, values unquoted; None when it is not that."""
    meta = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        m = re.match(r"([A-Za-z][\w-]*):\s*(.*)$", line)
        if not m:
            return None
        meta[m.group(1)] = m.group(2).strip()
    return meta or None


def split_front_matter(raw: str, source: str) -> tuple[dict, str]:
    m = FRONT_MATTER.match(raw)
    if not m:
        return {}, raw
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as e:  # ValueError: "published: 2026-02-30"
        meta = plain_key_values(m.group(1))  # "title: Rekenen: de fysica" is how people write it
        if meta is None:
            raise ReadError(f"{source}: front matter is not valid YAML ({e.__class__.__name__})") from None
    if not isinstance(meta, dict):
        raise ReadError(f"{source}: front matter is not a mapping")
    return {str(k).lower(): v for k, v in meta.items()}, raw[m.end():]


def parse_html(raw: str, source: str) -> tuple[dict, str]:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    if doc is None:
        raise ReadError(f"{source}: no article text found in the HTML")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    meta = {k: data.get(k) for k in ("title", "url", "date", "language") if data.get(k)}
    if "date" in meta:
        meta["published"] = meta.pop("date")
    return meta, data.get("text") or ""


def fetch_url(url: str) -> tuple[str, str]:
    request = urllib.request.Request(url, headers={"User-Agent": "claims-kb (+kb add)"})
    try:
        with urllib.request.urlopen(request, timeout=URL_TIMEOUT) as response:
            ctype = response.headers.get_content_type()
            if ctype not in URL_TYPES:
                raise ReadError(f"{url}: unsupported content type {ctype}")
            body = response.read(URL_MAX_BYTES + 1)
            charset = response.headers.get_content_charset() or "utf-8"
    except ReadError:
        raise
    except urllib.error.HTTPError as e:
        raise ReadError(f"{url}: HTTP {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        raise ReadError(f"{url}: could not fetch ({reason})") from None
    if len(body) > URL_MAX_BYTES:
        raise ReadError(f"{url}: larger than {URL_MAX_BYTES // (1024 * 1024)} MiB")
    text = body.decode(charset, errors="replace")
    return text, "html" if "html" in ctype else "text"


TITLE_CHARS = 120


def first_line(text: str) -> str | None:
    """The title a text gives itself: its first line, without a date stamp that opens it ('date 2025-10-03 ...').
    A first line that is a whole paragraph gives its first sentence, cut at a word with an ellipsis when long."""
    for line in text.splitlines():
        line = without_date_stamp(line.strip())
        if line:
            return short_title(line)
    return None


def short_title(line: str) -> str:
    if len(line) <= TITLE_CHARS:
        return line
    end = re.search(r"[.!?](?=\s+[A-Z\u00C0-\u024F0-9\"'‘“])", line)
    if end and end.end() <= TITLE_CHARS:
        return line[:end.end()]
    cut = line[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"

