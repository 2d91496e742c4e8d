/*
 * Study tools on every page: the reader's progress (kept in this browser's localStorage,
 * scoped to the site, nothing sent anywhere), "I knew it / Review again" marks on question
 * pages, progress marks on topic pages and the topic index, expand/collapse all answers,
 * and printing with every answer open. Runs after each instant navigation (document$).
 */
(function () {
  "use strict";
  var KEY = "dliq.progress";
  var DAY = 864e5;
  var INTERVALS = [1, 3, 7, 16, 35]; // days until a known question is due again, per box
  var LABELS = { unseen: "Not practised yet", known: "Known", review: "To review" };

  function load() {
    try { return window.__md_get(KEY) || {}; } catch (e) { return {}; }
  }
  function save(progress) { window.__md_set(KEY, progress); }

  /* progress: an already loaded progress object, to read localStorage once per refresh */
  function state(slug, progress) {
    var entry = (progress || load())[slug];
    return entry ? entry.s : "unseen";
  }

  /* Simple spaced repetition (Leitner boxes): knowing it again moves it to a longer interval;
     "review again" sends it back to the first box, due now. */
  function mark(slug, knew) {
    var progress = load();
    var entry = progress[slug] || { box: -1 };
    if (knew) {
      entry.box = entry.s === "known" ? Math.min(entry.box + 1, INTERVALS.length - 1) : 0;
      entry.s = "known";
      entry.due = Date.now() + INTERVALS[entry.box] * DAY;
    } else {
      entry.s = "review";
      entry.box = 0;
      entry.due = Date.now();
    }
    progress[slug] = entry;
    save(progress);
    refresh(document);
  }

  function reset() {
    save({});
    refresh(document);
  }

  function isDue(slug, now) {
    var entry = load()[slug];
    return !!entry && entry.due <= (now || Date.now());
  }

  window.dlStudy = { load: load, state: state, mark: mark, reset: reset, isDue: isDue };

  /* Progress marks: [data-dl-progress="slug"] and topic counts [data-dl-topic-progress]. */
  function refresh(root) {
    var progress = load();
    root.querySelectorAll("[data-dl-progress]").forEach(function (el) {
      var s = state(el.getAttribute("data-dl-progress"), progress);
      el.setAttribute("data-state", s);
      el.textContent = s === "unseen" ? "" : LABELS[s];
      el.setAttribute("title", LABELS[s]);
    });
    root.querySelectorAll("[data-dl-topic-progress]").forEach(function (el) {
      var slugs = el.getAttribute("data-dl-topic-progress").split(" ");
      var known = 0, review = 0;
      slugs.forEach(function (slug) {
        var s = state(slug, progress);
        if (s === "known") known += 1;
        if (s === "review") review += 1;
      });
      el.textContent = known + review === 0 ? "" :
        "Your progress: " + known + " of " + slugs.length + " known" +
        (review ? ", " + review + " to review" : "");
    });
    root.querySelectorAll("[data-dl-mark]").forEach(function (button) {
      var slug = button.closest("[data-dl-question]").getAttribute("data-dl-question");
      var pressed = state(slug, progress) === button.getAttribute("data-dl-mark");
      button.setAttribute("aria-pressed", String(pressed));
    });
  }

  /* On a question page, after the short answer: did you know it? */
  function addMarkButtons(root) {
    var holder = root.querySelector("[data-dl-question]");
    if (!holder) return;
    var answer = root.querySelector("article details.answer");
    if (!answer || answer.querySelector(".dl-marks")) return;
    var bar = document.createElement("div");
    bar.className = "dl-marks";
    bar.setAttribute("data-dl-question", holder.getAttribute("data-dl-question"));
    [["known", "I knew it"], ["review", "Review again"]].forEach(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button dl-mark";
      button.setAttribute("data-dl-mark", pair[0]);
      button.setAttribute("aria-pressed", "false");
      button.textContent = pair[1];
      button.addEventListener("click", function () {
        mark(bar.getAttribute("data-dl-question"), pair[0] === "known");
      });
      bar.appendChild(button);
    });
    answer.appendChild(bar);
  }

  /* Expand all / collapse all, on pages with several collapsible blocks. */
  function addToggleAll(root) {
    var article = root.querySelector("article.md-content__inner");
    if (!article || article.querySelector(".dl-toggle-all")) return;
    if (article.querySelectorAll("details").length < 2) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "md-button dl-toggle-all";
    button.setAttribute("aria-expanded", "false");
    button.textContent = "Expand all answers";
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      article.querySelectorAll("details").forEach(function (d) { d.open = open; });
      button.setAttribute("aria-expanded", String(open));
      button.textContent = open ? "Collapse all answers" : "Expand all answers";
    });
    var title = article.querySelector("h1");
    if (title) title.insertAdjacentElement("afterend", button);
    else article.insertBefore(button, article.firstChild);
  }

  function showResetButtons(root) {
    root.querySelectorAll("[data-dl-reset]").forEach(function (button) {
      if (button.getAttribute("data-ready")) return;
      button.setAttribute("data-ready", "1");
      button.hidden = false;
      button.addEventListener("click", function () {
        if (window.confirm("Forget which questions you knew and which to review?")) reset();
      });
    });
  }

  /* Print every answer open, then put the page back as it was. */
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.filter.call(
      document.querySelectorAll("article details"), function (d) { return !d.open; });
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });

  function init() {
    addToggleAll(document);
    addMarkButtons(document);
    showResetButtons(document);
    refresh(document);
  }
  if (window.document$) window.document$.subscribe(init);
  else document.addEventListener("DOMContentLoaded", init);
})();
