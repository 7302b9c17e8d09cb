#!/usr/bin/env node
// The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
// Installs it with apt-get when missing and running as root; otherwise says in one line how.
const { existsSync } = require("node:fs");
const { execSync } = require("node:child_process");

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (existsSync(CHROMIUM)) process.exit(0);
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (root && existsSync("/usr/bin/apt-get")) {
  console.log(
    "Installerar Chromium för webbläsartesterna / installing Chromium for the browser tests (apt-get) …",
  );
  execSync(
    "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core",
    {
      stdio: "inherit",
    },
  );
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  "Webbläsartesterna behöver Chromium: kör `sudo apt-get install chromium` (Debian/Ubuntu) eller sätt CHROMIUM_PATH. / The browser tests need Chromium: run `sudo apt-get install chromium` or set CHROMIUM_PATH.",
);
process.exit(1);
