// Sketching on the map for the planner: each click or tap adds a corner; a double-click, Enter or the
// panel's Finish button ends the sketch; Escape cancels it. The sketch is drawn from the
// "planner-drawing" overlay source; the finished coordinates go to the app, which measures them.
import type { Position } from "geojson";
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";

export type DrawMode = "path" | "polygon";

export interface DrawEvent {
  mode: DrawMode;
  phase: "change" | "finish" | "cancel";
  coordinates: Position[]; // longitude, latitude in degrees; a polygon's ring is left open
}

const DRAWING_SOURCE = "planner-drawing";
// A second click within this many pixels of the last corner is the first half of a double-click (or a
// shaky tap), not a new corner.
const SAME_CORNER_PIXELS = 4;

export class DrawController {
  private mode: DrawMode | null = null;
  private corners: Position[] = [];
  private pointer: Position | null = null;
  private frame = 0;

  constructor(
    private readonly map: MapLibreMap,
    private readonly onDraw: (event: DrawEvent) => void,
  ) {
    map.on("click", this.handleClick);
    map.on("dblclick", this.handleDoubleClick);
    map.on("mousemove", this.handleMove);
  }

  get active(): boolean {
    return this.mode !== null;
  }

  /** Starts a fresh sketch in a mode, or stops sketching (null) and clears the sketch. */
  setMode(mode: DrawMode | null): void {
    if (mode === this.mode && mode !== null) return;
    this.mode = mode;
    this.corners = [];
    this.pointer = null;
    // A double-click ends the sketch, so it must not also zoom the map.
    if (mode) this.map.doubleClickZoom.disable();
    else this.map.doubleClickZoom.enable();
    this.map.getCanvas().style.cursor = mode ? "crosshair" : "";
    if (mode) window.addEventListener("keydown", this.handleKey);
    else window.removeEventListener("keydown", this.handleKey);
    this.render();
  }

  finish(): void {
    const mode = this.mode;
    if (!mode) return;
    const coordinates = this.corners;
    this.setMode(null);
    this.onDraw({ mode, phase: "finish", coordinates });
  }

  cancel(): void {
    const mode = this.mode;
    if (!mode) return;
    this.setMode(null);
    this.onDraw({ mode, phase: "cancel", coordinates: [] });
  }

  /** Draws the sketch again, e.g. after a new style replaced the overlay's data. */
  render(): void {
    const source = this.map.getSource<GeoJSONSource>(DRAWING_SOURCE);
    if (!source) return;
    const corners = this.corners;
    const trail = this.pointer && corners.length > 0 ? [...corners, this.pointer] : corners;
    const features: GeoJSON.Feature[] = corners.map((corner) => ({
      type: "Feature",
      properties: {},
      geometry: { type: "Point", coordinates: corner },
    }));
    if (this.mode === "polygon" && trail.length >= 3) {
      features.unshift(feature({ type: "Polygon", coordinates: [[...trail, trail[0] as Position]] }));
      features.push(feature({ type: "LineString", coordinates: [...trail, trail[0] as Position] }));
    } else if (trail.length >= 2) {
      features.push(feature({ type: "LineString", coordinates: trail }));
    }
    source.setData({ type: "FeatureCollection", features });
  }

  destroy(): void {
    window.removeEventListener("keydown", this.handleKey);
    cancelAnimationFrame(this.frame);
    this.map.off("click", this.handleClick);
    this.map.off("dblclick", this.handleDoubleClick);
    this.map.off("mousemove", this.handleMove);
  }

  private readonly handleClick = (event: MapMouseEvent): void => {
    if (!this.mode) return;
    const last = this.corners[this.corners.length - 1];
    if (last) {
      const previous = this.map.project(last as [number, number]);
      if (Math.hypot(previous.x - event.point.x, previous.y - event.point.y) < SAME_CORNER_PIXELS) return;
    }
    this.corners = [...this.corners, [event.lngLat.lng, event.lngLat.lat]];
    this.render();
    this.onDraw({ mode: this.mode, phase: "change", coordinates: this.corners });
  };

  private readonly handleDoubleClick = (event: MapMouseEvent): void => {
    if (!this.mode) return;
    event.preventDefault();
    this.finish();
  };

  // The rubber band to the pointer is redrawn at most once per frame.
  private readonly handleMove = (event: MapMouseEvent): void => {
    if (!this.mode || this.corners.length === 0) return;
    this.pointer = [event.lngLat.lng, event.lngLat.lat];
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.render());
  };

  private readonly handleKey = (event: KeyboardEvent): void => {
    if (event.key === "Escape") this.cancel();
    // Enter and Backspace belong to a focused control; on the page or the map they edit the sketch.
    else if (isControl(event.target)) return;
    else if (event.key === "Enter") this.finish();
    else if (event.key === "Backspace" && this.corners.length > 0) {
      this.corners = this.corners.slice(0, -1);
      this.render();
      if (this.mode) this.onDraw({ mode: this.mode, phase: "change", coordinates: this.corners });
    }
  };
}

function feature(geometry: GeoJSON.Geometry): GeoJSON.Feature {
  return { type: "Feature", properties: {}, geometry };
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest("button, input, select, textarea, a[href]") !== null;
}
