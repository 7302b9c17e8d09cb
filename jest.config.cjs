/** One jest run for the whole repository; TypeScript is transpiled by swc (types are checked by `tsc -b`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/calc-core/src", "<rootDir>/addin/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "<rootDir>/test/bench/"],
  transform: {
    "^.+\\.(t|j)sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2022",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  transformIgnorePatterns: ["/node_modules/"],
  moduleNameMapper: {
    "^@kommunkalkyl/calc-core$": "<rootDir>/calc-core/src/index.ts",
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  testTimeout: 60000,
};
