/* The share button (site/templates/components/share.html): the browser's own share sheet
   where it has one (phones), else the link copied, with "Link gekopieerd" to say so.
   Without this script the button stays hidden and the plain share links still work. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Plain http (a local site): the old way, through a selected, off-screen field.
    return new Promise(function (resolve, reject) {
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.className = "visually-hidden";
      document.body.appendChild(field);
      field.select();
      var copied = false;
      try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
      document.body.removeChild(field);
      if (copied) { resolve(); } else { reject(); }
    });
  }

  document.querySelectorAll("[data-share-button]").forEach(function (button) {
    var url = button.getAttribute("data-url");
    var status = button.parentNode.querySelector("[data-share-status]");
    var canShare = typeof navigator.share === "function";
    var timer = null;

    function say(message) {
      status.textContent = message;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { status.textContent = ""; }, 6000);
    }

    if (canShare) { button.textContent = button.getAttribute("data-share-label"); }
    button.hidden = false;
    button.addEventListener("click", function () {
      if (canShare) {
        // A cancelled share sheet rejects; there is nothing to tell the visitor then.
        navigator.share({ title: button.getAttribute("data-title"), url: url }).catch(function () {});
        return;
      }
      copyText(url).then(
        function () { say(button.getAttribute("data-copied")); },
        function () { say(button.getAttribute("data-failed") + " " + url); }
      );
    });
  });
})();
