/*
 * Practice mode (docs/practice.md): deals questions one at a time from questions.json,
 * filtered by topic and difficulty; the reader reveals the short answer and marks it
 * "I knew it" or "Review again" (stored by study.js). Questions to review come first and
 * come back three cards later in the same session.
 */
(function () {
  "use strict";
  var REPEAT_AFTER = 3;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  function select(id, label, options) {
    var wrap = el("label", { "for": id, "class": "dl-field" }, label + " ");
    var box = el("select", { id: id });
    options.forEach(function (o) { box.appendChild(el("option", { value: o[0] }, o[1])); });
    wrap.appendChild(box);
    return wrap;
  }

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = list[i]; list[i] = list[j]; list[j] = t;
    }
    return list;
  }

  /* Review (due) first, then never practised, then known and not yet due. */
  function deal(questions, order) {
    var study = window.dlStudy, now = Date.now();
    var groups = [[], [], []];
    questions.forEach(function (q) {
      var s = study.state(q.slug);
      if (s === "review" || (s === "known" && study.isDue(q.slug, now))) groups[0].push(q);
      else if (s === "unseen") groups[1].push(q);
      else groups[2].push(q);
    });
    if (order === "random") groups.forEach(shuffle);
    return groups[0].concat(groups[1], groups[2]);
  }

  function build(root, data) {
    var base = window.__md_scope;
    root.textContent = "";
    var form = el("form", { "class": "dl-practice__setup", "aria-label": "Practice settings" });
    form.appendChild(select("dl-topic", "Topic", [["", "All topics"]].concat(
      data.topics.map(function (t) { return [t.id, t.name]; }))));
    form.appendChild(select("dl-level", "Difficulty", [["", "All levels"]].concat(
      data.difficulties.map(function (d) { return [d, d.charAt(0).toUpperCase() + d.slice(1)]; }))));
    form.appendChild(select("dl-order", "Order", [["random", "Random"], ["site", "In order"]]));
    var start = el("button", { type: "submit", "class": "md-button md-button--primary" }, "Start");
    form.appendChild(start);
    var reset = el("button", { type: "button", "class": "md-button", "data-dl-reset": "" },
                   "Reset my progress");
    form.appendChild(reset);
    reset.addEventListener("click", function () {
      if (window.confirm("Forget which questions you knew and which to review?")) {
        window.dlStudy.reset();
        status.textContent = "Progress reset.";
      }
    });
    reset.setAttribute("data-ready", "1");
    root.appendChild(form);

    var status = el("p", { "class": "dl-practice__status", role: "status", "aria-live": "polite" });
    root.appendChild(status);
    var card = el("section", { "class": "dl-card", "aria-label": "Question card", hidden: "" });
    root.appendChild(card);

    var queue = [], done = 0, knew = 0;

    function show() {
      card.textContent = "";
      if (!queue.length) {
        card.appendChild(el("h2", {}, "Session complete"));
        card.appendChild(el("p", {}, "You went through " + done + " card" + (done === 1 ? "" : "s") +
          ": " + knew + " known, " + (done - knew) + " to review. Start again to go over " +
          "the ones to review first."));
        status.textContent = "Session complete.";
        return;
      }
      var q = queue[0];
      card.appendChild(el("p", { "class": "dl-card__meta" },
        queue.length + " left · " + q.difficulty + " · " +
        data.topics.filter(function (t) { return t.id === q.topic; })[0].name));
      var title = el("h2", { "class": "dl-card__question", tabindex: "-1" });
      title.textContent = q.title;
      card.appendChild(title);
      var answer = el("div", { "class": "dl-card__answer", id: "dl-answer", hidden: "" });
      answer.innerHTML = q.answer_html;
      answer.querySelectorAll("a[href]").forEach(function (a) {
        a.href = new URL(a.getAttribute("href"), base).href;
      });
      var more = el("a", { href: new URL(q.url, base).href }, "Full answer with explanation and follow-ups");
      var moreP = el("p", {});
      moreP.appendChild(more);
      answer.appendChild(moreP);
      var reveal = el("button", { type: "button", "class": "md-button md-button--primary",
                                  "aria-expanded": "false", "aria-controls": "dl-answer" },
                      "Show answer");
      var marks = el("div", { "class": "dl-marks", hidden: "" });
      var yes = el("button", { type: "button", "class": "md-button" }, "I knew it");
      var no = el("button", { type: "button", "class": "md-button" }, "Review again");
      marks.appendChild(yes);
      marks.appendChild(no);
      card.appendChild(reveal);
      card.appendChild(answer);
      card.appendChild(marks);
      reveal.addEventListener("click", function () {
        answer.hidden = false;
        marks.hidden = false;
        reveal.setAttribute("aria-expanded", "true");
        reveal.hidden = true;
        if (window.dlRenderMath) window.dlRenderMath(answer);
        yes.focus();
      });
      yes.addEventListener("click", function () { next(q, true); });
      no.addEventListener("click", function () { next(q, false); });
      title.focus();
    }

    function next(q, known) {
      window.dlStudy.mark(q.slug, known);
      queue.shift();
      done += 1;
      if (known) knew += 1;
      else queue.splice(Math.min(REPEAT_AFTER, queue.length), 0, q);
      status.textContent = known ? "Marked as known." : "Marked for review; it comes back soon.";
      show();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var topic = form.querySelector("#dl-topic").value;
      var level = form.querySelector("#dl-level").value;
      var chosen = data.questions.filter(function (q) {
        return (!topic || q.topic === topic) && (!level || q.difficulty === level);
      });
      queue = deal(chosen, form.querySelector("#dl-order").value);
      done = 0;
      knew = 0;
      card.hidden = !queue.length;
      if (!queue.length) {
        status.textContent = "No question matches these filters.";
        return;
      }
      status.textContent = queue.length + " questions in this session.";
      show();
    });
  }

  function init() {
    var root = document.querySelector("[data-dl-practice]");
    if (!root || root.getAttribute("data-ready")) return;
    root.setAttribute("data-ready", "1");
    fetch(new URL("questions.json", window.__md_scope))
      .then(function (r) { return r.json(); })
      .then(function (data) { build(root, data); })
      .catch(function () { root.textContent = "The question deck could not be loaded."; });
  }
  if (window.document$) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
