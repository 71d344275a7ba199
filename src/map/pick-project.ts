// Which project lies under the pointer. Points and lines win over zones, within a finger-sized box; a
// zone is picked from inside only when it is smaller than a county, so a click on empty land does not
// open a prefecture-sized zone.
import type { MapGeoJSONFeature, Map as MapLibreMap } from "maplibre-gl";
import { PICKABLE_ZONE_KM2, POINT_AND_LINE_LAYERS, ZONE_FILL_LAYER } from "../layers/project-layer-ids";
import { HIDDEN_STATE } from "../layers/project-visibility";

const TOUCH_SLOP_PIXELS = 6; // half the side of the box a touch or click picks from

/** Every distinct project within the touch box at the point, nearest kinds first. With `pointsAndLinesOnly`
 * (a planner's own feature is under the pointer) a zone the click is merely inside is not picked. */
export function projectsAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  pointsAndLinesOnly = false,
): string[] {
  const box: [[number, number], [number, number]] = [
    [point.x - TOUCH_SLOP_PIXELS, point.y - TOUCH_SLOP_PIXELS],
    [point.x + TOUCH_SLOP_PIXELS, point.y + TOUCH_SLOP_PIXELS],
  ];
  const near = map.queryRenderedFeatures(box, { layers: [...POINT_AND_LINE_LAYERS] });
  const ids = distinctIds(near);
  if (ids.length > 0 || pointsAndLinesOnly) return ids;
  const inside = map.queryRenderedFeatures([point.x, point.y], {
    layers: [ZONE_FILL_LAYER],
    filter: ["<", ["get", "area_km2"], PICKABLE_ZONE_KM2],
  });
  return distinctIds(inside);
}

function distinctIds(features: readonly MapGeoJSONFeature[]): string[] {
  const ids: string[] = [];
  for (const feature of features) {
    // A project the filters hide is still on the map, at opacity 0 (project-visibility.ts).
    if (feature.state?.[HIDDEN_STATE] === true) continue;
    const id = feature.properties?.id;
    if (typeof id === "string" && !ids.includes(id)) ids.push(id);
  }
  return ids;
}
