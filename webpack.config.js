const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/** The manifest's development origin, in every form it is written (with and without the trailing slash). */
const DEV_ORIGIN = /https:\/\/localhost:3000(?=[/"<]|$)/g;
/** Where the production build is hosted; the manifest's dev URLs are rewritten to it (no trailing slash). */
const PRODUCTION_ORIGIN = ensureSlash(process.env.SCORECARD_PRODUCTION_ORIGIN || "https://committee-scorecard.example.org/").slice(0, -1);
/** `npm run deploy` builds into its own folder; a plain build goes to dist/. */
const OUTPUT_DIR = path.resolve(__dirname, process.env.SCORECARD_OUTPUT_DIR || "dist");
const DEV_PORT = Number(process.env.PORT || 3000);

/**
 * Every module whose JSDoc declares @customfunction, read from the functions bundle's own imports
 * (src/functions/index.ts), so the list is kept in one place: the plugin writes functions.json and the associate calls.
 */
const FUNCTION_FILES = [...fs.readFileSync(path.join(__dirname, "src/functions/index.ts"), "utf8").matchAll(/^import "\.\/([\w-]+)";$/gm)].map((m) => `./src/functions/${m[1]}.ts`);
if (FUNCTION_FILES.length === 0) throw new Error("src/functions/index.ts imports no function modules.");

/**
 * Top-level functions.json settings the JSDoc cannot state. allowErrorForDataTypeAny: an error cell (#N/A) in an
 * input range reaches the function as a value, so one error does not turn a whole spilled column into #N/A.
 * allowCustomDataForDataTypeAny (the metadata plugin's default, stated here on purpose): a data type (a formatted
 * number, an entity) arrives as its object, which src/functions/excelInputs.ts reads as the cell shows it.
 */
const FUNCTIONS_JSON_SETTINGS = { allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true };

/**
 * Adds FUNCTIONS_JSON_SETTINGS to the functions.json the metadata plugin emits, in the same compilation, and
 * declares every parameter and result a matrix. Every function here takes ranges and spills (one call per range);
 * the generator cannot read that from an optional parameter typed as Excel sends it (`unknown[][] | null`).
 */
class FunctionsJsonSettingsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    // The metadata plugin adds functions.json to every compilation, HtmlWebpackPlugin's child ones too. Under
    // `npm start` a rebuild re-adds the child's cached copy (without these settings), which conflicts with the
    // main one and puts an error over the preview: only the main compilation emits the file.
    compiler.hooks.compilation.tap("FunctionsJsonSettings", (compilation) => {
      if (compilation.compiler.isChild() && compilation.getAsset("functions.json")) compilation.deleteAsset("functions.json");
    });
    compiler.hooks.thisCompilation.tap("FunctionsJsonSettings", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsJsonSettings", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const asset = compilation.getAsset("functions.json");
        if (!asset) throw new Error("functions.json was not emitted: the custom-functions metadata plugin must run first.");
        const metadata = JSON.parse(asset.source.source().toString());
        for (const fn of metadata.functions) {
          for (const parameter of fn.parameters) parameter.dimensionality = "matrix";
          fn.result = { ...fn.result, dimensionality: "matrix" };
        }
        compilation.updateAsset("functions.json", new sources.RawSource(JSON.stringify({ ...metadata, ...FUNCTIONS_JSON_SETTINGS }, null, 2)));
      });
    });
  }
}

/**
 * Writes preview-sw.js, the preview page's service worker, from its template (src/pages/preview-sw.js): the list of
 * files the page needs to work offline (its page, scripts and every lazy chunk, the icon, the sample, the function
 * list), and a version hashed from their bytes, so each build that changes one replaces the cache. Runs after the
 * pages and the minified scripts are emitted, so it lists and hashes what is served.
 */
class PreviewServiceWorkerPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const template = path.join(__dirname, "src/pages/preview-sw.js");
    compiler.hooks.thisCompilation.tap("PreviewServiceWorker", (compilation) => {
      compilation.fileDependencies.add(template);
      compilation.hooks.processAssets.tap({ name: "PreviewServiceWorker", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        const offline = (name) => /^(preview\.html|preview\.js|functions\.json|chunks\/.+\.js|samples\/.+\.xlsx|assets\/icon-32\.png)$/.test(name);
        const files = Object.keys(assets).filter(offline).sort();
        if (!files.includes("preview.html") || !files.includes("preview.js")) throw new Error("preview-sw.js: the preview page or its script was not emitted.");
        const hash = require("crypto").createHash("sha256");
        for (const name of files) hash.update(name).update(compilation.getAsset(name).source.buffer());
        const code = fs
          .readFileSync(template, "utf8")
          .replace("__VERSION__", hash.digest("hex").slice(0, 16))
          .replace("__FILES__", JSON.stringify(files.map((name) => `./${name}`)));
        compilation.emitAsset("preview-sw.js", new sources.RawSource(code));
      });
    });
  }
}

function ensureSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

/** office-addin-dev-certs where it works; otherwise webpack-dev-server's own certificate, so start never fails. */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timed out")), 20000)),
    ]);
    return { type: "https", options };
  } catch (error) {
    // The certificate files are often made even when installing the CA fails (no sudo): use them if so.
    const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
    const [cert, key] = ["localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      console.warn(`office-addin-dev-certs could not install its CA (${error && error.message}); serving with ${cert}.`);
      return { type: "https", options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) } };
    }
    console.warn(
      `office-addin-dev-certs could not provide a trusted certificate (${error && error.message}); ` +
        "serving with webpack-dev-server's self-signed certificate instead. Excel desktop needs a trusted one: " +
        "run `npx office-addin-dev-certs install` where you can.",
    );
    return "https";
  }
}

const swcRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "swc-loader",
    options: {
      jsc: {
        parser: { syntax: "typescript", tsx: true },
        transform: { react: { runtime: "automatic" } },
        target: "es2020",
      },
    },
  },
};

/**
 * The command line's own rule: Node 20 runs ES2022 natively, and class fields compiled down for older browsers become
 * a defineProperty call per field per object, which a refresh making 50,000 row outcomes pays for.
 */
const cliSwcRule = { ...swcRule, use: { ...swcRule.use, options: { jsc: { ...swcRule.use.options.jsc, target: "es2022" } } } };

/** The command line, bundled for node with its package reader (fflate). */
function cliConfig(production) {
  return {
    name: "cli",
    target: "node20",
    devtool: production ? "source-map" : false,
    entry: { "committee-scorecard": "./src/cli/index.ts" },
    output: { path: path.resolve(OUTPUT_DIR, "cli"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: { rules: [cliSwcRule] },
    optimization: { minimize: false },
  };
}

module.exports = async (env, options) => {
  const production = options.mode === "production";
  const web = await webConfig(env, production);
  // The dev server serves the add-in only; a build makes the CLI too.
  return env && env.WEBPACK_SERVE ? web : [web, cliConfig(production)];
};

async function webConfig(env, production) {
  return {
    name: "addin",
    // No eval-based source maps: the pages' Content-Security-Policy refuses eval, in development as in Excel.
    devtool: production ? "source-map" : "cheap-module-source-map",
    cache: { type: "filesystem", buildDependencies: { config: [__filename] } },
    entry: {
      functions: "./src/functions/index.ts",
      commands: "./src/commands/commands.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: OUTPUT_DIR,
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    performance: { hints: false },
    optimization: {
      // The pane and the ribbon commands share one page: their common code (adapters, engine) is loaded once.
      // functions.js stays whole, because Excel can load it on its own as the custom functions' script.
      splitChunks: {
        cacheGroups: {
          paneAndCommands: {
            name: "shared",
            chunks: (chunk) => chunk.name === "taskpane" || chunk.name === "commands",
            minChunks: 2,
            enforce: true,
          },
        },
      },
    },
    module: { rules: [swcRule] },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new FunctionsJsonSettingsPlugin(),
      // One page holds the functions, commands and pane: the shared runtime. It is also the FunctionFile, so its
      // scripts load blocking, at the end of the body: a ribbon command's first click arrives right after the page
      // loads, and a deferred bundle would register its action too late (office-js#5176).
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/pages/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/pages/preview.html", chunks: ["preview"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/pages/help.html", chunks: [] }),
      new PreviewServiceWorkerPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/samples/*.xlsx", to: "samples/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? content.toString().replace(DEV_ORIGIN, PRODUCTION_ORIGIN) : content),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: OUTPUT_DIR },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env && env.WEBPACK_SERVE ? await httpsServer() : "https",
      port: DEV_PORT,
      host: "localhost",
      open: false,
      client: { overlay: { warnings: false } },
    },
  };
}
