// Everything a shared link restores: filters, search, selection, camera, language and mode.
import { DEFAULT_FILTERS, type ProjectFilters } from "../filters/project-filters";
import type { Language } from "../i18n/language";

export interface Camera {
  longitude: number; // degrees east, WGS84
  latitude: number; // degrees north, WGS84
  zoom: number; // web-mercator zoom level
}

export interface ViewState {
  language: Language;
  filters: ProjectFilters;
  selectedId: string | null;
  camera: Camera | null; // null: frame the whole city
  embed: boolean;
  present: boolean;
  slide: number | null; // 1-based tour slide while presenting
}

export const DEFAULT_VIEW: ViewState = {
  language: "zh",
  filters: DEFAULT_FILTERS,
  selectedId: null,
  camera: null,
  embed: false,
  present: false,
  slide: null,
};
