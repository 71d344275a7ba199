// Watches a detailed basemap's sources: if no tile has arrived within the allowed time of the first one
// asked for (a stalled or slow server), or requests fail before any tile arrives (refused, offline, bad
// key, an archive that breaks), it reports a failure so the app can return to the embedded basemap.
// The clock starts with the first tile request, not with the style: an archive whose box lies off the
// screen asks for no tile at all, and that is not a failure.
import type { Map as MapLibreMap } from "maplibre-gl";

interface SourceEventLike {
  sourceId?: string;
  tile?: unknown;
  error?: Error;
}

// Two failures before the first tile: one 404 at the edge of a tile set is normal, two is a dead server.
const ERRORS_BEFORE_FAILURE = 2;

export function watchBasemap(
  map: MapLibreMap,
  sourceIds: readonly string[],
  seconds: number,
  onFailure: (detail: string) => void,
): () => void {
  if (sourceIds.length === 0) return () => undefined;
  let tiles = 0;
  let errors = 0;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watched = (event: SourceEventLike) => Boolean(event.sourceId && sourceIds.includes(event.sourceId));
  const finish = (detail: string | null) => {
    if (done) return;
    done = true;
    stop();
    if (detail) onFailure(detail);
  };
  const onLoading = (event: SourceEventLike) => {
    if (!watched(event) || !event.tile || timer !== undefined) return;
    timer = setTimeout(() => finish(`no tile in ${seconds} s`), seconds * 1000);
  };
  const onData = (event: SourceEventLike) => {
    if (!watched(event) || !event.tile) return;
    tiles += 1;
    finish(null);
  };
  const onError = (event: SourceEventLike) => {
    if (!watched(event)) return;
    errors += 1;
    if (tiles === 0 && errors >= ERRORS_BEFORE_FAILURE)
      finish(event.error?.message || "the server refused the request");
  };
  // MapLibre's event typings do not carry sourceId on errors; the events do.
  const events = map as unknown as {
    on: (type: string, listener: (event: SourceEventLike) => void) => void;
    off: (type: string, listener: (event: SourceEventLike) => void) => void;
  };
  events.on("dataloading", onLoading);
  events.on("sourcedata", onData);
  events.on("error", onError);
  function stop() {
    clearTimeout(timer);
    events.off("dataloading", onLoading);
    events.off("sourcedata", onData);
    events.off("error", onError);
  }
  return () => {
    done = true;
    stop();
  };
}
