// MapLibre opens the compact attribution at start; it would cover part of the map on every screen
// size. The ⓘ button still opens it.
export function collapseAttribution(container: HTMLElement): void {
  const attribution = container.querySelector(".maplibregl-ctrl-attrib.maplibregl-compact-show");
  attribution?.classList.remove("maplibregl-compact-show");
  attribution?.setAttribute("open", "");
}
