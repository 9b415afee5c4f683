import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/**
 * The architecture, enforced: core ← dates ← sheet ← the domains (scorecard, rates, funding, timeline), which
 * never import one another; the engine imports no host, UI or app code; views reach hosts only through the app.
 */
const DOMAINS = ["scorecard", "rates", "funding", "timeline"];
const HOSTS = ["**/adapters/**", "**/taskpane/**", "**/app/**", "**/functions/**", "**/cli/**", "**/commands/**", "**/preview/**", "react", "react-dom", "@fluentui/*", "exceljs"];
const layer = (files, banned, message) => ({
  files,
  ignores: ["**/*.test.{ts,tsx}"],
  rules: { "no-restricted-imports": ["error", { patterns: [{ group: banned, message }] }] },
});
const boundaries = [
  layer(["src/engine/core/**"], ["../dates/*", "../sheet/*", ...DOMAINS.map((d) => `../${d}/*`), ...HOSTS], "core/ imports nothing else in the engine."),
  layer(["src/engine/dates/**"], ["../sheet/*", ...DOMAINS.map((d) => `../${d}/*`), ...HOSTS], "dates/ imports only core/."),
  layer(["src/engine/sheet/**"], [...DOMAINS.map((d) => `../${d}/*`), ...HOSTS], "sheet/ imports only core/ and dates/."),
  ...DOMAINS.map((domain) =>
    layer([`src/engine/${domain}/**`], [...DOMAINS.filter((d) => d !== domain).map((d) => `../${d}/*`), ...HOSTS], `A domain imports only core/, dates/ and sheet/ (and itself).`),
  ),
  layer(["src/engine/report/**"], HOSTS, "report/ composes the domains into the committee report; it imports no host."),
  layer(["src/app/**"], ["**/adapters/**", "**/taskpane/**", "**/functions/**", "**/cli/**", "**/commands/**", "react", "react-dom", "@fluentui/*", "exceljs"], "The app's use cases take an adapter; they do not choose one or draw UI."),
];

export default tseslint.config(
  { ignores: ["dist/", "deploy-build/", "node_modules/", "coverage/", ".cache/"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
      // A whole column is 1,048,576 cells; spreading that many arguments overflows the stack (past ~120,000).
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message: "Math.max/min(...array) overflows the stack on large ranges: use a loop or reduce.",
        },
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement",
          message: "push(...array) overflows the stack on large arrays: use a loop.",
        },
        {
          selector: "CallExpression[callee.property.name='fromCharCode'] > SpreadElement",
          message: "String.fromCharCode(...array) overflows the stack on large arrays: use a loop.",
        },
      ],
    },
  },
  {
    // Office.js load/sync rules where Office.js is used (they misread ExcelJS cells elsewhere).
    files: ["src/adapters/office/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  ...boundaries,
  {
    files: ["**/*.test.{ts,tsx}", "test/**/*", "scripts/**/*", "bench/**/*", "*.js", "*.mjs", "bin/**/*"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-require-imports": "off",
      // Test fakes model Office.js proxies, whose callbacks need the fake itself.
      "@typescript-eslint/no-this-alias": "off",
    },
  },
);
