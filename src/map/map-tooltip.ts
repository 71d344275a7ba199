// The hover tooltip's content and placement. Text only (textContent), so a project name can never
// inject markup.
import type { Map as MapLibreMap, Popup } from "maplibre-gl";

export interface MapTooltip {
  id: string;
  title: string;
  detail: string; // layer and status, in the interface language
  at: [number, number]; // where to show it when the pointer is not on the project (lng, lat)
}

export function showTooltip(
  map: MapLibreMap,
  popup: Popup,
  tooltip: MapTooltip | null,
  at: [number, number] | null,
): void {
  if (!tooltip || !at) {
    popup.remove();
    return;
  }
  const content = document.createElement("div");
  content.dataset.tooltipId = tooltip.id;
  const title = document.createElement("strong");
  title.textContent = tooltip.title;
  const detail = document.createElement("span");
  detail.textContent = tooltip.detail;
  content.append(title, detail);
  popup.setLngLat(at).setDOMContent(content);
  if (!popup.isOpen()) popup.addTo(map);
}
