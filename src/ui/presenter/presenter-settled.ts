// When a slide's frame is really on screen: the map marks on its container the camera request it has
// moved to and drawn (data-camera-key, at the idle after the move), and whether it is idle (data-idle).
// The overlay then says so (data-settled = the slide's id), for the presenter's tests and for anyone
// reading the page: a slide asked for is not yet a slide shown.
import { useEffect, useState } from "react";

export function useSlideSettled(requestKey: number | null, slideId: string): string {
  const [settled, setSettled] = useState("");
  useEffect(() => {
    setSettled("");
    if (requestKey === null || slideId === "") return;
    // The map may not be there yet (a link that opens the presentation asks for the slide's camera
    // while MapLibre's chunk still loads): the page is watched until it is, and has drawn the request.
    // -1: the slide asked for no camera (it shows nothing to frame); its filters being drawn is enough.
    // Once settled the slide stays settled: later redraws (a hover) do not unsay it.
    const check = () => {
      const canvas = document.querySelector<HTMLElement>(".map-canvas");
      if (!canvas) return;
      const moved = requestKey === -1 || canvas.dataset.cameraKey === String(requestKey);
      if (!moved || canvas.dataset.idle !== "true") return;
      setSettled(slideId);
      observer.disconnect();
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ["data-camera-key", "data-idle"],
    });
    check();
    return () => observer.disconnect();
  }, [requestKey, slideId]);
  return settled;
}
