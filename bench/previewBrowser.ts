/**
 * The built preview served on a spare localhost port and the system's headless Chromium, for the bench rows that
 * time the page (first render, opening a workbook). Null when there is no Chromium or no build.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

export interface PreviewBrowser {
  readonly origin: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function openPreviewBrowser(): Promise<PreviewBrowser | null> {
  const dist = path.resolve(__dirname, "..", "dist");
  const chromiumPath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
  if (!chromiumPath || !existsSync(path.join(dist, "preview.html"))) return null;
  const server = createServer((request, response) => {
    const file = path.join(dist, new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream";
    response.writeHead(200, { "Content-Type": type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}
