// Only in pages that `guide serve` sends, never in a built site: reloads the page when a rebuild
// changed the site, and shows build problems over the last good page until they are fixed.
// Messages are set as text (never as HTML), so a message quoting Markdown or HTML shows as written.
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script ? script.getAttribute("data-version") : null;
  // The words are the page's language's (theme/i18n), which the server puts on this script's tag.
  var words = {
    title: script ? script.getAttribute("data-text-failed") : "",
    keep: script ? script.getAttribute("data-text-keep") : "",
    close: script ? script.getAttribute("data-text-close") : "",
  };
  var overlay = null;

  var styles = document.createElement("link");
  styles.rel = "stylesheet";
  styles.href = "/__guide/live-reload.css";
  document.head.appendChild(styles);

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function clear() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(report) {
    clear();
    overlay = element("section", "guide-build-error");
    overlay.setAttribute("role", "alert");
    var close = element("button", "guide-build-error-close", "×");
    close.type = "button";
    close.setAttribute("aria-label", words.close);
    close.addEventListener("click", clear);
    overlay.appendChild(close);
    overlay.appendChild(element("h2", "", words.title));
    overlay.appendChild(element("p", "", words.keep));
    var list = element("ol");
    report.problems.forEach(function (p) {
      var item = element("li", p.severity === "error" ? "guide-problem-error" : "guide-problem-warning");
      item.appendChild(element("code", "", p.path + ":" + p.line + ":" + p.column));
      item.appendChild(document.createTextNode(" " + p.severity + " " + p.code + ": " + p.message));
      list.appendChild(item);
    });
    overlay.appendChild(list);
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/__guide/events");
  events.addEventListener("hello", function (e) {
    // The site changed while this page was loading, or the server restarted.
    if (version !== null && String(JSON.parse(e.data).version) !== version) location.reload();
  });
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("failed", function (e) { show(JSON.parse(e.data)); });
  events.addEventListener("ok", clear);
})();
