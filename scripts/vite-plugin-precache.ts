// A tiny Vite plugin: after the build is written, lists every file in the output (index.html, hashed
// scripts, styles, GeoJSON, fonts, tour.json, public files), derives a version from their contents and
// writes service-worker.js — src/service-worker.ts with its types stripped and the list prepended.
// No dependency beyond Vite itself.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { type Plugin, type ResolvedConfig, transformWithOxc } from "vite";

const SOURCE = "src/service-worker.ts";
export const SERVICE_WORKER_FILE = "service-worker.js";

export function precache(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "jiaxing-precache",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    // closeBundle: after Vite has also copied public/, so the list is the whole site.
    async closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      // A detailed basemap's archive (tens or hundreds of MB, read in byte ranges) is never precached.
      const files = listFiles(outDir).filter(
        (file) => file !== SERVICE_WORKER_FILE && !file.endsWith(".pmtiles"),
      );
      const hash = createHash("sha256");
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const version = hash.digest("hex").slice(0, 12);
      const source = readFileSync(resolve(config.root, SOURCE), "utf8");
      const { code } = await transformWithOxc(source, SOURCE);
      // The worker is registered as a classic script, so the module marker must go.
      const body = code.replace(/^export\s*\{\s*\};?\s*$/m, "");
      const precacheList = ["./", ...files.filter((file) => file !== "index.html")];
      const header = `const PRECACHE_VERSION = ${JSON.stringify(version)};\nconst PRECACHE_FILES = ${JSON.stringify(precacheList)};\n`;
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), header + body);
      config.logger.info(
        `precache: ${SERVICE_WORKER_FILE} lists ${precacheList.length} files (version ${version})`,
      );
    },
  };
}

function listFiles(directory: string, root = directory): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      return entry.isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join("/")];
    })
    .sort();
}
