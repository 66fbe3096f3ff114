// The review page's behaviour: a ledger row shows its quote; a quote selects its row.
(function () {
  "use strict";
  function scopeOf(el) { return el.closest("article.doc") || document; }
  function select(scope, id) {
    scope.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
    var marks = scope.querySelectorAll('mark[data-task="' + id + '"]');
    var row = scope.querySelector('tr[data-row="' + id + '"]');
    marks.forEach(function (m) { m.classList.add("selected"); });
    if (row) { row.classList.add("selected"); }
    return { marks: marks, row: row };
  }
  function showQuote(scope, id) {
    var found = select(scope, id);
    if (!found.marks.length) { return; }
    found.marks[0].scrollIntoView({ block: "center" });
    found.marks.forEach(function (m) {
      m.classList.remove("flash");
      void m.offsetWidth; // restart the animation
      m.classList.add("flash");
    });
  }
  document.querySelectorAll("tr[data-row]").forEach(function (row) {
    function go() { showQuote(scopeOf(row), row.getAttribute("data-row")); }
    row.addEventListener("click", go);
    row.addEventListener("keydown", function (e) { if (e.key === "Enter") { go(); } });
  });
  document.querySelectorAll("mark[data-task]").forEach(function (mark) {
    mark.addEventListener("click", function () {
      var found = select(scopeOf(mark), mark.getAttribute("data-task"));
      if (found.row) { found.row.scrollIntoView({ block: "nearest" }); }
    });
  });
  var hash = decodeURIComponent(location.hash.slice(1));
  var target = hash && document.getElementById(hash);
  if (target && target.matches("mark[data-task]")) {
    showQuote(scopeOf(target), target.getAttribute("data-task"));
  }
  document.documentElement.setAttribute("data-ready", "yes");
})();
