/*
 * The reader's answers on this device: what the guide keeps in localStorage, and the panel that
 * exports it to one file, imports such a file on another device and forgets it all. Nothing is ever
 * sent anywhere: there is no fetch, no beacon, no form; a file goes out as a download and comes in
 * through a file picker.
 *
 * The keys (each page names its own in a data attribute; this file only recognises them):
 *   review-guide:worksheet:<id>:<lang>     a worksheet's form   (theme/Worksheets/WorksheetStorage.cs)
 *   review-guide:checklist:<page>:<n>      a page's n-th checklist (src/Guide/Rendering/ChecklistRenderer.cs)
 *   review-guide:rehearsal:<id>:<lang>     where a practice conversation got to (theme/Rehearsals/RehearsalPage.razor)
 *   review-guide:phrases:<lang>            starred sentences    (theme/Preparation/PreparationStorage.cs)
 * plus the theme's guide-theme and guide-lang choices, which "forget everything" also removes.
 *
 * The file (format 1):
 *   { "format": "review-guide-answers", "version": 1, "saved": "<ISO time>",
 *     "worksheets": { "W2": { "zh-CN": { "<field>": "text" | true | "<option>" } } },
 *     "checklists": { "zh-CN/before/checklist/": { "1": { "task-…": true } } },
 *     "phrases":    { "zh-CN": { "<phrase id>": "the sentence" } },
 *     "rehearsals": { "asked-to-sign": { "zh-CN": { "steps": [...], "open": false } } } }
 * A file that is not one, is of a newer version, or names worksheets this guide no longer has is
 * refused with a message and nothing changes. An import replaces, item by item, what the file holds,
 * and says first what it will replace.
 *
 * Attaches by data attributes (no inline script, CSP default-src 'self'); globalThis.GuideAnswers is
 * the small store the phrase bank and the card use.
 */
(function () {
  'use strict';

  var FORMAT = 'review-guide-answers';
  var VERSION = 1;
  var PREFIX = 'review-guide:';
  var PREFERENCES = ['guide-theme', 'guide-lang'];

  function storage() {
    // Private modes and some file:// pages refuse storage: treat them as having none.
    try {
      var probe = PREFIX + 'probe';
      window.localStorage.setItem(probe, probe);
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function readJson(key) {
    var store = storage();
    if (!store) {
      return null;
    }
    try {
      var value = JSON.parse(store.getItem(key) || 'null');
      return value && typeof value === 'object' ? value : null;
    } catch (e) {
      return null;
    }
  }

  /** Writes a JSON value, or removes the key for null or an empty object; false when the browser refuses. */
  function writeJson(key, value) {
    var store = storage();
    if (!store) {
      return false;
    }
    try {
      if (value === null || Object.keys(value).length === 0) {
        store.removeItem(key);
      } else {
        store.setItem(key, JSON.stringify(value));
      }
      return true;
    } catch (e) {
      return false;
    }
  }

  /** The kind and parts of a key: worksheet [id, lang], checklist [page, n], rehearsal [id, lang], phrases [lang]. */
  function parse(key) {
    if (key.indexOf(PREFIX) !== 0) {
      return null;
    }
    var rest = key.slice(PREFIX.length);
    var colon = rest.indexOf(':');
    var kind = rest.slice(0, colon);
    var tail = rest.slice(colon + 1);
    var last = tail.lastIndexOf(':');
    if (colon < 0) {
      return null;
    }
    if (kind === 'phrases') {
      return { kind: kind, parts: [tail] };
    }
    if ((kind === 'worksheet' || kind === 'checklist' || kind === 'rehearsal') && last > 0) {
      return { kind: kind, parts: [tail.slice(0, last), tail.slice(last + 1)] };
    }
    return null;
  }

  function keyOf(kind, parts) {
    return PREFIX + kind + ':' + parts.join(':');
  }

  /** Every answer kept here: [{key, kind, parts, value}], in key order. */
  function entries() {
    var store = storage();
    if (!store) {
      return [];
    }
    var found = [];
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      var parsed = parse(key);
      var value = parsed ? readJson(key) : null;
      if (parsed && value) {
        found.push({ key: key, kind: parsed.kind, parts: parsed.parts, value: value });
      }
    }
    return found.sort(function (a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : 0; });
  }

  // The file's sections: kind in storage, and how deep its keys go before the stored value.
  var SECTIONS = { worksheets: 'worksheet', checklists: 'checklist', rehearsals: 'rehearsal', phrases: 'phrases' };

  function toFile(now) {
    var file = { format: FORMAT, version: VERSION, saved: now.toISOString(), worksheets: {}, checklists: {}, phrases: {}, rehearsals: {} };
    entries().forEach(function (e) {
      var section = Object.keys(SECTIONS).filter(function (s) { return SECTIONS[s] === e.kind; })[0];
      if (e.parts.length === 1) {
        file[section][e.parts[0]] = e.value;
      } else {
        (file[section][e.parts[0]] = file[section][e.parts[0]] || {})[e.parts[1]] = e.value;
      }
    });
    return file;
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  /** Why a stored value does not have its kind's shape, or null when it does. */
  function shapeProblem(kind, value) {
    if (!isObject(value)) {
      return 'not an object';
    }
    var names = Object.keys(value);
    for (var i = 0; i < names.length; i++) {
      var v = value[names[i]];
      var ok = kind === 'worksheet' ? typeof v === 'string' || v === true
        : kind === 'checklist' ? v === true
        : kind === 'phrases' ? typeof v === 'string'
        : true;
      if (!ok) {
        return names[i];
      }
    }
    return kind === 'rehearsal' && !Array.isArray(value.steps) ? 'steps' : null;
  }

  /**
   * Reads an import: { items: [{key, kind, parts, value}] } or { problem, detail } where problem is
   * not-json, foreign, newer, unknown (worksheets), broken or empty. `known` is the page's worksheet ids.
   */
  function read(text, known) {
    var file;
    try {
      file = JSON.parse(text);
    } catch (e) {
      return { problem: 'not-json' };
    }
    if (!isObject(file) || file.format !== FORMAT) {
      return { problem: 'foreign' };
    }
    if (typeof file.version !== 'number' || Math.floor(file.version) !== file.version || file.version < 1) {
      return { problem: 'broken', detail: 'version' };
    }
    if (file.version > VERSION) {
      return { problem: 'newer', detail: [file.version, VERSION] };
    }
    var unknown = Object.keys(isObject(file.worksheets) ? file.worksheets : {}).filter(function (id) { return known.indexOf(id) < 0; });
    if (unknown.length > 0) {
      return { problem: 'unknown', detail: unknown.sort().join(', ') };
    }
    var items = [];
    var sections = Object.keys(SECTIONS);
    for (var s = 0; s < sections.length; s++) {
      var section = sections[s];
      var kind = SECTIONS[section];
      var content = file[section];
      if (content === undefined) {
        continue;
      }
      if (!isObject(content)) {
        return { problem: 'broken', detail: section };
      }
      var firsts = Object.keys(content);
      for (var i = 0; i < firsts.length; i++) {
        var inner = kind === 'phrases' ? [[[firsts[i]], content[firsts[i]]]]
          : isObject(content[firsts[i]]) ? Object.keys(content[firsts[i]]).map(function (second) {
            return [[firsts[i], second], content[firsts[i]][second]];
          }) : null;
        if (!inner) {
          return { problem: 'broken', detail: section + '.' + firsts[i] };
        }
        for (var j = 0; j < inner.length; j++) {
          var parts = inner[j][0];
          var problem = shapeProblem(kind, inner[j][1]) ||
            (parts.some(function (p) { return p === '' || p.indexOf(PREFIX) === 0; }) ? 'name' : null);
          if (problem) {
            return { problem: 'broken', detail: section + '.' + parts.join('.') + (problem === 'not an object' ? '' : '.' + problem) };
          }
          items.push({ key: keyOf(kind, parts), kind: kind, parts: parts, value: inner[j][1] });
        }
      }
    }
    return items.length === 0 ? { problem: 'empty' } : { items: items };
  }

  /** Writes every item; if the browser refuses one, puts back what was there and returns false. */
  function apply(items) {
    var before = items.map(function (item) { return [item.key, readJson(item.key)]; });
    for (var i = 0; i < items.length; i++) {
      if (!writeJson(items[i].key, items[i].value)) {
        before.forEach(function (b) { writeJson(b[0], b[1]); });
        return false;
      }
    }
    return true;
  }

  /** Removes everything the guide keeps here, preferences included. */
  function forget() {
    var store = storage();
    if (!store) {
      return;
    }
    var keys = [];
    for (var i = 0; i < store.length; i++) {
      var key = store.key(i);
      if (key.indexOf(PREFIX) === 0 || PREFERENCES.indexOf(key) >= 0) {
        keys.push(key);
      }
    }
    keys.forEach(function (key) { store.removeItem(key); });
    document.documentElement.removeAttribute('data-theme');
  }

  function format(text, values) {
    return String(text).replace(/\{(\d)\}/g, function (all, n) { return values[+n] !== undefined ? values[+n] : all; });
  }

  function json(element, name) {
    try {
      return JSON.parse(element.getAttribute(name) || '{}');
    } catch (e) {
      return {};
    }
  }

  /** The device panel: what is kept, export, import with a preview, forget with a confirmation. */
  function attach(panel) {
    var worksheets = json(panel, 'data-worksheets');
    var languages = json(panel, 'data-languages');
    var rehearsals = json(panel, 'data-rehearsals');
    var pages = json(panel, 'data-pages');
    var status = panel.querySelector('[data-device-status]');
    var summary = panel.querySelector('[data-device-summary]');
    var preview = panel.querySelector('[data-device-preview]');
    var confirm = panel.querySelector('[data-device-confirm]');
    var fileInput = panel.querySelector('[data-device-file]');
    var pending = null;

    function text(name) {
      return panel.getAttribute('data-text-' + name) || '';
    }

    function say(message) {
      status.textContent = message;
    }

    function language(code) {
      return languages[code] || code;
    }

    /** How an item is named to the reader: "W2 三三自评表 · 中文", "清单勾选：面谈前检查清单" … */
    function describe(item) {
      switch (item.kind) {
        case 'worksheet':
          return (worksheets[item.parts[0]] || item.parts[0]) + ' · ' + language(item.parts[1]);
        case 'checklist':
          return format(text('checklist'), [pages[item.parts[0]] || item.parts[0]]);
        case 'rehearsal':
          return format(text('rehearsal'), [(rehearsals[item.parts[0]] || item.parts[0]) + ' · ' + language(item.parts[1])]);
        default:
          return text('phrases') + ' · ' + language(item.parts[0]);
      }
    }

    function counts(items) {
      var count = { worksheet: 0, checklist: 0, rehearsal: 0, phrases: 0 };
      items.forEach(function (item) {
        count[item.kind] += item.kind === 'phrases' ? Object.keys(item.value).length : 1;
      });
      return [
        count.worksheet ? format(text('worksheets'), [count.worksheet]) : '',
        count.checklist ? format(text('checklists'), [count.checklist]) : '',
        count.phrases ? format(text('stars'), [count.phrases]) : '',
        count.rehearsal ? format(text('rehearsals'), [count.rehearsal]) : '',
      ].filter(Boolean);
    }

    function refresh() {
      var items = entries();
      summary.textContent = '';
      var p = document.createElement('p');
      if (!storage()) {
        p.textContent = text('unavailable');
      } else if (items.length === 0) {
        p.textContent = text('nothing');
      } else {
        p.textContent = text('now') + ' ' + counts(items).join(' · ');
      }
      summary.appendChild(p);
      document.dispatchEvent(new CustomEvent('guide:answers-changed'));
    }

    function closeDialogs() {
      preview.hidden = true;
      confirm.hidden = true;
      pending = null;
    }

    panel.querySelector('[data-device-buttons]').hidden = false;

    panel.querySelector('[data-device-export]').addEventListener('click', function () {
      closeDialogs();
      var now = new Date();
      var file = toFile(now);
      if (entries().length === 0) {
        say(text('export-empty'));
        return;
      }
      var url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2) + '\n'], { type: 'application/json' }));
      var link = document.createElement('a');
      link.href = url;
      link.download = 'review-guide-answers-' + now.toISOString().slice(0, 10) + '.json';
      link.hidden = true;
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
      say(text('exported'));
    });

    panel.querySelector('[data-device-import]').addEventListener('click', function () {
      closeDialogs();
      fileInput.value = '';
      fileInput.click();
    });

    fileInput.addEventListener('change', function () {
      var chosen = fileInput.files && fileInput.files[0];
      if (!chosen) {
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        showPreview(read(String(reader.result), Object.keys(worksheets)));
      };
      reader.onerror = function () {
        say(text('not-json'));
      };
      reader.readAsText(chosen);
    });

    function showPreview(result) {
      if (result.problem) {
        var detail = result.detail instanceof Array ? result.detail : [result.detail];
        say(format(text(result.problem), detail));
        return;
      }
      if (!storage()) {
        say(text('unavailable'));
        return;
      }
      pending = result.items;
      var list = preview.querySelector('[data-device-changes]');
      list.textContent = '';
      result.items.forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = format(text(readJson(item.key) ? 'replace' : 'add'), [describe(item)]);
        list.appendChild(li);
      });
      say('');
      preview.hidden = false;
      preview.querySelector('[data-device-import-confirm]').focus();
    }

    preview.querySelector('[data-device-import-confirm]').addEventListener('click', function () {
      var items = pending;
      closeDialogs();
      say(items && apply(items) ? text('imported') : text('failed'));
      refresh();
    });

    preview.querySelector('[data-device-import-cancel]').addEventListener('click', function () {
      closeDialogs();
      say(text('cancelled'));
    });

    panel.querySelector('[data-device-forget]').addEventListener('click', function () {
      closeDialogs();
      var kept = counts(entries());
      confirm.querySelector('[data-device-confirm-text]').textContent = format(text('forget-confirm'), [kept.length ? kept.join(' · ') : text('nothing')]);
      confirm.hidden = false;
      confirm.querySelector('[data-device-forget-no]').focus();
    });

    confirm.querySelector('[data-device-forget-yes]').addEventListener('click', function () {
      closeDialogs();
      forget();
      say(text('forgotten'));
      refresh();
    });

    confirm.querySelector('[data-device-forget-no]').addEventListener('click', function () {
      closeDialogs();
      panel.querySelector('[data-device-forget]').focus();
    });

    panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && (!preview.hidden || !confirm.hidden)) {
        closeDialogs();
      }
    });

    refresh();
  }

  globalThis.GuideAnswers = { readJson: readJson, writeJson: writeJson, format: format, json: json };

  function start() {
    document.querySelectorAll('[data-device-answers]').forEach(attach);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
