// Words and numbers for the planner's table and files, in the reader's language: km to 0.1 km (the
// project lines are traced from plan maps, so a finer figure would claim a precision they lack), shares
// as whole percent with at most one decimal, and CSV headers that name their units.
import type { CoverageColumnKey } from "../../analysis/coverage-csv";
import type { CoverageRow } from "../../analysis/coverage-table";
import type { ZoneColumnKey } from "../../analysis/zone-breakdown-csv";
import { COUNTY_NAMES, PILLAR_NAMES, STATUS_NAMES } from "../../data/facets";
import { type CountyCode, PILLARS, STATUSES } from "../../data/project-schema";
import type { ZoneKind } from "../../data/zone-kind";
import { LANGUAGE_TAGS, type Language } from "../../i18n/language";
import { translate } from "../../i18n/messages";

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(LANGUAGE_TAGS[language], options);
    formatters.set(key, cached);
  }
  return cached;
}

/** Kilometres or square kilometres, one decimal. */
export function formatKilometres(language: Language, value: number): string {
  return formatter(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A share 0–1 as a percentage with 0–1 decimals: 0.4567 → "45.7%", 0.5 → "50%". */
export function formatShare(language: Language, share: number): string {
  return formatter(language, { style: "percent", maximumFractionDigits: 1 }).format(share);
}

/** The distance N as typed back to the reader and in file names: at most two decimals, no grouping. */
export function formatDistance(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export function rowLabel(language: Language, row: Pick<CoverageRow, "adcode">): string {
  if (row.adcode === null) return translate(language, "coverageCity");
  return COUNTY_NAMES[row.adcode as CountyCode]?.[language] ?? row.adcode;
}

export function coverageCsvHeaders(
  language: Language,
  distanceKilometres: number,
): Record<CoverageColumnKey, string> {
  const t = (key: Parameters<typeof translate>[1]) =>
    translate(language, key, { distance: formatDistance(distanceKilometres) });
  return {
    row: t("coverageCounty"),
    total: t("coverageProjects"),
    ...Object.fromEntries(PILLARS.map((pillar) => [`pillar-${pillar}`, PILLAR_NAMES[pillar][language]])),
    ...Object.fromEntries(STATUSES.map((status) => [`status-${status}`, STATUS_NAMES[status][language]])),
    railwayKilometres: t("csvRailway"),
    highwayKilometres: t("csvHighway"),
    waterwayKilometres: t("csvWaterway"),
    platformSquareKilometres: t("csvPlatform"),
    designationSquareKilometres: t("csvDesignations"),
    otherZoneSquareKilometres: t("csvOtherZones"),
    landSquareKilometres: t("csvLand"),
    landShareNearRailway: t("csvShareRailway"),
    landShareNearHighway: t("csvShareHighway"),
    schematicProjectIds: t("csvSchematic"),
  } as Record<CoverageColumnKey, string>;
}

export function zoneCsvHeaders(language: Language): Record<ZoneColumnKey, string> {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  return {
    county: t("coverageCounty"),
    zone: t("zoneColumnZone"),
    kind: t("zoneColumnKind"),
    layer: t("zoneColumnLayer"),
    squareKilometres: t("zoneColumnArea"),
    shareOfLand: t("zoneColumnShare"),
  };
}

/** A zone's kind in the reader's language: 产业平台, 政策区, 其他片区. */
export function zoneKindName(language: Language, kind: ZoneKind): string {
  return translate(language, ZONE_KIND_MESSAGES[kind]);
}

const ZONE_KIND_MESSAGES = {
  platform: "coveragePlatform",
  designation: "coverageDesignations",
  other: "coverageOtherZones",
} as const satisfies Record<ZoneKind, Parameters<typeof translate>[1]>;

/** The running or finished measure as labelled on the map: "12.3 km", "4.5 km²" (公里, 平方公里). */
export function measureLabel(language: Language, kind: "distance" | "area", value: number): string {
  return translate(language, kind === "distance" ? "measureLabelDistance" : "measureLabelArea", {
    value: formatKilometres(language, value),
  });
}

// What the planner counts (issue 28): the projects the filters and the search show, of all.
export interface PlannerScope {
  shown: number;
  total: number;
}

// A file of fewer than all projects says so in its name ("…-1-of-41"), as the tab says it in its line.
function scopeSuffix(scope: PlannerScope | undefined): string {
  return scope && scope.shown < scope.total ? `-${scope.shown}-of-${scope.total}` : "";
}

export function coverageFileName(distanceKilometres: number, scope?: PlannerScope): string {
  return `jiaxing-coverage-${formatDistance(distanceKilometres)}km${scopeSuffix(scope)}.csv`;
}

// Zone areas do not depend on N; the name says what the file holds.
export const ZONE_FILE_NAME = "jiaxing-zone-areas-by-county.csv";

export function zoneFileName(scope?: PlannerScope): string {
  return ZONE_FILE_NAME.replace(/\.csv$/, `${scopeSuffix(scope)}.csv`);
}

export function selectionFileName(
  area: { adcode: string } | { drawn: true },
  clipped = false,
  scope?: PlannerScope,
): string {
  const where = "adcode" in area ? area.adcode : "drawn-area";
  return `jiaxing-selection-${where}${clipped ? "-clipped" : ""}${scopeSuffix(scope)}.geojson`;
}
