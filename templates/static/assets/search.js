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
  var BLOCK_BUDGET = 3;     // blocks a page loads to make its order certain (of ~30 KB)
  var meta = null;
  var files = {};           // shard and block files by name, as promises of their JSON
  var current = null;       // the results of the query on screen
  var onScreen = new Set(); // the ids of the results shown
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

  // A query word as far as its terms are loaded: its documents and weights, the highest
  // weight a document not loaded yet can have for it (0 once every block is in), and the
  // inverse document frequency, from the shards' counts so it stays put as blocks come.
  function wordOf(terms) {
    var word = { terms: terms, found: merged(terms), bound: 0, n: 0 };
    terms.forEach(function (t) {
      word.bound = Math.max(word.bound, t.bound);
      word.n = Math.max(word.n, t.n);
    });
    word.idf = Math.log(1 + meta.documents / Math.max(1, word.n));
    return word;
  }

  // The documents holding every word, best first, loading a common term's blocks (best
  // first) only as the results asked for need them. A document's score is the sum of its
  // words' weight times their idf. It is certain when no block still to load can raise it
  // and no document can still score above it. Certainty is pursued for BLOCK_BUDGET blocks a
  // page; then the page shows the documents known to hold every word, by the score known so
  // far, so that a query of several very common words stays a few blocks, not all of them.
  // The count says "at least" until it is known.
  function Results(terms, type, plan) {
    this.terms = terms;
    this.type = type;
    this.plan = plan;
  }

  Results.prototype.rank = function () {
    var self = this, words = this.terms.map(wordOf), complete = null, ceiling = 0;
    words.forEach(function (w) {
      if (!w.bound && (!complete || w.found.size < complete.found.size)) complete = w;
      ceiling += w.bound * w.idf;
    });
    // Candidates: the documents of a word every block of which is loaded, or else every
    // document seen so far; one not seen at all scores at most `ceiling`.
    var candidates = complete ? [complete.found] : words.map(function (w) { return w.found; });
    var seen = new Set(), known = [], above = complete ? 0 : ceiling, unresolved = 0;
    candidates.forEach(function (found) {
      found.forEach(function (x, id) {
        if (seen.has(id)) return;
        seen.add(id);
        var low = 0, high = 0, all = true;
        for (var i = 0; i < words.length; i++) {
          var w = words[i].found.get(id);
          if (w === undefined) {
            if (!words[i].bound) return; // lacks a word: not a result
            all = false;
            high += words[i].bound * words[i].idf;
          } else {
            low += w * words[i].idf;
            high += Math.max(w, words[i].bound) * words[i].idf;
          }
        }
        var g = group(id);
        if ((self.type && g.type !== self.type) || (self.plan && g.plan !== self.plan)) return;
        if (all) known.push({ id: id, score: low, settled: high === low });
        else unresolved++;
        if (!all || high > low) above = Math.max(above, high);
      });
    });
    known.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    this.known = known.map(function (d) { return d.id; });
    this.certain = 0;
    while (this.certain < known.length && known[this.certain].settled
        && known[this.certain].score >= above) this.certain++;
    this.complete = words.every(function (w) { return !w.bound; });
    // The results are all known when a word is complete and each of its documents is known
    // to hold every other word or to lack one (no block left can add a result): a word that
    // matches nothing ends the search at once, however common the others.
    this.exact = this.complete || (complete !== null && unresolved === 0);
    // One whole word, unfiltered: its count is in its shard. A prefix finds at least its
    // commonest term's documents.
    var one = words.length === 1 && !this.type && !this.plan;
    this.count = this.exact ? known.length : Math.max(known.length, one ? words[0].n : 0);
    this.atLeast = !this.exact && !(one && this.terms[0].length === 1);
    this.words = words;
  };

  // The next block to load: to make results certain, of the word whose blocks still to load
  // could add the most to a score; to find documents holding every word, of the word least
  // loaded. Within the word, of its term with the highest weight left.
  Results.prototype.load = function (certainty) {
    var word = null;
    this.words.forEach(function (w) {
      if (!w.bound) return;
      var better = !word || (certainty ? w.bound * w.idf > word.bound * word.idf
          : w.found.size / w.n < word.found.size / word.n);
      if (better) word = w;
    });
    var term = null;
    word.terms.forEach(function (t) {
      if (t.more.length && (!term || t.bound > term.bound)) term = t;
    });
    return term.next();
  };

  // Loads blocks until `k` results are certain (at most BLOCK_BUDGET blocks), or else until
  // `k` documents are known to hold every word; `ids` are the results in order.
  Results.prototype.need = function (k, budget) {
    if (budget === undefined) budget = BLOCK_BUDGET;
    this.rank();
    var self = this, done = this.exact || this.certain >= k;
    if (!done && budget > 0) {
      return this.load(true).then(function () { return self.need(k, budget - 1); });
    }
    if (!done && this.known.length < k) {
      return this.load(false).then(function () { return self.need(k, 0); });
    }
    this.ids = this.known;
    return Promise.resolve(this);
  };

  function search(q, type, plan) {
    var list = words(q).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (!list.length) return Promise.resolve(null);
    return Promise.all(list.map(function (w, i) {
      return termsOf(w, i === list.length - 1 && w.length >= MIN_PREFIX);
    })).then(function (terms) {
      return new Results(terms, type, plan).need(PAGE);
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
    more.hidden = true;
    if (!current) return Promise.resolve();
    return current.need(onScreen.size + PAGE).then(function (r) {
      if (seq !== query) return;
      count.textContent = (r.atLeast ? labels.atLeast + " " : "") + r.count + " "
          + (r.count === 1 ? labels.result : labels.results);
      // Later blocks never rank a document above one shown, but may tie with it: take the
      // next ones not on screen yet rather than a slice.
      var next = r.ids.filter(function (id) { return !onScreen.has(id); }).slice(0, PAGE);
      next.forEach(function (id) { onScreen.add(id); });
      return Promise.all(next.map(function (id) {
        return fetch(base + "d/" + id + ".json?v=" + meta.version).then(function (x) { return x.json(); });
      })).then(function (docs) {
        if (seq !== query) return;
        docs.forEach(function (d) { results.appendChild(item(d, q)); });
        more.hidden = r.exact && onScreen.size >= r.ids.length;
      });
    });
  }

  function run() {
    var q = form.q.value.trim(), seq = ++query;
    results.textContent = "";
    more.hidden = true;
    current = null;
    onScreen = new Set();
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
