// Fills PDFs the way a worksheet page does in the browser: the shipped theme/wwwroot/js/pdf-fill.js,
// over the data script the build publishes beside each PDF (<slug>.fill.js), so the viewer matrix can
// open what a reader downloads.
//
//   node tests/engines/matrix/browser-fill.js JOBS.json
//
// JOBS.json: [{ "script": ".../w2-three-three.fill.js", "key": "W2:zh-CN", "answers": {field: value}, "output": ".../x.pdf" }]
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { fill } = require(path.join(__dirname, '..', '..', '..', 'theme', 'wwwroot', 'js', 'pdf-fill.js'));

for (const job of JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))) {
  require(path.resolve(job.script));
  const data = globalThis.GuideFill.files[job.key];
  if (!data) {
    throw new Error(`${job.script} defines no ${job.key}`);
  }
  fs.writeFileSync(job.output, fill(Buffer.from(data.pdf, 'base64'), data, job.answers));
}
