// The company graph page: data from Datasette's JSON API, drawn with Cytoscape.js.
(function () {
  const el = document.getElementById("kb-graph");
  const dbUrl = el.dataset.dbUrl.replace(/\/$/, "");
  const base = el.dataset.base.replace(/\/$/, "");
  const panel = document.getElementById("kb-panel");
  const COLORS = {muskonomy: "#1f77b4", china: "#d62728", "amazon-bezos": "#ff7f0e", google: "#2ca02c",
    nvidia: "#76b900", "openai-microsoft": "#9467bd", media: "#8c564b", usa: "#17becf", europe: "#e377c2"};
  const color = (bloc) => COLORS[bloc] || "#7f7f7f";
  const short = (v) => {
    const a = Math.abs(v), fix = (x) => String(Number(x.toPrecision(3)));
    return a >= 1e12 ? `${fix(v / 1e12)} T` : a >= 1e9 ? `${fix(v / 1e9)} bn` : a >= 1e6 ? `${fix(v / 1e6)} mn` : v.toLocaleString("en");
  };

  async function rows(table, params) {
    const q = new URLSearchParams(Object.assign({_shape: "array", _size: "max"}, params || {}));
    const r = await fetch(`${dbUrl}/${table}.json?${q}`);
    if (!r.ok) throw new Error(`${table}: HTTP ${r.status}`);
    return r.json();
  }

  function node(tag, text, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  let cy, edges = [], entities = {};

  async function load() {
    edges = await rows("graph_edges");
    (await rows("entities")).forEach((e) => { entities[e.slug] = e; });
    const relations = [...new Set(edges.map((e) => e.relation))].sort();
    const select = document.getElementById("kb-relation");
    relations.forEach((r) => select.appendChild(node("option", r, {value: r})));
    const used = new Set(edges.flatMap((e) => [e.source_slug, e.target_slug]));
    const names = document.getElementById("kb-entity-names");
    [...used].sort().forEach((s) => names.appendChild(node("option", "", {value: (entities[s] || {}).name || s})));
    const legend = document.getElementById("kb-legend");
    [...new Set([...used].map((s) => (entities[s] || {}).bloc || "other"))].sort().forEach((b) => {
      const span = node("span", b); const dot = node("i"); dot.style.background = color(b);
      span.prepend(dot); legend.appendChild(span);
    });
    const wanted = new URLSearchParams(location.search).get("entity");
    if (wanted) document.getElementById("kb-entity").value = (entities[wanted] || {}).name || wanted;
    draw();
  }

  function visibleEdges() {
    const relation = document.getElementById("kb-relation").value;
    const asOf = document.getElementById("kb-asof").value;
    return edges.filter((e) => (!relation || e.relation === relation) && (!asOf || !e.period_start || e.period_start <= asOf));
  }

  // One edge per tie (subject, relation, object), however many sentences state it: its width grows with
  // the number of sentences; a node's size and label grow with its ties, so hubs read first in a large graph.
  function ties(shown) {
    const byKey = new Map();
    shown.forEach((e) => {
      const key = `${e.source_slug}|${e.relation}|${e.target_slug}`;
      const tie = byKey.get(key) || {id: `tie:${key}`, source: e.source_slug, target: e.target_slug, label: e.relation, count: 0};
      tie.count += 1;
      byKey.set(key, tie);
    });
    return [...byKey.values()];
  }

  function draw() {
    const shown = ties(visibleEdges());
    const degree = {};
    shown.forEach((t) => { degree[t.source] = (degree[t.source] || 0) + 1; degree[t.target] = (degree[t.target] || 0) + 1; });
    const elements = Object.keys(degree).map((s) => ({data: {id: s, label: (entities[s] || {}).name || s,
      bloc: (entities[s] || {}).bloc || "other", size: 18 + 6 * Math.sqrt(degree[s]), font: 11 + 2 * Math.sqrt(degree[s])}}));
    shown.forEach((t) => elements.push({data: {...t, text: t.count > 1 ? `${t.label} ×${t.count}` : t.label,
      width: 1 + Math.log2(t.count)}}));
    if (cy) cy.destroy();
    cy = cytoscape({
      container: el, elements,
      style: [
        {selector: "node", style: {"background-color": (n) => color(n.data("bloc")), label: "data(label)",
          "font-size": "data(font)", "min-zoomed-font-size": 7, "text-valign": "bottom", "text-margin-y": 3,
          width: "data(size)", height: "data(size)", "text-background-color": "#fcfcfc", "text-background-opacity": 0.7}},
        {selector: "edge", style: {width: "data(width)", "line-color": "#bbb", "target-arrow-color": "#bbb",
          "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(text)", "font-size": 7,
          "min-zoomed-font-size": 6, color: "#666", "text-rotation": "autorotate"}},
        {selector: ".faded", style: {opacity: 0.12}},
        {selector: "node:selected", style: {"border-width": 3, "border-color": "#000"}},
      ],
      layout: {name: "cose", animate: false, randomize: false, idealEdgeLength: 80, nodeOverlap: 20, padding: 30,
        componentSpacing: 60, nodeRepulsion: 400000, edgeElasticity: 100, nestingFactor: 5, gravity: 80, numIter: 1000},
    });
    cy.on("tap", "node", (evt) => showClaims(evt.target.id()));
    focus();
    window.kbGraph = cy;
    el.dataset.nodes = String(cy.nodes().length);
  }

  function focus() {
    const text = document.getElementById("kb-entity").value.trim().toLowerCase();
    cy.elements().removeClass("faded");
    if (!text) return;
    const hit = cy.nodes().filter((n) => n.data("label").toLowerCase() === text || n.id() === text);
    if (!hit.length) return;
    const hood = hit.closedNeighborhood();
    cy.elements().not(hood).addClass("faded");
    cy.fit(hood, 40);
  }

  async function showClaims(slug) {
    const e = entities[slug] || {name: slug};
    panel.replaceChildren(node("h2", e.name));
    const link = node("a", "Entity page", {href: `${base}/-/entity/${encodeURIComponent(slug)}`});
    panel.appendChild(node("p")).appendChild(link);
    const claims = await rows("claim_rows", {subject_slug: slug, _size: 100});
    panel.appendChild(node("p", `${claims.length} claim(s)`, {class: "kb-muted", id: "kb-claim-count"}));
    const list = panel.appendChild(node("ul", undefined, {id: "kb-claims"}));
    claims.forEach((c) => {
      const li = list.appendChild(node("li"));
      const value = c.value !== null ? `${short(c.value)} ${c.unit || ""}` : (c.low !== null ? `${short(c.low)}–${short(c.high)} ${c.unit || ""}` : "");
      li.appendChild(node("strong", `${c.metric_label || c.metric} `));
      li.appendChild(document.createTextNode(`${value} · ${c.period_start || "?"} · ${c.kind} `));
      li.appendChild(node("a", "evidence", {href: `${base}/-/article/${c.article_id}`}));
      li.appendChild(document.createTextNode(" · "));
      li.appendChild(node("a", "row", {href: `${dbUrl}/claims/${encodeURIComponent(c.id)}`}));
      li.appendChild(node("div", c.sentence || "", {class: "kb-muted"}));
    });
  }

  document.getElementById("kb-relation").addEventListener("change", draw);
  document.getElementById("kb-asof").addEventListener("change", draw);
  document.getElementById("kb-entity").addEventListener("change", focus);
  document.getElementById("kb-reset").addEventListener("click", () => {
    ["kb-entity", "kb-asof"].forEach((id) => { document.getElementById(id).value = ""; });
    document.getElementById("kb-relation").value = "";
    draw();
  });
  load().catch((err) => { panel.replaceChildren(node("p", `Could not load the graph: ${err.message}`)); });
})();
