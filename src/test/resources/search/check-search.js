// Runs the site's search.js (through bench/search-download.js) for each query ("words", or
// "words|type" for results of one type), pressing
// "More results" until it hides, and prints one JSON line per query: the ids shown in order,
// the count shown, and the answer computed from every file of the index at once.
//   node check-search.js BENCH_SEARCH_DOWNLOAD_JS SITE "query" ...
"use strict";
const fs = require("fs");
const path = require("path");
const { search } = require(process.argv[2]);
const site = process.argv[3];
const index = path.join(site, "search-index");
const read = (f) => JSON.parse(fs.readFileSync(f, "utf8"));
const meta = read(path.join(index, "meta.json"));

function decode(list, found) {
  for (let k = 0, id = 0; k < list.length; k += 2) {
    id += list[k];
    found.set(id, list[k + 1]);
  }
}

// Every term of the index with all of its documents.
const terms = new Map();
for (const name of meta.files) {
  const shard = read(path.join(index, "t", name + ".json"));
  for (const [term, entry] of Object.entries(shard)) {
    const found = new Map();
    if (Array.isArray(entry)) {
      decode(entry, found);
    } else {
      decode(entry.top, found);
      entry.more.forEach((b) => decode(read(path.join(index, "t", b + ".json")), found));
    }
    terms.set(term, found);
  }
}

// As search.js and org.acta.search.Terms trim plurals ("datos" is kept as "dato").
function stem(w) {
  const n = w.length;
  if (n > 4 && w.endsWith("es") && !"aeiou".includes(w.charAt(n - 3))) return w.slice(0, -2);
  if (n > 3 && w.endsWith("s")) return w.slice(0, -1);
  return w;
}

function typeOf(id) {
  return meta.groups.find((g) => id >= g.from && id <= g.to).type;
}

function exact(query, type) {
  const words = query.split(" ").map(stem);
  const maps = words.map((w, i) => {
    const prefix = i === words.length - 1 && w.length >= 3;
    const found = new Map();
    let n = 0;
    for (const [term, docs] of terms) {
      if (prefix ? !term.startsWith(w) : term !== w) continue;
      n = Math.max(n, docs.size);
      docs.forEach((weight, id) => found.set(id, Math.max(found.get(id) || 0, weight)));
    }
    return { found, idf: Math.log(1 + meta.documents / Math.max(1, n)) };
  });
  const scored = [];
  maps[0].found.forEach((x, id) => {
    let score = 0;
    for (const m of maps) {
      const w = m.found.get(id);
      if (w === undefined) return;
      score += w * m.idf;
    }
    if (!type || typeOf(id) === type) scored.push({ id, score });
  });
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  return scored.map((s) => s.id);
}

(async () => {
  for (const arg of process.argv.slice(4)) {
    const [query, type] = arg.split("|"); // "words|type": results of that type only
    const r = await search(site, query, 30, type); // 150 documents: 8 pages at most
    console.log(JSON.stringify({
      query: arg, count: r.count, more: r.more,
      shown: r.results.map((x) => Number(x.url.match(/(\d+)\/$/)[1])),
      exact: exact(query, type),
    }));
  }
})();
