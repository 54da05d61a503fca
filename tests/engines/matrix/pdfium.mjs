// PDFium, the engine of Chrome and Edge (the @embedpdf/pdfium WebAssembly build): fills every
// PDF of the plan the way a user does, through the form-fill API (focus a field, select all,
// replace the selection; click check boxes and radio buttons), saves, reopens the saved file, and
// reports its characters with their boxes and a grey render of every page.
//
//   node tests/engines/matrix/pdfium.mjs PLAN.json OUT_DIR
//
// A WebAssembly build has no system fonts, so it gets the font a Chinese desktop would have
// (the plan's stand-in for SimSun) through FPDF_SetSystemFontInfo; Latin uses PDFium's own.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { readPlan, outputFolder, writePgm, forEachFile } from './common.mjs';

const require = createRequire(import.meta.url);
const { init } = await import(require.resolve('@embedpdf/pdfium'));
const [planFile, outDir] = process.argv.slice(2);
const plan = readPlan(planFile);
const out = outputFolder(outDir);
const P = await init({ wasmBinary: fs.readFileSync(require.resolve('@embedpdf/pdfium/pdfium.wasm')) });
P.PDFiumExt_Init();
const M = P.pdfium;

const FPDF_FORMFIELD_CHECKBOX = 2;
const FPDF_FORMFIELD_RADIOBUTTON = 3;
const FPDF_FORMFIELD_TEXTFIELD = 6;
const FPDF_ANNOT = 0x01;
const FLAT_PRINT = 1;
const FPDFBitmap_Gray = 1;
const GB2312_CHARSET = 134;
const mappedFonts = new Set();
installFont(fs.readFileSync(plan.font.path), plan.font.faceIndex ?? 0, plan.font.name);

const report = await forEachFile(plan.files, async (file) => {
  const { doc, form } = open(fs.readFileSync(file.input));
  const radio = fill(doc, form, file);
  const saved = save(doc);
  close(doc, form);
  fs.writeFileSync(out.pdf(file.name), saved);
  return { radio, pages: inspect(saved, file.name) };
});
report.fonts = [...mappedFonts];
fs.writeFileSync(out.report, JSON.stringify(report));

/**
 * FPDF_SYSFONTINFO (fpdf_sysfontinfo.h): PDFium asks MapFont for a face by name and charset and
 * reads it with GetFontData; every CJK request gets the stand-in, others PDFium's built-in fonts.
 */
function installFont(data, faceIndex, name) {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const isCollection = view.getUint32(0) === 0x74746366; // 'ttcf'
  // For a collection PDFium wants the whole file for table 'ttcf' and, for table 0, the bytes
  // from the face's table directory on, as Windows' GetFontData returns them.
  const faceOffset = isCollection ? view.getUint32(12 + 4 * faceIndex) : 0;
  const info = M._malloc(36);
  const callbacks = [
    M.addFunction(() => {}, 'vi'),
    M.addFunction(() => {}, 'vii'),
    M.addFunction((self, weight, italic, charset, pitch, face) => {
      mappedFonts.add(`${M.UTF8ToString(face)}/${charset}`);
      return charset === GB2312_CHARSET ? 1 : 0;
    }, 'iiiiiiii'),
    M.addFunction(() => 1, 'iii'),
    M.addFunction((self, handle, table, buffer, size) => {
      const bytes = table === 0x74746366 && isCollection ? data : table === 0 ? data.subarray(faceOffset) : null;
      if (!bytes) {
        return 0;
      }
      if (buffer && size >= bytes.length) {
        M.HEAPU8.set(bytes, buffer);
      }
      return bytes.length;
    }, 'iiiiii'),
    M.addFunction((self, handle, buffer, size) => {
      if (buffer && size > name.length) {
        M.stringToUTF8(name, buffer, size);
      }
      return name.length + 1;
    }, 'iiiii'),
    M.addFunction(() => GB2312_CHARSET, 'iii'),
    M.addFunction(() => {}, 'vii'),
  ];
  M.HEAP32[info >> 2] = 1;
  callbacks.forEach((f, i) => (M.HEAP32[(info >> 2) + 1 + i] = f));
  P.FPDF_SetSystemFontInfo(info);
}

function open(bytes) {
  const pointer = M._malloc(bytes.length);
  M.HEAPU8.set(bytes, pointer);
  const doc = P.FPDF_LoadMemDocument(pointer, bytes.length, '');
  if (!doc) {
    throw new Error(`PDFium could not open the file (error ${P.FPDF_GetLastError()})`);
  }
  const form = P.PDFiumExt_InitFormFillEnvironment(doc, P.PDFiumExt_OpenFormFillInfo());
  return { doc, form };
}

function close(doc, form) {
  P.PDFiumExt_ExitFormFillEnvironment(form);
  P.FPDF_CloseDocument(doc);
}

function fieldName(form, annot) {
  const length = P.FPDFAnnot_GetFormFieldName(form, annot, 0, 0);
  const buffer = M._malloc(length);
  P.FPDFAnnot_GetFormFieldName(form, annot, buffer, length);
  const name = M.UTF16ToString(buffer);
  M._free(buffer);
  return name;
}

function exportValue(form, annot) {
  const length = P.FPDFAnnot_GetFormFieldExportValue(form, annot, 0, 0);
  const buffer = M._malloc(length);
  P.FPDFAnnot_GetFormFieldExportValue(form, annot, buffer, length);
  const value = M.UTF16ToString(buffer);
  M._free(buffer);
  return value;
}

function centre(annot) {
  const rect = M._malloc(16);
  P.FPDFAnnot_GetRect(annot, rect);
  const [left, bottom, right, top] = [0, 1, 2, 3].map((k) => M.HEAPF32[(rect >> 2) + k]);
  M._free(rect);
  return [(left + right) / 2, (bottom + top) / 2];
}

function click(form, page, annot) {
  const [x, y] = centre(annot);
  P.FORM_OnLButtonDown(form, page, 0, x, y);
  P.FORM_OnLButtonUp(form, page, 0, x, y);
  P.FORM_ForceToKillFocus(form);
}

/**
 * Types every value, ticks every box, chooses each radio option in turn; returns which options
 * were on after each choice. Every page is loaded first, as a reader scrolling through the form
 * has them: PDFium redraws a field's other widgets (the name in a later page's header) only on
 * pages it has loaded.
 */
function fill(doc, form, file) {
  const typed = new Set();
  const radio = {};
  const pages = [];
  for (let index = 0; index < P.FPDF_GetPageCount(doc); index++) {
    const page = P.FPDF_LoadPage(doc, index);
    P.FORM_OnAfterLoadPage(page, form);
    pages.push(page);
  }
  for (const page of pages) {
    const buttons = {};
    for (let i = 0; i < P.FPDFPage_GetAnnotCount(page); i++) {
      const annot = P.FPDFPage_GetAnnot(page, i);
      const type = P.FPDFAnnot_GetFormFieldType(form, annot);
      const name = fieldName(form, annot);
      if (type === FPDF_FORMFIELD_TEXTFIELD && name in file.text && !typed.has(name)) {
        typed.add(name);
        P.FORM_SetFocusedAnnot(form, annot);
        P.FORM_SelectAllText(form, page);
        const value = file.text[name];
        const text = M._malloc((value.length + 1) * 2);
        M.stringToUTF16(value, text, (value.length + 1) * 2);
        P.FORM_ReplaceSelection(form, page, text);
        M._free(text);
        P.FORM_ForceToKillFocus(form);
      } else if (type === FPDF_FORMFIELD_CHECKBOX && file.checks.includes(name)) {
        click(form, page, annot);
      } else if (type === FPDF_FORMFIELD_RADIOBUTTON && name in file.choices) {
        (buttons[name] ??= []).push(annot);
        continue;
      }
      P.FPDFPage_CloseAnnot(annot);
    }
    for (const [name, annots] of Object.entries(buttons)) {
      radio[name] = [];
      const order = file.choices[name].map((option) => annots.find((a) => exportValue(form, a) === option));
      for (const annot of order) {
        click(form, page, annot);
        radio[name].push(annots.filter((a) => P.FPDFAnnot_IsChecked(form, a)).map((a) => exportValue(form, a)));
      }
      annots.forEach((a) => P.FPDFPage_CloseAnnot(a));
    }
  }
  for (const page of pages) {
    P.FORM_OnBeforeClosePage(page, form);
    P.FPDF_ClosePage(page);
  }
  return radio;
}

function save(doc) {
  const writer = P.PDFiumExt_OpenFileWriter();
  if (!P.PDFiumExt_SaveAsCopy(doc, writer)) {
    throw new Error('PDFium could not save the filled file');
  }
  const size = P.PDFiumExt_GetFileWriterSize(writer);
  const buffer = M._malloc(size);
  P.PDFiumExt_GetFileWriterData(writer, buffer, size);
  const bytes = M.HEAPU8.slice(buffer, buffer + size);
  M._free(buffer);
  P.PDFiumExt_CloseFileWriter(writer);
  return bytes;
}

/**
 * Reopens the saved file and flattens each page (what printing does: widget appearances become
 * page content, which is all PDFium's text API reads); reports the characters with their boxes
 * (points, top-left origin) and a grey render of each flattened page.
 */
function inspect(bytes, name) {
  const { doc, form } = open(bytes);
  const pages = [];
  const box = M._malloc(32);
  for (let index = 0; index < P.FPDF_GetPageCount(doc); index++) {
    const flattened = P.FPDF_LoadPage(doc, index);
    P.FPDFPage_Flatten(flattened, FLAT_PRINT);
    P.FPDF_ClosePage(flattened);
    // A flattened page is read back by loading it again (fpdf_flatten.h).
    const page = P.FPDF_LoadPage(doc, index);
    const width = P.FPDF_GetPageWidthF(page);
    const height = P.FPDF_GetPageHeightF(page);
    const text = P.FPDFText_LoadPage(page);
    const chars = [];
    for (let i = 0; i < P.FPDFText_CountChars(text); i++) {
      const code = P.FPDFText_GetUnicode(text, i);
      if (code <= 32 || code === 0x3000 || !P.FPDFText_GetCharBox(text, i, box, box + 8, box + 16, box + 24)) {
        continue;
      }
      const [left, right, bottom, top] = [0, 1, 2, 3].map((k) => M.HEAPF64[(box >> 3) + k]);
      chars.push([String.fromCodePoint(code), left, height - top, right, height - bottom]);
    }
    P.FPDFText_ClosePage(text);
    pages.push({ width, height, chars });

    const scale = plan.dpi / 72;
    const w = Math.round(width * scale);
    const h = Math.round(height * scale);
    // FPDFBitmap_Gray: PDFium renders straight into one byte per pixel.
    const stride = (w + 3) & ~3;
    const bitmap = P.FPDFBitmap_CreateEx(w, h, FPDFBitmap_Gray, 0, stride);
    P.FPDFBitmap_FillRect(bitmap, 0, 0, w, h, 0xffffffff);
    P.FPDF_RenderPageBitmap(bitmap, page, 0, 0, w, h, 0, FPDF_ANNOT);
    const pixels = P.FPDFBitmap_GetBuffer(bitmap);
    const gray = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
      gray.set(M.HEAPU8.subarray(pixels + y * P.FPDFBitmap_GetStride(bitmap), pixels + y * P.FPDFBitmap_GetStride(bitmap) + w), y * w);
    }
    writePgm(out.pgm(name, index + 1), w, h, gray);
    P.FPDFBitmap_Destroy(bitmap);
    P.FPDF_ClosePage(page);
  }
  M._free(box);
  close(doc, form);
  return pages;
}
