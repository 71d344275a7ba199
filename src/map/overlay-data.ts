// The planner's overlay sources (catchments, the chosen area): only an overlay whose data changed is
// handed to MapLibre, as each setData repaints the map, which costs 150–250 ms in software WebGL at
// 1280×800 (a new N used to repaint three unchanged overlays). A new style has empty sources and takes
// every overlay again (force).
import type { FeatureCollection } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";

export class OverlayData {
  private readonly applied = new Map<string, FeatureCollection>(); // by source, last set

  constructor(private readonly map: MapLibreMap) {}

  apply(overlays: Readonly<Record<string, FeatureCollection | undefined>>, force: boolean): void {
    for (const [name, data] of Object.entries(overlays)) {
      if (!data || (!force && this.applied.get(name) === data)) continue;
      const source = this.map.getSource<GeoJSONSource>(name);
      if (!source) continue;
      source.setData(data);
      this.applied.set(name, data);
    }
  }
}
