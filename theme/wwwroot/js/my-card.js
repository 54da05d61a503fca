// "My card": assembles, from what this browser keeps, the biggest gaps of the KPI gap review, the
// three-three of the self-assessment, the questions of the conversation checklist and the starred
// sentences; says what is missing and links to where to fill it in. Reads localStorage only; nothing
// is sent anywhere. Attaches by data attributes (CSP default-src 'self'):
//   [data-my-card]              the page; data-text-* its words
//   [data-card-part]            a part: data-sources (storage keys, this page's language first),
//                               data-rows (form control names of each row), data-href/-title (where to fill it)
//   [data-card-meeting]         the large-type view for the meeting; [data-card-print] prints the card
// The device panel (answers.js) says "guide:answers-changed" after an import or "forget", and the card redraws.
(function () {
  'use strict';

  var answers = globalThis.GuideAnswers;

  // How many of each part the card shows, so that it prints on one A4 page.
  var LIMITS = { gaps: 3, proud: 3, improve: 3, support: 3, questions: 5, phrases: 6 };

  function number(text) {
    var match = String(text).replace(/[,，\s]/g, '').match(/-?\d+(\.\d+)?/);
    return match ? parseFloat(match[0]) : null;
  }

  /**
   * How big a gap is, as a share of its target, so that different indicators compare: a gap given in
   * per cent as it is, else gap or target minus actual over target. Null when the numbers are not there.
   */
  function size(row) {
    var target = number(row[1]);
    var actual = number(row[2]);
    var gap = number(row[3]);
    if (gap !== null && /[%％]/.test(row[3])) {
      return Math.abs(gap);
    }
    if (target) {
      if (gap !== null) {
        return Math.abs(gap / target) * 100;
      }
      if (actual !== null) {
        return Math.abs((target - actual) / target) * 100;
      }
    }
    return null;
  }

  /** The rows filled in (any cell), each as its cells' text. */
  function filledRows(data, rows) {
    return rows
      .map(function (names) { return names.map(function (n) { return typeof data[n] === 'string' ? data[n].trim() : ''; }); })
      .filter(function (cells) { return cells.some(Boolean); });
  }

  /** The items of a part from one stored value: text lines for the card. */
  function itemsOf(name, data, rows, format) {
    if (name === 'phrases') {
      return Object.keys(data).map(function (id) { return String(data[id]); });
    }
    var filled = filledRows(data, rows);
    if (name === 'gaps') {
      var ranked = filled.map(function (cells, i) { return { cells: cells, size: size(cells), order: i }; });
      ranked.sort(function (a, b) {
        if (a.size === null || b.size === null) {
          return a.size === null && b.size === null ? a.order - b.order : a.size === null ? 1 : -1;
        }
        return b.size - a.size || a.order - b.order;
      });
      return ranked.map(function (r) {
        return format(r.cells[1] || '—', r.cells[2] || '—', r.cells[3] || '—', r.cells[0] || '—');
      });
    }
    if (name === 'questions') {
      return filled.map(function (cells) { return cells[0]; }).join('\n').split(/\n+/)
        .map(function (line) { return line.trim(); }).filter(Boolean);
    }
    return filled.map(function (cells) { return cells[0]; }).filter(Boolean);
  }

  /** A sentence with a link in place of {1} (and {0} filled in). */
  function sentence(template, count, title, href) {
    var p = document.createDocumentFragment();
    var parts = answers.format(template, [count]).split('{1}');
    p.appendChild(document.createTextNode(parts[0]));
    var link = document.createElement('a');
    link.href = href;
    link.textContent = title;
    p.appendChild(link);
    p.appendChild(document.createTextNode(parts[1] || ''));
    return p;
  }

  function attach(page) {
    var card = page.querySelector('[data-card]');
    var parts = Array.prototype.slice.call(card.querySelectorAll('[data-card-part]'));
    var missingBox = page.querySelector('[data-card-missing]');
    var complete = page.querySelector('[data-card-complete]');
    var meeting = page.querySelector('[data-card-meeting]');
    var name = card.querySelector('[data-card-name]');

    function text(key) {
      return page.getAttribute('data-text-' + key) || '';
    }

    function gapLine(target, actual, gap, indicator) {
      return answers.format(text('gap-line'), [target, actual, gap, indicator]);
    }

    function drawPart(part) {
      var partName = part.getAttribute('data-card-part');
      var sources = answers.json(part, 'data-sources');
      var rows = answers.json(part, 'data-rows');
      var list = part.querySelector('[data-card-list]');
      var note = part.querySelector('[data-card-note]');
      var items = [];
      var from = null;
      for (var i = 0; i < sources.length && items.length === 0; i++) {
        items = itemsOf(partName, answers.readJson(sources[i].key) || {}, rows, gapLine);
        from = i;
      }
      list.textContent = '';
      var limit = LIMITS[partName] || 3;
      items.slice(0, limit).forEach(function (item) {
        var li = document.createElement('li');
        li.textContent = item;
        list.appendChild(li);
      });
      note.textContent = '';
      if (items.length > limit) {
        note.appendChild(sentence(text('more'), items.length - limit, part.getAttribute('data-title'), part.getAttribute('data-href')));
      }
      if (items.length > 0 && from > 0) {
        var other = document.createElement('span');
        other.textContent = (note.textContent ? ' ' : '') + answers.format(text('other-language'), [sources[from].label]);
        note.appendChild(other);
      }
      note.hidden = note.textContent === '';
      list.hidden = items.length === 0;
      part.querySelector('[data-card-empty]').hidden = items.length > 0;
      part.classList.toggle('is-empty', items.length === 0);
      return items.length > 0;
    }

    function draw() {
      var missing = parts.filter(function (part) { return !drawPart(part); })
        .map(function (part) { return part.getAttribute('data-card-part'); });
      missingBox.querySelectorAll('[data-card-missing-part]').forEach(function (li) {
        li.hidden = missing.indexOf(li.getAttribute('data-card-missing-part')) < 0;
      });
      missingBox.hidden = missing.length === 0;
      complete.hidden = missing.length > 0;
      var who = answers.json(name, 'data-sources').map(function (s) {
        var data = answers.readJson(s.key) || {};
        return typeof data.name === 'string' ? data.name.trim() : '';
      }).filter(Boolean)[0];
      name.textContent = who || '';
      name.hidden = !who;
    }

    function setMeeting(on) {
      document.documentElement.classList.toggle('card-meeting', on);
      meeting.setAttribute('aria-pressed', on ? 'true' : 'false');
      meeting.textContent = text(on ? 'meeting-exit' : 'meeting');
      if (on) {
        window.scrollTo(0, 0);
      }
    }

    page.querySelector('[data-card-actions]').hidden = false;
    meeting.addEventListener('click', function () {
      setMeeting(!document.documentElement.classList.contains('card-meeting'));
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && document.documentElement.classList.contains('card-meeting')) {
        setMeeting(false);
        meeting.focus();
      }
    });
    page.querySelector('[data-card-print]').addEventListener('click', function () {
      window.print();
    });
    document.addEventListener('guide:answers-changed', draw);
    // Another tab changed the answers (a worksheet filled in beside the card): show them.
    window.addEventListener('storage', draw);
    draw();
  }

  function start() {
    document.querySelectorAll('[data-my-card]').forEach(attach);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
