// The project sources' and layers' ids, one table that the layer functions, picking and the tests share.
export const PROJECT_SOURCE = "projects";
// The names of points and lines, when the filters are feature state (project-visibility.ts).
export const PROJECT_LABEL_SOURCE = "project-labels";
// Every project's geometry and id for the highlight layers, when the filters are feature state
// (project-highlight.ts).
export const PROJECT_OUTLINE_SOURCE = "project-outlines";
// One point inside each zone (data/zone-label-points.ts): a zone is named once, not once per tile.
export const ZONE_LABEL_SOURCE = "project-zone-labels";

// Every project layer's id, in drawing order; picking and tests refer to layers only through this table.
export const PROJECT_LAYER = {
  zoneFill: "project-zone-fill",
  zoneHalo: "project-zone-halo", // the uncertainty band along a zone's drawn edge
  zoneOutline: "project-zone-outline",
  lineHalo: "project-line-halo", // the uncertainty corridor of a line
  lineHaloEdge: "project-line-halo-edge", // the corridor's limits, drawn close up
  lineCasing: "project-line-casing",
  line: "project-line",
  pointHalo: "project-point-halo", // the uncertainty disc of a site
  point: "project-point",
  highlightLine: "project-highlight-line",
  highlightPoint: "project-highlight-point",
  labelLine: "project-label-line",
  labelZone: "project-label-zone",
  labelPoint: "project-label-point", // above the zones' names: a site is named before the zone around it
} as const;

// Layers a click or hover picks from: points and lines first, then zones up to PICKABLE_ZONE_KM2.
export const POINT_AND_LINE_LAYERS = [
  PROJECT_LAYER.point,
  PROJECT_LAYER.line,
  PROJECT_LAYER.zoneOutline,
] as const;
export const ZONE_FILL_LAYER = PROJECT_LAYER.zoneFill;
export const PICKABLE_ZONE_KM2 = 1000;
// What is read from a project's rendered feature besides what its layers draw by: the id (picking, and the
// feature-state key, promoteId) and the area (picking a zone from inside, map/pick-project.ts).
export const PROJECT_QUERIED_PROPERTIES = ["id", "area_km2"] as const;
