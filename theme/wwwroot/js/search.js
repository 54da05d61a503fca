/*
 * Guide search: tokenizer, ranking and the search box.
 *
 * One classic script with no dependencies. In a browser it attaches to globalThis.GuideSearch and
 * mounts every `.search[data-lang]` box; under Node `require()` returns the same API, so tests open
 * an index with open(manifest, load) and search it. Nothing here evaluates strings or touches
 * innerHTML, so it runs under `Content-Security-Policy: default-src 'self'`, and an index arrives as
 * <script> files (its manifest when the box gets focus, then the parts each query needs), so it
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

  const FORMAT = 2;

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

  // ---------------------------------------------------------------- coded strings
  // Term shards and page groups are written with the digits of a 93-character alphabet (printable
  // ASCII without " and \), so they need no escapes and cost a byte a digit (CodeAlphabet.cs).

  const BASE = 93;
  const DIGITS = (() => {
    const table = new Int8Array(128).fill(-1);
    let d = 0;
    for (let c = 0x20; c < 0x7f; c++) if (c !== 0x22 && c !== 0x5c) table[c] = d++;
    return table;
  })();

  function startsWord(s) {
    const c = s.charCodeAt(0);
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  }

  /**
   * Page text: each symbol is a number in the language's dictionary, one to three digits (TextCodec.cs);
   * the literal number is followed by a length digit and the text itself. A space is implied
   * between two symbols that start with a letter or digit.
   */
  function decode(code, words) {
    let out = "";
    let afterWord = false;
    for (let i = 0; i < code.length;) {
      let n = DIGITS[code.charCodeAt(i++)];
      if (n >= words.ones + words.twos) {
        n = words.ones + words.twos * BASE + ((n - words.ones - words.twos) * BASE + DIGITS[code.charCodeAt(i)]) * BASE + DIGITS[code.charCodeAt(i + 1)];
        i += 2;
      } else if (n >= words.ones) {
        n = words.ones + (n - words.ones) * BASE + DIGITS[code.charCodeAt(i++)];
      }
      let symbol;
      if (n === words.literal) {
        const length = DIGITS[code.charCodeAt(i++)] + 1;
        symbol = code.slice(i, i + length);
        i += length;
      } else {
        symbol = words.symbols[n];
      }
      const word = startsWord(symbol);
      if (word && afterWord) out += " ";
      out += symbol;
      afterWord = word;
    }
    return out;
  }

  /** The anchor most headings get (PageGroups.AnchorOf): ASCII capitals lowered, spaces made hyphens. */
  function anchorOf(heading) {
    return heading.replace(/[A-Z ]/g, (c) => (c === " " ? "-" : c.toLowerCase()));
  }

  /** A number as CodeAlphabet.AppendNumber writes it: least significant digit first, digits from 46 up go on. */
  function readNumber(code, at) {
    let n = 0;
    for (let unit = 1; ; unit *= 47) {
      const d = DIGITS[code.charCodeAt(at.i++)];
      if (d < 46) return n + d * unit;
      n += (d - 46) * unit;
    }
  }

  /**
   * The pages that have a term, with its weight level in each (TermShards.cs): a digit below `levels`
   * is the level of the page after the previous one; digits at and above it write, in base
   * 93 - levels, a gap of two or more pages before the level that follows.
   */
  function decodePages(code, levels) {
    const pages = [];
    const weights = [];
    let page = -1;
    let gap = -1;
    for (let i = 0; i < code.length; i++) {
      const d = DIGITS[code.charCodeAt(i)];
      if (d >= levels) {
        gap = Math.max(gap, 0) * (BASE - levels) + d - levels;
        continue;
      }
      page += gap < 0 ? 1 : gap + 2;
      pages.push(page);
      weights.push(d);
      gap = -1;
    }
    return { pages, levels: weights };
  }

  // ---------------------------------------------------------------- query

  // Function words carry no meaning in "how do I disagree with my rating"; dropped from queries only.
  const STOP = new Set(("a an and are as at be but by can could do does did for from had has have how i if in into is it its " +
    "me my of on or our should so that the their them then there these they this to was we were what when where which " +
    "who why will with would you your").split(" "));
  // The same for Chinese: question words say a reader is asking, not what about ("…怎么办").
  const STOP_PAIRS = new Set(["怎么", "么办", "怎样", "什么", "如何", "为什", "么样", "是不", "不是", "的话"]);
  const SUFFIXES = ["ing", "ed", "es", "s", "e", "ement", "ation", "ment", "ness", "ism", "ise", "ize", "ful", "ly",
    "ally", "al", "ies", "y"];

  // A query is a list of clauses; a document's clause score is the best of its alternatives
  // (a word typed so far and its completions are one clause, not several).
  const PAIR_WEIGHT = 1;
  const SINGLE_FALLBACK = 0.5; // single characters of a multi-character run: recall when no pair meets
  const PREFIX_WEIGHT = 0.8;
  const STEM_PREFIX_WEIGHT = 0.9;
  const MAX_EXPANSIONS = 24;
  const ADJACENT_BONUS = 0.6;

  /** Clauses and phrases of a query; `lex` answers df(term) and withPrefix(prefix) from the term shards. */
  function analyse(lex, query, allowPrefix) {
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
        if (beingTyped) alternatives.push(...expand(lex, run.word, term));
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
  function expand(lex, word, term) {
    if (word.length < 2) return [];
    const found = new Map();
    for (const prefix of new Set([term, word])) {
      for (const t of lex.withPrefix(prefix)) if (t !== term) found.set(t, PREFIX_WEIGHT);
    }
    for (let n = word.length - 1; n >= 3; n--) {
      const rest = word.slice(n);
      for (const candidate of [word.slice(0, n), word.slice(0, n) + "e"]) {
        if (candidate !== term && lex.df(candidate) > 0 && startsSuffix(rest, candidate)) found.set(candidate, STEM_PREFIX_WEIGHT);
      }
    }
    return [...found]
      .map(([t, weight]) => ({ term: t, weight, df: lex.df(t) }))
      .sort((a, b) => b.weight - a.weight || b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
      .slice(0, MAX_EXPANSIONS);
  }

  function startsSuffix(rest, stemmed) {
    if (SUFFIXES.some((s) => s.startsWith(rest))) return true;
    // planni → plan + n + ing: the stemmer undoubled the consonant.
    return rest.length > 1 && rest[0] === stemmed[stemmed.length - 1] && SUFFIXES.some((s) => s.startsWith(rest.slice(1)));
  }

  // ---------------------------------------------------------------- opening an index

  // Pages a query may score before it settles for the best results among them (see rank).
  const MAX_PAGES = 32;

  /**
   * Opens a language's index from its manifest (what search/index.<lang>.js registers; see
   * src/Guide.Search/SearchIndex.cs). Parts load as queries need them.
   * @param {object} manifest  globalThis.GuideSearch.indexes[lang]
   * @param {(file: string) => (void|Promise<void>)} load  runs the part script at `file` (an address
   *   relative to the manifest's folder); it registers itself on globalThis.GuideSearch.parts
   * @returns {{lang: string, search: function(string, object=): Promise<Array>, pages: function(): Promise<Array>,
   *   files: {words: string, shards: string[], groups: string[]}}}  pages: every page, decoded (loads
   *   the whole index; for tests); files: the parts' addresses
   */
  function open(manifest, load) {
    if (!manifest || manifest.format !== FORMAT) {
      throw new Error("GuideSearch: index format " + (manifest && manifest.format) + " is not " + FORMAT + "; rebuild the site.");
    }
    const ns = (globalThis.GuideSearch ||= {});
    const parts = (ns.parts ||= {});
    const lang = manifest.lang;
    const n = manifest.sections;
    const k1 = manifest.k1;
    const fields = manifest.fields.map(([key, weight, b, total]) => ({ key, weight, b, avg: Math.max(1, total / Math.max(1, n)) }));
    const [lowest, ratio, levels] = manifest.bounds;
    const levelWeight = Array.from({ length: levels }, (_, l) => lowest * Math.pow(ratio, l));
    // Parts named with something of one length inserted before .js (a content hash) are listed
    // by their insertions run together; others by their addresses (SearchIndex.cs).
    const width = manifest.width;
    const fileAt = (key, listed, k) => (width === null ? listed[k] : key + listed.slice(k * width, (k + 1) * width) + ".js");
    const firstTerms = manifest.terms[0].split(" "); // there is always a shard, if only an empty one
    const shardFiles = firstTerms.map((_, k) => fileAt(lang + "/t" + k, manifest.terms[1], k));
    const firstPages = [];
    const firstSections = [];
    for (let at = { i: 0 }, page = 0, section = 0; at.i < manifest.groups[0].length;) {
      firstPages.push(page);
      firstSections.push(section);
      page += readNumber(manifest.groups[0], at);
      section += readNumber(manifest.groups[0], at);
    }
    const groupFiles = firstPages.map((_, k) => fileAt(lang + "/g" + k, manifest.groups[1], k));
    const wordsFile = fileAt(lang + "/words", manifest.words, 0);
    const wordsKey = lang + "/words";
    const loading = new Map();
    const shards = [];
    const postings = new Map();
    const pages = new Map();

    function need(key, file) {
      if (parts[key]) return undefined;
      let pending = loading.get(key);
      if (!pending) {
        pending = Promise.resolve().then(() => load(file)).then(() => {
          if (!parts[key]) throw new Error("GuideSearch: " + file + " did not register " + key);
        });
        pending.catch(() => loading.delete(key)); // a later query may try again
        loading.set(key, pending);
      }
      return pending;
    }
    const ensure = (list) => Promise.all(list.map(([key, file]) => need(key, file)));
    const termShard = (i) => [lang + "/t" + i, shardFiles[i]];
    const pageGroup = (g) => [lang + "/g" + g, groupFiles[g]];

    /** The last shard (or group) whose first term (or page) is at most `key`. */
    function lastAtMost(firsts, key) {
      let lo = 0;
      let hi = firsts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (firsts[mid] <= key) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    }
    const shardOf = (term) => lastAtMost(firstTerms, term);
    // No term holds U+FFFF, so every term that starts with the prefix sorts below this.
    const prefixEnd = (prefix) => prefix + "\uffff";

    /** A loaded shard (TermShards.cs): each term with its number of sections and where its coded pages are. */
    function shard(i) {
      let s = shards[i];
      if (!s) {
        const [names, coded] = parts[lang + "/t" + i];
        s = { coded, at: new Map() };
        const at = { i: 0 };
        for (const term of names === "" ? [] : names.split(" ")) {
          const df = readNumber(coded, at);
          const length = readNumber(coded, at);
          s.at.set(term, { df, start: at.i, end: at.i + length });
          at.i += length;
        }
        shards[i] = s;
      }
      return s;
    }

    /** Terms from loaded shards. */
    const lex = {
      df(term) {
        const entry = shard(shardOf(term)).at.get(term);
        return entry === undefined ? 0 : entry.df;
      },
      withPrefix(prefix) {
        const found = [];
        for (let i = shardOf(prefix), last = shardOf(prefixEnd(prefix)); i <= last; i++) {
          for (const t of shard(i).at.keys()) if (t.startsWith(prefix)) found.push(t);
        }
        return found;
      },
      pages(term) {
        let p = postings.get(term);
        if (!p) {
          const s = shard(shardOf(term));
          const entry = s.at.get(term);
          postings.set(term, (p = decodePages(s.coded.slice(entry.start, entry.end), levels)));
        }
        return p;
      },
    };

    /** The shards a query reads: the same analysis, run against a lexicon that only writes down what it is asked. */
    function shardsFor(query, allowPrefix) {
      const wanted = new Set();
      const note = {
        df(term) {
          wanted.add(shardOf(term));
          return 0;
        },
        withPrefix(prefix) {
          for (let i = shardOf(prefix), last = shardOf(prefixEnd(prefix)); i <= last; i++) wanted.add(i);
          return [];
        },
      };
      const { clauses, phrases } = analyse(note, query, allowPrefix);
      for (const c of clauses) for (const a of c.alternatives) note.df(a.term);
      for (const cs of phrases) for (let k = 0; k + 1 < cs.length; k++) note.df(cs[k] + cs[k + 1]);
      return [...wanted].sort((a, b) => a - b).map(termShard);
    }

    /** A page's sections, decoded and counted per field; the page's group must be loaded. */
    function page(p) {
      let docs = pages.get(p);
      if (docs) return docs;
      const words = parts[wordsKey];
      const g = lastAtMost(firstPages, p);
      const group = parts[lang + "/g" + g];
      let doc = firstSections[g];
      for (let q = firstPages[g]; q < p; q++) doc += group[q - firstPages[g]].length - 4;
      const raw = group[p - firstPages[g]];
      const [url, title, summary, tags] = raw.slice(0, 4).map((s) => decode(s, words));
      const seen = new Map(); // a page's title and summary repeat in each of its sections
      const count = (text) => {
        let c = seen.get(text);
        if (!c) seen.set(text, (c = countTerms(text)));
        return c;
      };
      docs = raw.slice(4).map((s, k) => {
        const heading = decode(s[1], words);
        const anchor = s[0] === 0 ? anchorOf(heading) : decode(s[0], words);
        const d = {
          i: doc + k, lang, page: url, url: anchor ? url + "#" + anchor : url,
          title, heading, text: decode(s[2], words), summary: s.length > 3 ? decode(s[3], words) : summary, tags,
        };
        d.counts = fields.map((f) => count(d[f.key]));
        return d;
      });
      pages.set(p, docs);
      return docs;
    }

    /** BM25 per field, weighted and summed; the builder bounds pages with the same sum (TermTable.cs). */
    function weightIn(d, term) {
      let w = 0;
      for (let f = 0; f < fields.length; f++) {
        const c = d.counts[f];
        const tf = c.tf.get(term);
        if (!tf) continue;
        const norm = k1 * (1 - fields[f].b + fields[f].b * (c.length / fields[f].avg));
        w += (fields[f].weight * tf * (k1 + 1)) / (tf + norm);
      }
      return w;
    }

    function idfOf(df) {
      return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    /**
     * Ranks the sections of this language for a query.
     * @param {string} query  what the reader typed; a trailing space ends prefix matching
     * @param {{limit?: number, perPage?: number, prefix?: boolean, maxPages?: number, exhaustive?: boolean, stats?: object}} [options]
     *   limit: results returned (10); perPage: sections of one page among them (1: the best
     *   section stands for its page, so one long page does not crowd out the rest);
     *   prefix: complete the last word while typing (true); maxPages: pages a query may score
     *   (MAX_PAGES, at least limit); exhaustive: score every page, for tests; stats: an object to
     *   fill with what the query did (candidates, pages scored, groups loaded, rounds, capped)
     * @returns {Promise<Array<{url: string, page: string, lang: string, pageTitle: string, heading: string,
     *   headingParts: Array<{text: string, mark: boolean}>, excerpt: Array<{text: string, mark: boolean}>, score: number}>>}
     */
    async function search(query, options) {
      const opts = options || {};
      const text = String(query || "");
      const allowPrefix = opts.prefix !== false;
      await ensure(shardsFor(text, allowPrefix));
      const { clauses, phrases } = analyse(lex, text, allowPrefix);
      if (clauses.length === 0) return [];
      const idfs = new Map();
      const idf = (term) => {
        let v = idfs.get(term);
        if (v === undefined) idfs.set(term, (v = idfOf(lex.df(term))));
        return v;
      };
      return rank({ clauses, phrases, idf }, opts);
    }

    /**
     * Ranks in rounds. Each page has a bound: per clause, the best of its terms' largest weight in
     * one of the page's sections, summed, plus the phrase bonuses its pairs allow. Round one loads
     * the groups of the `limit` pages with the highest bounds and scores their sections exactly; each
     * later round loads the next pages whose bound reaches the score of the last result shown, until
     * none is left, so the results are those of scoring every section. A query that would need more than MAX_PAGES
     * pages stops there with the best of what it scored (never on the real guide: a test compares
     * every query of its relevance table, as typed, with `exhaustive`, which scores every page).
     */
    async function rank(q, opts) {
      const limit = opts.limit === undefined ? 10 : opts.limit;
      const perPage = opts.perPage === undefined ? 1 : opts.perPage;
      const maxPages = opts.exhaustive ? Infinity : Math.max(limit, opts.maxPages === undefined ? MAX_PAGES : opts.maxPages);
      const candidates = opts.exhaustive
        ? Array.from({ length: manifest.pages }, (_, p) => ({ page: p, bound: Infinity }))
        : bounds(q);
      const groups = new Set();
      const scored = [];
      let shown = [];
      let kth = -Infinity;
      let next = 0; // candidates before this one are scored
      let rounds = 0;
      for (; ;) {
        // At most as many pages as are scored already, so a round that turns out not to be
        // needed (the results get better as pages are scored) costs at most twice the pages.
        let end = next;
        while (end < candidates.length && (rounds === 0 ? end < limit : candidates[end].bound >= kth && end < 2 * next)) end++;
        if (end > maxPages) end = Math.max(next, maxPages);
        if (end === next) break;
        const batch = candidates.slice(next, end);
        const needed = [...new Set(batch.map((c) => lastAtMost(firstPages, c.page)))];
        needed.forEach((g) => groups.add(g));
        rounds++;
        await ensure([[wordsKey, wordsFile], ...needed.map(pageGroup)]);
        for (const c of batch) {
          for (const d of page(c.page)) {
            const score = scoreOf(d, q);
            if (score >= 0) scored.push({ d, score });
          }
        }
        next = end;
        scored.sort((a, b) => b.score - a.score || a.d.i - b.d.i);
        shown = top(scored, limit, perPage);
        kth = shown.length >= limit && limit > 0 ? shown[shown.length - 1].score : -Infinity;
      }
      const capped = next < candidates.length && candidates[next].bound >= kth;
      if (opts.stats) Object.assign(opts.stats, { candidates: candidates.length, pages: next, groups: groups.size, rounds, capped });
      const marks = highlightTerms(q.clauses, lex);
      return shown.map((r) => present(r.d, r.score, marks));
    }

    function bounds(q) {
      const total = new Map();
      const strong = new Set();
      for (const clause of q.clauses) {
        const best = new Map();
        for (const alt of clause.alternatives) {
          if (lex.df(alt.term) === 0) continue;
          const list = lex.pages(alt.term);
          const w = alt.weight * clause.weight * q.idf(alt.term);
          for (let k = 0; k < list.pages.length; k++) {
            const s = w * levelWeight[list.levels[k]];
            if (s > (best.get(list.pages[k]) || 0)) best.set(list.pages[k], s);
          }
        }
        for (const [p, s] of best) {
          total.set(p, (total.get(p) || 0) + s);
          if (!clause.fallback) strong.add(p);
        }
      }
      // A phrase bonus needs the three characters together, so both their pairs in the page.
      const phrase = new Map();
      for (const cs of q.phrases) {
        let before = null;
        for (let k = 0; k + 1 < cs.length; k++) {
          const pair = cs[k] + cs[k + 1];
          const pages = new Set(lex.df(pair) > 0 ? lex.pages(pair).pages : []);
          if (before) {
            const bonus = ADJACENT_BONUS * ((q.idf(cs[k - 1] + cs[k]) + q.idf(pair)) / 2) * 2;
            for (const p of pages) if (before.has(p)) phrase.set(p, (phrase.get(p) || 0) + bonus);
          }
          before = pages;
        }
      }
      // A page whose only matches are single characters of a longer run cannot show.
      return [...strong].map((p) => ({ page: p, bound: total.get(p) + (phrase.get(p) || 0) }))
        .sort((a, b) => b.bound - a.bound || a.page - b.page);
    }

    /** A section's exact score, or -1 when it meets no clause but single-character fallbacks. */
    function scoreOf(d, q) {
      let score = 0;
      let strong = false;
      for (const clause of q.clauses) {
        let best = 0;
        for (const alt of clause.alternatives) {
          const w = weightIn(d, alt.term);
          if (w === 0) continue;
          const s = alt.weight * clause.weight * q.idf(alt.term) * w;
          if (s > best) best = s;
        }
        if (best > 0) {
          score += best;
          if (!clause.fallback) strong = true;
        }
      }
      return strong ? score + adjacency(d, q) : -1;
    }

    // Pairs that meet in the text as the query wrote them ("每个月" rather than "每个" here, "个月" there).
    function adjacency(d, q) {
      let bonus = 0;
      for (const cs of q.phrases) {
        for (let k = 0; k + 2 < cs.length; k++) {
          const three = cs[k] + cs[k + 1] + cs[k + 2];
          const inHead = d.title.includes(three) || d.heading.includes(three);
          if (!inHead && !d.text.includes(three) && !d.summary.includes(three)) continue;
          const weight = (q.idf(cs[k] + cs[k + 1]) + q.idf(cs[k + 1] + cs[k + 2])) / 2;
          bonus += ADJACENT_BONUS * weight * (inHead ? 2 : 1);
        }
      }
      return bonus;
    }

    /** Every page with its sections, for tests and tools: loads the whole index. */
    async function all() {
      await ensure([[wordsKey, wordsFile], ...groupFiles.map((_, g) => pageGroup(g))]);
      const result = [];
      for (let p = 0; p < manifest.pages; p++) {
        const docs = page(p);
        result.push({ url: docs[0].page, title: docs[0].title, tags: docs[0].tags,
          sections: docs.map((d) => ({ url: d.url, heading: d.heading, text: d.text, summary: d.summary })) });
      }
      return result;
    }

    // The dictionary is needed for any result: fetched as soon as the index opens.
    need(wordsKey, wordsFile)?.catch(() => {});
    return { lang, search, pages: all, files: { words: wordsFile, shards: shardFiles, groups: groupFiles } };
  }

  /** The first `limit` results, at most `perPage` sections of one page among them. */
  function top(ranked, limit, perPage) {
    const shown = [];
    const perPageCount = new Map();
    for (const r of ranked) {
      if (shown.length >= limit) break;
      const n = perPageCount.get(r.d.page) || 0;
      if (n >= perPage) continue;
      perPageCount.set(r.d.page, n + 1);
      shown.push(r);
    }
    return shown;
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

  function highlightTerms(clauses, lex) {
    const marks = new Set();
    for (const c of clauses) {
      if (c.fallback) continue;
      for (const a of c.alternatives) if (lex.df(a.term) > 0) marks.add(a.term);
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
    let results = [];
    let active = -1;
    let asked = 0; // the latest query: an answer to an earlier one that arrives after it is dropped
    const own = () => opened(el.ownerDocument, ui.lang, el.dataset.index || ui.base + "search/index." + ui.lang + ".js");

    const render = async () => {
      const query = ui.input.value;
      const ticket = ++asked;
      if (query.trim() === "") return close();
      let found;
      try {
        found = await (await own()).search(query, { limit: 8 });
        if (ui.checkbox && ui.checkbox.checked) found = found.concat(await otherResults(query));
      } catch (error) {
        console.error(error);
        return;
      }
      if (ticket !== asked) return;
      results = found;
      active = -1;
      draw(ui, results);
    };
    const otherResults = async (query) => {
      try {
        const src = el.dataset.otherIndex || ui.base + "search/index." + ui.otherLang + ".js";
        return await (await opened(el.ownerDocument, ui.otherLang, src)).search(query, { limit: 5 });
      } catch {
        ui.checkbox.checked = false;
        ui.checkbox.disabled = true;
        return [];
      }
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
    // The index loads only when a reader reaches for the box, and then only the manifest and the
    // dictionary; each query loads the parts it needs.
    ui.input.addEventListener("focus", () => own().catch((error) => console.error(error)), { once: true });
    ui.input.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        const step = e.key === "ArrowDown" ? 1 : -1;
        if (ui.list.hidden) render().then(() => move(step));
        else move(step);
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
      ui.checkbox.addEventListener("change", render);
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
  function loadScript(doc, src) {
    return new Promise((resolve, reject) => {
      const script = doc.createElement("script");
      script.src = src;
      script.addEventListener("load", () => resolve());
      script.addEventListener("error", () => reject(new Error("GuideSearch: could not load " + src)));
      doc.head.append(script);
    });
  }

  const openedIndexes = new Map(); // manifest address → promise of the opened index

  /** The index whose manifest is at `src` (relative to the page), opened once; its parts load from beside it. */
  function opened(doc, lang, src) {
    let index = openedIndexes.get(src);
    if (!index) {
      const ns = globalThis.GuideSearch;
      const folder = src.slice(0, src.lastIndexOf("/") + 1);
      index = (ns.indexes[lang] ? Promise.resolve() : loadScript(doc, src))
        .then(() => open(ns.indexes[lang], (file) => loadScript(doc, folder + file)));
      index.catch(() => openedIndexes.delete(src)); // a later keystroke tries again
      openedIndexes.set(src, index);
    }
    return index;
  }

  function isEditable(target) {
    if (!target || !target.tagName) return false;
    const tag = target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
  }

  return { FORMAT, tokenize, stem, open, mount, mountWhenReady };
});
