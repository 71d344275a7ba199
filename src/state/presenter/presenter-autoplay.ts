// Autoplay: after AUTOPLAY_SECONDS on a slide, move on; after the last slide, start again, so a map left
// running on a screen in the lobby keeps telling the whole story.
import { useEffect, useRef } from "react";

export const AUTOPLAY_SECONDS = 15; // long enough to read a caption aloud

export function useAutoplay(
  active: boolean,
  index: number,
  count: number,
  go: (index: number) => void,
): void {
  const latestGo = useRef(go);
  latestGo.current = go;
  useEffect(() => {
    if (!active || count === 0) return;
    const timer = setTimeout(() => latestGo.current((index + 1) % count), AUTOPLAY_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [active, index, count]);
}
