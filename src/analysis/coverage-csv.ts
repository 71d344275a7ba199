// The coverage table as CSV text for spreadsheets: UTF-8 with a leading byte-order mark (so Excel
// reads the Chinese correctly), RFC 4180 quoting and CRLF line ends. The caller supplies the column
// headers and row labels, so the same rows export in Chinese or English.
import { PILLARS, type Pillar, STATUSES, type Status } from "../data/project-schema";
import type { CoverageRow } from "./coverage-table";

export type CoverageColumnKey =
  | "row"
  | "total"
  | `pillar-${Pillar}`
  | `status-${Status}`
  | "railwayKilometres"
  | "highwayKilometres"
  | "waterwayKilometres"
  | "platformSquareKilometres"
  | "otherZoneSquareKilometres"
  | "landSquareKilometres"
  | "landShareNearRailway"
  | "landShareNearHighway"
  | "schematicProjectIds";

export const COVERAGE_COLUMN_KEYS: readonly CoverageColumnKey[] = [
  "row",
  "total",
  ...PILLARS.map((pillar) => `pillar-${pillar}` as const),
  ...STATUSES.map((status) => `status-${status}` as const),
  "railwayKilometres",
  "highwayKilometres",
  "waterwayKilometres",
  "platformSquareKilometres",
  "otherZoneSquareKilometres",
  "landSquareKilometres",
  "landShareNearRailway",
  "landShareNearHighway",
  "schematicProjectIds",
];

export interface CoverageCsvOptions {
  headers: Record<CoverageColumnKey, string>;
  // The text of the "row" column, e.g. the county name; the city total row has adcode null.
  rowLabel: (row: CoverageRow) => string;
  columns?: readonly CoverageColumnKey[];
}

const BYTE_ORDER_MARK = "\uFEFF";

export function coverageCsv(rows: readonly CoverageRow[], options: CoverageCsvOptions): string {
  const columns = options.columns ?? COVERAGE_COLUMN_KEYS;
  const lines = [columns.map((column) => textCell(options.headers[column]))];
  for (const row of rows) lines.push(columns.map((column) => cell(row, column, options)));
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}

function cell(row: CoverageRow, column: CoverageColumnKey, options: CoverageCsvOptions): string {
  if (column === "row") return textCell(options.rowLabel(row));
  if (column === "total") return String(row.total);
  if (column === "schematicProjectIds") return textCell(row.schematicProjectIds.join(" "));
  if (column.startsWith("pillar-")) return String(row.byPillar[column.slice(7) as Pillar]);
  if (column.startsWith("status-")) return String(row.byStatus[column.slice(7) as Status]);
  // Shares keep four decimals (0.01 percentage point); km and km² keep two (10 m, 0.01 km²).
  const value = row[column as keyof CoverageRow] as number;
  return value.toFixed(column.startsWith("landShare") ? 4 : 2);
}

// RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled. A text field
// that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe.
function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
