// Runs calls against the shipped search client under Node, for tests that ask thousands (JsClient.RunInNode).
// Usage: node client-driver.js <path to search.js>; a JSON request on stdin:
//   { "indexFiles": ["…/index.zh-CN.js"], "calls": [ { "op": "search", "lang": "zh-CN", "query": "…", "options": {} },
//     { "op": "tokenize", "text": "…" }, { "op": "stem", "word": "…" }, { "op": "pages", "lang": "en" },
//     { "op": "loaded" } ] }
// prints a JSON array with one answer per call. Index files are manifests; their parts load from
// beside them, as the browser loads them; "loaded" answers which parts were loaded since it was last asked.
"use strict";
const path = require("node:path");
const client = require(process.argv[2]);
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const request = JSON.parse(input);
  const indexes = {};
  const loaded = [];
  for (const file of request.indexFiles || []) {
    const before = new Set(Object.keys(globalThis.GuideSearch.indexes));
    require(file);
    const lang = Object.keys(globalThis.GuideSearch.indexes).find((l) => !before.has(l));
    const folder = path.dirname(file);
    indexes[lang] = client.open(globalThis.GuideSearch.indexes[lang], (part) => {
      loaded.push(part);
      require(path.join(folder, part));
    });
  }
  const answers = [];
  for (const call of request.calls) {
    switch (call.op) {
      case "search":
        answers.push(await indexes[call.lang].search(call.query, call.options || {}));
        break;
      case "tokenize":
        answers.push(client.tokenize(call.text));
        break;
      case "stem":
        answers.push(client.stem(call.word));
        break;
      case "loaded":
        answers.push(loaded.splice(0));
        break;
      case "pages":
        answers.push(await indexes[call.lang].pages());
        break;
      default:
        throw new Error("unknown op " + call.op);
    }
  }
  process.stdout.write(JSON.stringify(answers));
});
