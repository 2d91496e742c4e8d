/*
 * Fallback typesetting. The build normally typesets every formula with KaTeX
 * (scripts/qbank/mathrender.py), so pages arrive with no maths left to do. When the site was
 * built without node, formulas are still raw arithmatex markup: this loads the self-hosted
 * KaTeX script from ../vendor/katex/ (only then) and typesets them, again after every
 * instant navigation (Material's document$).
 */
(function () {
  "use strict";
  var base = new URL("../vendor/katex/", document.currentScript.src).href;
  var loading = null;

  function loadKatex() {
    if (window.katex) return Promise.resolve();
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
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

  window.dlRenderMath = render;  // used by practice mode for answers it inserts

  if (window.document$) {
    window.document$.subscribe(function () { render(document.body); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { render(document.body); });
  }
})();
