// Builds the browser parts of the add-in: the custom-functions runtime and the task pane.
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const esbuild = require("esbuild");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CompressionPlugin = require("compression-webpack-plugin");
const zlib = require("node:zlib");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

/**
 * Loads the first panel's code with the page: a deferred `<script>` for every file of the named lazy chunk
 * groups, before the pane's own script, instead of waiting until the pane's script has run and asked for them
 * (one round trip less before the pane is usable). Such a file only registers its modules (webpack's JSONP
 * chunk array, which the pane's runtime reads when it starts), so the pane's `import()` of the panel finds it
 * there and asks the network for nothing, and the browser compiles it as it streams in like the page's other
 * scripts. A group that no longer exists fails the build rather than silently loading nothing.
 */
class PreloadChunkGroups {
  /** @param {{ page: string; groups: string[] }} options */
  constructor(options) {
    this.options = options;
  }
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap("PreloadChunkGroups", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap("PreloadChunkGroups", (data) => {
        if (data.outputName !== this.options.page) return data;
        const files = new Set();
        for (const name of this.options.groups) {
          const group = compilation.namedChunkGroups.get(name);
          if (!group) throw new Error(`PreloadChunkGroups: no chunk group named ${name}`);
          for (const chunk of group.chunks)
            for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
        }
        const scripts = [...files].map((file) => ({
          tagName: "script",
          voidTag: false,
          meta: { plugin: "PreloadChunkGroups" },
          attributes: { defer: true, src: file },
        }));
        // before the entries' scripts (deferred scripts run in the page's order): the pane's runtime then
        // finds the panel registered when it starts
        const first = data.headTags.findIndex((tag) => tag.tagName === "script" && tag.attributes.src);
        data.headTags.splice(first < 0 ? data.headTags.length : first, 0, ...scripts);
        return data;
      });
    });
  }
}

/**
 * Marks the scripts that run while the pane starts (the pane's own and the first panel's chunks) with V8's
 * explicit compile hint `//# allFunctionsCalledOnLoad` (V8 blog, "Giving V8 a heads-up: faster JavaScript
 * startup with explicit compile hints", shipped in Chrome 136, so in Edge's WebView2 that Excel uses): V8 then
 * compiles every function of the file on its background thread while the file downloads, instead of parsing
 * each function twice and compiling it on the main thread at its first call. Measured on the pane (issue 23,
 * point 10): ~20 ms less main-thread time before the pane takes typing at 1× CPU. Browsers without the hint read
 * a comment. The line is added after minification (Terser would drop it) and before the source maps are made,
 * which then count it.
 */
class EagerCompile {
  /** @param {{ entries: string[]; groups: string[] }} options */
  constructor(options) {
    this.options = options;
  }
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("EagerCompile", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EagerCompile", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        () => {
          const groups = [
            ...this.options.entries.map((name) => compilation.entrypoints.get(name)),
            ...this.options.groups.map((name) => compilation.namedChunkGroups.get(name)),
          ];
          if (groups.some((g) => g === undefined))
            throw new Error(
              `EagerCompile: no chunk group among ${[...this.options.entries, ...this.options.groups]}`,
            );
          const files = new Set();
          for (const group of groups)
            for (const chunk of /** @type {import("webpack").ChunkGroup} */ (group).chunks)
              for (const file of chunk.files) if (file.endsWith(".js")) files.add(file);
          for (const file of files)
            compilation.updateAsset(
              file,
              (source) => new sources.ConcatSource("//# allFunctionsCalledOnLoad\n", source),
            );
        },
      );
    });
  }
}

/**
 * Writes the task pane's first panel into taskpane.html as HTML (issue 23, point 10): the pane's figures are
 * on the page at first paint, before its scripts have loaded, and index.tsx hydrates them. The pane is
 * rendered in Node by src/taskpane/frame/prerender.tsx, bundled with esbuild for the purpose (React's server
 * renderer; its styles are those of griffel.css, which the page links). A page without the placeholder fails the
 * build rather than silently shipping an empty pane.
 */
class PrerenderPane {
  /** @param {{ page: string; entry: string; stylesheet: string }} options */
  constructor(options) {
    this.options = options;
  }
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    compiler.hooks.compilation.tap("PrerenderPane", (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).beforeEmit.tapPromise("PrerenderPane", async (data) => {
        if (data.outputName !== this.options.page) return data;
        const { html, styles, numbers } = await this.render();
        const root = /<div id="?root"?><\/div>/;
        if (!root.test(data.html))
          throw new Error(`PrerenderPane: ${this.options.page} has no empty <div id="root">`);
        this.checkStyles(compilation, styles);
        // the figures the HTML shows, as formatted at build time, for hydration without starting ICU
        // (src/taskpane/shared/numberFormat.ts); "<" escaped so that no text can close the script element
        const record = JSON.stringify(numbers).replace(/</g, "\\u003c");
        data.html = data.html.replace(
          root,
          () =>
            `<div id="root" data-prerendered="sv-light">${html}</div>\n    ` +
            `<script type="application/json" id="prerendered-numbers">${record}</script>`,
        );
        return data;
      });
    });
  }
  /**
   * The prerendered HTML's styles come with the page's stylesheet, griffel.css (Griffel's CSS extraction, see
   * below), not as style elements of their own: every class the prerendered pane's styles name must be in it,
   * or the build fails rather than ship a pane that shows unstyled until its script has run.
   * @param {import("webpack").Compilation} compilation
   * @param {string} styles the style elements Griffel's renderer wrote for the prerendered HTML
   */
  checkStyles(compilation, styles) {
    const css = compilation.getAsset(this.options.stylesheet);
    if (!css) throw new Error(`PrerenderPane: no ${this.options.stylesheet} among the build's files`);
    const extracted = new Set(
      css.source
        .source()
        .toString()
        .match(/\.[A-Za-z_][\w-]*/g),
    );
    const missing = [...new Set(styles.match(/\.[A-Za-z_][\w-]*/g))].filter((c) => !extracted.has(c));
    if (missing.length > 0)
      throw new Error(
        `PrerenderPane: ${missing.length} class(es) of the prerendered pane not in ${this.options.stylesheet}: ${missing.slice(0, 10).join(" ")}`,
      );
  }
  async render() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kommunkalkyl-prerender-"));
    try {
      const out = path.join(dir, "prerender.cjs");
      await esbuild.build({
        entryPoints: [this.options.entry],
        bundle: true,
        platform: "node",
        format: "cjs",
        target: "node20",
        jsx: "automatic",
        outfile: out,
        define: { "process.env.NODE_ENV": '"production"' },
        logLevel: "warning",
      });
      return await require(out).prerenderPane();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** @type {(env: unknown, argv: { mode?: string }) => import("webpack").Configuration} */
module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      demo: "./src/taskpane/demo.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        // Griffel's CSS extraction (griffel.js.org, @griffel/webpack-extraction-plugin): the CSS that the
        // ahead-of-time transform below (our code) and Fluent's own build (its components) leave in the
        // JavaScript is taken out into one stylesheet, griffel.css, sorted in Griffel's order of buckets (a
        // hover rule after its base rule), which the pages link. Nothing is then inserted at run time, nor
        // re-read from the prerendered page (no stylis at the pane's start), and the scripts are smaller. It
        // runs last ("post", listed before @griffel/webpack-loader, which must have run before it).
        {
          test: /\.(tsx?|m?js)$/,
          include: [path.join(__dirname, "src"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          enforce: "post",
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        // Griffel's ahead-of-time transform: our makeStyles() calls reach the browser with their CSS already
        // computed (as Fluent's own components ship), instead of being resolved by stylis at the pane's start.
        // It runs after swc-loader ("post") on plain JavaScript; the class names are the ones the runtime
        // computes, so the prerendered HTML (rendered without this transform) hydrates with the same classes.
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          enforce: "post",
          use: { loader: "@griffel/webpack-loader" },
        },
        {
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
        },
        // the extracted CSS (the only CSS of the build) becomes griffel.css
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
      ],
    },
    plugins: [
      // Griffel sorts its rules itself: the order in which webpack met the modules does not matter
      new MiniCssExtractPlugin({ ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/html/taskpane.html",
        // the pane's script before the custom functions': both run before the page's DOMContentLoaded, but the
        // pane hydrates as soon as Office is ready, and with Office there at once (a warm Excel) that is right
        // after its own script; the functions are associated at their script's top level either way
        chunks: ["taskpane", "functions"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        // the prerendered pane must reach the page as React wrote it: a minifier drops the comments that mark
        // its Suspense boundary and rewrites whitespace in its text, and hydration would then find a mismatch
        minify: false,
      }),
      // the pane opens on Skatt eller effektivisering?: its code comes with the page, not after it or asked for
      new PreloadChunkGroups({ page: "taskpane.html", groups: ["panel-tax"] }),
      // ... and is compiled while it downloads, as are the custom functions (their definitions run at load)
      ...(production
        ? [new EagerCompile({ entries: ["taskpane", "functions"], groups: ["panel-tax"] })]
        : []),
      // ... and its figures come as HTML, hydrated once the code is there
      new PrerenderPane({
        page: "taskpane.html",
        entry: path.join(__dirname, "src/taskpane/frame/prerender.tsx"),
        stylesheet: "griffel.css",
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/html/index.html",
        chunks: ["demo"],
        scriptLoading: "defer",
      }),
      // the pages, scripts and styles also as brotli and gzip files beside them, compressed once here at the
      // highest levels: the add-in's server (scripts/server.ts, express-static-gzip) sends them as they are
      // instead of compressing every answer again while the pane waits (issue 23, point 10)
      ...(production
        ? [
            new CompressionPlugin({
              filename: "[path][base].br",
              algorithm: "brotliCompress",
              test: /\.(js|css|html|json|svg)$/,
              compressionOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } },
              threshold: 1024,
              minRatio: 0.9,
            }),
            new CompressionPlugin({
              filename: "[path][base].gz",
              algorithm: "gzip",
              test: /\.(js|css|html|json|svg)$/,
              compressionOptions: { level: 9 },
              threshold: 1024,
              minRatio: 0.9,
            }),
          ]
        : []),
    ],
    // webpack's own HTML minifier would rewrite the prerendered pane as html-webpack-plugin's would (see above)
    optimization: {
      minimizeOptions: { html: false },
      splitChunks: {
        cacheGroups: {
          // the first panel's code in one file instead of eight (its own and seven shared with other panels):
          // one request instead of eight while the pane starts, on a connection limited to six at a time
          firstPanel: {
            name: "first-panel",
            chunks: "async",
            enforce: true,
            priority: 100,
            /** @type {(m: import("webpack").Module, c: { chunkGraph: import("webpack").ChunkGraph }) => boolean} */
            test: (module, { chunkGraph }) =>
              // scripts only: Griffel's extraction gathers the styles into griffel.css with a group of its own
              module.type.startsWith("javascript/") &&
              [...chunkGraph.getModuleChunksIterable(module)].some((c) => c.name === "panel-tax"),
          },
        },
      },
    },
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
