// MapLibre opens the compact attribution at start; it would cover part of the map on every screen
// size. The ⓘ button still opens it.
export function collapseAttribution(container: HTMLElement): void {
  const attribution = container.querySelector(".maplibregl-ctrl-attrib.maplibregl-compact-show");
  attribution?.classList.remove("maplibregl-compact-show");
  attribution?.setAttribute("open", "");
}

// Every credit link, the embedded basemap's and those an online basemap's config or style brings,
// opens in a new tab without this page's window or address: MapLibre writes the credits itself
// (again whenever the sources change), so the links are checked as they appear.
export function guardAttributionLinks(container: HTMLElement): () => void {
  const guard = () => {
    for (const link of container.querySelectorAll<HTMLAnchorElement>(".maplibregl-ctrl-attrib a[href]")) {
      if (link.target !== "_blank") link.target = "_blank";
      if (link.rel !== "noopener noreferrer") link.rel = "noopener noreferrer";
    }
  };
  guard();
  const control = container.querySelector(".maplibregl-ctrl-attrib") ?? container;
  const observer = new MutationObserver(guard);
  observer.observe(control, { childList: true, subtree: true, attributes: true, attributeFilter: ["rel"] });
  return () => observer.disconnect();
}
