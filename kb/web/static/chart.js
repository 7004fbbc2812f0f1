// A metric over time for one subject, from Datasette's JSON API, drawn with Chart.js.
// The x axis is time (values of one day share their x), the y axis reads "1.6 T", "350 bn", "12 mn".
(function () {
  const canvas = document.getElementById("kb-chart");
  const dbUrl = canvas.dataset.dbUrl.replace(/\/$/, "");
  const base = canvas.dataset.base.replace(/\/$/, "");
  const subject = document.getElementById("kb-subject").value;
  const metricSelect = document.getElementById("kb-metric");
  const metric = metricSelect.value;
  if (!subject || !metric) return;
  const label = metricSelect.selectedOptions.length ? metricSelect.selectedOptions[0].textContent : metric;
  const DAY = 24 * 3600 * 1000;
  const KINDS = [
    {kind: "fact", style: "circle", color: "#1f5f99", fill: "#1f5f99"},
    {kind: "estimate", style: "rectRot", color: "#7a7a7a", fill: "#bdbdbd"},
    {kind: "forecast", style: "triangle", color: "#c26a00", fill: "rgba(0,0,0,0)"},
    {kind: "plan", style: "rect", color: "#2e7d32", fill: "rgba(0,0,0,0)"},
  ];

  function short(v) {
    const a = Math.abs(v);
    const fix = (x) => String(Number(x.toPrecision(3)));
    if (a >= 1e12) return `${fix(v / 1e12)} T`;
    if (a >= 1e9) return `${fix(v / 1e9)} bn`;
    if (a >= 1e6) return `${fix(v / 1e6)} mn`;
    return v.toLocaleString("en");
  }
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);

  const q = new URLSearchParams({_shape: "array", _size: "max", subject_slug: subject, metric: metric, _sort: "period_start"});
  fetch(`${dbUrl}/claim_rows.json?${q}`).then((r) => r.json()).then((rows) => {
    const points = rows.filter((r) => (r.value !== null || r.high !== null) && (r.period_start || r.published)).map((r) => ({
      x: Date.parse(r.period_start || r.published), y: r.value !== null ? r.value : (r.low + r.high) / 2, row: r}));
    const units = [...new Set(points.map((p) => p.row.unit || ""))].filter(Boolean).join(", ");
    const list = document.getElementById("kb-chart-points");
    points.forEach((p) => {
      const li = list.appendChild(document.createElement("li"));
      li.textContent = `${day(p.x)}: ${short(p.y)} ${p.row.unit || ""} (${p.row.kind}) `;
      const a = li.appendChild(document.createElement("a"));
      a.href = `${base}/-/article/${p.row.article_id}`; a.textContent = p.row.source;
    });
    const xs = points.map((p) => p.x);
    const pad = xs.length ? Math.max(15 * DAY, (Math.max(...xs) - Math.min(...xs)) * 0.05) : DAY;
    new Chart(canvas, {
      type: "scatter",
      // one series per kind, as points: a line through different sources' figures would suggest a trend
      data: {datasets: KINDS.filter((k) => points.some((p) => p.row.kind === k.kind)).map((k) => ({
        label: `${label}: ${k.kind}${units ? " (" + units + ")" : ""}`, data: points.filter((p) => p.row.kind === k.kind),
        pointRadius: 6, pointStyle: k.style, borderColor: k.color, backgroundColor: k.fill}))},
      options: {
        maintainAspectRatio: false,
        animation: false,
        parsing: {xAxisKey: "x", yAxisKey: "y"},
        scales: {
          x: {type: "linear", min: Math.min(...xs) - pad, max: Math.max(...xs) + pad,
              ticks: {callback: (v) => day(v), maxTicksLimit: 8}},
          y: {ticks: {callback: (v) => short(v)}, title: {display: Boolean(units), text: units}},
        },
        plugins: {tooltip: {callbacks: {
          label: (ctx) => `${day(ctx.raw.x)}: ${short(ctx.raw.y)} ${ctx.raw.row.unit || ""} (${ctx.raw.row.kind})`,
          afterLabel: (ctx) => ctx.raw.row.source}}},
      },
    });
    canvas.dataset.points = String(points.length);
    canvas.dataset.yTicks = [...new Set(points.map((p) => short(p.y)))].join("|");
  });
})();
