// Whether the map could start, and MapLibre's own words when it failed, for the notices. (The map's code
// is started by the map section: ui/map-area/map-section.tsx.)
import { useCallback, useState } from "react";
import { afterStart } from "../../browser/after-start";

export function useMapStatus() {
  const [webGl, setWebGl] = useState(true); // false once MapLibre could not start
  const [mapError, setMapError] = useState<string | null>(null);
  const onUnavailable = useCallback((message: string) => {
    setWebGl(false);
    afterStart.release(); // work waiting for the map's first idle need not wait for a map that cannot start
    // Not a WebGL refusal: keep MapLibre's words in the notice for a bug report.
    if (!/webgl/i.test(message)) setMapError(message);
  }, []);
  return { webGl, mapError, setMapError, onUnavailable };
}
