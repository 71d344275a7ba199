// Lets MapLibre read "pmtiles://…/{z}/{x}/{y}" tiles: byte ranges of one static archive, through the
// pmtiles package's Protocol. Registered once per page as the map starts; the reader itself is
// imported on the first tile asked for, so a page without a PMTiles basemap never downloads it.
import {
  type AddProtocolResponseData,
  addProtocol,
  type GetResourceResponse,
  type RequestParameters,
} from "maplibre-gl";
import type { Protocol } from "pmtiles";

let registered = false;
let protocol: Promise<Protocol> | null = null;

export function registerPmtilesProtocol(): void {
  if (registered) return;
  registered = true;
  addProtocol("pmtiles", async (parameters: RequestParameters, abortController: AbortController) => {
    protocol ??= import("pmtiles").then(
      (module) => new module.Protocol(),
      (error: unknown) => {
        protocol = null; // a chunk that failed to arrive is asked for again by the next tile
        throw error;
      },
    );
    const reader = await protocol;
    // The reader answers a tile with its bytes (or an empty array for a tile the archive lacks).
    const answer = await reader.tilev4(parameters, abortController);
    return answer as GetResourceResponse<AddProtocolResponseData>;
  });
}
