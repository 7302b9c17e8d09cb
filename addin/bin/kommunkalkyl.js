#!/usr/bin/env node
"use strict";
let cli;
try {
  cli = require("../dist/cli/index.js");
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    console.error(
      "kommunkalkyl är inte byggt / is not built: kör / run `npm run build` i / in the repository root.",
    );
    process.exit(2);
  }
  throw e;
}
cli.main();
