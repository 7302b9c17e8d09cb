// The jest configuration Stryker mutates calc-core against: calc-core's own tests only.
const base = require("./jest.config.cjs");
module.exports = { ...base, roots: ["<rootDir>/calc-core/src"] };
