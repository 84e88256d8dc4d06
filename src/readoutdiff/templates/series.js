// readoutdiff series timeline: put each held pair report in a frame when its section comes near the screen or is linked to.
(function () {
  "use strict";
  function show(section) {
    var data = section.querySelector("script.report-data");
    if (!data || section.querySelector("iframe")) return;
    var frame = document.createElement("iframe");
    frame.className = "report";
    frame.title = section.getAttribute("aria-label") + ": side-by-side report";
    frame.srcdoc = JSON.parse(data.textContent);
    data.parentNode.appendChild(frame);
  }
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.pair"));
  if ("IntersectionObserver" in window) {
    var watcher = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { show(entry.target); watcher.unobserve(entry.target); }
      });
    }, { rootMargin: "400px 0px" });
    sections.forEach(function (section) { watcher.observe(section); });
  } else {
    sections.forEach(show);
  }
  function shown() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (target && sections.indexOf(target) >= 0) show(target);
  }
  window.addEventListener("hashchange", shown);
  shown();
})();
