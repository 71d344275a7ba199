// Bytes by kind — JavaScript, CSS, fonts, data — raw and gzip-compressed (level 6, what a typical web
// server sends), for what a page fetched and for a whole build. Sizes come from the built files
// themselves, so they do not depend on whether the benchmark's server compresses.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export type Kind = "js" | "css" | "font" | "data" | "html" | "other";
export type Bytes = Record<Kind, { raw: number; gzip: number; files: number }>;

const KINDS: Kind[] = ["js", "css", "font", "data", "html", "other"];
const sizeCache = new Map<string, { raw: number; gzip: number }>();

export function kindOf(path: string): Kind {
  const extension = extname(path);
  if (extension === ".js" || extension === ".mjs") return "js";
  if (extension === ".css") return "css";
  if (extension === ".woff2" || extension === ".woff" || extension === ".ttf") return "font";
  if (extension === ".geojson" || extension === ".json") return "data";
  if (extension === ".html") return "html";
  return "other";
}

export function fileSize(file: string): { raw: number; gzip: number } {
  const cached = sizeCache.get(file);
  if (cached) return cached;
  const content = readFileSync(file);
  const size = { raw: content.length, gzip: gzipSync(content, { level: 6 }).length };
  sizeCache.set(file, size);
  return size;
}

function emptyBytes(): Bytes {
  return Object.fromEntries(KINDS.map((kind) => [kind, { raw: 0, gzip: 0, files: 0 }])) as Bytes;
}

export function sumFiles(files: Iterable<string>): Bytes {
  const bytes = emptyBytes();
  for (const file of files) {
    const size = fileSize(file);
    const total = bytes[kindOf(file)];
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.files += 1;
  }
  return bytes;
}

/** What a page fetched: URLs under `origin/prefix/` mapped back to files of the variant's folder. */
export function fetchedBytes(urls: readonly string[], origin: string, webRoot: string): Bytes {
  const files = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith(origin)) continue;
    let path = decodeURIComponent(new URL(url).pathname);
    if (path.endsWith("/")) path += "index.html";
    files.add(join(webRoot, path));
  }
  return sumFiles(files);
}

/** Every file of a build except Vite's manifest. */
export function buildBytes(directory: string): Bytes {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== ".vite") walk(path);
      } else files.push(path);
    }
  };
  walk(directory);
  return sumFiles(files);
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/**
 * The JavaScript the page must run before anything else: the entry chunk and its static imports. Also
 * says whether MapLibre is among them (it must not be: the shell should paint first).
 */
export interface FirstJavaScript {
  gzip: number;
  raw: number;
  files: string[];
  hasMapLibre: boolean;
}

export function firstJavaScript(directory: string): FirstJavaScript {
  const manifest = JSON.parse(readFileSync(join(directory, ".vite/manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const files = [...seen].map((key) => join(directory, manifest[key]?.file ?? ""));
  const hasMapLibre =
    [...seen].some((key) => key.includes("maplibre-gl")) ||
    files.some((file) => readFileSync(file, "utf8").includes("maplibregl-canvas"));
  const total = files.reduce(
    (sum, file) => {
      const size = fileSize(file);
      return { raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip };
    },
    { raw: 0, gzip: 0 },
  );
  return { ...total, files: files.map((file) => relative(directory, file)), hasMapLibre };
}
