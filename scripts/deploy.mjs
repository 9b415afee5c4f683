// `npm run deploy -- https://scorecard.example.gov.uk/`: a production build of the add-in for that https origin, in
// its own folder (deploy-build/), with the manifest pointing there and a static host's config beside it. The same
// folder holds the page that works without the add-in (preview.html, its service worker and the sample). Fails
// if the origin is not https, or if "localhost" is left anywhere in the folder.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUTPUT = process.env.SCORECARD_DEPLOY_DIR || "deploy-build";

function fail(message) {
  console.error(`deploy: ${message}`);
  process.exit(2);
}

const origin = process.argv[2];
if (!origin) fail("give the https address the add-in will be served from, e.g. npm run deploy -- https://scorecard.example.gov.uk/");
let url;
try {
  url = new URL(origin);
} catch {
  fail(`"${origin}" is not a web address.`);
}
if (url.protocol !== "https:") fail(`Office loads add-ins only over https: "${origin}" is not.`);
if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) fail("a deployment origin cannot be localhost: use `npm start` to develop.");
if (url.search || url.hash) fail(`"${origin}" has a query or fragment; give the folder's address only.`);

const outputDir = path.resolve(ROOT, OUTPUT);
const build = spawnSync("npx", ["webpack", "--mode", "production", "--config-name", "addin"], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, SCORECARD_PRODUCTION_ORIGIN: url.href, SCORECARD_OUTPUT_DIR: outputDir },
});
if (build.status !== 0) fail("the build failed (see above).");
copyFileSync(path.join(ROOT, "deploy", "staticwebapp.config.json"), path.join(outputDir, "staticwebapp.config.json"));

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}
for (const page of ["taskpane.html", "preview.html", "preview-sw.js"]) if (!existsSync(path.join(outputDir, page))) fail(`the build has no ${page}.`);
const leftovers = [...files(outputDir)].filter((file) => /localhost/i.test(readFileSync(file, "latin1")));
if (leftovers.length > 0) fail(`"localhost" is still in ${leftovers.map((f) => path.relative(ROOT, f)).join(", ")}.`);

console.log(`\nBuilt for ${url.href} in ${path.relative(ROOT, outputDir)}/:`);
console.log(`- upload the folder's contents so that ${new URL("taskpane.html", url.href).href} serves taskpane.html;`);
console.log("- serve functions.json with Access-Control-Allow-Origin: * (staticwebapp.config.json does this on Azure Static Web Apps);");
console.log(`- the same folder serves the add-in-free page, ${new URL("preview.html", url.href).href}: analysts open, rate and save their own workbooks in the browser, nothing uploaded;`);
console.log(`- give your Microsoft 365 admin ${path.relative(ROOT, path.join(outputDir, "manifest.xml"))} (Integrated apps → Upload custom apps).`);
