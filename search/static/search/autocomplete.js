// Completions in the search boxes as one types: a small list under the box, filled with
// words the site uses (GET <search page>autocomplete/?q=...). Without JavaScript, or when
// the request fails, the boxes are plain search forms.
(function () {
  "use strict";
  var MIN_LENGTH = 2;
  var DELAY_MS = 150;
  var lists = 0;

  function endpointFor(input) {
    if (input.dataset.autocomplete) return input.dataset.autocomplete;
    var action = input.form && input.form.getAttribute("action");
    return action ? action.replace(/\/?$/, "/") + "autocomplete/" : null;
  }

  function enhance(input) {
    var endpoint = endpointFor(input);
    if (!endpoint || input.dataset.enhanced) return;
    input.dataset.enhanced = "true";
    var listId = "search-completions-" + ++lists;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "search-completions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    list.style.cssText =
      "position:absolute;top:100%;left:0;right:0;z-index:20;margin:0;padding:0;" +
      "list-style:none;background:#fff;border:2px solid #4a4a48;border-top:0;";
    if (getComputedStyle(input.form).position === "static") input.form.style.position = "relative";
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("autocomplete", "off");

    var active = -1;
    var timer = null;
    var pending = null;

    function options() {
      return list.querySelectorAll("[role=option]");
    }
    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function choose(text) {
      input.value = text;
      close();
      if (input.form.requestSubmit) input.form.requestSubmit();
      else input.form.submit();
    }
    function show(completions) {
      list.textContent = "";
      completions.forEach(function (text, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.style.cssText = "padding:.4rem .5rem;cursor:pointer;";
        option.textContent = text;
        // mousedown, not click: the box keeps its focus, so blur does not close the list first.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(text);
        });
        list.appendChild(option);
      });
      if (!completions.length) return close();
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
    function move(step) {
      var all = options();
      if (!all.length) return;
      if (active >= 0) {
        all[active].setAttribute("aria-selected", "false");
        all[active].style.background = "";
      }
      active = (active + step + all.length) % all.length;
      all[active].setAttribute("aria-selected", "true");
      all[active].style.background = "#f6f1ec";
      input.setAttribute("aria-activedescendant", all[active].id);
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var typed = input.value;
      if (typed.trim().length < MIN_LENGTH) return close();
      timer = setTimeout(function () {
        if (pending) pending.abort();
        pending = new AbortController();
        fetch(endpoint + "?q=" + encodeURIComponent(typed), {
          signal: pending.signal,
          headers: { Accept: "application/json" },
        })
          .then(function (response) {
            return response.ok ? response.json() : { completions: [] };
          })
          .then(function (data) {
            if (input.value === typed) show(data.completions || []);
          })
          .catch(function () {});
      }, DELAY_MS);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        move(event.key === "ArrowDown" ? 1 : -1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(options()[active].textContent);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("#search-query, #site-search, input[data-autocomplete]").forEach(enhance);
})();
