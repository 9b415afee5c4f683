/* The unit tests that exercise the engine, as one plain Jest config for StrykerJS (`npm run mutate`): Stryker's Jest
   runner needs a single project, and only the engine's own tests decide whether a mutant in the engine is caught. */
const base = require("./jest.config.js").projects.find((project) => project.displayName === "unit");

module.exports = {
  testEnvironment: base.testEnvironment,
  transform: base.transform,
  testMatch: ["<rootDir>/src/engine/**/*.test.ts", "<rootDir>/src/functions/**/*.test.ts"],
};
