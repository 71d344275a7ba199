// The planner's own layers in a page of the production build: importing a file through the panel, and
// reading a layer back as the map holds it, as this browser keeps it and as the map draws it.
import type { FeatureCollection } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { Page } from "playwright-core";

export async function importFile(page: Page, name: string, buffer: Buffer, system?: string) {
  await page
    .locator("#user-layers-file")
    .setInputFiles({ name, mimeType: "application/octet-stream", buffer });
  const card = page.locator(".pending-file").filter({ hasText: name });
  if (system) await card.getByLabel("坐标系").selectOption(system);
  await card.getByRole("button", { name: "导入", exact: true }).click();
  const report = page.locator(`.import-report[data-file="${name}"]`);
  await report.waitFor({ timeout: 60_000 });
  return report;
}

// The user layer's data as the map holds it, by the layer's name in the panel.
export async function mapData(page: Page, layerName: string): Promise<FeatureCollection> {
  const data = await page.evaluate(async (name) => {
    const row = [...document.querySelectorAll<HTMLElement>(".user-layer")].find(
      (item) => item.dataset.layerName === name,
    );
    const id = row?.dataset.layerId;
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLibreMap })
      .maplibreMap;
    const source = map.getSource<GeoJSONSource>(`user-layer-${id}`);
    return source ? await source.getData() : { type: "FeatureCollection", features: [] };
  }, layerName);
  return data as FeatureCollection;
}

// The user layer as this browser keeps it (IndexedDB), by its name: the map is handed geometry only.
// What this browser keeps of a layer: its settings (found by name) and, kept apart under its id, its
// features (two databases, src/import/user-layer-store.ts).
export async function storedData(page: Page, layerName: string): Promise<FeatureCollection> {
  return page.evaluate(async (name) => {
    const read = (database: string, store: string, key?: string) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open(database);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const objects = request.result.transaction(store).objectStore(store);
          const answer = key === undefined ? objects.getAll() : objects.get(key);
          answer.onerror = () => reject(answer.error);
          answer.onsuccess = () => {
            request.result.close();
            resolve(answer.result);
          };
        };
      });
    const settings = (await read("jiaxing-map-user-layers", "layers")) as { id: string; name: string }[];
    const id = settings.find((layer) => layer.name === name)?.id;
    const features = id
      ? ((await read("jiaxing-map-user-layer-features", "features", id)) as FeatureCollection | undefined)
      : undefined;
    return features ?? { type: "FeatureCollection", features: [] };
  }, layerName);
}

export async function renderedUserFeatures(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLibreMap })
      .maplibreMap;
    const layers = map
      .getStyle()
      .layers.filter((layer) => layer.id.startsWith("user-layer-"))
      .map((layer) => layer.id);
    return layers.length === 0 ? 0 : map.queryRenderedFeatures({ layers }).length;
  });
}
