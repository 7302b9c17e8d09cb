import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "coverage/**", "reports/**", ".stryker-tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["addin/src/taskpane/**", "addin/src/functions/**", "test/e2e/**"],
    languageOptions: { globals: { ...globals.browser, Office: "readonly", CustomFunctions: "readonly" } },
  },
  {
    files: ["calc-core/src/**"],
    // tests and their helpers may read files (the TSDoc examples); they are not built into the package
    ignores: ["calc-core/src/**/*.test.ts", "calc-core/src/__testing__/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*", "fs", "path", "http", "https"], message: "calc-core does no I/O." },
            { group: ["hyperformula", "react", "exceljs", "@fluentui/*"], message: "calc-core is pure." },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.cjs", "addin/bin/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
