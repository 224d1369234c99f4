// Site search over the sharded index that `acta build` writes (search-index/): meta.json
// first, then only the term shards a query needs, then the documents of the results shown.
// Words are folded as org.acta.search.Terms folds them (accents, case, plurals), so
// "participacion" finds "Participación"; the last word also matches as a prefix.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form || !window.fetch) return;
  document.documentElement.classList.add("js");
  var results = document.getElementById("search-results");
  var count = document.getElementById("search-count");
  var more = document.getElementById("search-more");
  var labels = JSON.parse(form.getAttribute("data-labels"));
  var root = form.getAttribute("data-root");
  var indexUrl = form.getAttribute("data-index");
  var base = indexUrl.slice(0, indexUrl.lastIndexOf("/") + 1);
  var PAGE = 20;            // results whose documents are fetched at a time
  var MIN_PREFIX = 3;       // a shorter last word matches whole words only
  var MAX_PREFIX_SHARDS = 3; // bounds what a very short prefix downloads
  var meta = null;
  var shards = {};
  var shown = [];
  var query = 0;

  function fold(text) {
    return text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  }

  function stem(w) {
    var n = w.length;
    if (n > 4 && w.slice(-2) === "es" && "aeiou".indexOf(w.charAt(n - 3)) < 0) return w.slice(0, -2);
    if (n > 3 && w.charAt(n - 1) === "s") return w.slice(0, -1);
    return w;
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u)
      .filter(function (w) { return w.length >= 2 && w.length <= 40; }).map(stem);
  }

  // The last shard whose first term is <= term (0 when term sorts before them all).
  function shardOf(term) {
    var lo = 0, hi = meta.shards.length - 1, at = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (meta.shards[mid] <= term) { at = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return at;
  }

  function shardsFor(word, prefix) {
    var first = shardOf(word), list = [first];
    if (prefix) {
      for (var i = first + 1; i < meta.shards.length && list.length < MAX_PREFIX_SHARDS
          && meta.shards[i].indexOf(word) === 0; i++) list.push(i);
    }
    return list;
  }

  function load(i) {
    if (!shards[i]) {
      shards[i] = fetch(base + "t/" + meta.files[i] + ".json")
        .then(function (r) { return r.json(); });
    }
    return shards[i];
  }

  // Document id -> weight of the word (of its best completion, for a prefix).
  function postings(word, prefix, loaded) {
    var found = new Map();
    loaded.forEach(function (terms) {
      Object.keys(terms).forEach(function (term) {
        if (prefix ? term.indexOf(word) !== 0 : term !== word) return;
        var list = terms[term], id = 0;
        for (var k = 0; k < list.length; k += 2) {
          id += list[k];
          if ((found.get(id) || 0) < list[k + 1]) found.set(id, list[k + 1]);
        }
      });
    });
    return found;
  }

  function group(id) {
    var g = meta.groups;
    for (var i = 0; i < g.length; i++) if (id >= g[i].from && id <= g[i].to) return g[i];
    return {};
  }

  // Ids of the documents holding every word, best first.
  function search(q, type, plan) {
    var list = words(q).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!list.length) return Promise.resolve([]);
    return Promise.all(list.map(function (w, i) {
      var prefix = i === list.length - 1 && w.length >= MIN_PREFIX;
      return Promise.all(shardsFor(w, prefix).map(load))
        .then(function (loaded) { return postings(w, prefix, loaded); });
    })).then(function (maps) {
      maps.sort(function (a, b) { return a.size - b.size; });
      var scored = [];
      maps[0].forEach(function (w0, id) {
        var score = 0;
        for (var i = 0; i < maps.length; i++) {
          var w = maps[i].get(id);
          if (w === undefined) return;
          score += w * Math.log(1 + meta.documents / maps[i].size);
        }
        var g = group(id);
        if ((type && g.type !== type) || (plan && g.plan !== plan)) return;
        scored.push({ id: id, score: score });
      });
      scored.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      return scored.map(function (s) { return s.id; });
    });
  }

  function snippet(text, q) {
    var folded = fold(text), at = -1;
    words(q).forEach(function (w) {
      var i = folded.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    });
    var start = Math.max(0, at - 80);
    return (start > 0 ? "…" : "") + text.substr(start, 220) + (start + 220 < text.length ? "…" : "");
  }

  function planTitle(id) {
    for (var i = 0; i < form.plan.options.length; i++) {
      if (form.plan.options[i].value === id) return form.plan.options[i].text;
    }
    return id;
  }

  function item(doc, q) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + doc.url;
    a.textContent = doc.title;
    var info = document.createElement("span");
    info.className = "meta";
    info.textContent = " " + [labels[doc.type] || doc.type, doc.date, doc.plan && planTitle(doc.plan)]
      .filter(Boolean).join(" · ");
    var p = document.createElement("p");
    p.textContent = snippet(doc.text, q);
    li.appendChild(a);
    li.appendChild(info);
    li.appendChild(p);
    return li;
  }

  function showMore(q, seq) {
    var next = shown.slice(results.children.length, results.children.length + PAGE);
    more.hidden = true;
    return Promise.all(next.map(function (id) {
      return fetch(base + "d/" + id + ".json?v=" + meta.version).then(function (r) { return r.json(); });
    })).then(function (docs) {
      if (seq !== query) return;
      docs.forEach(function (d) { results.appendChild(item(d, q)); });
      more.hidden = results.children.length >= shown.length;
    });
  }

  function run() {
    var q = form.q.value.trim(), seq = ++query;
    results.textContent = "";
    more.hidden = true;
    if (!q) { count.textContent = ""; return Promise.resolve(); }
    return search(q, form.type.value, form.plan.value).then(function (ids) {
      if (seq !== query) return;
      shown = ids;
      count.textContent = ids.length + " " + labels.results;
      return showMore(q, seq);
    });
  }

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    form.q.value = (params.get("q") || "").trim();
    form.type.value = params.get("type") || "";
    form.plan.value = params.get("plan") || "";
  }

  var typing = 0;
  form.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () {
      var params = new URLSearchParams(new FormData(form));
      history.replaceState(null, "", "?" + params.toString());
      run();
    }, 250);
  });
  more.addEventListener("click", function () { showMore(form.q.value.trim(), query); });

  fetch(indexUrl).then(function (r) { return r.json(); }).then(function (data) {
    meta = data;
    form.querySelector("button[type=submit]").disabled = false;
    fromAddress();
    run();
  });
})();
