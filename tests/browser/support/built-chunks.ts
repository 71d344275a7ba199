// The JavaScript files of the production build and how they load one another, read from dist/ itself:
// static imports (`from "./x.js"`), dynamic imports (`import("./x.js")`) and workers (their file named
// in the code that starts them). A chunk's roots are the dynamically loaded files (and workers) whose
// static imports reach it: when the chunk fails, it is one of those loads that fails, and that is the
// file a failure message names.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface BuiltChunks {
  entry: string;
  // The entry and what it imports statically: the page itself, which no message can survive.
  entryClosure: Set<string>;
  // Every other chunk, with its roots.
  chunks: Map<string, Set<string>>;
}

const DIST = resolve(import.meta.dirname, "../../../dist");

export function builtChunks(dist = DIST): BuiltChunks {
  const assets = resolve(dist, "assets");
  const files = readdirSync(assets).filter((file) => file.endsWith(".js"));
  const html = readFileSync(resolve(dist, "index.html"), "utf8");
  const entry = /<script[^>]*type="module"[^>]*src="[^"]*\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error("dist/index.html names no entry script");
  const statics = new Map<string, string[]>();
  const dynamics = new Map<string, string[]>();
  for (const file of files) {
    const code = readFileSync(resolve(assets, file), "utf8");
    statics.set(
      file,
      [...code.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1] as string),
    );
    const loaded = [...code.matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map(
      (match) => match[1] as string,
    );
    const workers = files.filter((other) => other !== file && /worker/.test(other) && code.includes(other));
    dynamics.set(file, [...loaded, ...workers]);
  }
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const imported of statics.get(file) ?? []) closure(imported, seen);
    return seen;
  };
  const entryClosure = closure(entry);
  const chunks = new Map<string, Set<string>>();
  for (const root of new Set([...dynamics.values()].flat())) {
    for (const file of closure(root)) {
      if (entryClosure.has(file)) continue;
      chunks.set(file, (chunks.get(file) ?? new Set()).add(root));
    }
  }
  for (const file of files) if (!entryClosure.has(file) && !chunks.has(file)) chunks.set(file, new Set());
  return { entry, entryClosure, chunks };
}

/** A built file's module name without its 8-character hash: "load-data-BsyX-TL5.js" → "load-data". */
export function moduleName(file: string): string {
  return /^(.+)-[\w-]{8}\.js$/.exec(file)?.[1] ?? file.replace(/\.js$/, "");
}
