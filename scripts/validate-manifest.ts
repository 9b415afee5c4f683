/**
 * Offline structural validation of the XML add-in manifest. Microsoft's validator is a web service (kept as
 * `npm run validate:online`); these are the rules that catch what breaks a shared-runtime add-in in practice.
 * Usage: tsx scripts/validate-manifest.ts manifest.xml
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

export interface ManifestContext {
  /** Source of the ribbon commands, to check every ExecuteFunction is associated. */
  readonly commandSources: readonly string[];
  /** Reads an asset referenced by a localhost URL (path relative to the project), or null if missing. */
  readonly readAsset: (relativePath: string) => Buffer | null;
}

type XmlNode = { [key: string]: XmlValue };
type XmlValue = string | number | boolean | XmlNode | XmlValue[];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", alwaysCreateTextNode: true, isArray: () => true });

/** Every element with the given tag name anywhere below `node`, in document order. */
function findAll(node: XmlValue, tag: string, found: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) node.forEach((child) => findAll(child, tag, found));
  else if (typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === tag) (Array.isArray(value) ? value : [value]).forEach((v) => typeof v === "object" && found.push(v as XmlNode));
      if (!key.startsWith("@")) findAll(value, tag, found);
    }
  }
  return found;
}

function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@${name}`];
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined ? undefined : String(single);
}

function text(node: XmlNode): string {
  const value = node["#text"];
  const single = Array.isArray(value) ? value[0] : value;
  return single === undefined ? "" : String(single);
}

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export function validateManifest(xml: string, context: ManifestContext): string[] {
  const problems: string[] = [];
  let doc: XmlValue;
  try {
    doc = parser.parse(xml, true) as XmlValue;
  } catch (error) {
    return [`manifest.xml is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`];
  }
  const app = findAll(doc, "OfficeApp")[0];
  if (!app) return ["The root element must be <OfficeApp>."];
  if (attr(app, "xmlns") !== "http://schemas.microsoft.com/office/appforoffice/1.1") problems.push("OfficeApp has the wrong xmlns.");
  if (attr(app, "xsi:type") !== "TaskPaneApp") problems.push('OfficeApp must be xsi:type="TaskPaneApp".');

  const first = (tag: string) => findAll(app, tag)[0];
  const id = first("Id");
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text(id))) problems.push("<Id> must be a GUID.");
  const version = first("Version");
  if (!version || !/^\d+(\.\d+){1,3}$/.test(text(version))) problems.push("<Version> must look like 1.0.0.0.");
  if (!first("ProviderName")) problems.push("<ProviderName> is missing.");
  const locale = first("DefaultLocale");
  if (!locale || text(locale) !== "en-GB") problems.push("<DefaultLocale> must be en-GB.");
  const permissions = first("Permissions");
  if (!permissions || text(permissions) !== "ReadWriteDocument") problems.push("<Permissions> must be ReadWriteDocument.");
  const hosts = findAll(first("Hosts") ?? {}, "Host").map((h) => attr(h, "Name"));
  if (!hosts.includes("Workbook")) problems.push('<Hosts> must include <Host Name="Workbook"/>.');
  const sets = new Map(findAll(app, "Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")]));
  if (sets.get("SharedRuntime") !== "1.1") problems.push("Requirements must include SharedRuntime 1.1.");
  if (!sets.has("CustomFunctionsRuntime")) problems.push("Requirements must include CustomFunctionsRuntime.");

  // Resources: ids unique, of the right kind, and every resid resolves.
  const resources = first("Resources");
  if (!resources) return [...problems, "<Resources> is missing from VersionOverrides."];
  const kinds: Record<string, XmlNode[]> = {
    image: findAll(first("bt:Images") ?? {}, "bt:Image"),
    url: findAll(first("bt:Urls") ?? {}, "bt:Url"),
    short: findAll(first("bt:ShortStrings") ?? {}, "bt:String"),
    long: findAll(first("bt:LongStrings") ?? {}, "bt:String"),
  };
  const defined = new Map<string, { kind: string; value: string }>();
  for (const [kind, nodes] of Object.entries(kinds)) {
    for (const node of nodes) {
      const resid = attr(node, "id") ?? "";
      if (defined.has(resid)) problems.push(`Resource id "${resid}" is defined twice.`);
      if (resid.length > 32) problems.push(`Resource id "${resid}" is longer than 32 characters.`);
      defined.set(resid, { kind, value: attr(node, "DefaultValue") ?? "" });
    }
  }
  const overrides = first("VersionOverrides") ?? {};
  const resolve = (resid: string | undefined, kind: string, where: string): string | undefined => {
    const found = resid === undefined ? undefined : defined.get(resid);
    if (!found) problems.push(`${where} refers to resid "${resid}", which no resource defines.`);
    else if (found.kind !== kind) problems.push(`${where} refers to "${resid}", a ${found.kind} resource; it needs a ${kind}.`);
    return found?.value;
  };
  const images = findAll(overrides, "bt:Image").filter((node) => attr(node, "resid") !== undefined);
  for (const image of images) resolve(attr(image, "resid"), "image", `An icon of size ${attr(image, "size")}`);
  for (const tag of ["Label", "Title"]) findAll(overrides, tag).forEach((n) => attr(n, "resid") && resolve(attr(n, "resid"), "short", `<${tag}>`));
  findAll(overrides, "Description").forEach((n) => attr(n, "resid") && resolve(attr(n, "resid"), "long", "<Description>"));
  findAll(overrides, "SourceLocation").forEach((n) => resolve(attr(n, "resid"), "url", "<SourceLocation>"));
  findAll(overrides, "LearnMoreUrl").forEach((n) => resolve(attr(n, "resid"), "url", "<LearnMoreUrl>"));

  // Every URL is https, and localhost assets exist with the size their id claims.
  const urls = [
    ...[...defined.values()].filter((r) => r.kind === "url" || r.kind === "image").map((r) => r.value),
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].flatMap((tag) =>
      findAll(app, tag).map((n) => attr(n, "DefaultValue")).filter((v): v is string => v !== undefined),
    ),
  ];
  for (const url of urls) if (!url.startsWith("https://")) problems.push(`URL ${url} must use https.`);
  for (const [resid, resource] of defined) {
    if (resource.kind !== "image") continue;
    const claimed = /(\d+)x\1/.exec(resid);
    const local = /^https:\/\/localhost:\d+\/(.+)$/.exec(resource.value);
    if (!local) continue;
    const bytes = context.readAsset(local[1]);
    const size = bytes && pngSize(bytes);
    if (!size) problems.push(`Icon ${local[1]} (${resid}) is missing or not a PNG.`);
    else if (claimed && (size.width !== Number(claimed[1]) || size.height !== Number(claimed[1]))) {
      problems.push(`Icon ${local[1]} is ${size.width}×${size.height}, but ${resid} says ${claimed[1]}×${claimed[1]}.`);
    }
  }

  // One long-lived runtime shared by the pane, the ribbon's function file and the custom functions' page.
  const runtimes = findAll(overrides, "Runtime");
  if (runtimes.length !== 1) problems.push(`There must be exactly one <Runtime>; found ${runtimes.length}.`);
  const runtime = runtimes[0];
  const runtimeResid = runtime ? attr(runtime, "resid") : undefined;
  if (runtime && attr(runtime, "lifetime") !== "long") problems.push('The <Runtime> must have lifetime="long".');
  const functionFile = findAll(overrides, "FunctionFile")[0];
  if (!functionFile || attr(functionFile, "resid") !== runtimeResid) problems.push("<FunctionFile> must use the runtime's resid.");
  const page = findAll(overrides, "Page")[0];
  const pageResid = page ? attr(findAll(page, "SourceLocation")[0] ?? {}, "resid") : undefined;
  if (pageResid !== runtimeResid) problems.push("The custom functions' <Page> must use the runtime's resid.");
  for (const action of findAll(overrides, "Action").filter((a) => attr(a, "xsi:type") === "ShowTaskpane")) {
    const location = findAll(action, "SourceLocation")[0];
    if (!location || attr(location, "resid") !== runtimeResid) problems.push("A ShowTaskpane action must open the runtime's page.");
  }

  // The namespace resolves to a usable name; every ExecuteFunction is associated in the commands code.
  const namespace = findAll(overrides, "Namespace")[0];
  const namespaceValue = namespace ? resolve(attr(namespace, "resid"), "short", "<Namespace>") : undefined;
  if (!namespace) problems.push("The CustomFunctions extension point needs a <Namespace>.");
  else if (namespaceValue !== undefined && !/^[A-Z][A-Z0-9.]{0,31}$/.test(namespaceValue)) {
    problems.push(`The namespace "${namespaceValue}" must be capital letters, digits and periods.`);
  }
  const associated = new Set(
    context.commandSources.flatMap((source) => [...source.matchAll(/(?:Office|office)\.actions\.associate\(\s*["']([^"']+)["']/g)].map((m) => m[1])),
  );
  for (const action of findAll(overrides, "Action").filter((a) => attr(a, "xsi:type") === "ExecuteFunction")) {
    const name = text(findAll(action, "FunctionName")[0] ?? {});
    if (!name) problems.push("An ExecuteFunction action has no <FunctionName>.");
    else if (!associated.has(name)) problems.push(`ExecuteFunction "${name}" is not registered with Office.actions.associate in src/commands.`);
  }
  return problems;
}

function main(manifestPath: string): number {
  const root = path.dirname(path.resolve(manifestPath));
  const commandsDir = path.join(root, "src", "commands");
  const commandSources = existsSync(commandsDir)
    ? readdirSync(commandsDir).filter((f) => /\.tsx?$/.test(f)).map((f) => readFileSync(path.join(commandsDir, f), "utf8"))
    : [];
  const readAsset = (relative: string) => {
    const file = path.join(root, relative);
    return existsSync(file) ? readFileSync(file) : null;
  };
  const problems = validateManifest(readFileSync(manifestPath, "utf8"), { commandSources, readAsset });
  if (problems.length > 0) {
    console.error(`${manifestPath}: ${problems.length} problem(s)`);
    problems.forEach((p) => console.error(`  - ${p}`));
    return 1;
  }
  console.log(`${manifestPath}: valid (offline structural checks; \`npm run validate:online\` asks Microsoft's service).`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) process.exitCode = main(process.argv[2] ?? "manifest.xml");
