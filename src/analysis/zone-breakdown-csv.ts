// The per-zone breakdown as a second CSV, in the form of the coverage export: one record per zone and
// county, with the zone's km² there and its share of the county's land in percent.
import { csvDocument, csvPercent, csvText } from "./coverage-csv";
import type { ZoneShare } from "./zone-areas";

export const ZONE_COLUMN_KEYS = [
  "county",
  "zone",
  "kind",
  "layer",
  "squareKilometres",
  "shareOfLand",
] as const;
export type ZoneColumnKey = (typeof ZONE_COLUMN_KEYS)[number];

export interface ZoneCsvOptions {
  headers: Record<ZoneColumnKey, string>;
  countyName: (adcode: string) => string;
  nameOf: (id: string) => string;
  layerName: (layer: string) => string;
  kindName: (kind: ZoneShare["kind"]) => string;
}

export function zoneBreakdownCsv(zones: readonly ZoneShare[], options: ZoneCsvOptions): string {
  const lines = [ZONE_COLUMN_KEYS.map((key) => csvText(options.headers[key]))];
  for (const zone of zones) {
    lines.push([
      csvText(options.countyName(zone.adcode)),
      csvText(options.nameOf(zone.id)),
      csvText(options.kindName(zone.kind)),
      csvText(options.layerName(zone.layer)),
      zone.squareKilometres.toFixed(2),
      csvPercent(zone.shareOfLand),
    ]);
  }
  return csvDocument(lines);
}
