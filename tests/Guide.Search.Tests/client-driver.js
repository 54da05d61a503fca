// Runs calls against the shipped search client for the xunit tests.
// Usage: node client-driver.js <path to search.js>; a JSON request on stdin:
//   { "indexFiles": ["…/index.zh-CN.js"], "calls": [ { "op": "search", "lang": "zh-CN", "query": "…", "options": {} },
//     { "op": "tokenize", "text": "…" }, { "op": "stem", "word": "…" } ] }
// prints a JSON array with one answer per call.
"use strict";
const client = require(process.argv[2]);
let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const request = JSON.parse(input);
  for (const file of request.indexFiles || []) require(file);
  const indexes = globalThis.GuideSearch.indexes;
  const answers = request.calls.map((call) => {
    switch (call.op) {
      case "search":
        return client.search(indexes[call.lang], call.query, call.options || {});
      case "tokenize":
        return client.tokenize(call.text);
      case "stem":
        return client.stem(call.word);
      case "index":
        return indexes[call.lang];
      default:
        throw new Error("unknown op " + call.op);
    }
  });
  process.stdout.write(JSON.stringify(answers));
});
