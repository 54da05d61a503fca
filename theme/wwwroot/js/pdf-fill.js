/*
 * A filled PDF from the browser: puts the answers of a worksheet page into that worksheet's PDF,
 * on this device, with nothing sent anywhere.
 *
 * The build publishes beside each PDF a script (<slug>.fill.js) with the file in base64 and a map
 * of its fields (src/Guide.Pdf FormMap): each field's objects as written, minus the entries a filler
 * sets. Filling appends an incremental update (ISO 32000-1 §7.5.6): the field objects again with /V,
 * the text widgets with a new appearance stream, the buttons with /AS, and a cross-reference stream
 * that points back to the file's own. The original bytes stay as they are, so the PDF is still a
 * form: every viewer shows the answers and any of them can be changed there.
 *
 * Text is drawn in the field's typing font, the one named in its /DA and the form's /DR: a Chinese
 * CID font that is not embedded (STSong-Light, UniGB-UCS2-H), which every reader replaces with a
 * complete font of its own, exactly as it does when a reader types into the field. So the update
 * holds no font and any character of the Basic Multilingual Plane can be drawn.
 *
 * One classic script with no dependencies. In a browser it attaches to globalThis.GuideFill and
 * wires every [data-fill-pdf] button; under Node `require()` returns fill() for tests. It loads the
 * data script only when asked, from the site itself (a <script> rather than fetch, so it works from
 * file:// too), under Content-Security-Policy default-src 'self'.
 *   [data-fill-pdf]        the button; data-fill-src (the data script), data-fill-key (W2:zh-CN)
 *   [data-fill-status]     right after the button: where progress and problems are said
 *   data-text-*            the words, in the page's language
 */
(function (root, factory) {
  'use strict';
  var api = factory();
  if (typeof module === 'object' && module && module.exports) {
    module.exports = api;
  }
  var ns = (root.GuideFill = root.GuideFill || {});
  ns.files = ns.files || {};
  ns.fill = api.fill;
  if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { api.mount(document); });
    } else {
      api.mount(document);
    }
  }
})(globalThis, function () {
  'use strict';

  // The typing font's metrics, as src/Guide.Pdf FieldFont writes them: ASCII (CIDs 1-95 under
  // UniGB-UCS2-H) is 500 units wide, everything else 1000; ascent 880.
  var ASCENT = 0.88;
  var LEADING = 1.15;
  // Auto-size (/DA size 0): the largest size from 12 pt down that fits, as the build's own appearances.
  var LARGEST = 12;
  var SMALLEST = 4;

  // Line breaks follow the usual Chinese rules: never before closing punctuation, never after opening.
  var NO_START = '，。、；：？！）》」』”’〕】〉…—,.;:?!)]}%';
  var NO_END = '（《「『“‘〔【〈([{';

  function advance(code) {
    return code >= 0x20 && code <= 0x7e ? 0.5 : 1;
  }

  function isSpace(ch) {
    return ch === ' ' || ch === '\u3000';
  }

  function isWide(ch) {
    return ch.codePointAt(0) >= 0x2e80;
  }

  function widthOf(chars) {
    var width = 0;
    for (var i = 0; i < chars.length; i++) {
      width += advance(chars[i].codePointAt(0));
    }
    return width;
  }

  function canBreakBefore(previous, ch) {
    if (NO_START.indexOf(ch) >= 0 || NO_END.indexOf(previous) >= 0) {
      return false;
    }
    return (isSpace(previous) && !isSpace(ch)) || ((isWide(previous) || isWide(ch)) && !isSpace(ch));
  }

  function trimEnd(chars) {
    while (chars.length > 0 && isSpace(chars[chars.length - 1])) {
      chars.pop();
    }
    return chars;
  }

  function trimStart(chars) {
    while (chars.length > 0 && isSpace(chars[0])) {
      chars.shift();
    }
    return chars;
  }

  /** Greedy line breaking of one paragraph into lines no wider than `width` ems. */
  function wrapParagraph(text, width) {
    var lines = [];
    var line = [];
    var lastBreak = -1;
    Array.from(text).forEach(function (ch) {
      if (line.length > 0 && canBreakBefore(line[line.length - 1], ch)) {
        lastBreak = line.length;
      }
      line.push(ch);
      // Spaces may hang past the edge; closing punctuation too, rather than start a line.
      if (isSpace(ch) || widthOf(trimEnd(line.slice())) <= width || line.length === 1) {
        return;
      }
      if (lastBreak > 0) {
        var rest = line.splice(lastBreak);
        lines.push(trimEnd(line));
        line = trimStart(rest);
      } else if (NO_START.indexOf(ch) < 0) {
        // A word longer than the line is cut where it reaches the edge.
        line.pop();
        lines.push(line);
        line = [ch];
      }
      lastBreak = -1;
      for (var i = 1; i < line.length; i++) {
        if (canBreakBefore(line[i - 1], line[i])) {
          lastBreak = i;
        }
      }
    });
    lines.push(trimEnd(line));
    return lines.map(function (l) { return l.join(''); });
  }

  function wrap(text, width) {
    return text.split('\n').reduce(function (all, paragraph) {
      return all.concat(wrapParagraph(paragraph, width));
    }, []);
  }

  /** Control characters become spaces; the appearance can draw the Basic Multilingual Plane only (UCS-2). */
  function drawable(value) {
    return Array.from(value.replace(/\r\n?/g, '\n'))
      .map(function (ch) {
        var code = ch.codePointAt(0);
        return ch === '\n' ? ch : code < 0x20 || code === 0x7f ? ' ' : code > 0xffff ? '' : ch;
      })
      .join('');
  }

  function number(value) {
    return String(Math.round(value * 100) / 100);
  }

  function hex4(code) {
    return ('000' + code.toString(16).toUpperCase()).slice(-4);
  }

  /** A text string (§7.9.2.2): UTF-16BE with a byte order mark, in hex; line breaks as CR, as Acrobat stores them. */
  function textString(value) {
    var text = value.replace(/\r\n?|\n/g, '\r');
    var out = '<FEFF';
    for (var i = 0; i < text.length; i++) {
      out += hex4(text.charCodeAt(i));
    }
    return out + '>';
  }

  /** Codes for a UCS-2 CMap: two bytes per character. */
  function codes(line) {
    var out = '<';
    for (var i = 0; i < line.length; i++) {
      out += hex4(line.charCodeAt(i));
    }
    return out + '>';
  }

  /** A name (§7.3.5): bytes outside the regular characters as #xx of their UTF-8. */
  function name(value) {
    var bytes = new TextEncoder().encode(value);
    var out = '/';
    for (var i = 0; i < bytes.length; i++) {
      var b = bytes[i];
      var regular = b > 0x20 && b < 0x7f && '()<>[]{}/%#'.indexOf(String.fromCharCode(b)) < 0;
      out += regular ? String.fromCharCode(b) : '#' + ('0' + b.toString(16).toUpperCase()).slice(-2);
    }
    return out;
  }

  /** The lines and size of a value in a box: the given size, or for auto-size the largest that fits. */
  function layout(value, field, width, height) {
    var margin = field.inset + field.pad;
    var innerWidth = width - 2 * margin;
    var innerHeight = height - 2 * margin;
    var text = field.multiline ? value : value.replace(/\n/g, ' ');
    function linesAt(size) {
      return field.multiline ? wrap(text, innerWidth / size) : [text];
    }
    function fits(lines, size) {
      if (!field.multiline) {
        return widthOf(Array.from(lines[0])) * size <= innerWidth && size <= height - 2 * field.inset;
      }
      return size + (lines.length - 1) * size * LEADING <= innerHeight;
    }
    if (field.size > 0) {
      return { size: field.size, lines: linesAt(field.size) };
    }
    for (var size = LARGEST; size > SMALLEST; size -= 0.5) {
      var lines = linesAt(size);
      if (fits(lines, size)) {
        return { size: size, lines: lines };
      }
    }
    return { size: SMALLEST, lines: linesAt(SMALLEST) };
  }

  /** A text widget's appearance: its frame, then the value inside /Tx BMC … EMC, clipped to the box. */
  function appearance(value, field, widget) {
    var w = widget.w;
    var h = widget.h;
    var set = layout(drawable(value), field, w, h);
    var size = set.size;
    var margin = field.inset + field.pad;
    var ops = [widget.frame || '', '/Tx BMC', 'q',
      [field.inset, field.inset, w - 2 * field.inset, h - 2 * field.inset].map(number).join(' ') + ' re W n',
      'BT', name(field.font) + ' ' + number(size) + ' Tf', field.colour];
    var baseline = field.multiline ? h - margin - ASCENT * size : (h - size) / 2 + (1 - ASCENT) * size;
    set.lines.forEach(function (line) {
      var lineWidth = widthOf(Array.from(line)) * size;
      var x = field.q === 1 ? (w - lineWidth) / 2 : field.q === 2 ? w - margin - lineWidth : margin;
      ops.push('1 0 0 1 ' + number(x) + ' ' + number(baseline) + ' Tm ' + codes(line) + ' Tj');
      baseline -= size * LEADING;
    });
    ops.push('ET', 'Q', 'EMC');
    return ops.filter(function (op) { return op !== ''; }).join('\n') + '\n';
  }

  /** What to set on a field for an answer: entries for the field and for each widget, or null to leave it as it is. */
  function entries(field, answer) {
    if (field.kind === 'text') {
      if (typeof answer !== 'string' || answer.trim() === '') {
        return null;
      }
      return {
        field: '/V ' + textString(answer),
        widget: function (widget, stream) { return '/AP <</N ' + stream + ' 0 R>>'; },
        appearance: function (widget) { return appearance(answer, field, widget); },
      };
    }
    if (field.kind === 'check') {
      return answer === true ? { field: '/V ' + name(field.on), widget: function () { return '/AS ' + name(field.on); } } : null;
    }
    if (field.kind === 'radio') {
      var chosen = field.widgets.some(function (w) { return w.on === answer; });
      return chosen ? {
        field: '/V ' + name(answer),
        widget: function (widget) { return '/AS ' + (widget.on === answer ? name(answer) : '/Off'); },
      } : null;
    }
    return null;
  }

  function ascii(text) {
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i) & 0xff;
    }
    return bytes;
  }

  function withEntries(dict, extra) {
    return dict.slice(0, dict.lastIndexOf('>>')) + extra + '>>';
  }

  /**
   * The PDF with `answers` ({field name: text, true for a ticked box, the option of a choice})
   * appended as an incremental update; the original bytes are kept whole. Fields without an
   * answer stay as they are. Returns a new Uint8Array.
   */
  function fill(pdf, form, answers) {
    var objects = [];
    var next = form.size;
    form.fields.forEach(function (field) {
      var set = entries(field, answers[field.name]);
      if (!set) {
        return;
      }
      var own = field.dict;
      field.widgets.forEach(function (widget) {
        var extra = '';
        if (set.appearance) {
          var stream = next++;
          var content = set.appearance(widget);
          objects.push({ number: stream, text: '<</Type/XObject/Subtype/Form/BBox[0 0 ' + number(widget.w) + ' ' + number(widget.h) +
            ']/Resources<</Font<<' + name(field.font) + ' ' + field.fontObj + ' 0 R>>>>/Length ' + content.length +
            '>>\nstream\n' + content + '\nendstream' });
          extra = set.widget(widget, stream);
        } else {
          extra = set.widget(widget);
        }
        if (widget.dict) {
          objects.push({ number: widget.obj, text: withEntries(widget.dict, extra) });
        } else {
          // Field and widget are one dictionary (one widget): its entries go together.
          own = withEntries(own, extra);
        }
      });
      objects.push({ number: field.obj, text: withEntries(own, set.field) });
    });

    var chunks = [];
    var offset = pdf.length;
    var offsets = {};
    function append(text) {
      var bytes = typeof text === 'string' ? ascii(text) : text;
      chunks.push(bytes);
      offset += bytes.length;
    }
    if (pdf[pdf.length - 1] !== 0x0a) {
      append('\n');
    }
    objects.forEach(function (o) {
      offsets[o.number] = offset;
      append(o.number + ' 0 obj\n' + o.text + '\nendobj\n');
    });

    // The cross-reference stream (§7.5.8): entries of type 1, offset in four bytes, generation 0.
    var xref = next;
    offsets[xref] = offset;
    var numbers = Object.keys(offsets).map(Number).sort(function (a, b) { return a - b; });
    var data = new Uint8Array(numbers.length * 7);
    numbers.forEach(function (n, i) {
      var at = offsets[n];
      data.set([1, (at >>> 24) & 0xff, (at >>> 16) & 0xff, (at >>> 8) & 0xff, at & 0xff, 0, 0], i * 7);
    });
    var index = [];
    numbers.forEach(function (n) {
      var run = index[index.length - 1];
      if (run && run[0] + run[1] === n) {
        run[1]++;
      } else {
        index.push([n, 1]);
      }
    });
    append(xref + ' 0 obj\n<</Type/XRef/Size ' + (xref + 1) + '/W[1 4 2]/Index[' +
      index.map(function (r) { return r.join(' '); }).join(' ') + ']/Prev ' + form.startxref + '/Root ' + form.root +
      ' 0 R/Info ' + form.info + ' 0 R/ID[<' + form.id + '><' + form.id + '>]/Length ' + data.length + '>>\nstream\n');
    append(data);
    append('\nendstream\nendobj\nstartxref\n' + offsets[xref] + '\n%%EOF\n');

    var out = new Uint8Array(offset);
    out.set(pdf, 0);
    var at = pdf.length;
    chunks.forEach(function (c) {
      out.set(c, at);
      at += c.length;
    });
    return out;
  }

  function decode(base64) {
    var binary = atob(base64);
    return ascii(binary);
  }

  /** The answers on the page now, as the form holds them (not as saved: storage may be off). */
  function answersOf(form) {
    var answers = {};
    form.querySelectorAll('input[name], textarea[name]').forEach(function (control) {
      if (control.type === 'checkbox') {
        if (control.checked) {
          answers[control.name] = true;
        }
      } else if (control.type === 'radio') {
        if (control.checked) {
          answers[control.name] = control.value;
        }
      } else if (control.value.trim() !== '') {
        answers[control.name] = control.value;
      }
    });
    return answers;
  }

  function loadScript(src, done, failed) {
    var script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', done);
    script.addEventListener('error', failed);
    document.head.appendChild(script);
  }

  function download(bytes, fileName) {
    var url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // Revoked later: some browsers read the blob after click() returns.
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  function mount(doc) {
    doc.querySelectorAll('[data-fill-pdf]').forEach(function (button) {
      var page = button.closest('.worksheet-page') || doc;
      var form = page.querySelector('[data-worksheet-storage]');
      var next = button.nextElementSibling;
      var status = next && next.hasAttribute('data-fill-status') ? next : null;
      function say(key) {
        if (status) {
          status.textContent = button.getAttribute('data-text-' + key) || '';
        }
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        var answers = form ? answersOf(form) : {};
        if (Object.keys(answers).length === 0) {
          say('empty');
          return;
        }
        var key = button.getAttribute('data-fill-key');
        function make() {
          var data = globalThis.GuideFill.files[key];
          if (!data) {
            say('failed');
            return;
          }
          try {
            download(fill(decode(data.pdf), data, answers), data.file);
            say('done');
          } catch (e) {
            say('failed');
          }
        }
        if (globalThis.GuideFill.files[key]) {
          make();
        } else {
          say('loading');
          loadScript(button.getAttribute('data-fill-src'), make, function () { say('failed'); });
        }
      });
    });
  }

  return { fill: fill, wrap: wrap, mount: mount };
});
