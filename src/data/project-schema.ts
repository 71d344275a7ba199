// The data contract for a project feature. data/README.md documents the same contract for readers;
// keep the two in step.
import type { Feature, Geometry } from "geojson";

export const PILLARS = ["hub", "innovation", "quality", "openness"] as const;
export type Pillar = (typeof PILLARS)[number];

export const LAYERS = [
  "railway",
  "airport",
  "waterway",
  "highway",
  "platform",
  "innovation",
  "urban",
] as const;
export type LayerName = (typeof LAYERS)[number];

// The stage the 2020 plan sets for a project, in the order a project passes through them.
// planning: 谋划 / 深化前期研究 — studied, not yet a project with approvals.
// preliminary: 推进前期 / 工可批复 — approvals and feasibility work this year.
// start: 开工 / 启动 — construction (or the programme) starts in 2020.
// construction: 加快推进 / 改建 / 整治 — under way through 2020, not finished this year.
// completion: 建成 / 完成 — the plan asks for completion in 2020.
// operation: 做大做强 / 发挥作用 — already running; 2020 asks it to grow or be used.
export const STATUSES = [
  "planning",
  "preliminary",
  "start",
  "construction",
  "completion",
  "operation",
] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ["exact", "approximate", "schematic"] as const;
export type Precision = (typeof PRECISIONS)[number];

// How far the drawing can be off, in metres, for each precision: the distance within which the real
// course or site lies. Checks that compare drawings (two projects on one course) allow this much.
export const PRECISION_UNCERTAINTY_METRES: Readonly<Record<Precision, number>> = {
  // A verified or surveyed position (e.g. an airport's published coordinate): about 100 m.
  exact: 100,
  // Known course, estimated positions: within 1–2 km; the upper end is used.
  approximate: 1500,
  // Only the places linked are known: several km.
  schematic: 4000,
};

// Why the geometry has its precision: what is known about the real course, site or boundary.
// built-course-drawn-through-towns: a built canal, road or railway whose course is public, drawn
//   through the towns on it rather than traced.
// course-public-not-traced: a line whose course is public (built, being built or published) but is not
//   traced here: the drawing joins the towns, stations or interchanges named in its note, so it shows which
//   places the line links, not its exact course.
// alignment-not-public: a planned line whose alignment has not been published.
// boundary-not-public: a zone without a published boundary.
// point-in-district: a site placed in its district or town.
// official-boundary: a zone that is whole counties or prefectures, from the official polygons.
// surveyed-position: a position from a survey-grade public source (e.g. OurAirports).
export const PRECISION_BASES = [
  "built-course-drawn-through-towns",
  "course-public-not-traced",
  "alignment-not-public",
  "boundary-not-public",
  "point-in-district",
  "official-boundary",
  "surveyed-position",
] as const;
export type PrecisionBasis = (typeof PRECISION_BASES)[number];

// The seven county-level divisions of Jiaxing, by GB/T 2260 code.
export const COUNTY_CODES = ["330402", "330411", "330421", "330424", "330481", "330482", "330483"] as const;
export type CountyCode = (typeof COUNTY_CODES)[number];

export interface ProjectProperties {
  id: string;
  name_zh: string;
  name_en: string;
  pillar: Pillar;
  layer: LayerName;
  status: Status;
  target_zh: string;
  target_en: string;
  source_quote: string;
  source_section: string;
  // A faithful English translation of the quoted clause and of its section; the English interface shows
  // it with the Chinese original beneath.
  source_quote_en: string;
  source_section_en: string;
  precision: Precision;
  counties: CountyCode[];
  beyond_city: boolean;
  // Optional: how the geometry was drawn, and for items outside the four 会战 paragraphs, which part of
  // the plan they come from.
  note_zh?: string;
  note_en?: string;
  plan_part?: "reform" | "opening";
  // Optional: why the geometry has its precision (see PRECISION_BASES), and the id of the shared course
  // (data/courses.geojson) whose coordinates the geometry copies, or several ids when it follows several.
  precision_basis?: PrecisionBasis;
  course?: string | string[];
}

export type ProjectFeature = Feature<Geometry, ProjectProperties> & { id: string };

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Jiaxing and the neighbours its projects reach (Nantong to Ningbo, Huzhou to Shanghai), in degrees
// (WGS84). Anything outside is a swapped or mistyped coordinate, not a project of this plan. The west
// edge is 119.0 °E because the courses through Huzhou reach 119.24 °E; data/README.md quotes these
// numbers and a unit test holds them equal.
export const REGION_BOUNDS = { west: 119.0, south: 29.5, east: 122.3, north: 32.3 } as const;

// Longest text a property may hold, in characters. Every one is shown in the page (list, details,
// search), so a runaway value (a pasted page, 100 kB) would swamp the layout and the search index; the
// limits sit several times above the longest value the plan's data needs (name_en 85, target_en 322,
// note_en 463) and a quote is "one sentence or less" of the plan.
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  id: 80,
  name_zh: 100,
  name_en: 300,
  target_zh: 500,
  target_en: 1500,
  source_quote: 300,
  source_quote_en: 1000,
  source_section: 100,
  source_section_en: 300,
  note_zh: 1000,
  note_en: 3000,
};
