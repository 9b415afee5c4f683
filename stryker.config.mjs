// Mutation testing of the engine's rule and reader files (`npm run mutate`; not part of `npm test`, it takes minutes).
// Text mutants are excluded: a changed message is not a changed rule, and the messages have their own tests.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "jest",
  jest: { projectType: "custom", configFile: "jest.mutate.config.js", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  checkers: [],
  mutate: [
    "src/engine/core/**/*.ts",
    "src/engine/dates/**/*.ts",
    "src/engine/scorecard/rag.ts",
    "src/engine/scorecard/target.ts",
    "src/engine/rates/**/*.ts",
    "src/engine/funding/funding.ts",
    "!src/**/*.test.ts",
  ],
  mutator: { excludedMutations: ["StringLiteral"] },
  ignoreStatic: true,
  reporters: ["clear-text", "progress", "html", "json"],
  clearTextReporter: { logTests: false, allowColor: false },
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
