// What a reader's search downloads, measured by running the site's own search.js (not a model
// of it) under Node with the few page elements it uses, its fetches read from the built site.
//
//   node bench/search-download.js SITE_DIR "query" ["query" ...]
//
// Prints, per query, the bytes and files of the index it fetched before the first page of
// results was on screen (meta.json, shards, blocks; and the 20 results' documents apart), the
// count it shows, and the first titles. As a module, `search(site, query, pages)` runs one
// query and presses "More results" up to `pages - 1` times (the tests check search.js so).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

function element(tag) {
  const e = {
    tagName: tag, children: [], hidden: false, attributes: {}, listeners: {}, text: "",
    appendChild(child) { this.children.push(child); return child; },
    getAttribute(name) { return this.attributes[name]; },
    addEventListener(type, f) { this.listeners[type] = f; },
    querySelector() { return { disabled: true }; },
    classList: { add() {} },
  };
  Object.defineProperty(e, "textContent", {
    get() { return this.text; },
    set(v) { this.text = v; if (v === "") this.children = []; },
  });
  return e;
}

// Runs search.js on `site` for `query` (of documents of `type`, when given); presses "More
// results" while shown, at most `pages - 1` times. Returns what was fetched and what the page
// shows.
async function search(site, query, pages, type) {
  const script = fs.readFileSync(path.join(site, "assets/search.js"), "utf8");
  const fetched = [];
  let pending = 0;
  const form = element("form");
  form.attributes = {
    "data-labels": JSON.stringify({ result: "result", results: "results", atLeast: "at least" }),
    "data-root": "", "data-index": "search-index/meta.json",
  };
  form.q = { value: "" };
  form.type = { value: "" };
  form.plan = { value: "", options: [] };
  const nodes = {
    "search-form": form, "search-results": element("ol"), "search-count": element("p"),
    "search-more": element("button"),
  };
  const context = {
    document: {
      getElementById: (id) => nodes[id],
      documentElement: element("html"),
      createElement: element,
    },
    location: { search: "?q=" + encodeURIComponent(query)
      + (type ? "&type=" + encodeURIComponent(type) : "") },
    history: { replaceState() {} },
    URLSearchParams, setTimeout, clearTimeout, console,
    fetch(url) {
      const bytes = fs.readFileSync(path.join(site, url.replace(/\?.*$/, "")));
      fetched.push({ url, size: bytes.length });
      pending++;
      return new Promise((resolve) => setImmediate(() => {
        pending--;
        resolve({ json: () => Promise.resolve(JSON.parse(bytes.toString("utf8"))) });
      }));
    },
  };
  context.window = context;
  const idle = async () => {
    for (let quiet = 0; quiet < 20; ) {
      await new Promise((r) => setTimeout(r, 2));
      quiet = pending ? 0 : quiet + 1;
    }
  };
  vm.runInNewContext(script, context);
  await idle();
  const first = fetched.slice();
  const more = nodes["search-more"];
  for (let page = 1; page < (pages || 1) && !more.hidden; page++) {
    more.listeners.click();
    await idle();
  }
  return {
    first,
    fetched,
    count: nodes["search-count"].textContent,
    more: !more.hidden,
    results: nodes["search-results"].children.map((li) => ({
      title: li.children[0].textContent, url: li.children[0].href,
    })),
  };
}

async function measure(site, query) {
  const r = await search(site, query, 1);
  const index = r.first.filter((f) => !f.url.includes("/d/"));
  const documents = r.first.filter((f) => f.url.includes("/d/"));
  const sum = (list) => list.reduce((a, f) => a + f.size, 0);
  console.log(`${JSON.stringify(query)}: index ${sum(index).toLocaleString("en")} B in `
    + `${index.length} files (${index.filter((f) => f.url.includes("/t/")).length} shards and `
    + `blocks), documents ${sum(documents).toLocaleString("en")} B; "${r.count}"`
    + `${r.more ? " (more results)" : ""}; `
    + r.results.slice(0, 3).map((x) => x.title).join(" | "));
}

module.exports = { search };

if (require.main === module) {
  const site = process.argv[2];
  const queries = process.argv.slice(3);
  if (!site || !queries.length) {
    console.error("usage: node bench/search-download.js SITE_DIR \"query\" ...");
    process.exit(2);
  }
  (async () => {
    for (const q of queries) await measure(site, q);
  })();
}
