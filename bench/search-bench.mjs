// Search benchmark (prints figures; not a test).
//   node bench/search-bench.mjs output/search/index.zh-CN.js [output/search/index.en.js …]
// For each index: its size raw and gzipped, the size postings would add had the builder stored
// them (the format decision), the one-off time to tokenize it on first use, and the median and
// 99th-percentile time per query over the relevance table's queries of that language, each also
// typed one character at a time (as the box searches on every keystroke).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const client = require(join(root, "theme/wwwroot/js/search.js"));
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node bench/search-bench.mjs <index.<lang>.js> …");
  process.exit(2);
}

const table = readFileSync(join(root, "tests/Guide.Search.Tests/relevance.tsv"), "utf8")
  .split("\n")
  .filter((l) => l && !l.startsWith("#"))
  .map((l) => l.split("\t"));

const kb = (n) => (n / 1024).toFixed(1) + " KiB";
const ms = (n) => n.toFixed(3) + " ms";
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

for (const file of files) {
  const before = new Set(Object.keys(globalThis.GuideSearch?.indexes || {}));
  require(resolve(file));
  const lang = Object.keys(globalThis.GuideSearch.indexes).find((l) => !before.has(l));
  const index = globalThis.GuideSearch.indexes[lang];
  const raw = readFileSync(file);

  const prepareTimes = [];
  let prepared;
  for (let round = 0; round < 10; round++) {
    const copy = structuredClone(index);
    const t = performance.now();
    prepared = client.prepare(copy);
    prepareTimes.push(performance.now() - t);
  }
  const postings = JSON.stringify(Object.fromEntries([...prepared.postings].map(([term, list]) =>
    [term, list.filter((_, i) => i % 2 === 0)])));

  const queries = [];
  for (const [query, qlang] of table) {
    if (qlang !== lang) continue;
    for (let n = 1; n <= query.length; n++) queries.push(query.slice(0, n));
  }
  const times = [];
  for (let round = -1; round < 20; round++) {
    for (const q of queries) {
      const t = performance.now();
      client.search(index, q, { limit: 8 });
      if (round >= 0) times.push(performance.now() - t); // round -1 warms the JIT up
    }
  }
  times.sort((a, b) => a - b);

  console.log(`${lang}  ${file}`);
  console.log(`  pages ${index.pages.length}, sections ${index.docs.length}, terms ${prepared.postings.size}`);
  console.log(`  index size        ${kb(raw.length)} raw, ${kb(gzipSync(raw, { level: 9 }).length)} gzipped`);
  console.log(`  postings would add ${kb(Buffer.byteLength(postings))} raw, ${kb(gzipSync(postings, { level: 9 }).length)} gzipped (doc ids only)`);
  console.log(`  first use (tokenize) first ${ms(prepareTimes[0])}, warm median ${ms(prepareTimes.slice(1).sort((a, b) => a - b)[4])}`);
  console.log(`  query (${queries.length} queries and prefixes x 20)  median ${ms(percentile(times, 0.5))}, p99 ${ms(percentile(times, 0.99))}, max ${ms(times[times.length - 1])}`);
}
