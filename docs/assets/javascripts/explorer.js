/*
 * Question explorer (generated explore page): adds filters by text, topic, difficulty and
 * tag to the plain list, which stays usable without JavaScript.
 */
(function () {
  "use strict";

  function option(value, text) {
    var o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    return o;
  }

  function control(label, input) {
    var wrap = document.createElement("label");
    wrap.className = "dl-field";
    wrap.appendChild(document.createTextNode(label + " "));
    wrap.appendChild(input);
    return wrap;
  }

  function build(root) {
    var items = Array.prototype.slice.call(root.querySelectorAll("li[data-topic]"));
    var topics = {}, tags = {};
    items.forEach(function (li) {
      topics[li.getAttribute("data-topic")] = li.querySelector(".dl-explorer__topic").textContent;
      (li.getAttribute("data-tags") || "").split("|").filter(Boolean)
        .forEach(function (t) { tags[t] = true; });
    });
    var form = document.createElement("form");
    form.className = "dl-explorer__filters";
    form.setAttribute("role", "search");
    form.setAttribute("aria-label", "Filter questions");
    var text = document.createElement("input");
    text.type = "search";
    text.placeholder = "e.g. dropout, BN, gradient";
    var topic = document.createElement("select");
    topic.appendChild(option("", "All topics"));
    Object.keys(topics).forEach(function (id) { topic.appendChild(option(id, topics[id])); });
    var level = document.createElement("select");
    level.appendChild(option("", "All levels"));
    ["beginner", "intermediate", "advanced"].forEach(function (d) {
      level.appendChild(option(d, d.charAt(0).toUpperCase() + d.slice(1)));
    });
    var tag = document.createElement("select");
    tag.appendChild(option("", "All tags"));
    Object.keys(tags).sort().forEach(function (t) { tag.appendChild(option(t, t)); });
    form.appendChild(control("Text", text));
    form.appendChild(control("Topic", topic));
    form.appendChild(control("Difficulty", level));
    form.appendChild(control("Tag", tag));
    var count = document.createElement("p");
    count.className = "dl-explorer__count";
    count.setAttribute("role", "status");
    count.setAttribute("aria-live", "polite");
    root.insertBefore(count, root.firstChild);
    root.insertBefore(form, root.firstChild);

    function apply() {
      var words = text.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (li) {
        var hay = li.getAttribute("data-text");
        var ok = (!topic.value || li.getAttribute("data-topic") === topic.value) &&
          (!level.value || li.getAttribute("data-difficulty") === level.value) &&
          (!tag.value || ("|" + li.getAttribute("data-tags") + "|").indexOf("|" + tag.value + "|") >= 0) &&
          words.every(function (w) { return hay.indexOf(w) >= 0; });
        li.hidden = !ok;
        if (ok) shown += 1;
      });
      count.textContent = shown + " of " + items.length + " questions";
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }

  function init() {
    var root = document.querySelector("[data-dl-explorer]");
    if (!root || root.getAttribute("data-ready")) return;
    root.setAttribute("data-ready", "1");
    build(root);
  }
  if (window.document$) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
