// Reads what the map draws of a detailed basemap, through the MapLibre instance on the map's container.
import type { Page } from "playwright-core";

/** The ids of the detailed basemap's sources in the map's style ("online-…"); none on the embedded one. */
export async function onlineSources(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap?: MapLike }).maplibreMap;
    return map ? Object.keys(map.getStyle().sources).filter((id) => id.startsWith("online-")) : [];
  });
}

/** The detailed basemap's features drawn on screen, per source layer (earth, roads, …): counts and names. */
export async function drawnArchive(page: Page): Promise<Record<string, { count: number; names: string[] }>> {
  return page.evaluate(() => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    const layers = map
      .getStyle()
      .layers.map((layer) => layer.id)
      .filter((id) => id.startsWith("online-"));
    const drawn: Record<string, { count: number; names: string[] }> = {};
    for (const feature of map.queryRenderedFeatures(undefined, { layers })) {
      const entry = drawn[feature.sourceLayer] ?? { count: 0, names: [] };
      drawn[feature.sourceLayer] = entry;
      entry.count += 1;
      const name = feature.properties.name;
      if (typeof name === "string" && feature.layer.type === "symbol" && !entry.names.includes(name))
        entry.names.push(name);
    }
    return drawn;
  });
}

/** Whether any script the page has loaded so far holds the pmtiles reader (found by its own message). */
export async function pmtilesReaderLoaded(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const scripts = performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(location.origin) && name.endsWith(".js"));
    const texts = await Promise.all(scripts.map((url) => fetch(url).then((response) => response.text())));
    return texts.some((text) => text.includes("Wrong magic number for PMTiles archive"));
  });
}

interface MapLike {
  getStyle: () => { sources: object; layers: { id: string }[] };
  queryRenderedFeatures: (
    geometry: undefined,
    options: { layers: string[] },
  ) => { sourceLayer: string; layer: { type: string }; properties: Record<string, unknown> }[];
}
