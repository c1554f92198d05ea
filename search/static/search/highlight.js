// Marks the words a visitor searched for on the page they opened from the results
// (?highlight=gemeenschappen+zorg; search/middleware.py adds this script to such pages).
// Text is split and wrapped in <mark> through the DOM; the words are never read as HTML.
(function () {
  "use strict";
  var MAX_WORDS = 10;
  var MAX_LENGTH = 60;
  var wanted = new URLSearchParams(window.location.search).get("highlight");
  if (!wanted) return;
  var words = wanted
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map(function (word) {
      return word.slice(0, MAX_LENGTH).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
  if (!words.length) return;
  // A whole word: not preceded or followed by a letter or digit.
  var pattern = new RegExp(
    "(^|[^\\p{L}\\p{N}])(" + words.join("|") + ")(?=$|[^\\p{L}\\p{N}])",
    "giu"
  );
  var root = document.querySelector("main") || document.body;
  var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      return /^(SCRIPT|STYLE|MARK|TEXTAREA|NOSCRIPT)$/.test(node.parentNode.nodeName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    },
  });
  var texts = [];
  while (walker.nextNode()) texts.push(walker.currentNode);
  texts.forEach(function (node) {
    var text = node.nodeValue;
    var fragment = null;
    var done = 0;
    var match;
    pattern.lastIndex = 0;
    while ((match = pattern.exec(text))) {
      var start = match.index + match[1].length;
      var end = start + match[2].length;
      fragment = fragment || document.createDocumentFragment();
      fragment.appendChild(document.createTextNode(text.slice(done, start)));
      var mark = document.createElement("mark");
      mark.className = "search-highlight";
      mark.textContent = text.slice(start, end);
      fragment.appendChild(mark);
      done = end;
    }
    if (fragment) {
      fragment.appendChild(document.createTextNode(text.slice(done)));
      node.parentNode.replaceChild(fragment, node);
    }
  });
})();
