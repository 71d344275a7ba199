// Reads what the map itself draws, through the MapLibre instance the app leaves on its container.
import type { Page } from "playwright-core";

const PROJECT_LAYERS = ["project-zone-fill", "project-line", "project-point"];

export async function renderedProjectIds(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    // A project the filters hide stays in the tiles at opacity 0, with the feature state "hidden"
    // (src/layers/project-visibility.ts): it is not what a person sees.
    const ids = map
      .queryRenderedFeatures(undefined, { layers })
      .filter((feature) => feature.state?.hidden !== true)
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

// The projects the map outlines now for one reason ("selected", "hovered", "spotlight" or "plan"): the
// feature state the highlight layers read from their source (src/layers/project-highlight.ts).
export async function highlightedProjectIds(page: Page, reason: string): Promise<string[]> {
  return page.evaluate((why) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    const source = "project-outlines";
    const ids = new Set(map.querySourceFeatures(source).map((feature) => String(feature.id)));
    return [...ids].filter((id) => map.getFeatureState({ source, id })[why] === true).sort();
  }, reason);
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
  ) => { properties: Record<string, unknown>; state?: Record<string, unknown> }[];
  getGlobalState: () => Record<string, unknown>;
  querySourceFeatures: (source: string) => { id?: string | number }[];
  getFeatureState: (feature: { source: string; id: string }) => Record<string, unknown>;
  getCenter: () => { lng: number; lat: number };
  getZoom: () => number;
}
