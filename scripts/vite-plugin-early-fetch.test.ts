import type { HtmlTagDescriptor } from "vite";
import { describe, expect, it } from "vitest";
import { earlyFetch } from "./vite-plugin-early-fetch";

const chunk = (fileName: string, options: { entry?: string; imports?: string[]; css?: string[] }) => ({
  type: "chunk" as const,
  fileName,
  facadeModuleId: options.entry ?? null,
  isEntry: options.entry === "/repo/src/main.tsx",
  imports: options.imports ?? [],
  viteMetadata: { importedCss: new Set(options.css ?? []) },
});

const BUNDLE = {
  "assets/index.js": chunk("assets/index.js", { entry: "/repo/src/main.tsx", imports: ["assets/react.js"] }),
  "assets/react.js": chunk("assets/react.js", {}),
  "assets/map-view.js": chunk("assets/map-view.js", {
    entry: "/repo/src/map/map-view.tsx",
    imports: ["assets/react.js", "assets/geometry.js"],
    css: ["assets/map-view.css"],
  }),
  "assets/geometry.js": chunk("assets/geometry.js", { imports: ["assets/react.js"] }),
  "assets/load-data.js": chunk("assets/load-data.js", {
    entry: "/repo/src/data/load-data.ts",
    imports: ["assets/validate.js"],
  }),
  "assets/validate.js": chunk("assets/validate.js", {}),
  "assets/planner.js": chunk("assets/planner.js", { entry: "/repo/src/ui/planner-panel.tsx" }),
  "assets/railway.geojson": { type: "asset" as const, fileName: "assets/railway.geojson" },
  "assets/counties.geojson": { type: "asset" as const, fileName: "assets/counties.geojson" },
  "assets/font.woff2": { type: "asset" as const, fileName: "assets/font.woff2" },
};

function hints(path: string, bundle: object = BUNDLE, base = "/app/"): HtmlTagDescriptor[] {
  const plugin = earlyFetch();
  (plugin.configResolved as (config: { base: string }) => void)({ base });
  const transform = plugin.transformIndexHtml as {
    handler: (html: string, context: { path: string; bundle: object }) => HtmlTagDescriptor[];
  };
  return transform.handler("<html></html>", { path, bundle });
}

const hrefs = (tags: HtmlTagDescriptor[], rel: string) =>
  tags.filter((tag) => tag.attrs?.rel === rel).map((tag) => tag.attrs?.href);

describe("early-fetch hints in index.html", () => {
  it("asks early for the data loader and the map chunk, what they import and their styles, but not what the shell already loads", () => {
    const tags = hints("/index.html");
    expect(hrefs(tags, "modulepreload")).toEqual([
      "/app/assets/load-data.js",
      "/app/assets/validate.js",
      "/app/assets/map-view.js",
      "/app/assets/geometry.js",
    ]);
    expect(hrefs(tags, "preload").filter((href) => String(href).endsWith(".css"))).toEqual([
      "/app/assets/map-view.css",
    ]);
  });

  it("asks for every GeoJSON file the way fetch() will, so the answer is reused", () => {
    const data = hints("/index.html").filter((tag) => tag.attrs?.as === "fetch");
    expect(data.map((tag) => tag.attrs?.href)).toEqual([
      "/app/assets/counties.geojson",
      "/app/assets/railway.geojson",
    ]);
    for (const tag of data) expect(tag.attrs?.crossorigin).toBe("anonymous");
  });

  it("keeps every hint at low priority so the shell's own files come first", () => {
    for (const tag of hints("/index.html")) expect(tag.attrs?.fetchpriority).toBe("low");
  });

  it("leaves other pages alone (the benchmark's bare page is built with the same config)", () => {
    expect(hints("/scripts/bench/bare-page/index.html")).toEqual([]);
  });

  it("fails the build when the map or data chunk is missing rather than ship a page without hints", () => {
    const { "assets/map-view.js": _map, ...withoutMap } = BUNDLE;
    expect(() => hints("/index.html", withoutMap)).toThrow(/map-view/);
    const { "assets/load-data.js": _data, ...withoutData } = BUNDLE;
    expect(() => hints("/index.html", withoutData)).toThrow(/load-data/);
  });
});
