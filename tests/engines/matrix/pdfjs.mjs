// pdf.js, the viewer of Firefox (pdfjs-dist): fills every PDF of the plan through the annotation
// storage its form layer writes to (every widget of a field gets the value, as the viewer does),
// saves with saveDocument, reopens the saved file, and reports the text it draws in each widget
// (from its operator list) with the widget's box, and a grey render of every page.
//
//   node tests/engines/matrix/pdfjs.mjs PLAN.json OUT_DIR
//
// Node has no system fonts for pdf.js: the canvas gets the plan's stand-in for a Chinese desktop
// font (what Firefox would take from the system for a font the file does not embed), and the
// standard fonts and CMaps come from pdfjs-dist itself.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { readPlan, outputFolder, writePgm, forEachFile } from './common.mjs';

const require = createRequire(import.meta.url);
const pdfjs = await import(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
const { GlobalFonts } = require('@napi-rs/canvas');
const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
const options = {
  cMapUrl: path.join(root, 'cmaps') + path.sep,
  cMapPacked: true,
  standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
  verbosity: 0,
};
const [planFile, outDir] = process.argv.slice(2);
const plan = readPlan(planFile);
const out = outputFolder(outDir);
// pdf.js draws a font the file does not embed with the canvas's font of that family, falling back
// by character to the registered fonts; register the stand-in under the generic families.
for (const family of ['serif', 'sans-serif', plan.font.name]) {
  GlobalFonts.registerFromPath(plan.font.path, family);
}

const report = await forEachFile(plan.files, async (file) => {
  const task = pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file.input)), ...options });
  const doc = await task.promise;
  const radio = await fill(doc, file);
  const saved = await doc.saveDocument();
  await task.destroy();
  fs.writeFileSync(out.pdf(file.name), saved);
  return { radio, pages: await inspect(saved, file.name) };
});
fs.writeFileSync(out.report, JSON.stringify(report));

async function fill(doc, file) {
  const storage = doc.annotationStorage;
  const radio = {};
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const widgets = (await page.getAnnotations()).filter((a) => a.subtype === 'Widget');
    for (const a of widgets) {
      if (a.fieldType === 'Tx' && a.fieldName in file.text) {
        storage.setValue(a.id, { value: file.text[a.fieldName] });
      } else if (a.checkBox && file.checks.includes(a.fieldName)) {
        storage.setValue(a.id, { value: true });
      }
    }
    for (const [name, order] of Object.entries(file.choices)) {
      const buttons = widgets.filter((a) => a.radioButton && a.fieldName === name);
      if (buttons.length === 0) {
        continue;
      }
      radio[name] = [];
      for (const option of order) {
        // As the viewer does on a click: this button on, the others of the group off.
        for (const button of buttons) {
          storage.setValue(button.id, { value: button.buttonValue === option });
        }
        radio[name].push(buttons.filter((b) => storage.getValue(b.id, {}).value === true).map((b) => b.buttonValue));
      }
    }
  }
  return radio;
}

async function inspect(bytes, name) {
  const task = pdfjs.getDocument({ data: bytes, ...options });
  const doc = await task.promise;
  const pages = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    const [, , width, height] = page.view;
    // What pdf.js draws for each annotation: the text of its appearance, from the operator list,
    // boxed by the annotation's rectangle (top-left origin, points). A glyph pdf.js puts below the
    // box, or past its right edge, is cut off when printed; those are reported apart, the lines
    // below as the sixth element and what runs past the edge (one line of it per line of text) as
    // the seventh, so the tests can tell what pdf.js itself leaves out of sight. The eighth and
    // ninth are the font size pdf.js chose and the number of lines it drew.
    const chars = [];
    const list = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE });
    let annotation = null;
    let lineX = 0;
    let lineY = 0;
    for (let i = 0; i < list.fnArray.length; i++) {
      const fn = list.fnArray[i];
      const args = list.argsArray[i];
      if (fn === pdfjs.OPS.beginAnnotation) {
        const [x0, y0, x1, y1] = args[1];
        annotation = { item: ['', x0, height - y1, x1, height - y0, '', '', 0, 0], width: x1 - x0, height: y1 - y0, size: 0 };
      } else if (fn === pdfjs.OPS.endAnnotation) {
        if (annotation && (annotation.item[0] + annotation.item[5] + annotation.item[6]).trim() !== '') {
          chars.push(annotation.item);
        }
        annotation = null;
      } else if (annotation && fn === pdfjs.OPS.setFont) {
        annotation.size = args[1];
        annotation.item[7] = args[1];
      } else if (annotation && fn === pdfjs.OPS.setTextMatrix) {
        lineX = args[0][4];
        lineY = args[0][5];
      } else if (annotation && (fn === pdfjs.OPS.moveText || fn === pdfjs.OPS.setLeadingMoveText)) {
        lineX += args[0];
        lineY += args[1];
      } else if (annotation && fn === pdfjs.OPS.showText) {
        let x = lineX;
        let pastLine = '';
        annotation.item[8]++;
        const below = lineY < -0.2 * annotation.size || lineY > annotation.height;
        for (const glyph of args[0]) {
          if (typeof glyph === 'number') {
            x -= (glyph * annotation.size) / 1000;
            continue;
          }
          const advance = ((glyph && glyph.width) || 0) * annotation.size / 1000;
          const text = (glyph && glyph.unicode) || '';
          if (below) {
            annotation.item[5] += text;
          } else if (x + advance / 2 > annotation.width) {
            pastLine += text;
          } else {
            annotation.item[0] += text;
          }
          x += advance;
        }
        if (pastLine.trim() !== '') {
          annotation.item[6] += pastLine + '\n';
        }
      }
    }
    pages.push({ width, height, chars });

    const viewport = page.getViewport({ scale: plan.dpi / 72 });
    const { canvas, context } = doc.canvasFactory.create(Math.round(viewport.width), Math.round(viewport.height));
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // ENABLE draws every annotation from its appearance stream, as printing the saved file does.
    await page.render({ canvasContext: context, canvas, viewport, annotationMode: pdfjs.AnnotationMode.ENABLE }).promise;
    const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const gray = new Uint8Array(canvas.width * canvas.height);
    for (let i = 0; i < gray.length; i++) {
      gray[i] = (rgba[i * 4] * 299 + rgba[i * 4 + 1] * 587 + rgba[i * 4 + 2] * 114) / 1000;
    }
    writePgm(out.pgm(name, number), canvas.width, canvas.height, gray);
    page.cleanup();
  }
  await task.destroy();
  return pages;
}
