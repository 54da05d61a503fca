/*
 * Guide search: tokenizer, ranking and the search box.
 *
 * One classic script with no dependencies. In a browser it attaches to globalThis.GuideSearch and
 * mounts every `.search[data-lang]` box; under Node `require()` returns the same API, so tests call
 * search(index, query) directly. Nothing here evaluates strings or touches innerHTML, so it runs
 * under `Content-Security-Policy: default-src 'self'`, and indexes arrive as <script> files, so it
 * runs from file:// too.
 *
 * The tokenizer and stemmer mirror src/Guide.Search (SearchTokenizer, EnglishStemmer); a test
 * compares the two on the same strings. Change both or neither.
 */
(function (root, factory) {
  "use strict";
  const api = factory();
  if (typeof module === "object" && module && module.exports) {
    module.exports = api;
  }
  const ns = (root.GuideSearch ||= {});
  ns.indexes ||= {};
  for (const key of Object.keys(api)) {
    ns[key] = api[key];
  }
  if (typeof document !== "undefined") {
    api.mountWhenReady(document);
  }
})(globalThis, function () {
  "use strict";

  const FORMAT = 1;

  // ---------------------------------------------------------------- characters
  // Explicit ranges, not String.prototype.normalize or toLowerCase, so C# and JS cannot disagree.
  // Every fold maps one UTF-16 unit to one, so offsets in folded text are offsets in the source.

  function fold(cp) {
    if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
    else if (cp === 0x3000) cp = 0x20;
    if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
    return cp >= 0xc0 && cp <= 0xde && cp !== 0xd7 ? cp + 0x20 : cp;
  }

  function isHan(cp) {
    return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f);
  }

  function isWord(cp) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xdf && cp <= 0xff && cp !== 0xf7);
  }

  function isApostrophe(cp) {
    return cp === 0x27 || cp === 0x2019;
  }

  function codePointAt(s, i) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    }
    return c;
  }

  // ---------------------------------------------------------------- stemmer
  // Light on purpose: plurals, -ing/-ed, up to two derivational suffixes, a final e, -ise/-ize.

  const DERIVATIONAL = ["ation", "ment", "ness", "ally", "ism", "ful", "al", "ly"];

  function isVowel(c) {
    return c === "a" || c === "e" || c === "i" || c === "o" || c === "u";
  }

  function stem(word) {
    if (word.length < 4 || /[0-9]/.test(word)) return word;
    let w = word;
    if (w.endsWith("sses")) w = w.slice(0, -2);
    else if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
    else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !(w.endsWith("is") && w.length > 4)) w = w.slice(0, -1);
    w = stripInflection(w);
    w = stripDerivational(stripDerivational(w));
    if (w.length >= 5 && w.endsWith("e")) w = w.slice(0, -1);
    if ((w.endsWith("is") || w.endsWith("iz")) && w.length >= 6) w = w.slice(0, -2);
    return w;
  }

  function stripDerivational(w) {
    for (const suffix of DERIVATIONAL) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
    }
    return w;
  }

  function stripInflection(w) {
    if (w.endsWith("eed") && w.length >= 6) return w.slice(0, -1);
    for (const suffix of ["ing", "ed"]) {
      const n = w.length - suffix.length;
      if (!w.endsWith(suffix) || n < 3 || !/[aeiou]/.test(w.slice(0, n))) continue;
      w = w.slice(0, n);
      const last = w[w.length - 1];
      if (last === w[w.length - 2] && !"aeiouylsz".includes(last)) return w.slice(0, -1);
      return w.length === 3 && !isVowel(w[0]) && isVowel(w[1]) && !isVowel(w[2]) && !"wxy".includes(w[2])
        ? w + "e"
        : w;
    }
    return w;
  }

  // ---------------------------------------------------------------- tokenizer

  /** A folded Latin word starting at i; an apostrophe between letters joins (don't → dont). */
  function readWord(text, i) {
    let word = "";
    while (i < text.length) {
      const c = fold(text.charCodeAt(i));
      if (isWord(c)) {
        word += String.fromCharCode(c);
        i++;
      } else if (isApostrophe(c) && i + 1 < text.length && isWord(fold(text.charCodeAt(i + 1)))) {
        i++;
      } else {
        break;
      }
    }
    return { word, end: i };
  }

  /** Splits text into runs: Latin words (folded) and Han runs (one entry per character). */
  function scan(text) {
    const runs = [];
    let i = 0;
    while (i < text.length) {
      const cp = fold(codePointAt(text, i));
      if (isWord(cp)) {
        const start = i;
        const read = readWord(text, i);
        i = read.end;
        runs.push({ han: false, start, end: i, word: read.word });
      } else if (isHan(cp)) {
        const start = i;
        const chars = [];
        while (i < text.length) {
          const c = codePointAt(text, i);
          if (!isHan(c)) break;
          const width = c > 0xffff ? 2 : 1;
          chars.push({ start: i, text: text.substr(i, width) });
          i += width;
        }
        runs.push({ han: true, start, end: i, chars });
      } else {
        i += cp > 0xffff ? 2 : 1;
      }
    }
    return runs;
  }

  /** Calls fn(term, start, length) for each index term; the hot loop of indexing, so no run objects. */
  function eachToken(text, fn) {
    let i = 0;
    let prev = -1; // start of the previous Han character while inside a Han run
    while (i < text.length) {
      const cp = codePointAt(text, i);
      const width = cp > 0xffff ? 2 : 1;
      if (isHan(cp)) {
        if (prev >= 0) fn(text.slice(prev, i + width), prev, i + width - prev);
        fn(text.substr(i, width), i, width);
        prev = i;
        i += width;
        continue;
      }
      prev = -1;
      if (!isWord(fold(cp))) {
        i += width;
        continue;
      }
      const start = i;
      const read = readWord(text, i);
      i = read.end;
      fn(stemCached(read.word), start, i - start);
    }
  }

  /** Index terms in reading order: a stemmed Latin word; each Han character, then the pair it starts. */
  function tokenize(text) {
    const tokens = [];
    eachToken(text, (term, start, length) => tokens.push({ term, start, length }));
    return tokens;
  }

  const stems = new Map();
  function stemCached(word) {
    let s = stems.get(word);
    if (s === undefined) stems.set(word, (s = stem(word)));
    return s;
  }

  // ---------------------------------------------------------------- index preparation

  // BM25 per field, weighted and summed: a term in the section heading or page title says more
  // about a section than one in its body. (Weighting term counts before saturation, as BM25F
  // does, let a body that repeats a word catch up with a heading that names it.)
  const FIELDS = [
    { key: "title", weight: 2, b: 0.5 },
    { key: "heading", weight: 3, b: 0.5 },
    { key: "tags", weight: 1.5, b: 0.3 },
    { key: "summary", weight: 1, b: 0.5 },
    { key: "text", weight: 1, b: 0.75 },
  ];
  const K1 = 1.2;
  const prepared = new WeakMap();

  /** Tokenizes an index once (memoized per index object) into postings: term → [doc, weight, doc, weight, …]. */
  function prepare(index) {
    const cached = prepared.get(index);
    if (cached) return cached;
    if (!index || index.format !== FORMAT) {
      throw new Error("GuideSearch: index format " + (index && index.format) + " is not " + FORMAT + "; rebuild the site.");
    }
    const docs = index.docs.map((d, i) => {
      const page = index.pages[d[0]];
      return {
        i, lang: index.lang, page: page[0], url: d[1] ? page[0] + "#" + d[1] : page[0],
        title: page[1], heading: d[2], text: d[3], summary: d.length > 4 ? d[4] : page[2], tags: page[3] || "",
      };
    });
    const seen = new Map(); // a page's title and summary repeat in each of its sections
    const counts = docs.map((d) => FIELDS.map((f) => {
      let c = seen.get(d[f.key]);
      if (!c) seen.set(d[f.key], (c = countTerms(d[f.key])));
      return c;
    }));
    const avg = FIELDS.map((_, f) => Math.max(1, counts.reduce((s, c) => s + c[f].length, 0) / Math.max(1, docs.length)));
    const postings = new Map();
    counts.forEach((fields, di) => {
      fields.forEach((c, f) => {
        const norm = K1 * (1 - FIELDS[f].b + FIELDS[f].b * (c.length / avg[f]));
        for (const [term, tf] of c.tf) {
          const w = (FIELDS[f].weight * tf * (K1 + 1)) / (tf + norm);
          let p = postings.get(term);
          if (!p) postings.set(term, (p = []));
          // Documents arrive in order, so a term already seen in another field of this one is last.
          if (p[p.length - 2] === di) p[p.length - 1] += w;
          else p.push(di, w);
        }
      });
    });
    const latin = [...postings.keys()].filter((t) => isWord(t.charCodeAt(0))).sort();
    const result = { docs, postings, latin, n: docs.length };
    prepared.set(index, result);
    return result;
  }

  function countTerms(text) {
    const tf = new Map();
    let length = 0;
    eachToken(text || "", (term) => {
      tf.set(term, (tf.get(term) || 0) + 1);
      length++;
    });
    return { tf, length };
  }

  function idf(p, term) {
    const list = p.postings.get(term);
    const df = list ? list.length / 2 : 0;
    return Math.log(1 + (p.n - df + 0.5) / (df + 0.5));
  }

  // Function words carry no meaning in "how do I disagree with my rating"; dropped from queries only.
  const STOP = new Set(("a an and are as at be but by can could do does did for from had has have how i if in into is it its " +
    "me my of on or our should so that the their them then there these they this to was we were what when where which " +
    "who why will with would you your").split(" "));
  // The same for Chinese: question words say a reader is asking, not what about ("…怎么办").
  const STOP_PAIRS = new Set(["怎么", "么办", "怎样", "什么", "如何", "为什", "么样", "是不", "不是", "的话"]);
  const SUFFIXES = ["ing", "ed", "es", "s", "e", "ement", "ation", "ment", "ness", "ism", "ise", "ize", "ful", "ly",
    "ally", "al", "ies", "y"];

  // ---------------------------------------------------------------- query

  // A query is a list of clauses; a document's clause score is the best of its alternatives
  // (a word typed so far and its completions are one clause, not several).
  const PAIR_WEIGHT = 1;
  const SINGLE_FALLBACK = 0.5; // single characters of a multi-character run: recall when no pair meets
  const PREFIX_WEIGHT = 0.8;
  const STEM_PREFIX_WEIGHT = 0.9;
  const MAX_EXPANSIONS = 24;
  const ADJACENT_BONUS = 0.6;

  function analyse(p, query, allowPrefix) {
    const runs = scan(query);
    const clauses = new Map();
    const phrases = [];
    const words = runs.filter((r) => !r.han);
    const onlyStop = words.every((r) => STOP.has(r.word));
    const last = runs[runs.length - 1];
    const typing = allowPrefix && last && !last.han && last.end === query.length;
    const add = (key, alternatives, weight, fallback) => {
      if (!clauses.has(key)) clauses.set(key, { alternatives, weight, fallback });
    };
    for (const run of runs) {
      if (!run.han) {
        const beingTyped = run === last && typing;
        if (STOP.has(run.word) && !onlyStop && !beingTyped) continue; // "with" may yet become "within"
        const term = stem(run.word);
        const alternatives = [{ term, weight: 1 }];
        if (beingTyped) alternatives.push(...expand(p, run.word, term));
        add("w:" + term, alternatives, 1, false);
        continue;
      }
      const cs = run.chars.map((c) => c.text);
      if (cs.length === 1) {
        add("h:" + cs[0], [{ term: cs[0], weight: 1 }], 1, false);
        continue;
      }
      const pairs = [];
      for (let k = 0; k + 1 < cs.length; k++) pairs.push(cs[k] + cs[k + 1]);
      const topical = pairs.filter((pair) => !STOP_PAIRS.has(pair));
      for (const pair of topical.length > 0 ? topical : pairs) add("h:" + pair, [{ term: pair, weight: 1 }], PAIR_WEIGHT, false);
      for (const c of cs) add("h:" + c, [{ term: c, weight: 1 }], SINGLE_FALLBACK, true);
      if (cs.length >= 3) phrases.push(cs);
    }
    return { clauses: [...clauses.values()], phrases };
  }

  /** Completions of the word being typed: longer terms it starts, and stems it already extends ("ratin" → rate). */
  function expand(p, word, term) {
    if (word.length < 2) return [];
    const found = new Map();
    for (const prefix of new Set([term, word])) {
      for (let i = lowerBound(p.latin, prefix); i < p.latin.length && p.latin[i].startsWith(prefix); i++) {
        if (p.latin[i] !== term) found.set(p.latin[i], PREFIX_WEIGHT);
      }
    }
    for (let n = word.length - 1; n >= 3; n--) {
      const rest = word.slice(n);
      for (const candidate of [word.slice(0, n), word.slice(0, n) + "e"]) {
        if (candidate !== term && p.postings.has(candidate) && startsSuffix(rest, candidate)) found.set(candidate, STEM_PREFIX_WEIGHT);
      }
    }
    return [...found]
      .map(([t, weight]) => ({ term: t, weight, df: p.postings.get(t).length }))
      .sort((a, b) => b.weight - a.weight || b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, MAX_EXPANSIONS);
  }

  function startsSuffix(rest, stemmed) {
    if (SUFFIXES.some((s) => s.startsWith(rest))) return true;
    // planni → plan + n + ing: the stemmer undoubled the consonant.
    return rest.length > 1 && rest[0] === stemmed[stemmed.length - 1] && SUFFIXES.some((s) => s.startsWith(rest.slice(1)));
  }

  function lowerBound(sorted, key) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // ---------------------------------------------------------------- ranking

  /**
   * Ranks the sections of one index for a query.
   * @param {object} index  an index object as registered by search/index.<lang>.js
   * @param {string} query  what the reader typed; a trailing space ends prefix matching
   * @param {{limit?: number, perPage?: number, prefix?: boolean}} [options]
   *   limit: results returned (10); perPage: sections of one page among them (1: the best
   *   section stands for its page, so one long page does not crowd out the rest);
   *   prefix: complete the last word while typing (true)
   * @returns {Array<{url: string, page: string, lang: string, pageTitle: string, heading: string,
   *   headingParts: Array<{text: string, mark: boolean}>, excerpt: Array<{text: string, mark: boolean}>, score: number}>}
   */
  function search(index, query, options) {
    const opts = options || {};
    const limit = opts.limit === undefined ? 10 : opts.limit;
    const perPage = opts.perPage === undefined ? 1 : opts.perPage;
    const p = prepare(index);
    const { clauses, phrases } = analyse(p, String(query || ""), opts.prefix !== false);
    if (clauses.length === 0) return [];
    const scores = new Map();
    const strong = new Set();
    const matchedTerms = new Set();
    for (const clause of clauses) {
      const best = new Map();
      for (const alt of clause.alternatives) {
        const list = p.postings.get(alt.term);
        if (!list) continue;
        matchedTerms.add(alt.term);
        const w = alt.weight * clause.weight * idf(p, alt.term);
        for (let k = 0; k < list.length; k += 2) {
          const s = w * list[k + 1];
          if (s > (best.get(list[k]) || 0)) best.set(list[k], s);
        }
      }
      for (const [doc, s] of best) {
        scores.set(doc, (scores.get(doc) || 0) + s);
        if (!clause.fallback) strong.add(doc);
      }
    }
    const ranked = [];
    for (const [doc, s] of scores) {
      if (!strong.has(doc)) continue; // a lone shared character is noise, not a match
      ranked.push({ doc, score: s + adjacency(p, p.docs[doc], phrases) });
    }
    ranked.sort((a, b) => b.score - a.score || a.doc - b.doc);
    const marks = highlightTerms(clauses, matchedTerms);
    const shown = [];
    const perPageCount = new Map();
    for (const r of ranked) {
      if (shown.length >= limit) break;
      const page = p.docs[r.doc].page;
      const n = perPageCount.get(page) || 0;
      if (n >= perPage) continue;
      perPageCount.set(page, n + 1);
      shown.push(present(p.docs[r.doc], r.score, marks));
    }
    return shown;
  }

  // Pairs that meet in the text as the query wrote them ("每个月" rather than "每个" here, "个月" there).
  function adjacency(p, d, phrases) {
    let bonus = 0;
    for (const cs of phrases) {
      for (let k = 0; k + 2 < cs.length; k++) {
        const three = cs[k] + cs[k + 1] + cs[k + 2];
        const inHead = d.title.includes(three) || d.heading.includes(three);
        if (!inHead && !d.text.includes(three) && !d.summary.includes(three)) continue;
        const weight = (idf(p, cs[k] + cs[k + 1]) + idf(p, cs[k + 1] + cs[k + 2])) / 2;
        bonus += ADJACENT_BONUS * weight * (inHead ? 2 : 1);
      }
    }
    return bonus;
  }

  function highlightTerms(clauses, matched) {
    const marks = new Set();
    for (const c of clauses) {
      if (c.fallback) continue;
      for (const a of c.alternatives) if (matched.has(a.term)) marks.add(a.term);
    }
    return marks;
  }

  // ---------------------------------------------------------------- excerpts

  const EXCERPT_LENGTH = 120;
  const LEAD = 16;

  function present(d, score, marks) {
    const source = d.text || d.summary;
    let ranges = markRanges(source, marks);
    let excerptSource = source;
    if (ranges.length === 0 && d.summary && source !== d.summary) {
      const inSummary = markRanges(d.summary, marks);
      if (inSummary.length > 0) {
        excerptSource = d.summary;
        ranges = inSummary;
      }
    }
    return {
      url: d.url, page: d.page, lang: d.lang, pageTitle: d.title, heading: d.heading,
      headingParts: segments(d.heading, markRanges(d.heading, marks), 0, d.heading.length),
      excerpt: excerpt(excerptSource, ranges), score,
    };
  }

  /** Source spans of the tokens whose terms the query matched, merged where they touch. */
  function markRanges(text, marks) {
    const ranges = [];
    for (const t of tokenize(text)) {
      if (!marks.has(t.term)) continue;
      const end = t.start + t.length;
      const last = ranges[ranges.length - 1];
      if (last && t.start <= last.end) last.end = Math.max(last.end, end);
      else ranges.push({ start: t.start, end });
    }
    return ranges;
  }

  function excerpt(text, ranges) {
    if (text.length <= EXCERPT_LENGTH) return segments(text, ranges, 0, text.length);
    // The window that holds the most marks, starting a little before one of them.
    let start = 0;
    let best = -1;
    for (const r of ranges) {
      const s = Math.max(0, r.start - LEAD);
      const n = ranges.filter((q) => q.start >= s && q.end <= s + EXCERPT_LENGTH).length;
      if (n > best) {
        best = n;
        start = s;
      }
    }
    let end = Math.min(text.length, start + EXCERPT_LENGTH);
    start = wordBoundary(text, start, 1);
    end = wordBoundary(text, end, -1);
    const parts = segments(text, ranges, start, end);
    if (start > 0) parts.unshift({ text: "…", mark: false });
    if (end < text.length) parts.push({ text: "…", mark: false });
    return parts;
  }

  // Do not cut an English word in half; Han text can break anywhere.
  function wordBoundary(text, i, step) {
    if (i <= 0 || i >= text.length) return i;
    let j = i;
    for (let n = 0; n < 15 && j > 0 && j < text.length && isWord(fold(text.charCodeAt(j - 1))) && isWord(fold(text.charCodeAt(j))); n++) j += step;
    return isWord(fold(text.charCodeAt(j - 1))) && isWord(fold(text.charCodeAt(j))) ? i : j;
  }

  function segments(text, ranges, start, end) {
    const parts = [];
    let at = start;
    for (const r of ranges) {
      const s = Math.max(r.start, start);
      const e = Math.min(r.end, end);
      if (e <= s) continue;
      if (s > at) parts.push({ text: text.slice(at, s), mark: false });
      parts.push({ text: text.slice(s, e), mark: true });
      at = e;
    }
    if (at < end) parts.push({ text: text.slice(at, end), mark: false });
    return parts;
  }

  // ---------------------------------------------------------------- user interface

  function mountWhenReady(doc) {
    const run = () => doc.querySelectorAll(".search[data-lang]").forEach((el) => mount(el));
    if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", run, { once: true });
    else run();
  }

  function mount(el) {
    if (el.dataset.searchMounted) return;
    el.dataset.searchMounted = "true";
    const ui = createUi(el);
    const ns = globalThis.GuideSearch;
    let results = [];
    let active = -1;

    const render = () => {
      const query = ui.input.value;
      if (query.trim() === "") return close();
      const own = ns.indexes[ui.lang];
      if (!own) return;
      results = search(own, query, { limit: 8 });
      const other = ui.checkbox && ui.checkbox.checked ? ns.indexes[ui.otherLang] : null;
      if (other) results = results.concat(search(other, query, { limit: 5 }));
      active = -1;
      draw(ui, results);
    };
    const close = () => {
      results = [];
      active = -1;
      ui.list.replaceChildren();
      ui.list.hidden = true;
      ui.input.setAttribute("aria-expanded", "false");
      ui.input.removeAttribute("aria-activedescendant");
    };
    const move = (step) => {
      if (results.length === 0) return;
      active = (active + step + results.length + 1) % (results.length + 1);
      if (active === results.length) active = -1; // one step past either end returns to the box
      ui.list.querySelectorAll("[role=option]").forEach((o, i) => o.setAttribute("aria-selected", String(i === active)));
      if (active < 0) return ui.input.removeAttribute("aria-activedescendant");
      const option = ui.list.querySelector("#" + ui.idPrefix + active);
      ui.input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    };

    ui.input.addEventListener("input", render);
    ui.input.addEventListener("focus", () => {
      if (ns.indexes[ui.lang]) {
        prepare(ns.indexes[ui.lang]); // tokenize before the first key, not on it
      } else if (el.dataset.index) {
        // The index is most of a page's weight, so it loads only when a reader reaches for the box.
        loadScript(el, el.dataset.index, () => {
          if (ns.indexes[ui.lang]) prepare(ns.indexes[ui.lang]);
          render();
        });
      }
    }, { once: true });
    ui.input.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        if (ui.list.hidden) render();
        move(e.key === "ArrowDown" ? 1 : -1);
      } else if (e.key === "Enter") {
        const target = results[active < 0 ? 0 : active];
        if (target) {
          e.preventDefault();
          el.ownerDocument.defaultView.location.href = hrefOf(ui, target);
        }
      } else if (e.key === "Escape") {
        if (!ui.list.hidden) close();
        else ui.input.value = "";
      }
    });
    if (ui.checkbox) {
      ui.checkbox.addEventListener("change", () => {
        if (!ui.checkbox.checked || ns.indexes[ui.otherLang]) return render();
        loadIndex(el, ui, render);
      });
    }
    el.addEventListener("focusout", (e) => {
      if (!el.contains(e.relatedTarget)) close();
    });
    el.ownerDocument.addEventListener("keydown", (e) => {
      if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target)) return;
      e.preventDefault();
      ui.input.focus();
      ui.input.select();
    });
  }

  function createUi(el) {
    const doc = el.ownerDocument;
    const data = el.dataset;
    const input = el.querySelector("input");
    let list = el.querySelector("[role=listbox], #search-results");
    if (!list) {
      list = doc.createElement("div");
      el.append(list);
    }
    list.setAttribute("role", "listbox");
    list.id ||= "search-results";
    list.hidden = true;
    if (data.labelPlaceholder && !input.placeholder) input.placeholder = data.labelPlaceholder;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    const status = doc.createElement("div");
    status.className = "search-status visually-hidden";
    status.setAttribute("role", "status");
    el.append(status);
    // The words are the page's (theme/i18n), in its language.
    const ui = {
      input, list, status, lang: data.lang, otherLang: data.otherLang, base: data.base || "",
      idPrefix: list.id + "-", checkbox: null,
      none: data.labelNone || "",
      count: data.labelResults || "{n}",
    };
    if (data.otherLang) {
      const label = doc.createElement("label");
      label.className = "search-other";
      ui.checkbox = doc.createElement("input");
      ui.checkbox.type = "checkbox";
      label.append(ui.checkbox, " " + (data.labelOther || data.otherLang));
      list.before(label);
    }
    return ui;
  }

  function draw(ui, results) {
    const doc = ui.list.ownerDocument;
    const options = results.map((r, i) => {
      const a = doc.createElement("a");
      a.className = "search-result";
      a.id = ui.idPrefix + i;
      a.href = hrefOf(ui, r);
      a.tabIndex = -1;
      a.setAttribute("role", "option");
      a.setAttribute("aria-selected", "false");
      if (r.lang !== ui.lang) {
        a.lang = r.lang;
        a.classList.add("search-result-other");
      }
      const title = span(doc, "search-result-title", [{ text: r.pageTitle, mark: false }]);
      a.append(title);
      if (r.heading && r.heading !== r.pageTitle) a.append(span(doc, "search-result-heading", r.headingParts));
      a.append(span(doc, "search-result-excerpt", r.excerpt));
      return a;
    });
    if (options.length === 0) {
      const none = doc.createElement("div");
      none.className = "search-none";
      none.textContent = ui.none;
      options.push(none);
    }
    ui.list.replaceChildren(...options);
    ui.list.hidden = false;
    ui.input.setAttribute("aria-expanded", "true");
    ui.input.removeAttribute("aria-activedescendant");
    ui.status.textContent = results.length === 0 ? ui.none : ui.count.replace("{n}", String(results.length));
  }

  function span(doc, className, parts) {
    const s = doc.createElement("span");
    s.className = className;
    for (const part of parts) {
      if (part.mark) {
        const m = doc.createElement("mark");
        m.textContent = part.text;
        s.append(m);
      } else {
        s.append(part.text);
      }
    }
    return s;
  }

  function hrefOf(ui, result) {
    const href = ui.base + result.url;
    // From disk a folder opens as a directory listing: name its index.html, as site.js does for links.
    const fromDisk = typeof location !== "undefined" && location.protocol === "file:";
    return fromDisk ? href.replace(/\/(#|$)/, "/index.html$1") : href;
  }

  // Indexes are scripts rather than fetched JSON, so they load from file:// as well.
  function loadScript(el, src, done, failed) {
    const doc = el.ownerDocument;
    const script = doc.createElement("script");
    script.src = src;
    script.addEventListener("load", done);
    if (failed) script.addEventListener("error", failed);
    doc.head.append(script);
  }

  function loadIndex(el, ui, done) {
    loadScript(el, el.dataset.otherIndex || ui.base + "search/index." + ui.otherLang + ".js", done, () => {
      ui.checkbox.checked = false;
      ui.checkbox.disabled = true;
    });
  }

  function isEditable(target) {
    if (!target || !target.tagName) return false;
    const tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  return { FORMAT, tokenize, stem, search, prepare, mount, mountWhenReady };
});
