// readoutdiff report controls. The report is complete without this script:
// it only adds the view switch, next/previous change (n/p) and formula highlighting.
(function () {
  "use strict";
  var doc = document;
  var root = doc.documentElement;
  var changes = doc.querySelectorAll("tr[data-change]");
  var pos = doc.getElementById("pos");
  var current = -1;
  var chosen = null;

  function reveal(element) {
    for (var node = element; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
    if (element.getClientRects().length === 0) { setView("all"); }
  }

  function setView(view) {
    root.classList.toggle("only-changes", view === "changes");
    doc.querySelectorAll("[data-view]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-view") === view));
    });
  }

  function step(by) {
    if (changes.length === 0) { return; }
    if (current >= 0) {
      changes[current].classList.remove("current");
      changes[current].removeAttribute("aria-current");
    }
    current = Math.min(Math.max(current + by, 0), changes.length - 1);
    var row = changes[current];
    row.classList.add("current");
    row.setAttribute("aria-current", "true");
    row.tabIndex = -1;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
    pos.textContent = "change " + (current + 1) + " of " + changes.length;
  }

  function highlight(link) {
    var id = link.getAttribute("data-f");
    var again = chosen === link;
    doc.querySelectorAll("mark.hl").forEach(function (mark) { mark.classList.remove("hl"); });
    if (chosen) { chosen.classList.remove("on"); chosen.removeAttribute("aria-current"); }
    chosen = again ? null : link;
    if (again) { return; }
    link.classList.add("on");
    link.setAttribute("aria-current", "true");
    var marks = doc.querySelectorAll('mark[data-f~="' + id + '"]');
    marks.forEach(function (mark) { mark.classList.add("hl"); });
    if (marks.length > 0) {
      reveal(marks[0]);
      marks[0].scrollIntoView({ block: "center" });
    }
  }

  function filter() {
    var shown = {};
    doc.querySelectorAll("#filters input").forEach(function (box) { shown[box.value] = box.checked; });
    doc.querySelectorAll("li.fi").forEach(function (item) {
      item.hidden = !shown[item.getAttribute("data-status")];
    });
  }

  function follow() {
    var target = location.hash && doc.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      reveal(target);
      target.scrollIntoView({ block: "center" });
    }
  }

  doc.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    var link = target && target.closest("a[data-f]");
    var view = target && target.closest("[data-view]");
    var move = target && target.closest("[data-step]");
    if (link) { event.preventDefault(); highlight(link); }
    if (view) { setView(view.getAttribute("data-view")); }
    if (move) { step(Number(move.getAttribute("data-step"))); }
  });
  doc.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target instanceof Element && target.closest("input, textarea, select, [contenteditable]");
    if (typing || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "n") { step(1); }
    if (event.key === "p") { step(-1); }
  });
  doc.addEventListener("change", function (event) {
    if (event.target instanceof Element && event.target.closest("#filters")) { filter(); }
  });
  window.addEventListener("hashchange", follow);

  root.classList.add("js");
  doc.getElementById("bar").hidden = false;
  var filters = doc.getElementById("filters");
  if (filters) { filters.hidden = false; }
  follow();
})();
