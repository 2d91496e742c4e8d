// Renders TeX to HTML with the self-hosted KaTeX, for scripts/qbank/mathrender.py.
// Protocol: one JSON line in (an array of {tex, display}), one JSON line out (an array of
// {html} or {error}), until stdin closes. Usage: node katex_render.js path/to/katex.min.js
"use strict";
const katex = require(require("path").resolve(process.argv[2]));
const lines = require("readline").createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const out = JSON.parse(line).map(({ tex, display }) => {
    try {
      return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true }) };
    } catch (err) {
      return { error: String(err.message) };
    }
  });
  process.stdout.write(JSON.stringify(out) + "\n");
});
