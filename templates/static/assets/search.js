// Site search: indexes search-index.json with MiniSearch in the browser. Accents and case are
// folded and Spanish plurals trimmed, so "participacion" finds "Participación" and
// "compromisos" finds "compromiso".
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.MiniSearch) return;
  document.documentElement.classList.add("js");
  var results = document.getElementById("search-results");
  var count = document.getElementById("search-count");
  var labels = JSON.parse(form.getAttribute("data-labels"));

  function fold(term) {
    var t = term.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    if (t.length > 4 && /[^aeiou]es$/.test(t)) return t.slice(0, -2);
    if (t.length > 3 && /s$/.test(t)) return t.slice(0, -1);
    return t;
  }

  var mini = new MiniSearch({
    fields: ["title", "text"],
    storeFields: ["title", "text", "type", "plan", "url", "date"],
    processTerm: function (term) { return fold(term); },
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2, combineWith: "AND" }
  });

  function snippet(text, query) {
    var words = query.split(/\s+/).filter(Boolean).map(fold);
    var folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    var at = -1;
    words.forEach(function (w) { var i = folded.indexOf(w); if (i >= 0 && (at < 0 || i < at)) at = i; });
    var start = Math.max(0, at - 80);
    return (start > 0 ? "…" : "") + text.substr(start, 220) + (start + 220 < text.length ? "…" : "");
  }

  function render() {
    var params = new URLSearchParams(location.search);
    var q = (params.get("q") || "").trim();
    var type = params.get("type") || "";
    var plan = params.get("plan") || "";
    form.q.value = q;
    form.type.value = type;
    form.plan.value = plan;
    results.textContent = "";
    if (!q) { count.textContent = ""; return; }
    var found = mini.search(q, {
      filter: function (r) { return (!type || r.type === type) && (!plan || r.plan === plan); }
    });
    count.textContent = found.length + " " + labels.results;
    found.slice(0, 100).forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = form.getAttribute("data-root") + r.url;
      a.textContent = r.title;
      var meta = document.createElement("span");
      meta.className = "meta";
      meta.textContent = " " + (labels[r.type] || r.type) + " · " + r.date + (r.plan ? " · " + r.plan : "");
      var p = document.createElement("p");
      p.textContent = snippet(r.text, q);
      li.appendChild(a);
      li.appendChild(meta);
      li.appendChild(p);
      results.appendChild(li);
    });
  }

  fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); })
    .then(function (data) {
      mini.addAll(data.documents);
      form.querySelector("button").disabled = false;
      render();
    });
})();
