/* The unit tests that exercise the engine, as one plain Jest config for StrykerJS (`npm run mutate`): Stryker's Jest
   runner needs a single project, and only the engine's own tests decide whether a mutant in the engine is caught.
   The generated-input and whole-column tests are left out: they cover nearly every line, so each mutant would run
   them (about 10 s each on a 2-core machine) while the rule tests decide the same mutants in milliseconds. */
const base = require("./jest.config.js").projects.find((project) => project.displayName === "unit");

module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  testMatch: ["<rootDir>/src/engine/**/*.test.ts", "<rootDir>/src/functions/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "properties\\.test\\.ts$", "wholeColumn\\.test\\.ts$", "largeTables\\.test\\.ts$"],
};
