// Site search over the sharded index that `acta build` writes (search-index/): meta.json
// first, then only the term shards a query needs (and of a common term, only the blocks the
// results on screen need), then the documents of the results shown.
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
  var files = {};           // shard and block files by name, as promises of their JSON
  var current = null;       // the results of the query on screen
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

  // A shard or block file by name: fetched once, shared by every query.
  function file(name) {
    if (!files[name]) {
      files[name] = fetch(base + "t/" + name + ".json").then(function (r) { return r.json(); });
    }
    return files[name];
  }

  // Adds (id gap, weight) pairs to found; returns the lowest weight among them.
  function decode(list, found) {
    var id = 0, low = Infinity;
    for (var k = 0; k < list.length; k += 2) {
      id += list[k];
      found.set(id, list[k + 1]);
      if (list[k + 1] < low) low = list[k + 1];
    }
    return low;
  }

  // A term's documents as far as they are loaded. A common term comes as its best block
  // ("top") and the files of the others ("more"), each holding weights no higher than the
  // block before: `bound` is the highest weight a document not loaded yet can have.
  function Term(entry) {
    this.found = new Map();
    if (Array.isArray(entry)) {
      decode(entry, this.found);
      this.n = this.found.size;
      this.more = [];
      this.bound = 0;
    } else {
      this.n = entry.n;
      this.more = entry.more.slice();
      var low = decode(entry.top, this.found);
      this.bound = this.more.length ? low : 0;
    }
  }

  Term.prototype.next = function () {
    var term = this;
    return file(term.more.shift()).then(function (list) {
      var low = decode(list, term.found);
      term.bound = term.more.length ? low : 0;
    });
  };

  Term.prototype.all = function () {
    var term = this, names = term.more;
    term.more = [];
    term.bound = 0;
    return Promise.all(names.map(file)).then(function (lists) {
      lists.forEach(function (list) { decode(list, term.found); });
    });
  };

  // The terms a query word matches: the word itself, or every completion of a prefix.
  function termsOf(word, prefix) {
    return Promise.all(shardsFor(word, prefix).map(function (i) { return file(meta.files[i]); }))
      .then(function (loaded) {
        var terms = [];
        loaded.forEach(function (shard) {
          Object.keys(shard).forEach(function (term) {
            if (prefix ? term.indexOf(word) === 0 : term === word) terms.push(new Term(shard[term]));
          });
        });
        return terms;
      });
  }

  // Document id -> weight of the word (of its best completion, for a prefix), as loaded.
  function merged(terms) {
    var found = new Map();
    terms.forEach(function (term) {
      term.found.forEach(function (w, id) {
        if ((found.get(id) || 0) < w) found.set(id, w);
      });
    });
    return found;
  }

  function group(id) {
    var g = meta.groups;
    for (var i = 0; i < g.length; i++) if (id >= g[i].from && id <= g[i].to) return g[i];
    return {};
  }

  // The documents holding every word, best first. A query of several words loads every
  // block of its terms (each word must match, and a common word's blocks are in weight
  // order, not by document). A one-word query ranks by the word's weight alone, so it loads
  // the best blocks first and the next one only when the results asked for are not settled:
  // a document is settled when no block still to load can hold a higher weight.
  function Results(terms, type, plan) {
    this.terms = terms;
    this.type = type;
    this.plan = plan;
  }

  Results.prototype.all = function () {
    var pending = [];
    this.terms.forEach(function (t) { t.forEach(function (term) { pending.push(term.all()); }); });
    return Promise.all(pending);
  };

  Results.prototype.rank = function () {
    var self = this, maps = this.terms.map(merged), bound = 0, n = 0;
    this.terms[0].forEach(function (term) {
      bound = Math.max(bound, term.bound);
      n = Math.max(n, term.n);
    });
    var order = maps.map(function (m, i) { return i; })
      .sort(function (a, b) { return maps[a].size - maps[b].size; });
    var scored = [];
    maps[order[0]].forEach(function (w0, id) {
      var score = 0;
      for (var k = 0; k < order.length; k++) {
        var w = maps[order[k]].get(id);
        if (w === undefined) return;
        score += w * Math.log(1 + meta.documents / maps[order[k]].size);
      }
      var g = group(id);
      if ((self.type && g.type !== self.type) || (self.plan && g.plan !== self.plan)) return;
      if (w0 < bound) return; // a block not loaded yet may rank others above it
      scored.push({ id: id, score: score });
    });
    scored.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    this.ids = scored.map(function (s) { return s.id; });
    this.complete = bound === 0;
    // The count: exact once everything is loaded, and for one whole term unfiltered; else
    // what is known for certain ("at least"): a prefix finds at least its commonest term's.
    var filtered = this.type || this.plan;
    var exactTerm = this.terms[0].length === 1 && !filtered;
    this.count = this.complete ? this.ids.length
        : filtered ? this.ids.length : Math.max(n, this.ids.length);
    this.atLeast = !this.complete && !exactTerm;
  };

  // Loads the next block of the word's most promising term until `k` results are settled.
  Results.prototype.need = function (k) {
    this.rank();
    if (this.ids.length >= k || this.complete) return Promise.resolve(this);
    var best = null;
    this.terms[0].forEach(function (term) {
      if (term.more.length && (!best || term.bound > best.bound)) best = term;
    });
    var self = this;
    return best.next().then(function () { return self.need(k); });
  };

  function search(q, type, plan) {
    var list = words(q).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!list.length) return Promise.resolve(null);
    return Promise.all(list.map(function (w, i) {
      return termsOf(w, i === list.length - 1 && w.length >= MIN_PREFIX);
    })).then(function (terms) {
      var results = new Results(terms, type, plan);
      if (list.length > 1) return results.all().then(function () { return results.need(PAGE); });
      return results.need(PAGE);
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

  // Shows the next PAGE results of the current query, loading blocks as they are needed.
  function showMore(q, seq) {
    var from = results.children.length;
    more.hidden = true;
    if (!current) return Promise.resolve();
    return current.need(from + PAGE).then(function (r) {
      if (seq !== query) return;
      count.textContent = (r.atLeast ? labels.atLeast + " " : "") + r.count + " " + labels.results;
      return Promise.all(r.ids.slice(from, from + PAGE).map(function (id) {
        return fetch(base + "d/" + id + ".json?v=" + meta.version).then(function (x) { return x.json(); });
      })).then(function (docs) {
        if (seq !== query) return;
        docs.forEach(function (d) { results.appendChild(item(d, q)); });
        more.hidden = r.complete && results.children.length >= r.ids.length;
      });
    });
  }

  function run() {
    var q = form.q.value.trim(), seq = ++query;
    results.textContent = "";
    more.hidden = true;
    current = null;
    if (!q) { count.textContent = ""; return Promise.resolve(); }
    return search(q, form.type.value, form.plan.value).then(function (r) {
      if (seq !== query) return;
      current = r;
      if (!r) { count.textContent = "0 " + labels.results; return; }
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
