// Empties the published builds before tsc writes them, so a deleted source file leaves no stale module behind.
const fs = require("node:fs");
const path = require("node:path");
for (const build of ["esm", "cjs"]) {
  fs.rmSync(path.join(__dirname, "..", "dist", build), { recursive: true, force: true });
}
