/* Two projects: "unit" runs on the sources; "built" loads dist/ (run after `npm run build`), so the custom
   functions are called through the same CustomFunctions.associate path Excel uses. */
const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2020" } },
];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/scripts/**/*.test.ts", "<rootDir>/test/unit/**/*.test.ts"],
      transform: { "^.+\\.(t|j)sx?$": swc },
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/**/*.test.tsx"],
      transform: { "^.+\\.(t|j)sx?$": swc },
      // After the framework is set up: importing @testing-library/react before it would skip its afterEach cleanup.
      setupFilesAfterEnv: ["<rootDir>/test/setup/jsdom.ts"],
    },
    {
      displayName: "built",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/built/**/*.test.ts"],
      transform: { "^.+\\.(t|j)sx?$": swc },
    },
  ],
};
