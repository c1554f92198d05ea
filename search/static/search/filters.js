// The search filters are sent open, so that they work without JavaScript. On a narrow
// screen they fold into their "Filters" summary, so that the results come first; on a wide
// one they stay open beside nothing else and the summary is hidden (search.css). Loaded
// right after the disclosure, before the page is first painted, so nothing jumps.
(function () {
  var disclosure = document.currentScript.previousElementSibling;
  var wide = window.matchMedia("(min-width: 48em)");
  function fit() {
    disclosure.open = wide.matches;
  }
  fit();
  wide.addEventListener("change", fit);
})();
