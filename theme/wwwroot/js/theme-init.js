// Runs before the page paints so a reader who chose dark (or light) mode never sees a flash of the other,
// and so CSS can tell pages with script (class "js") from pages without it.
(function () {
  document.documentElement.classList.add("js");
  try {
    var saved = localStorage.getItem("guide-theme");
    if (saved === "dark" || saved === "light") document.documentElement.setAttribute("data-theme", saved);
  } catch (e) { /* storage can be blocked (private mode, file://); the system setting still applies */ }
})();
