// Small enhancements; every page works without them.
(function () {
  "use strict";
  var root = document.documentElement;
  var wide = window.matchMedia ? window.matchMedia("(min-width: 60rem)") : { matches: true };

  function remember(key, value) {
    try { localStorage.setItem(key, value); } catch (e) { /* not remembered, still done */ }
  }
  function recall(key) {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  // From disk a link to a folder opens a directory listing, not its page: name the index.html.
  // A server finds index.html itself, so links stay as they are there (and in --portable builds).
  if (location.protocol === "file:") {
    document.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "#") return;
      var cut = href.search(/[?#]/);
      var path = cut < 0 ? href : href.slice(0, cut);
      if (path === "" || path.slice(-1) !== "/") return;
      a.setAttribute("href", path + "index.html" + (cut < 0 ? "" : href.slice(cut)));
    });
  }

  // A table wider than the screen scrolls sideways; keyboard readers can scroll it once it takes focus.
  var tables = document.querySelectorAll(".content table");
  var focusable = function () {
    tables.forEach(function (t) {
      if (t.scrollWidth > t.clientWidth + 1) t.setAttribute("tabindex", "0");
      else t.removeAttribute("tabindex");
    });
  };
  if (tables.length) {
    focusable();
    window.addEventListener("resize", focusable);
  }

  // Dark mode: the button's label stays "Dark mode"; aria-pressed tells whether it is on.
  function systemDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : systemDark();
  }
  var toggle = document.getElementById("theme-toggle");
  if (toggle) {
    var sync = function () { toggle.setAttribute("aria-pressed", isDark() ? "true" : "false"); };
    toggle.hidden = false;
    sync();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      remember("guide-theme", next);
      sync();
    });
    if (window.matchMedia) window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", sync);
  }

  // The navigation: a sidebar on wide screens (open; browsers without ::details-content need it), and on
  // a phone a panel under the header that the menu button opens and closes.
  var sidebar = document.getElementById("sidebar");
  var menu = document.getElementById("menu-toggle");
  if (sidebar && wide.matches) sidebar.open = true;
  if (sidebar && menu) {
    menu.hidden = false;
    var setMenu = function (open) {
      sidebar.open = open;
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    };
    menu.addEventListener("click", function () {
      setMenu(!sidebar.open);
      if (sidebar.open) {
        var current = sidebar.querySelector("[aria-current=page]") || sidebar.querySelector("a");
        if (current) current.focus();
      }
    });
    sidebar.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !wide.matches) {
        setMenu(false);
        menu.focus();
      }
    });
  }

  // The on-page contents start closed on a phone and open where there is room.
  var toc = document.getElementById("toc");
  if (toc && wide.matches) toc.open = true;

  // On a phone the search box opens over the header row from the search button.
  var header = document.getElementById("site-header");
  var searchToggle = document.getElementById("search-toggle");
  var search = document.getElementById("search");
  if (header && searchToggle && search) {
    var input = search.querySelector("input");
    searchToggle.hidden = false;
    var setSearch = function (open) {
      header.classList.toggle("search-open", open);
      searchToggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) input.focus();
    };
    searchToggle.addEventListener("click", function () {
      setSearch(!header.classList.contains("search-open"));
    });
    search.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && input.value === "" && header.classList.contains("search-open")) {
        setSearch(false);
        searchToggle.focus();
      }
    });
    search.addEventListener("focusout", function (e) {
      if (!search.contains(e.relatedTarget) && e.relatedTarget !== searchToggle && input.value === "") setSearch(false);
    });
  }

  // The language switch keeps the reader's place when the other page has the same headings
  // (data-anchors pairs this page's ids with its), and remembers the language for the root page.
  document.querySelectorAll(".language-switch a[hreflang]").forEach(function (a) {
    a.addEventListener("click", function () {
      remember("guide-lang", a.getAttribute("hreflang"));
      var pairs = a.getAttribute("data-anchors");
      var here = currentHeading();
      if (!pairs || !here) return;
      var match = pairs.split(" ").map(function (p) { return p.split("="); })
        .filter(function (p) { return p[0] === here; })[0];
      if (match) a.setAttribute("href", a.getAttribute("href").replace(/#.*$/, "") + "#" + match[1]);
    });
  });
  // The heading in the address, else the last one the reader has scrolled past.
  function currentHeading() {
    var hash = decodeURIComponent(location.hash.slice(1));
    if (hash && document.getElementById(hash)) return hash;
    var top = header ? header.getBoundingClientRect().bottom + 8 : 8;
    var found = null;
    document.querySelectorAll(".content h2[id], .content h3[id]").forEach(function (h) {
      if (h.getBoundingClientRect().top <= top) found = h.id;
    });
    return found;
  }

  // Diagrams open full size in a viewer; without script their link opens the image itself.
  document.querySelectorAll("a.diagram").forEach(function (link) {
    link.addEventListener("click", function (e) {
      var img = link.querySelector("img");
      if (!img || typeof HTMLDialogElement !== "function") return;
      e.preventDefault();
      openViewer(img, link);
    });
  });
  function openViewer(img, opener) {
    var dialog = document.createElement("dialog");
    dialog.className = "diagram-viewer";
    dialog.setAttribute("aria-label", img.getAttribute("alt") || "");
    var bar = document.createElement("div");
    bar.className = "diagram-viewer-bar";
    var close = document.createElement("button");
    close.type = "button";
    close.className = "small-button";
    close.textContent = document.body.getAttribute("data-text-close") || "×";
    bar.append(close);
    var frame = document.createElement("div");
    frame.className = "diagram-viewer-frame";
    frame.tabIndex = 0;
    var big = document.createElement("img");
    big.src = img.currentSrc || img.src;
    big.alt = img.alt;
    frame.append(big);
    dialog.append(bar, frame);
    document.body.append(dialog);
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () {
      dialog.remove();
      opener.focus();
    });
    dialog.showModal();
  }

  // The root page: show the reader's language (chosen before, else the browser's first that the guide
  // has), and let the switch at the top change it.
  var choices = document.querySelectorAll(".choice[data-choice]");
  if (choices.length > 1) {
    var langs = Array.prototype.map.call(choices, function (c) { return c.getAttribute("data-choice"); });
    var pick = function (wanted) {
      var primary = function (tag) { return String(tag || "").toLowerCase().split("-")[0]; };
      for (var i = 0; i < wanted.length; i++) {
        for (var j = 0; j < langs.length; j++) if (langs[j].toLowerCase() === String(wanted[i]).toLowerCase()) return langs[j];
        for (var k = 0; k < langs.length; k++) if (primary(langs[k]) === primary(wanted[i])) return langs[k];
      }
      return null;
    };
    var show = function (lang) {
      choices.forEach(function (c) { c.hidden = c.getAttribute("data-choice") !== lang; });
      document.querySelectorAll(".choice-switch a[data-choice]").forEach(function (a) {
        if (a.getAttribute("data-choice") === lang) a.setAttribute("aria-current", "true");
        else a.removeAttribute("aria-current");
      });
      root.setAttribute("lang", lang);
      var title = document.querySelector(".choice[data-choice='" + lang + "'] h1");
      if (title) document.title = title.textContent;
    };
    show(pick([recall("guide-lang")].concat(navigator.languages || [navigator.language])) || langs[0]);
    document.querySelectorAll(".choice-switch a[data-choice]").forEach(function (a) {
      a.addEventListener("click", function (e) {
        e.preventDefault();
        var lang = a.getAttribute("data-choice");
        show(lang);
        remember("guide-lang", lang);
      });
    });
    choices.forEach(function (c) {
      c.addEventListener("click", function (e) {
        if (e.target.closest && e.target.closest("a")) remember("guide-lang", c.getAttribute("data-choice"));
      });
    });
  }
})();
