// Builds the browser parts of the add-in: the custom-functions runtime and the task pane.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

/**
 * Starts downloading the first panel's code together with the page's own scripts: `<link rel="preload">`
 * for every file of the named lazy chunk groups, instead of waiting until the pane's script has run and
 * asked for them (one round trip less before the pane is usable). A group that no longer exists fails the
 * build rather than silently preloading nothing.
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
        const links = [...files].map((file) => ({
          tagName: "link",
          voidTag: true,
          meta: { plugin: "PreloadChunkGroups" },
          attributes: { rel: "preload", as: "script", href: file },
        }));
        data.headTags.push(...links);
        return data;
      });
    });
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
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/html/taskpane.html",
        chunks: ["functions", "taskpane"],
        scriptLoading: "defer",
      }),
      // the pane opens on Skatt eller effektivisering?: its code comes with the page, not after it
      new PreloadChunkGroups({ page: "taskpane.html", groups: ["panel-tax"] }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/html/index.html",
        chunks: ["demo"],
        scriptLoading: "defer",
      }),
    ],
    performance: { hints: false },
    stats: "errors-warnings",
  };
};
