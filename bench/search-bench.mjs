// Search benchmark (prints figures; not a test).
//   node bench/search-bench.mjs output/assets/search/index.*.js
// For each language's index (its manifest, with the parts beside it): the bytes of the whole index,
// raw and gzipped (level 9, each file on its own, as a server sends it); the bytes a reader
// downloads for each query of a fixed list, typed one character at a time into a fresh page
// (manifest, dictionary, term shards, page groups) or pasted whole, with the mean and maximum; and
// the time from a keystroke to its results once the parts it needs are in, over every keystroke of
// every query: on a fresh index object (which decodes and tokenizes the pages it scores) and
// repeated, wall and processor time (the processor time says what the work costs on a busy machine).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import vm from "node:vm";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const client = require(join(root, "theme/wwwroot/js/search.js"));
const manifests = process.argv.slice(2);
if (manifests.length === 0) {
  console.error("usage: node bench/search-bench.mjs <index.<lang>.js> …");
  process.exit(2);
}

// Worries from the relevance table and words of the synthetic corpus (bench/Guide.Bench), both
// languages; the last English and Chinese word of each is completed as a prefix while typing.
const QUERIES = {
  "zh-CN": ["绩效", "面谈", "绩效面谈", "上级说的不对怎么办", "复述确认", "检查点", "每周进展", "目标和结果", "培训支持", "责任人期限",
    "客户数据", "沟通反馈", "第 512 页", "改进计划", "倾听", "主管确认记录客户", "SMART 原则", "面谈时怎么记笔记"],
  en: ["review", "manager feedback", "how do I disagree with my rating", "listening", "improvement plan", "weekly progress checkpoint",
    "restate to confirm", "customer evidence", "deadline owner action", "training support", "page 512", "commitments", "conv",
    "SMART plan", "will a low rating block my promotion", "taking notes", "monthly revi", "criticised"],
};

const kib = (n) => (n / 1024).toFixed(1) + " KiB";
const ms = (n) => n.toFixed(2) + " ms";
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
const median = (values) => percentile([...values].sort((a, b) => a - b), 0.5);

const files = new Map(); // path → { text, raw, gz }
function file(path) {
  let f = files.get(path);
  if (!f) {
    const bytes = readFileSync(path);
    f = { text: bytes.toString("utf8"), raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
    files.set(path, f);
  }
  return f;
}

/** A reader's page with nothing loaded yet: running a script (again) is what a <script> element does. */
function freshPage(manifestPath, counted) {
  globalThis.GuideSearch.parts = {};
  globalThis.GuideSearch.indexes = {};
  const run = (path) => {
    const f = file(path);
    counted.raw += f.raw;
    counted.gz += f.gz;
    vm.runInThisContext(f.text, { filename: path });
  };
  run(manifestPath);
  const [lang] = Object.keys(globalThis.GuideSearch.indexes);
  const manifest = globalThis.GuideSearch.indexes[lang];
  return { lang, open: () => client.open(manifest, (part) => run(join(dirname(manifestPath), part))) };
}

const totals = { raw: 0, gz: 0, files: 0 };
const perQuery = [];
const firstTimes = []; // per keystroke: { wall, cpu, min }
const warmTimes = [];
for (const arg of manifests) {
  const manifestPath = resolve(arg);
  const probe = freshPage(manifestPath, { raw: 0, gz: 0 });
  const manifest = globalThis.GuideSearch.indexes[probe.lang];
  const folder = dirname(manifestPath);
  const listed = probe.open().files;
  const parts = { words: [listed.words], shards: listed.shards, groups: listed.groups };
  const size = (list) => list.reduce((s, p) => ({ raw: s.raw + file(join(folder, p)).raw, gz: s.gz + file(join(folder, p)).gz }), { raw: 0, gz: 0 });
  const largest = (list) => Math.max(0, ...list.map((p) => file(join(folder, p)).raw));
  const all = [size([parts.words[0]]), size(parts.shards), size(parts.groups), { raw: file(manifestPath).raw, gz: file(manifestPath).gz }]
    .reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }));
  const count = 1 + parts.words.length + parts.shards.length + parts.groups.length;
  totals.raw += all.raw;
  totals.gz += all.gz;
  totals.files += count;

  console.log(`${probe.lang}  ${arg}`);
  console.log(`  ${manifest.pages} pages, ${manifest.sections} sections`);
  console.log(`  manifest ${kib(file(manifestPath).raw)}, dictionary ${kib(size(parts.words).raw)}, ` +
    `${parts.shards.length} term shards ${kib(size(parts.shards).raw)} (largest ${kib(largest(parts.shards))}), ` +
    `${parts.groups.length} page groups ${kib(size(parts.groups).raw)} (largest ${kib(largest(parts.groups))})`);
  console.log(`  whole index       ${kib(all.raw)} raw, ${kib(all.gz)} gzipped, ${count} files`);

  const queries = QUERIES[probe.lang] || [];
  for (const query of queries) {
    // Typed into a fresh page one character at a time, each keystroke waiting for its results.
    const typed = { raw: 0, gz: 0 };
    const page = freshPage(manifestPath, typed);
    const index = page.open();
    const stats = {};
    let capped = false;
    for (let n = 1; n <= query.length; n++) {
      await index.search(query.slice(0, n), { limit: 8, stats });
      capped ||= stats.capped;
    }
    const final = { raw: 0, gz: 0 };
    await freshPage(manifestPath, final).open().search(query, { limit: 8 });
    perQuery.push({ lang: probe.lang, query, typed, final, groups: stats.groups, capped });
    console.log(`    ${JSON.stringify(query).padEnd(24)} typed ${kib(typed.raw).padStart(10)} (${kib(typed.gz)} gz), ` +
      `pasted ${kib(final.raw).padStart(10)} (${kib(final.gz)} gz), ${stats.groups} groups${capped ? ", capped" : ""}`);

    // Time per keystroke once its parts are in: on a fresh index object (five times, so a
    // moment when the shared machine was busy does not decide the figure), then repeated.
    for (let n = 1; n <= query.length; n++) {
      const prefix = query.slice(0, n);
      await freshPage(manifestPath, { raw: 0, gz: 0 }).open().search(prefix, { limit: 8 }); // loads the parts
      const fresh = [];
      let index;
      for (let round = 0; round < 5; round++) {
        index = freshIndexOverLoadedParts(manifestPath);
        fresh.push(await timed(() => index.search(prefix, { limit: 8 })));
      }
      const again = [];
      for (let round = 0; round < 5; round++) again.push(await timed(() => index.search(prefix, { limit: 8 })));
      firstTimes.push(middle(fresh));
      warmTimes.push(middle(again));
    }
  }
}

/** Wall and processor time of one call, in milliseconds. */
async function timed(call) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await call();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** The median run of several, with the fastest wall time among them kept as `min`. */
function middle(runs) {
  const byWall = [...runs].sort((a, b) => a.wall - b.wall);
  const byCpu = [...runs].sort((a, b) => a.cpu - b.cpu);
  return { wall: byWall[runs.length >> 1].wall, cpu: byCpu[runs.length >> 1].cpu, min: byWall[0].wall };
}

/** A new index object over parts already registered: nothing to load, everything to decode. */
function freshIndexOverLoadedParts(manifestPath) {
  const [lang] = Object.keys(globalThis.GuideSearch.indexes);
  return client.open(globalThis.GuideSearch.indexes[lang], (part) => {
    throw new Error(`${part} should have been loaded already (${manifestPath})`);
  });
}

const summary = (list, key) => {
  const values = list.map((q) => q[key].raw);
  const gz = list.map((q) => q[key].gz);
  const mean = (v) => v.reduce((a, b) => a + b, 0) / Math.max(1, v.length);
  return `mean ${kib(mean(values))} (${kib(mean(gz))} gz), max ${kib(Math.max(...values))} (${kib(Math.max(...gz))} gz)`;
};
console.log(`all languages: whole index ${kib(totals.raw)} raw, ${kib(totals.gz)} gzipped, ${totals.files} files`);
for (const lang of [...new Set(perQuery.map((q) => q.lang)), "all"]) {
  const list = perQuery.filter((q) => lang === "all" || q.lang === lang);
  console.log(`bytes per query, ${lang} (${list.length} queries): typed ${summary(list, "typed")}; pasted ${summary(list, "final")}`);
}
const capped = perQuery.filter((q) => q.capped).length;
console.log(`queries that reached the page-group cap (results the best of what was loaded): ${capped} of ${perQuery.length}`);
const sorted = (v) => [...v].sort((a, b) => a - b);
const describe = (times, key) => `median ${ms(median(times.map((t) => t[key])))}, p99 ${ms(percentile(sorted(times.map((t) => t[key])), 0.99))}`;
console.log(`time from keystroke to results once its parts are in (${firstTimes.length} keystrokes, median of 5 runs each):`);
console.log(`  fresh index (decodes the pages it scores): wall ${describe(firstTimes, "wall")}; processor ${describe(firstTimes, "cpu")}; fastest run ${describe(firstTimes, "min")}`);
console.log(`  repeated:                                  wall ${describe(warmTimes, "wall")}; processor ${describe(warmTimes, "cpu")}; fastest run ${describe(warmTimes, "min")}`);
