import { readFileSync } from "node:fs";
import path from "node:path";
import { validateManifest, type ManifestContext } from "./validate-manifest";

const ROOT = path.resolve(__dirname, "..");
const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const context: ManifestContext = {
  commandSources: [readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8")],
  readAsset: (relative) => {
    try {
      return readFileSync(path.join(ROOT, relative));
    } catch {
      return null;
    }
  },
};

describe("offline manifest validation", () => {
  it("accepts the project's manifest", () => {
    expect(validateManifest(manifest, context)).toEqual([]);
  });

  it.each([
    ["a second runtime", (xml: string) => xml.replace("</Runtimes>", '<Runtime resid="Functions.Script.Url" lifetime="long"/></Runtimes>'), "exactly one <Runtime>"],
    ["a short-lived runtime", (xml: string) => xml.replace('lifetime="long"', 'lifetime="short"'), 'lifetime="long"'],
    ["a function file on another page", (xml: string) => xml.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), "<FunctionFile> must use the runtime's resid"],
    ["an unresolved resid", (xml: string) => xml.replace('<Label resid="Refresh.Label"/>', '<Label resid="Refresh.Missing"/>'), '"Refresh.Missing", which no resource defines'],
    ["an unregistered ExecuteFunction", (xml: string) => xml.replace("<FunctionName>refreshScorecards</FunctionName>", "<FunctionName>refreshAll</FunctionName>"), 'ExecuteFunction "refreshAll" is not registered'],
    ["a lower-case namespace", (xml: string) => xml.replace('DefaultValue="SCORECARD"', 'DefaultValue="scorecard"'), 'namespace "scorecard"'],
    ["an http URL", (xml: string) => xml.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"), "must use https"],
    ["no shared runtime requirement", (xml: string) => xml.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), "SharedRuntime 1.1"],
    ["an icon of the wrong size", (xml: string) => xml.replace("assets/icon-80.png", "assets/icon-64.png"), "is 64×64, but Icon.80x80 says 80×80"],
    ["a US locale", (xml: string) => xml.replace("<DefaultLocale>en-GB", "<DefaultLocale>en-US"), "en-GB"],
    ["broken XML", (xml: string) => xml.replace("</OfficeApp>", "</OfficeAp>"), "not well-formed"],
  ])("rejects %s", (_, mutate, expected) => {
    const problems = validateManifest(mutate(manifest), context);
    expect(problems.join("\n")).toContain(expected);
  });
});
