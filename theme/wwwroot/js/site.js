// Small enhancements; every page works without them.
(function () {
  "use strict";
  var root = document.documentElement;

  function systemDark() {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  }
  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : systemDark();
  }

  var toggle = document.getElementById("theme-toggle");
  if (toggle) {
    var sync = function () {
      var dark = isDark();
      toggle.setAttribute("aria-pressed", dark ? "true" : "false");
      toggle.textContent = dark ? toggle.getAttribute("data-label-light") : toggle.getAttribute("data-label-dark");
    };
    toggle.hidden = false;
    sync();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("guide-theme", next); } catch (e) { /* not remembered, still switched */ }
      sync();
    });
  }

  // Wide screens show the navigation as a sidebar; browsers without ::details-content need it open.
  var sidebar = document.getElementById("sidebar");
  if (sidebar && window.matchMedia && window.matchMedia("(min-width: 60rem)").matches) {
    sidebar.open = true;
  }
})();
