/*
 * Renders the maths written with pymdownx.arithmatex (generic mode) using the self-hosted
 * KaTeX in ../vendor/katex/. KaTeX (about 280 KB) is only fetched on pages that have maths,
 * and rendering re-runs after every instant navigation (Material's document$).
 */
(function () {
  "use strict";
  var base = new URL("../vendor/katex/", document.currentScript.src).href;
  var loading = null;

  function loadKatex() {
    if (window.katex) return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var css = document.createElement("link");
        css.rel = "stylesheet";
        css.href = base + "katex.min.css";
        document.head.appendChild(css);
        var script = document.createElement("script");
        script.src = base + "katex.min.js";
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function render(root) {
    var nodes = root.querySelectorAll(".arithmatex:not([data-katex])");
    if (!nodes.length) return;
    loadKatex().then(function () {
      nodes.forEach(function (el) {
        var display = el.tagName === "DIV";
        var tex = el.textContent.trim().replace(/^\\[([]/, "").replace(/\\[)\]]$/, "");
        window.katex.render(tex, el, { displayMode: display, throwOnError: false });
        el.setAttribute("data-katex", "");
      });
    });
  }

  if (window.document$) {
    window.document$.subscribe(function () { render(document.body); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { render(document.body); });
  }
})();
