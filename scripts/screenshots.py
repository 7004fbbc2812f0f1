"""Screenshots of every page a reader sees, to look at after a change (not a test).

Builds a database of the sample corpus and the dev corpus, serves it with `kb serve`, and saves a
1280 px wide screenshot of each page in OUT with headless Chromium (Debian's /usr/bin/chromium):

    python scripts/screenshots.py test-artifacts/pages
"""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KB = str(ROOT / ".venv" / "bin" / "kb") if (ROOT / ".venv" / "bin" / "kb").exists() else "kb"
CORPORA = [ROOT / "corpus", ROOT.parent / "shared" / "dev-corpus" / "articles"]
CHROMIUM = "/usr/bin/chromium"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--db", help="Use this database instead of building one")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    db = Path(a.db) if a.db else Path(tempfile.mkdtemp(prefix="kb-pages-")) / "claims.db"
    if not a.db:
        subprocess.run([KB, "add", "--db", str(db), "--no-progress", *map(str, (c for c in CORPORA if c.exists()))],
                       check=False)
    port = free_port()
    server = subprocess.Popen([KB, "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/-/versions.json")
        shoot(base, db, out)
    finally:
        server.terminate()
        server.wait(timeout=15)


def pages(db: Path) -> list[tuple[str, str, str | None]]:
    """(file name, path, selector to wait for) of each page."""
    import sqlite3
    conn = sqlite3.connect(db)
    article = conn.execute("select article_id from claims group by article_id order by count(*) desc limit 1").fetchone()[0]
    subject, metric = conn.execute("select subject, metric from claims where norm_value is not null "
                                   "group by subject, metric order by count(*) desc limit 1").fetchone()
    queries = yaml.safe_load((ROOT / "metadata.yml").read_text())["databases"]["claims"]["queries"]
    out = [("home", "/", None), ("database", "/claims", None), ("claim_rows", "/claims/claim_rows", None),
           ("claims", "/claims/claims", None), ("metrics", "/claims/metrics", None),
           ("entities", "/claims/entities", None), ("relations_view", "/claims/relations_view", None),
           ("entity", f"/-/entity/{subject}", None), ("article", f"/-/article/{article}", None),
           ("chart", f"/-/chart?subject={subject}&metric={metric}", "#kb-chart[data-points]"),
           ("graph", "/-/graph", "#kb-graph[data-nodes]")]
    out += [(f"query-{name}", f"/claims/{name}", None) for name in queries]
    return out


def shoot(base: str, db: Path, out: Path) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, path, selector in pages(db):
            page.goto(base + path)
            if selector:
                page.wait_for_selector(selector, state="attached", timeout=20000)
            page.wait_for_timeout(300)
            page.screenshot(path=str(out / f"{name}.png"))
            print(f"{name:28} {path}")
        browser.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"{url} did not answer")


if __name__ == "__main__":
    main()
