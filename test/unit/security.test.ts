/** The pages' Content-Security-Policy and the manifest's reach: no wider than the add-in needs. */
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function policyOf(page: string): Map<string, string[]> {
  const html = readFileSync(path.join(ROOT, "src", "pages", page), "utf8");
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${page} has no Content-Security-Policy`);
  return new Map(content.split(";").map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
}

const OFFICE_HOST = /^https:\/\/(\*\.)?([a-z0-9-]+\.)*(microsoft\.com|office\.com|office\.net|officeapps\.live\.com|aspnetcdn\.com)$/;

describe.each(["taskpane.html", "preview.html"])("the Content-Security-Policy of %s", (page) => {
  const policy = policyOf(page);

  it("defaults to the add-in's own origin and never allows eval, plugins or a wildcard host", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    for (const values of policy.values()) {
      expect(values).not.toContain("'unsafe-eval'");
      expect(values).not.toContain("*");
      expect(values).not.toContain("https:");
    }
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("allows outbound connections and frames only to Office's own hosts", () => {
    for (const directive of ["connect-src", "frame-src", "script-src"]) {
      for (const source of policy.get(directive) ?? []) {
        if (source === "'self'" || source === "'none'") continue;
        expect({ directive, source, office: OFFICE_HOST.test(source) }).toEqual({ directive, source, office: true });
      }
    }
  });
});

describe("the preview page", () => {
  it("allows no outside host at all: it runs with no internet", () => {
    const policy = policyOf("preview.html");
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("frame-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'"]);
  });
});

describe("the manifest", () => {
  const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  it("asks only to read and write the document, and lists no AppDomain (its own origin needs none)", () => {
    expect([...manifest.matchAll(/<Permissions>([^<]+)<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
    expect(manifest).not.toContain("<AppDomain");
  });

  it("declares the requirement sets the code uses, and no TaskpaneId (one shared-runtime pane)", () => {
    const sets = Object.fromEntries([...manifest.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));
    expect(sets).toEqual({ SharedRuntime: "1.1", ExcelApi: "1.7", CustomFunctionsRuntime: "1.3" });
    expect(manifest).not.toContain("<TaskpaneId");
  });
});

describe("office.js's telemetry frame", () => {
  it("is refused by the pane (council data, no telemetry), and the README says why the console shows it", () => {
    const frames = policyOf("taskpane.html").get("frame-src") ?? [];
    expect(frames.some((source) => source.includes("oaspapps.com"))).toBe(false);
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    expect(readme).toContain("telemetryservice.firstpartyapps.oaspapps.com");
  });
});
