// The jest configuration Stryker mutates calc-core against: calc-core's own tests only,
// with fast-check told not to shrink counterexamples (see calc-core/src/__testing__/mutation.setup.ts).
const base = require("./jest.config.cjs");
module.exports = {
  ...base,
  roots: ["<rootDir>/calc-core/src"],
  setupFilesAfterEnv: ["<rootDir>/calc-core/src/__testing__/mutation.setup.ts"],
};
