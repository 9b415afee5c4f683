// `npm start`: serves the add-in over https on localhost:3000 (webpack-dev-server; `npm start -- --port N` or
// PORT=N for another port), opens the preview when the server answers, and prints how to load the add-in into
// Excel. It listens on localhost only. Ctrl+C stops it.
import { spawn, spawnSync } from "node:child_process";
import https from "node:https";
import process from "node:process";

function portFrom(argv, env) {
  const flag = argv.indexOf("--port");
  const text = flag >= 0 ? argv[flag + 1] : (argv.find((a) => a.startsWith("--port="))?.slice(7) ?? env.PORT ?? "3000");
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`"${text}" is not a port number: use npm start -- --port 3001, or PORT=3001 npm start.`);
    process.exit(2);
  }
  return port;
}

const PORT = portFrom(process.argv.slice(2), process.env);
const BASE = `https://localhost:${PORT}`;

async function portTaken() {
  return new Promise((resolve) => {
    const probe = https.get(BASE, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(true);
    });
    probe.on("error", () => resolve(false));
    probe.setTimeout(1500, () => probe.destroy());
  });
}

if (await portTaken()) {
  console.error(`Something is already serving ${BASE} (an earlier \`npm start\`?). Stop it first, or open ${BASE}/preview.html.`);
  process.exit(1);
}

const server = spawn("npx", ["webpack", "serve", "--mode", "development"], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, PORT: String(PORT) },
});
server.on("exit", (code) => process.exit(code ?? 0));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

function answers(url) {
  return new Promise((resolve) => {
    // The certificate may be webpack's self-signed one; we only ask whether the page is served.
    const request = https.get(url, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.setTimeout(2000, () => request.destroy());
  });
}

function openInBrowser(url) {
  const opener = { darwin: "open", win32: "explorer" }[process.platform] ?? "xdg-open";
  const hasDisplay = process.platform !== "linux" || process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!hasDisplay || spawnSync(process.platform === "win32" ? "where" : "which", [opener]).status !== 0) return false;
  spawn(opener, [url], { stdio: "ignore", detached: true }).unref();
  return true;
}

let served = false;
for (let attempt = 0; attempt < 180 && !served; attempt++) {
  if (await answers(`${BASE}/preview.html`)) {
    const opened = openInBrowser(`${BASE}/preview.html`);
    console.log(`
Committee Scorecard is being served at ${BASE} (this machine only)
  Task pane (for Excel):      ${BASE}/taskpane.html
  Preview outside Excel:      ${BASE}/preview.html${opened ? "   (opened in your browser)" : "\n      No browser could be opened here (no display or opener): open that address yourself."}
${PORT === 3000 ? "" : "  Excel loads the add-in from port 3000 (manifest.xml): use another port for the preview only.\n"}
Load it into Excel:
  Excel desktop (Windows/Mac): npx office-addin-debugging start manifest.xml
      (run on demand; it is kept out of package.json — see README "Dependency decisions")
  Excel on the web:            Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in > manifest.xml
  Excel needs to trust the certificate: npx office-addin-dev-certs install

Press Ctrl+C to stop.`);
    served = true;
  } else await new Promise((resolve) => setTimeout(resolve, 1000));
}
if (!served) console.error(`${BASE}/preview.html did not answer within 3 minutes: see webpack's messages above.`);
