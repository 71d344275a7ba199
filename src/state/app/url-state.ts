// Reads and writes the shareable URL. Parsing never throws: an unknown or malformed parameter is dropped
// and described in a notice, and the rest of the link still applies.
import { FACET_KEYS, FACETS, type FacetKey } from "../../data/facets";
import { DEFAULT_FILTERS, type ProjectFilters, sameChoice } from "../../filters/project-filters";
import { type Camera, MAP_LIMITS } from "../../geo/camera";
import { MAX_QUERY_LENGTH, SCALAR_PARAMETERS } from "./url-parameters";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

export interface UrlNotice {
  parameter: string;
  value: string;
  reason: "unknown-parameter" | "invalid-value";
  expected?: string;
}

// Link parameter → facet (e.g. "pillar" → pillars), from the facet table.
const FACET_OF_PARAMETER = new Map<string, FacetKey>(FACET_KEYS.map((key) => [FACETS[key].parameter, key]));
export const URL_PARAMETERS = [...FACET_OF_PARAMETER.keys(), "q", "map", ...Object.keys(SCALAR_PARAMETERS)];

export function parseViewState(search: string): { view: ViewState; notices: UrlNotice[] } {
  const parameters = new URLSearchParams(search);
  const notices: UrlNotice[] = [];
  const filters: ProjectFilters = { ...DEFAULT_FILTERS };
  const view: ViewState = { ...DEFAULT_VIEW, filters };
  const reject = (parameter: string, value: string, expected: string) =>
    notices.push({ parameter, value, reason: "invalid-value", expected });

  for (const [parameter, value] of parameters) {
    const facet = FACET_OF_PARAMETER.get(parameter);
    // Own keys only: `in` also finds "constructor" and "__proto__" on Object.prototype.
    const scalar = Object.hasOwn(SCALAR_PARAMETERS, parameter) ? SCALAR_PARAMETERS[parameter] : undefined;
    if (facet) {
      const allowed: readonly string[] = FACETS[facet].values;
      const items = value === "" ? [] : value.split(",");
      const bad = items.filter((item) => !allowed.includes(item));
      if (bad.length > 0) reject(parameter, bad.join(","), allowed.join(", "));
      const good = [...new Set(items.filter((item) => allowed.includes(item)))];
      if (bad.length === 0 || good.length > 0) Object.assign(filters, { [facet]: good });
    } else if (parameter === "q") {
      if (value.length <= MAX_QUERY_LENGTH) filters.query = value;
      else reject(parameter, `${value.slice(0, 20)}…`, `at most ${MAX_QUERY_LENGTH} characters`);
    } else if (parameter === "map") {
      const camera = parseCamera(value);
      if (camera) view.camera = camera;
      else reject(parameter, value, "zoom/latitude/longitude, e.g. 10/30.75/120.75");
    } else if (scalar) {
      const parsed = scalar.parse(value);
      if (parsed === undefined) reject(parameter, value, scalar.expected);
      else Object.assign(view, { [scalar.key]: parsed });
    } else {
      notices.push({ parameter, value, reason: "unknown-parameter" });
    }
  }
  return { view, notices };
}

// A shared camera may ask for a little more than the map allows (MapLibre clamps it); beyond that the
// link is wrong, not a view of Jiaxing.
const ZOOM_RANGE = [MAP_LIMITS.minZoom - 3, MAP_LIMITS.maxZoom + 1] as const;

function parseCamera(value: string): Camera | null {
  const parts = value.split("/");
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return null;
  const [zoom, latitude, longitude] = parts.map(Number) as [number, number, number];
  if (zoom < ZOOM_RANGE[0] || zoom > ZOOM_RANGE[1]) return null;
  if (Math.abs(latitude) > 85 || Math.abs(longitude) > 180) return null;
  return { zoom, latitude, longitude };
}

// Writes only what differs from the default, in a fixed order, so equal views give equal links.
export function serialiseViewState(view: ViewState): string {
  const parameters = new URLSearchParams();
  for (const key of FACET_KEYS) {
    const chosen: readonly string[] = view.filters[key];
    if (!sameChoice(chosen, DEFAULT_FILTERS[key]))
      parameters.set(FACETS[key].parameter, orderLike(chosen, FACETS[key].values).join(","));
  }
  if (view.filters.query.trim() !== "") parameters.set("q", view.filters.query);
  if (view.camera) parameters.set("map", formatCamera(view.camera));
  for (const [name, parameter] of Object.entries(SCALAR_PARAMETERS)) {
    const written = parameter.write(view);
    if (written !== null) parameters.set(name, written);
  }
  const text = parameters.toString().replaceAll("%2C", ",").replaceAll("%2F", "/");
  return text === "" ? "" : `?${text}`;
}

function orderLike(values: readonly string[], order: readonly string[]): string[] {
  return order.filter((value) => values.includes(value));
}

// Precision fitting a zoom: about 1 m at zoom 17 needs 5 decimals; 2 decimals of zoom are plenty.
export function formatCamera(camera: Camera): string {
  const decimals = Math.min(6, Math.max(3, Math.ceil(camera.zoom / 3)));
  return `${camera.zoom.toFixed(2).replace(/\.?0+$/, "")}/${camera.latitude.toFixed(decimals)}/${camera.longitude.toFixed(decimals)}`;
}
