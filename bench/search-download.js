// What a reader's search downloads, measured by running the site's own search.js (not a model
// of it) under Node with the few page elements it uses, its fetches read from the built site.
//
//   node bench/search-download.js SITE_DIR "query" ["query" ...]
//
// Prints, per query, the bytes and files of the index it fetched before the first page of
// results was on screen (meta.json, shards, blocks; and the 20 results' documents apart), the
// count it shows, and the first titles.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const site = process.argv[2];
const queries = process.argv.slice(3);
if (!site || !queries.length) {
  console.error("usage: node bench/search-download.js SITE_DIR \"query\" ...");
  process.exit(2);
}
const script = fs.readFileSync(path.join(site, "assets/search.js"), "utf8");

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

async function measure(query) {
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
    location: { search: "?q=" + encodeURIComponent(query) },
    history: { replaceState() {} },
    URLSearchParams, setTimeout, clearTimeout, console,
    fetch(url) {
      const file = path.join(site, url.replace(/\?.*$/, ""));
      const bytes = fs.readFileSync(file);
      fetched.push({ url, size: bytes.length });
      pending++;
      return new Promise((resolve) => setImmediate(() => {
        pending--;
        resolve({ json: () => Promise.resolve(JSON.parse(bytes.toString("utf8"))) });
      }));
    },
  };
  context.window = context;
  vm.runInNewContext(script, context);
  // Settled when no fetch has been pending for a while.
  for (let idle = 0; idle < 20; ) {
    await new Promise((r) => setTimeout(r, 5));
    idle = pending ? 0 : idle + 1;
  }
  const index = fetched.filter((f) => !f.url.includes("/d/"));
  const documents = fetched.filter((f) => f.url.includes("/d/"));
  const sum = (list) => list.reduce((a, f) => a + f.size, 0);
  const titles = nodes["search-results"].children.slice(0, 3)
    .map((li) => li.children[0].textContent);
  console.log(`${JSON.stringify(query)}: index ${sum(index).toLocaleString("en")} B in `
    + `${index.length} files (${index.filter((f) => f.url.includes("/t/")).length} shards and `
    + `blocks), documents ${sum(documents).toLocaleString("en")} B; `
    + `"${nodes["search-count"].textContent}"`
    + `${nodes["search-more"].hidden ? "" : " (more results)"}; ${titles.join(" | ")}`);
}

(async () => {
  for (const q of queries) await measure(q);
})();
