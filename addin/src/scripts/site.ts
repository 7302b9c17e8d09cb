/**
 * The site: everything the add-in loads, in one folder (`dist/` at the repository root) that any static
 * web server can serve — the pages and scripts webpack built, the icons and a favicon, the help pages, the
 * manifest and the functions metadata per locale — with every URL pointing at one base URL.
 *
 * `npm run build` builds it for https://localhost:3000/ (what `npm start` serves);
 * `npm run build -- --url https://intranet.example/kommunkalkyl/` or `KOMMUNKALKYL_URL=…` for a server of
 * the municipality's own. The pages load their scripts relative to themselves (webpack's automatic public
 * path), so only the manifest and the metadata carry the base URL.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { customFunctionsMetadata, LOCALES, type Locale } from "../definitions/metadata";
import { helpPage } from "./help";

/** The base URL of the development server (`npm start`), and of the committed manifest. */
export const DEV_URL = "https://localhost:3000/";

/** A usage error in `--url` or `KOMMUNKALKYL_URL`, in both languages. */
export class BaseUrlError extends Error {}

/**
 * Reads the base URL: `--url <url>` or `--url=<url>` among the arguments, else `KOMMUNKALKYL_URL`, else the
 * development URL (https://localhost:3000/, or the port in `PORT`, as `npm start` serves it). It must be an absolute https URL (Office loads add-ins only over https; plain http is
 * accepted for localhost and 127.0.0.1 alone), without query or fragment; it is returned ending in "/".
 */
export function baseUrl(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  let text: string | undefined;
  argv.forEach((a, i) => {
    if (a === "--url") text = argv[i + 1] ?? "";
    else if (a.startsWith("--url=")) text = a.slice("--url=".length);
  });
  // without an address, the development server's: on PORT when `npm start` is told to use another port
  const port = env.PORT && /^\d{1,5}$/.test(env.PORT) ? env.PORT : undefined;
  text ??= env.KOMMUNKALKYL_URL || (port ? `https://localhost:${port}/` : DEV_URL);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new BaseUrlError(
      `Adressen "${text}" är ingen fullständig URL; skriv t.ex. --url https://intranet.example/kommunkalkyl/ / "${text}" is not an absolute URL; write e.g. --url https://intranet.example/kommunkalkyl/`,
    );
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    throw new BaseUrlError(
      `Adressen ${text} måste börja med https:// – Excel läser bara in tillägg över https. / The URL ${text} must start with https:// – Excel loads add-ins only over https.`,
    );
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new BaseUrlError(
      `Adressen ${text} får inte ha frågedel, fragment eller inloggning. / The URL ${text} must have no query, fragment or credentials.`,
    );
  }
  if (/\/[^/]+\.(html?|xml|json|js|aspx?)$/i.test(url.pathname)) {
    throw new BaseUrlError(
      `Adressen ${text} pekar på en fil; skriv mappen filerna ska ligga i, t.ex. https://intranet.example/kommunkalkyl/ / The URL ${text} names a file; write the folder the files will be served from, e.g. https://intranet.example/kommunkalkyl/`,
    );
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** Where each locale's functions.json lives under the base URL (en-US at the root, as Excel's default). */
export function metadataFile(locale: Locale): string {
  return locale === "en-US" ? "functions.json" : `${locale}/functions.json`;
}

/** Where each language's help page lives under the base URL. */
export function helpFile(lang: "sv" | "en"): string {
  return lang === "en" ? "help.html" : "sv-SE/help.html";
}

/** The manifest with every development URL replaced by `base`, and the app domain by its origin. */
export function manifestFor(devManifest: string, base: string): string {
  const origin = new URL(base).origin;
  const dev = DEV_URL.replace(/\/$/, "");
  // a URL may hold "&" (the other characters XML reserves are percent-encoded by URL)
  const xml = (text: string) => text.replace(/&/g, "&amp;");
  return devManifest
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${xml(origin)}</AppDomain>`)
    .split(`${dev}/`)
    .join(xml(base))
    .replace(`Served from ${dev} by \`npm start\``, `Built for ${base} by \`npm run build\``);
}

/** A .ico holding PNG images (allowed since Windows Vista and by every browser), for /favicon.ico. */
export function icoFromPngs(pngs: readonly Buffer[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map((png) => {
    const entry = Buffer.alloc(16);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    entry.writeUInt8(width >= 256 ? 0 : width, 0);
    entry.writeUInt8(height >= 256 ? 0 : height, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs]);
}

function write(path: string, text: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * Writes the site for `base` into `out` (emptied first) and returns the files written, relative to it.
 * Needs webpack's output (addin/dist/web) and the committed manifest.
 */
export function buildSite(repoRoot: string, base: string, out = join(repoRoot, "dist")): string[] {
  const web = join(repoRoot, "addin", "dist", "web");
  if (!existsSync(join(web, "taskpane.html"))) {
    throw new Error(
      `${web} saknas: kör webpack först (npm run build). / ${web} is missing: run webpack first (npm run build).`,
    );
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(web, out, { recursive: true });
  const files: string[] = [];
  const assets = join(repoRoot, "addin", "assets");
  for (const icon of ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "icon.svg"]) {
    mkdirSync(join(out, "assets"), { recursive: true });
    copyFileSync(join(assets, icon), join(out, "assets", icon));
    files.push(`assets/${icon}`);
  }
  write(
    join(out, "favicon.ico"),
    icoFromPngs([readFileSync(join(assets, "icon-16.png")), readFileSync(join(assets, "icon-32.png"))]),
  );
  files.push("favicon.ico");
  for (const locale of Object.keys(LOCALES) as Locale[]) {
    write(
      join(out, metadataFile(locale)),
      JSON.stringify(customFunctionsMetadata(locale, base), null, 2) + "\n",
    );
    files.push(metadataFile(locale));
  }
  for (const lang of ["en", "sv"] as const) {
    write(join(out, helpFile(lang)), helpPage(lang));
    files.push(helpFile(lang));
  }
  const manifest = readFileSync(join(repoRoot, "manifests", "manifest.xml"), "utf8");
  write(join(out, "manifest.xml"), manifestFor(manifest, base));
  files.push("manifest.xml");
  return files;
}
