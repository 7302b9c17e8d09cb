// After tsc: marks each build output with its module format and writes the published types.
//
// - dist/esm/package.json {"type":"module"} and dist/cjs/package.json {"type":"commonjs"}, so Node reads
//   each build in its own format whatever the package's "type" is; both repeat "sideEffects": false,
//   since bundlers read it from the nearest package.json.
// - dist/types/**/*.d.ts (emitted once by `tsc -b`, used inside the repository through project
//   references) is copied beside each build as .d.mts (for `import`) and .d.cts (for `require`), with
//   relative specifiers "./x.js" rewritten to "./x.mjs" / "./x.cjs", so TypeScript under node16/nodenext
//   sees ES-module types for the ES build and CommonJS types for the CommonJS build. Declaration maps
//   point at sources that are not published, so the copies leave them out.
const fs = require("node:fs");
const path = require("node:path");

const dist = path.join(__dirname, "..", "dist");
fs.writeFileSync(
  path.join(dist, "esm", "package.json"),
  JSON.stringify({ type: "module", sideEffects: false }) + "\n",
);
fs.writeFileSync(
  path.join(dist, "cjs", "package.json"),
  JSON.stringify({ type: "commonjs", sideEffects: false }) + "\n",
);

/** Every .d.ts under dir, relative to it. */
function declarations(dir, rel = "") {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) return declarations(dir, child);
    return entry.name.endsWith(".d.ts") ? [child] : [];
  });
}

const types = path.join(dist, "types");
for (const [build, ext, declarationExt] of [
  ["esm", ".mjs", ".d.mts"],
  ["cjs", ".cjs", ".d.cts"],
]) {
  for (const rel of declarations(types)) {
    // dist/types is incremental and may keep a declaration of a deleted source: publish only those of built modules
    if (!fs.existsSync(path.join(dist, build, rel.replace(/\.d\.ts$/, ".js")))) continue;
    const text = fs
      .readFileSync(path.join(types, rel), "utf8")
      .replace(/^\/\/# sourceMappingURL=.*\n?/m, "")
      .replace(
        /(from\s+|import\()(["'])(\.{1,2}\/[^"']*)\.js\2/g,
        (_, lead, q, spec) => `${lead}${q}${spec}${ext}${q}`,
      );
    const target = path.join(dist, build, rel.replace(/\.d\.ts$/, declarationExt));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}
