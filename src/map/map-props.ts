// What the map controller takes, as types: the callbacks it calls, the props it diffs on every render
// and the options it starts with. Kept apart so the wrapper and its callers read one contract.

import type { FeatureCollection } from "geojson";
import type { StyleSpecification } from "maplibre-gl";
import type { Camera } from "../geo/camera";
import type { Bounds } from "../geo/coordinates";
import type { MapGlobalState } from "../layers/global-state";
import type { LaterData } from "../layers/later-sources";
import type { PlannerOverlayName } from "../layers/planner-layers";
import type { ProjectHighlight } from "../layers/project-highlight";
import type { UserLayerStyle } from "../layers/user-layers";
import type { CameraRequest, Padding } from "./camera-request";
import type { DrawEvent, DrawMode } from "./draw-controller";
import type { MapTooltip } from "./map-tooltip";
import type { UserFeaturePick } from "./user-layer-painter";

export interface MapCallbacks {
  // A pick on the map, with where it was made ([longitude, latitude]); a list's pick has no place.
  onSelect: (id: string | null, at?: [number, number]) => void;
  onHover: (id: string | null) => void;
  onCameraChange: (camera: Camera) => void;
  onFirstIdle: () => void;
  onError: (message: string) => void;
  onDraw?: (event: DrawEvent) => void; // planner sketches: each corner, the finish and a cancel
  onBasemapFailure: (detail: string) => void;
  onUserFeature?: (pick: UserFeaturePick | null) => void; // a click on the planner's own layer
  // A click or tap where several projects lie within the touch box: the app lets the reader choose.
  onChoose?: (ids: string[], point: { x: number; y: number }, at: [number, number]) => void;
}

export interface OnlineWatch {
  sourceIds: readonly string[];
  timeoutSeconds: number;
}

// Everything the map shows and does, as data. setProps applies only what changed.
export interface MapProps {
  style: StyleSpecification; // its later sources empty (layers/later-sources.ts)
  later: LaterData; // their data, handed over after the first idle
  globalState: MapGlobalState;
  highlight: ProjectHighlight; // feature state on the project source, never global state
  // The projects the filters leave out (the app's own predicate), hidden by feature state.
  hiddenIds: ReadonlySet<string>;
  reducedMotion: boolean;
  overlays: Partial<Record<PlannerOverlayName, FeatureCollection>>;
  drawMode: DrawMode | null;
  online: OnlineWatch;
  cameraRequest: CameraRequest | null;
  padding: Padding;
  userLayers: readonly UserLayerStyle[]; // the planner's own layers, above the basemap, below projects
  tooltip: MapTooltip | null; // what is under the pointer, or the list row in focus
}

export interface MapOptions {
  container: HTMLElement;
  camera: Camera | null; // null: frame homeBounds
  homeBounds: Bounds;
  cooperativeGestures: boolean;
  locale: Record<string, string>;
}
