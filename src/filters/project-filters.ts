// What the user has chosen to see. Arrays list the values that are shown; an empty county list means
// "every county" because a project outside any county (beyond the city) must still show by default.
import {
  COUNTY_CODES,
  type CountyCode,
  LAYERS,
  type LayerName,
  PILLARS,
  type Pillar,
  STATUSES,
  type Status,
} from "../data/project-schema";

export interface ProjectFilters {
  pillars: Pillar[];
  statuses: Status[];
  layers: LayerName[];
  counties: CountyCode[];
  query: string;
}

export const DEFAULT_FILTERS: ProjectFilters = Object.freeze({
  pillars: [...PILLARS],
  statuses: [...STATUSES],
  layers: [...LAYERS],
  counties: [],
  query: "",
}) as ProjectFilters;

export function isDefaultFilters(filters: ProjectFilters): boolean {
  return (
    filters.pillars.length === PILLARS.length &&
    filters.statuses.length === STATUSES.length &&
    filters.layers.length === LAYERS.length &&
    filters.counties.length === 0 &&
    normaliseQuery(filters.query) === ""
  );
}

// Search is forgiving: case-insensitive, full-width letters and digits folded to ASCII (NFKC), and
// surrounding blanks ignored, so "ｇ３２０" finds "G320".
export function normaliseQuery(query: string): string {
  return query.normalize("NFKC").trim().toLowerCase();
}

export function countyFlag(code: CountyCode): `in_${CountyCode}` {
  return `in_${code}`;
}

export const ALL_COUNTY_FLAGS = COUNTY_CODES.map(countyFlag);
