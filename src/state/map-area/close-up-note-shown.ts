// When the close-up note shows, decided here only: close up over the embedded basemap, which is an
// overview with no streets. While a detailed basemap is drawn (online tiles, another style or a PMTiles
// archive) the ground is there and the note stays away; when one falls back to the embedded basemap the
// note returns and offers the configured detailed basemaps again. While one is still being read, the
// embedded basemap is what is drawn, so the note stays until the detailed one is on the map.
import type { ActiveBasemap } from "../../layers/online-basemap";

// From this zoom the embedded basemap has nothing left to show between the towns (web-mercator zoom).
export const CLOSE_UP_ZOOM = 12;

export function closeUpNoteShown(zoom: number | undefined, active: ActiveBasemap): boolean {
  return zoom !== undefined && zoom >= CLOSE_UP_ZOOM && active.kind === "embedded";
}
