// Reads what the map itself draws, through the MapLibre instance the app leaves on its container.
import type { Page } from "playwright-core";

const PROJECT_LAYERS = ["project-zone-fill", "project-line", "project-point"];

export async function renderedProjectIds(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    const ids = map
      .queryRenderedFeatures(undefined, { layers })
      .map((feature) => String(feature.properties.id));
    return [...new Set(ids)].sort();
  }, PROJECT_LAYERS);
}

export async function mapGlobalState(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    return map.getGlobalState();
  });
}

export async function mapCamera(page: Page): Promise<{ longitude: number; latitude: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    const center = map.getCenter();
    return { longitude: center.lng, latitude: center.lat, zoom: map.getZoom() };
  });
}

interface MapLike {
  queryRenderedFeatures: (
    geometry: undefined,
    options: { layers: string[] },
  ) => { properties: Record<string, unknown> }[];
  getGlobalState: () => Record<string, unknown>;
  getCenter: () => { lng: number; lat: number };
  getZoom: () => number;
}
