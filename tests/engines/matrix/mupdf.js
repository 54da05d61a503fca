// MuPDF (mutool run, from Debian's mupdf-tools): fills every PDF of the plan through its widget
// API (setTextValue, toggle, then update so MuPDF writes the appearance) and saves; the report
// says which options were on after each choice. The tests then run `mutool draw` on each saved
// file for its text and a render (the stext of mutool run leaves widgets out).
//
//   mutool run tests/engines/matrix/mupdf.js PLAN.json OUT_DIR
//
// mujs is ECMAScript 5: no let, no arrow functions. MuPDF 1.21 gives a widget no field name, so
// the plan lists every widget's page and rectangle (points, top-left origin) to find it by.
var plan = JSON.parse(read(scriptArgs[0]));
var outDir = scriptArgs[1];
var report = {};

for (var f = 0; f < plan.files.length; f++) {
  var file = plan.files[f];
  try {
    var output = outDir + '/' + file.name + '.pdf';
    report[file.name] = { radio: fill(file, output) };
  } catch (error) {
    report[file.name] = { error: String(error) + (error.stack ? '\n' + error.stack : '') };
  }
}

var json = new Buffer();
json.write(JSON.stringify(report));
json.save(outDir + '/report.json');

function find(file, page, widget) {
  var r = widget.getRect();
  for (var i = 0; i < file.widgets.length; i++) {
    var w = file.widgets[i];
    if (w.page === page && Math.abs(w.rect[0] - r[0]) < 0.5 && Math.abs(w.rect[1] - r[1]) < 0.5 &&
        Math.abs(w.rect[2] - r[2]) < 0.5 && Math.abs(w.rect[3] - r[3]) < 0.5) {
      return w;
    }
  }
  return null;
}

function fill(file, output) {
  var doc = new PDFDocument(file.input);
  var typed = {};
  var radio = {};
  for (var p = 0; p < doc.countPages(); p++) {
    var widgets = doc.loadPage(p).getWidgets();
    var groups = {};
    for (var i = 0; i < widgets.length; i++) {
      var widget = widgets[i];
      var known = find(file, p + 1, widget);
      if (!known) {
        continue;
      }
      var type = widget.getFieldType();
      if (type === 'text' && file.text.hasOwnProperty(known.field) && !typed[known.field]) {
        typed[known.field] = true;
        widget.setTextValue(file.text[known.field]);
      } else if (type === 'checkbox' && file.checks.indexOf(known.field) >= 0) {
        widget.toggle();
      } else if (type === 'radiobutton' && file.choices.hasOwnProperty(known.field)) {
        (groups[known.field] = groups[known.field] || []).push({ widget: widget, option: known.option });
      }
    }
    for (var name in groups) {
      radio[name] = [];
      var order = file.choices[name];
      for (var k = 0; k < order.length; k++) {
        for (var b = 0; b < groups[name].length; b++) {
          if (groups[name][b].option === order[k]) {
            groups[name][b].widget.toggle();
          }
        }
        var value = groups[name][0].widget.getValue();
        radio[name].push(value === 'Off' ? [] : [value]);
      }
    }
  }

  // MuPDF writes a widget's appearance on update; every widget of every page, so a field shown on
  // several pages (the name in the running header) is drawn everywhere.
  for (var q = 0; q < doc.countPages(); q++) {
    var all = doc.loadPage(q).getWidgets();
    for (var j = 0; j < all.length; j++) {
      all[j].update();
    }
  }

  doc.save(output, '');
  return radio;
}
