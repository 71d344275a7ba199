// A tiny Vite plugin: lets the browser start fetching what the first map view needs while the page
// shell's script is still running. It adds low-priority hints to index.html for
//   - the data loader's chunk (src/data/load-data.ts, the validators), which the shell's script imports as
//     it runs: without a hint its request waited 0.3–0.8 s here behind the other files,
//   - the map chunk (src/map/map-view.tsx, MapLibre) and the chunks and styles it imports, and
//   - every GeoJSON data file (basemap and projects),
// so the requests the app makes after its first paint are answered from what is already downloaded.
// Hints only fetch: MapLibre is not run until the app imports it after the shell has painted, and
// fetchpriority="low" keeps the shell's own script and styles first in line on a slow connection.
import type { HtmlTagDescriptor, Plugin } from "vite";

const DATA_ENTRY = "/src/data/load-data.ts";
const MAP_ENTRY = "/src/map/map-view.tsx";

interface ChunkLike {
  type: "chunk";
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
  viteMetadata?: { importedCss: Set<string> };
}
type OutputLike = ChunkLike | { type: "asset"; fileName: string };

export function earlyFetch(): Plugin {
  let base = "/";
  return {
    name: "jiaxing-early-fetch",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const bundle = context.bundle as Record<string, OutputLike> | undefined;
        // Only the app's page (the benchmark builds other pages from this config too).
        if (!bundle || context.path !== "/index.html") return [];
        const files = Object.values(bundle);
        const chunks = files.filter((file): file is ChunkLike => file.type === "chunk");
        const roots = [DATA_ENTRY, MAP_ENTRY].map((entry) => {
          const root = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(entry));
          if (!root) throw new Error(`early-fetch: no chunk for ${entry}`);
          return root;
        });
        const shell = staticClosure(
          chunks.filter((chunk) => chunk.isEntry),
          chunks,
        );
        const early = staticClosure(roots, chunks).filter((chunk) => !shell.includes(chunk));
        const tags: HtmlTagDescriptor[] = [];
        for (const chunk of early) {
          // crossorigin as on Vite's own tags, so the later import() and stylesheet reuse these fetches.
          tags.push(hint({ rel: "modulepreload", crossorigin: "", href: base + chunk.fileName }));
          for (const css of chunk.viteMetadata?.importedCss ?? [])
            tags.push(hint({ rel: "preload", as: "style", crossorigin: "", href: base + css }));
        }
        // crossorigin: fetch() asks in CORS mode, and a hint only serves a request made the same way.
        for (const file of files.filter((item) => item.fileName.endsWith(".geojson")).sort(byName))
          tags.push(
            hint({ rel: "preload", as: "fetch", crossorigin: "anonymous", href: base + file.fileName }),
          );
        return tags;
      },
    },
  };
}

function hint(attributes: Record<string, string>): HtmlTagDescriptor {
  return { tag: "link", attrs: { ...attributes, fetchpriority: "low" }, injectTo: "head" };
}

function byName(a: { fileName: string }, b: { fileName: string }): number {
  return a.fileName.localeCompare(b.fileName);
}

/** The chunks and everything they import statically, each once. */
function staticClosure(roots: ChunkLike[], chunks: ChunkLike[]): ChunkLike[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<ChunkLike>();
  const visit = (chunk: ChunkLike) => {
    if (seen.has(chunk)) return;
    seen.add(chunk);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) visit(imported);
    }
  };
  for (const root of roots) visit(root);
  return [...seen];
}
