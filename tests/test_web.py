"""The Datasette side: canned queries, plugin pages, assets (test client), and a real browser."""
from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from datasette.app import Datasette

from kb.cli import cli

from .conftest import ROOT

METADATA = ROOT / "metadata.yml"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def ds(corpus_db):
    return Datasette([str(corpus_db)], metadata=yaml.safe_load(METADATA.read_text()),
                     settings={"suggest_facets": False})


def canned():
    return yaml.safe_load(METADATA.read_text())["databases"]["claims"]["queries"]


PARAMS = {"metric_timeline": {"subject": "spacex", "metric": "ipo_raise"}, "investors": {"entity": "xAI"},
          "graph_neighbors": {"entity": "xai", "depth": "2"}, "search_claims": {"q": "beursgang"},
          "predictions_falling_due": {"before": "2030-01-01"}}


@pytest.mark.parametrize("name", sorted(canned()))
async def test_every_canned_query_answers(ds, name):
    query = "&".join(f"{k}={v}" for k, v in PARAMS.get(name, {}).items())
    response = await ds.client.get(f"/claims/{name}.json?_shape=array&{query}")
    assert response.status_code == 200, response.text
    assert response.json(), f"{name} returned no rows"


async def test_canned_answers_make_sense(ds):
    rows = (await ds.client.get("/claims/investors.json?_shape=array&entity=xAI")).json()
    assert {"Nvidia", "Cisco", "Qatar", "SpaceX", "Tesla"} <= {r["investor"] for r in rows}
    rows = (await ds.client.get("/claims/metric_timeline.json?_shape=array&subject=spacex&metric=ipo_raise")).json()
    assert [r["value"] for r in rows] == [25e9, 50e9]
    rows = (await ds.client.get("/claims/graph_neighbors.json?_shape=array&entity=xai&depth=1")).json()
    assert {"Nvidia", "X", "SpaceX"} <= {r["name"] for r in rows}


async def test_counted_facets_agree_with_the_rows(ds, corpus_db):
    import sqlite3
    conn = sqlite3.connect(corpus_db)
    expected = dict(conn.execute("select metric_label, count(*) from claim_rows group by metric_label").fetchall())
    page = (await ds.client.get("/claims/claim_rows.json?_size=1")).json()
    facets = page["facet_results"]
    assert {"subject", "metric_label", "kind", "unit", "claimant", "language", "bloc"} <= set(facets)
    shown = {r["value"]: r["count"] for r in facets["metric_label"]["results"]}
    assert "IPO proceeds" in shown and "ipo_raise" not in shown  # readers see labels
    assert shown == {k: v for k, v in expected.items() if k in shown} and len(shown) == min(len(expected), 8)  # facet_size in metadata.yml
    # a page filtered on a counted column reads counts kept per value; other filters count live
    for query, where in [("metric=ipo_raise", "metric = 'ipo_raise'"), ("subject_slug=spacex", "subject_slug = 'spacex'"),
                         ("metric=ipo_raise&kind=plan", "metric = 'ipo_raise' and kind = 'plan'")]:
        facets = (await ds.client.get(f"/claims/claim_rows.json?_size=1&{query}")).json()["facet_results"]
        for column in ("kind", "subject", "metric_label"):
            expected = conn.execute(f"select {column}, count(*) from claim_rows where {where} and {column} "
                                    f"is not null group by {column} order by count(*) desc, {column}").fetchall()
            shown = {r["value"]: r["count"] for r in facets[column]["results"]}
            assert shown == {k: v for k, v in expected if k in shown} and len(shown) == min(len(expected), 8), \
                (query, column)


async def test_every_table_and_view_has_a_description(ds):
    meta = yaml.safe_load(METADATA.read_text())["databases"]["claims"]["tables"]
    names = await ds.get_database("claims").table_names() + await ds.get_database("claims").view_names()
    visible = [n for n in names if not n.startswith("sentences_fts") and not n.startswith("articles_fts")]
    assert not [n for n in visible if not meta.get(n, {}).get("description")]


@pytest.mark.parametrize("path", ["/-/graph", "/-/chart?subject=spacex&metric=ipo_raise", "/-/entity/xai", "/claims",
                                  "/claims/claim_rows"])
async def test_pages_and_every_asset_they_load(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200
    assets = re.findall(r'(?:src|href)="(/-/static[^"]+)"', response.text)
    assert assets
    for url in assets:
        assert (await ds.client.get(url)).status_code == 200, url


async def test_entity_page_gathers_claims_relations_mentions(ds):
    html = (await ds.client.get("/-/entity/xai")).text
    assert "invested_in" in html and "Mentions" in html


async def test_entity_page_groups_claims_by_metric_label_newest_first(ds, corpus_db):
    import sqlite3
    html = (await ds.client.get("/-/entity/spacex")).text
    conn = sqlite3.connect(corpus_db)
    counts = conn.execute("select m.label, count(*) from claims c join metrics m on m.name = c.metric "
                          "where c.subject = 'spacex' group by m.label").fetchall()
    headings = re.findall(r'<h3>(.*?) <span class="kb-muted">\((\d+)\)</span>', html)
    assert sorted((label, int(n)) for label, n in headings) == sorted(counts)
    assert [int(n) for _, n in headings] == sorted((int(n) for _, n in headings), reverse=True)
    ipo = html[html.index('id="metric-ipo_raise"'):]
    ipo = ipo[:ipo.index("</section>")]
    assert "Money a company raises" in ipo and "50 bn USD" in ipo and "25 bn USD" in ipo
    assert ipo.index("50 bn USD") < ipo.index("25 bn USD")  # newest first: the 2026-02-08 figure


async def test_article_page_highlights_evidence_and_escapes(ds, corpus_db, runner, tmp_path):
    from kb.cli import cli
    db = tmp_path / "claims.db"
    path = tmp_path / "evil.md"
    path.write_text("---\npublished: 2026-03-01\nlanguage: en\ntitle: <script>alert(1)</script>\n---\n"
                    "<b>SpaceX</b> raised $5 billion in March. <script>alert(2)</script>\n", encoding="utf-8")
    assert runner.invoke(cli, ["add", "--db", str(db), str(path)]).exit_code == 0
    evil = Datasette([str(db)], metadata=yaml.safe_load(METADATA.read_text()))
    article_id = (await evil.client.get("/claims/articles.json?_shape=array")).json()[0]["id"]
    html = (await evil.client.get(f"/-/article/{article_id}")).text
    assert "<script>alert" not in html and "&lt;script&gt;alert(2)" in html
    assert re.search(r"<mark[^>]*>\$5 billion</mark>", html)


async def test_unknown_entity_is_404(ds):
    assert (await ds.client.get("/-/entity/nobody")).status_code == 404


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(corpus_db):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(corpus_db), "--port", str(port),
                             "--metadata", str(METADATA), "--setting", "suggest_facets", "off"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(url + "/-/versions.json", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_graph_page_in_a_real_browser(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(server + "/-/graph")
        page.wait_for_selector("#kb-graph[data-nodes]", timeout=15000)
        assert int(page.get_attribute("#kb-graph", "data-nodes")) >= 10
        box = page.locator("#kb-graph").bounding_box()
        pos = page.evaluate("() => window.kbGraph.getElementById('xai').renderedPosition()")
        page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        page.wait_for_selector("#kb-claims li", timeout=10000)
        assert page.locator("#kb-panel h2").inner_text() == "xAI"
        assert page.locator("#kb-claims li").count() >= 3
        assert "Funding raised" in page.locator("#kb-claims").inner_text()
        ties = page.evaluate("() => window.kbGraph.edges().map(e => e.data('source') + e.data('label') + e.data('target'))")
        assert len(ties) == len(set(ties))  # one edge per tie, however many sentences state it
        page.screenshot(path=str(ARTIFACTS / "graph.png"))
        page.select_option("#kb-relation", "invested_in")
        page.wait_for_function("() => window.kbGraph.edges().every(e => e.data('label') === 'invested_in')")
        page.goto(server + "/-/chart?subject=spacex&metric=ipo_raise")
        page.wait_for_selector("#kb-chart[data-points='2']", timeout=10000)
        assert page.get_attribute("#kb-chart", "data-y-ticks") == "25 bn|50 bn"
        assert page.locator("#kb-metric option:checked").inner_text() == "IPO proceeds"
        page.screenshot(path=str(ARTIFACTS / "chart.png"))
        page.goto(server + "/claims/claim_rows")
        page.wait_for_selector("details.kb-column-descriptions", state="attached", timeout=10000)
        assert not page.locator("details.kb-column-descriptions").get_attribute("open")
        assert not page.locator("dl.column-descriptions").is_visible()
        assert "entity the claim is about" in page.get_attribute("th[data-column='subject']", "title")
        page.screenshot(path=str(ARTIFACTS / "claim_rows.png"))
        browser.close()
    assert not errors, errors


def test_kb_serve_stops_on_sigterm_and_leaves_nothing_behind(corpus_db, tmp_path):
    import signal
    import tempfile

    before = set(Path(tempfile.gettempdir()).glob("kb-serve-*"))
    port = free_port()
    kb = Path(sys.executable).with_name("kb")
    proc = subprocess.Popen([str(kb), "serve", "--db", str(corpus_db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/claims/claims.json?_size=1"
    for _ in range(150):
        try:
            assert urllib.request.urlopen(url, timeout=1).status == 200
            break
        except OSError:
            time.sleep(0.1)
    else:
        pytest.fail("kb serve did not answer")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=15) is not None
    with pytest.raises(OSError):
        urllib.request.urlopen(url, timeout=1)
    assert set(Path(tempfile.gettempdir()).glob("kb-serve-*")) == before


@pytest.mark.parametrize("q", ["", '"unbalanced', "SpaceX AND", "xAI"])
async def test_the_search_query_answers_any_search(ds, q):
    response = await ds.client.get("/claims/search_claims.json", params={"q": q, "_shape": "array"})
    assert response.status_code == 200
    rows = response.json()
    assert (len(rows) > 0) == (q == "xAI")


async def test_pages_read_a_database_made_before_the_metrics_vocabulary(corpus_copy, runner):
    import sqlite3
    conn = sqlite3.connect(corpus_copy)
    conn.execute("drop table metrics")
    conn.commit()
    conn.close()
    old = Datasette([str(corpus_copy)], metadata=yaml.safe_load(METADATA.read_text()))
    for path in ("/-/entity/spacex", "/-/chart?subject=spacex&metric=ipo_raise"):
        response = await old.client.get(path)
        assert response.status_code == 200 and "ipo_raise" in response.text, path
    result = runner.invoke(cli, ["metrics", "--db", str(corpus_copy), "--nl"])
    assert result.exit_code == 0 and '"label": "IPO proceeds"' in result.output
