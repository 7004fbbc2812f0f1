// A metric over time for one subject, from Datasette's JSON API, drawn with Chart.js.
(function () {
  const canvas = document.getElementById("kb-chart");
  const dbUrl = canvas.dataset.dbUrl.replace(/\/$/, "");
  const base = canvas.dataset.base.replace(/\/$/, "");
  const subject = document.getElementById("kb-subject").value;
  const metric = document.getElementById("kb-metric").value;
  if (!subject || !metric) return;
  const q = new URLSearchParams({_shape: "array", _size: "max", subject_slug: subject, metric: metric, _sort: "period_start"});
  fetch(`${dbUrl}/claim_rows.json?${q}`).then((r) => r.json()).then((rows) => {
    const points = rows.filter((r) => r.value !== null || r.high !== null).map((r) => ({
      x: r.period_start || r.published, y: r.value !== null ? r.value : (r.low + r.high) / 2, row: r}));
    const list = document.getElementById("kb-chart-points");
    points.forEach((p) => {
      const li = list.appendChild(document.createElement("li"));
      li.textContent = `${p.x}: ${p.y.toLocaleString()} ${p.row.unit || ""} (${p.row.kind}) `;
      const a = li.appendChild(document.createElement("a"));
      a.href = `${base}/-/article/${p.row.article_id}`; a.textContent = p.row.source;
    });
    new Chart(canvas, {
      type: "line",
      data: {labels: points.map((p) => p.x), datasets: [{label: `${metric} (${(points[0] || {row: {}}).row.unit || ""})`,
        data: points.map((p) => p.y), tension: 0, pointRadius: 5}]},
      options: {maintainAspectRatio: false, plugins: {tooltip: {callbacks: {afterLabel: (ctx) => points[ctx.dataIndex].row.source}}}},
    });
    canvas.dataset.points = String(points.length);
  });
})();
