// The company graph page: data from Datasette's JSON API, drawn with Cytoscape.js.
(function () {
  const el = document.getElementById("kb-graph");
  const dbUrl = el.dataset.dbUrl.replace(/\/$/, "");
  const base = el.dataset.base.replace(/\/$/, "");
  const panel = document.getElementById("kb-panel");
  const COLORS = {muskonomy: "#1f77b4", china: "#d62728", "amazon-bezos": "#ff7f0e", google: "#2ca02c",
    nvidia: "#76b900", "openai-microsoft": "#9467bd", media: "#8c564b", usa: "#17becf", europe: "#e377c2"};
  const color = (bloc) => COLORS[bloc] || "#7f7f7f";

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

  function draw() {
    const shown = visibleEdges();
    const slugs = new Set(shown.flatMap((e) => [e.source_slug, e.target_slug]));
    const elements = [...slugs].map((s) => ({data: {id: s, label: (entities[s] || {}).name || s,
      bloc: (entities[s] || {}).bloc || "other"}}));
    shown.forEach((e) => elements.push({data: {id: e.id, source: e.source_slug, target: e.target_slug, label: e.relation}}));
    if (cy) cy.destroy();
    cy = cytoscape({
      container: el, elements,
      style: [
        {selector: "node", style: {"background-color": (n) => color(n.data("bloc")), label: "data(label)",
          "font-size": 13, "text-valign": "bottom", "text-margin-y": 4, width: 26, height: 26}},
        {selector: "edge", style: {width: 1.5, "line-color": "#bbb", "target-arrow-color": "#bbb",
          "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 7,
          color: "#666", "text-rotation": "autorotate"}},
        {selector: ".faded", style: {opacity: 0.12}},
        {selector: "node:selected", style: {"border-width": 3, "border-color": "#000"}},
      ],
      layout: {name: "cose", animate: false, randomize: false, idealEdgeLength: 100, nodeOverlap: 20, padding: 30,
        componentSpacing: 100, nodeRepulsion: 400000, edgeElasticity: 100, nestingFactor: 5, gravity: 80, numIter: 1000},
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
      const value = c.value !== null ? `${c.value.toLocaleString()} ${c.unit || ""}` : (c.low !== null ? `${c.low}–${c.high} ${c.unit || ""}` : "");
      li.appendChild(node("strong", `${c.metric} `));
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
