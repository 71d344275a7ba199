// The one table of the facets a visitor filters by. The link parser, the tour validator, the facet counts,
// the filter panel and the map's visibility rule all read it: adding a facet is one row here (and its
// global-state key in src/layers/global-state.ts). Display names follow the plan's own wording
// (“枢纽嘉兴”…) and the administrative division list for counties.
import {
  COUNTY_CODES,
  type CountyCode,
  LAYERS,
  type LayerName,
  PILLARS,
  type Pillar,
  STATUSES,
  type Status,
} from "./project-schema";

export type DisplayNames<K extends string> = Record<K, { zh: string; en: string }>;

export const PILLAR_NAMES: DisplayNames<Pillar> = {
  hub: { zh: "枢纽嘉兴", en: "Hub" },
  innovation: { zh: "创新嘉兴", en: "Innovation" },
  quality: { zh: "品质嘉兴", en: "Quality" },
  openness: { zh: "开放嘉兴", en: "Openness" },
};

export const LAYER_NAMES: DisplayNames<LayerName> = {
  railway: { zh: "铁路与轨道", en: "Railways" },
  airport: { zh: "军民合用机场", en: "Airport" },
  waterway: { zh: "航道与港口", en: "Waterways & ports" },
  highway: { zh: "公路", en: "Highways" },
  platform: { zh: "产业平台与开放区", en: "Platforms & zones" },
  innovation: { zh: "创新载体", en: "Innovation hubs" },
  urban: { zh: "城市品质项目", en: "Urban quality" },
};

export const STATUS_NAMES: DisplayNames<Status> = {
  planning: { zh: "谋划研究", en: "Planning" },
  preliminary: { zh: "推进前期", en: "Preliminary work" },
  start: { zh: "年内开工", en: "Starts in 2020" },
  construction: { zh: "续建推进", en: "Under construction" },
  completion: { zh: "年内建成", en: "Completes in 2020" },
  operation: { zh: "已建运营", en: "In operation" },
};

export const COUNTY_NAMES: DisplayNames<CountyCode> = {
  "330402": { zh: "南湖区", en: "Nanhu" },
  "330411": { zh: "秀洲区", en: "Xiuzhou" },
  "330421": { zh: "嘉善县", en: "Jiashan" },
  "330424": { zh: "海盐县", en: "Haiyan" },
  "330481": { zh: "海宁市", en: "Haining" },
  "330482": { zh: "平湖市", en: "Pinghu" },
  "330483": { zh: "桐乡市", en: "Tongxiang" },
};

interface FacetRow<V extends string> {
  parameter: string; // the link parameter, e.g. ?pillar=hub,quality
  property: "pillar" | "status" | "layer" | "counties"; // the project property it reads
  values: readonly V[]; // allowed values, in display and link order
  names: DisplayNames<V>;
  // true: an empty choice shows everything (a project outside every county must still show by default)
  emptyMeansAll: boolean;
}

export const FACETS = {
  pillars: {
    parameter: "pillar",
    property: "pillar",
    values: PILLARS,
    names: PILLAR_NAMES,
    emptyMeansAll: false,
  },
  statuses: {
    parameter: "status",
    property: "status",
    values: STATUSES,
    names: STATUS_NAMES,
    emptyMeansAll: false,
  },
  layers: { parameter: "layer", property: "layer", values: LAYERS, names: LAYER_NAMES, emptyMeansAll: false },
  counties: {
    parameter: "county",
    property: "counties",
    values: COUNTY_CODES,
    names: COUNTY_NAMES,
    emptyMeansAll: true,
  },
} as const satisfies {
  pillars: FacetRow<Pillar>;
  statuses: FacetRow<Status>;
  layers: FacetRow<LayerName>;
  counties: FacetRow<CountyCode>;
};

export type FacetKey = keyof typeof FACETS;
// Link order: equal views give equal links.
export const FACET_KEYS = [
  "pillars",
  "statuses",
  "layers",
  "counties",
] as const satisfies readonly FacetKey[];

export type FacetChoices = {
  [K in FacetKey]: (typeof FACETS)[K]["values"][number][];
};

/** The values a project has for a facet (counties is a list; the others one value). */
export function facetValuesOf(
  properties: { pillar: string; status: string; layer: string; counties: readonly string[] },
  key: FacetKey,
): readonly string[] {
  const value = properties[FACETS[key].property];
  return typeof value === "string" ? [value] : value;
}

/** Whether a project passes one facet's choice. */
export function passesFacet(
  properties: { pillar: string; status: string; layer: string; counties: readonly string[] },
  key: FacetKey,
  chosen: readonly string[],
): boolean {
  if (chosen.length === 0 && FACETS[key].emptyMeansAll) return true;
  return facetValuesOf(properties, key).some((value) => chosen.includes(value));
}

/** The facets whose choice hides a project; a facet left out of `choices` shows everything. */
export function facetsHiding(
  properties: { pillar: string; status: string; layer: string; counties: readonly string[] },
  choices: Partial<Record<FacetKey, readonly string[]>>,
): FacetKey[] {
  return FACET_KEYS.filter((key) => {
    const chosen = choices[key];
    return chosen !== undefined && !passesFacet(properties, key, chosen);
  });
}
