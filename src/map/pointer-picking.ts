// What the pointer picks on the map: a click selects the project under it (or asks the reader to choose
// where several overlap), a move hovers one. The hover's outline is put on the map at once, and the app
// hears of the hover only after that frame is drawn (its list row and tooltip follow a frame later), so
// the map answers the pointer within a frame whatever the page has to redraw.
import type { Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import type { MapCallbacks } from "./map-props";
import { projectsAt } from "./pick-project";
import type { UserFeaturePick } from "./user-layer-painter";

export interface PickingHost {
  drawing: () => boolean; // the planner is sketching: clicks add corners instead
  userFeatureAt: (point: MapMouseEvent["point"]) => UserFeaturePick | null;
  showHover: (id: string | null) => void; // the outline, at once
  moveTooltip: () => void; // the pointer moved over the same project
}

export class PointerPicking {
  hoveredId: string | null = null;
  pointer: [number, number] | null = null; // where the mouse last hovered a project (lng, lat)
  // A hover the app has not heard of yet: until it has, the app's own highlight still names the last one,
  // and the map keeps showing this one instead of flickering back (map-controller.ts).
  untold = false;
  private pendingHover = 0; // the frame request that will tell the app, if one is waiting

  constructor(
    private readonly map: MapLibreMap,
    private readonly host: PickingHost,
    private readonly callbacks: MapCallbacks,
  ) {
    map.on("click", this.onClick);
    map.on("mousemove", this.onMove);
    map.on("mouseout", this.onOut);
  }

  private readonly onClick = (event: MapMouseEvent) => {
    if (this.host.drawing()) return;
    // A planner's own point or line wins over a plan zone the click is merely inside.
    const userFeature = this.host.userFeatureAt(event.point);
    const ids = projectsAt(this.map, event.point, userFeature !== null);
    // Several projects under a finger: a silent pick of one would hide the others.
    const at: [number, number] = [event.lngLat.lng, event.lngLat.lat];
    if (ids.length > 1 && this.callbacks.onChoose) this.callbacks.onChoose(ids, event.point, at);
    else this.callbacks.onSelect(ids[0] ?? null, at);
    this.callbacks.onUserFeature?.(ids.length > 0 ? null : userFeature);
  };

  private readonly onMove = (event: MapMouseEvent) => {
    if (this.host.drawing()) return;
    const id = projectsAt(this.map, event.point)[0] ?? null;
    this.map.getCanvas().style.cursor = id || this.host.userFeatureAt(event.point) ? "pointer" : "";
    this.pointer = id ? [event.lngLat.lng, event.lngLat.lat] : null;
    if (id !== this.hoveredId) {
      this.hoveredId = id;
      this.host.showHover(id);
      this.tellApp(id);
    } else if (id) this.host.moveTooltip();
  };

  private readonly onOut = () => {
    if (!this.hoveredId) return;
    this.hoveredId = null;
    this.pointer = null;
    this.host.showHover(null);
    this.tellApp(null);
  };

  // After the next frame (MapLibre draws in its animation frame callback, queued before this one), and
  // only the latest of several moves within a frame.
  private tellApp(id: string | null): void {
    cancelAnimationFrame(this.pendingHover);
    this.untold = true;
    this.pendingHover = requestAnimationFrame(() => {
      setTimeout(() => {
        this.untold = false;
        this.callbacks.onHover(id);
      }, 0);
    });
  }
}
