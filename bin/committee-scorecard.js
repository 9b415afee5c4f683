#!/usr/bin/env node
// Runs the CLI built by `npm run build` (webpack bundles src/cli for node).
const path = require("path");
const fs = require("fs");
const built = path.join(__dirname, "..", "dist", "cli", "committee-scorecard.js");
if (!fs.existsSync(built)) {
  console.error("The command line is not built yet: run `npm run build` in the committee-scorecard folder first.");
  process.exit(2);
}
require(built);
