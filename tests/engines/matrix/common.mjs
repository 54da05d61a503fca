// What the three filling engines share: the plan the tests write, the report they read back,
// and a grey PGM writer (P5, 0 = black), the format the C# tests read for every engine.
import fs from 'node:fs';
import path from 'node:path';

// Node 20 lacks two things pdfjs-dist 6 uses (it asks for Node 22); both are small and exact.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((a, b) => {
      resolve = a;
      reject = b;
    });
    return { promise, resolve, reject };
  };
}
if (!ArrayBuffer.prototype.transferToFixedLength) {
  ArrayBuffer.prototype.transferToFixedLength = function transferToFixedLength(length = this.byteLength) {
    const copy = new ArrayBuffer(length);
    new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
    return copy;
  };
}

/**
 * The plan: { dpi, font, files: [{ name, input, text: {field: value}, checks: [field],
 * choices: {field: [option, ...]} }] }. Every engine fills every text field with its value,
 * ticks every check box, and chooses each option of a choice in turn, ending on the last.
 */
export function readPlan(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Where an engine writes: out/<name>.pdf, out/<name>-<page>.pgm and out/report.json. */
export function outputFolder(root) {
  fs.mkdirSync(root, { recursive: true });
  return {
    pdf: (name) => path.join(root, `${name}.pdf`),
    pgm: (name, page) => path.join(root, `${name}-${page}.pgm`),
    report: path.join(root, 'report.json'),
  };
}

/** Writes 8-bit grey pixels as a binary PGM. */
export function writePgm(file, width, height, gray) {
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`P5\n${width} ${height}\n255\n`, 'ascii'), Buffer.from(gray)]));
}

/** Runs fn over the files one after another; a file that fails is reported and the rest still run. */
export async function forEachFile(files, fn) {
  const report = {};
  for (const file of files) {
    try {
      report[file.name] = await fn(file);
    } catch (error) {
      report[file.name] = { error: String(error && error.stack ? error.stack : error) };
    }
  }
  return report;
}
