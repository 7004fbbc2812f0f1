// Table pages: each column's description becomes its header's tooltip, and the list of descriptions
// above the rows is folded, so the rows come first.
function kbColumns() {
  document.querySelectorAll("th[data-column-description]").forEach((th) => {
    th.title = th.dataset.columnDescription;
    th.classList.add("kb-described");
  });
  const list = document.querySelector("dl.column-descriptions");
  if (!list) return;
  const fold = document.createElement("details");
  fold.className = "kb-column-descriptions";
  const summary = fold.appendChild(document.createElement("summary"));
  summary.textContent = `What the ${list.querySelectorAll("dt").length} columns mean`;
  list.replaceWith(fold);
  fold.appendChild(list);
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", kbColumns); else kbColumns();
