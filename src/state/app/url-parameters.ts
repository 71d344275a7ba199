// The link's scalar parameters (everything but the facet lists, the search and the camera), as one table: name, the
// view field it sets, how to read it (undefined: not acceptable) and what a valid value looks like.
import { MAX_DISTANCE_KILOMETRES, MIN_DISTANCE_KILOMETRES } from "../../analysis/validate-distance";
import { COUNTY_CODES, type CountyCode, ID_PATTERN } from "../../data/project-schema";
import { LANGUAGES, type Language } from "../../i18n/language";
import {
  CATCHMENT_LAYERS,
  type CatchmentLayer,
  DEFAULT_VIEW,
  MAP_VIEWS,
  SIDEBAR_TABS,
  TOUR_CHOICES,
  type ViewState,
} from "./view-state";

export const MAX_QUERY_LENGTH = 100; // characters; longer text is not a project name
// Progress years the map can show: from the plan's year to this one.
export const FIRST_PROGRESS_YEAR = 2020;

interface Parameter<K extends keyof ViewState> {
  key: K;
  parse: (value: string) => ViewState[K] | undefined;
  expected: string;
  write: (view: ViewState) => string | null; // null: the default, left out of the link
}

function oneOf<T extends string>(values: readonly T[]) {
  return (value: string): T | undefined =>
    (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function flag(value: string): boolean | undefined {
  return value === "1" ? true : value === "0" ? false : undefined;
}

function kilometres(value: string): number | undefined {
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(value)) return undefined;
  const distance = Number(value);
  return distance >= MIN_DISTANCE_KILOMETRES && distance <= MAX_DISTANCE_KILOMETRES ? distance : undefined;
}

function catchmentList(value: string): CatchmentLayer[] | undefined {
  const items = value === "" ? [] : value.split(",");
  if (!items.every((item) => (CATCHMENT_LAYERS as readonly string[]).includes(item))) return undefined;
  return CATCHMENT_LAYERS.filter((layer) => items.includes(layer));
}

function progressYear(value: string): number | undefined {
  const year = Number(value);
  const now = new Date().getFullYear();
  return /^\d{4}$/.test(value) && year >= FIRST_PROGRESS_YEAR && year <= now ? year : undefined;
}

export const SCALAR_PARAMETERS: Record<string, Parameter<keyof ViewState>> = {
  project: {
    key: "selectedId",
    parse: (value) => (ID_PATTERN.test(value) && value.length <= 80 ? value : undefined),
    expected: "a project id such as jiaxing-airport",
    write: (view) => view.selectedId,
  },
  lang: {
    key: "language",
    parse: oneOf<Language>(LANGUAGES),
    expected: LANGUAGES.join(", "),
    write: (view) => (view.language === "zh" ? null : view.language),
  },
  embed: { key: "embed", parse: flag, expected: "1 or 0", write: (view) => (view.embed ? "1" : null) },
  present: { key: "present", parse: flag, expected: "1 or 0", write: (view) => (view.present ? "1" : null) },
  slide: {
    key: "slide",
    parse: (value) => (/^\d{1,3}$/.test(value) && Number(value) >= 1 ? Number(value) : undefined),
    expected: "a slide number from 1",
    write: (view) => (view.present && view.slide !== null ? String(view.slide) : null),
  },
  tab: {
    key: "tab",
    parse: oneOf(SIDEBAR_TABS),
    expected: SIDEBAR_TABS.join(", "),
    write: (view) => (view.tab === "projects" ? null : view.tab),
  },
  distance: {
    key: "distance",
    parse: kilometres,
    expected: `kilometres from ${MIN_DISTANCE_KILOMETRES} to ${MAX_DISTANCE_KILOMETRES}`,
    write: (view) => (view.distance === DEFAULT_VIEW.distance ? null : String(view.distance)),
  },
  catchments: {
    key: "catchments",
    parse: catchmentList,
    expected: `a list of ${CATCHMENT_LAYERS.join(", ")}`,
    write: (view) =>
      view.catchments.join(",") === DEFAULT_VIEW.catchments.join(",") ? null : view.catchments.join(","),
  },
  select: {
    key: "selectedCounty",
    parse: oneOf<CountyCode>(COUNTY_CODES),
    expected: `a county code: ${COUNTY_CODES.join(", ")}`,
    write: (view) => view.selectedCounty,
  },
  view: {
    key: "mapView",
    parse: oneOf(MAP_VIEWS),
    expected: MAP_VIEWS.join(", "),
    write: (view) => (view.mapView === "plan" ? null : view.mapView),
  },
  year: {
    key: "year",
    parse: progressYear,
    expected: `a year from ${FIRST_PROGRESS_YEAR} to this year`,
    write: (view) => (view.mapView === "progress" && view.year !== null ? String(view.year) : null),
  },
  tour: {
    key: "tour",
    parse: oneOf(TOUR_CHOICES),
    expected: TOUR_CHOICES.join(", "),
    write: (view) => (view.tour === "plan" ? null : view.tour),
  },
};
