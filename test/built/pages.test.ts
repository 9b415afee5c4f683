/**
 * The built pane page is also the ribbon's FunctionFile: office.js first, then the add-in's bundles loading
 * blocking (no defer or async), so the ribbon action is registered before Office calls it (office-js#5176).
 */
import { readFileSync } from "node:fs";
import path from "node:path";

const html = readFileSync(path.resolve(__dirname, "../../dist/taskpane.html"), "utf8");

describe("dist/taskpane.html", () => {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);

  it("loads office.js first and then functions, shared, commands and the pane", () => {
    const sources = scripts.map((attributes) => /src="?([^"\s>]+)/.exec(attributes)?.[1]);
    expect(sources).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "shared.js", "commands.js", "taskpane.js"]);
  });

  it("loads every script blocking: none deferred or async", () => {
    for (const attributes of scripts) expect(attributes).not.toMatch(/\b(defer|async)\b/);
  });
});
