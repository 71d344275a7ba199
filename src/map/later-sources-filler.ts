// Hands MapLibre the data of the sources its first picture does not need (layers/later-sources.ts) once
// the map has first drawn the projects, and again for each new style, whose later sources start empty.
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import type { LaterData } from "../layers/later-sources";

export class LaterSourcesFiller {
  private started = false;
  private filled: LaterData | null = null; // the data the map's later sources hold now

  constructor(private readonly map: MapLibreMap) {}

  /** After the map's first idle: from now on the later sources hold their data. */
  start(): void {
    this.started = true;
  }

  /** True when the map was given new data (it is busy until its next idle). */
  apply(later: LaterData): boolean {
    if (!this.started || this.filled === later) return false;
    const sources = Object.entries(later).map(([id, data]) => ({
      source: this.map.getSource<GeoJSONSource>(id),
      data,
    }));
    // A style still loading has no sources yet: style.load applies the data.
    if (sources.some(({ source }) => !source)) return false;
    for (const { source, data } of sources) (source as GeoJSONSource).setData(data);
    this.filled = later;
    return sources.length > 0;
  }

  /** A new style starts its later sources empty: the next apply fills them again. */
  reset(): void {
    this.filled = null;
  }
}
