// The coverage table as CSV text for spreadsheets: UTF-8 with a leading byte-order mark (so Excel
// reads the Chinese correctly), RFC 4180 quoting and CRLF line ends. Columns come in the table's own
// order, shares in percent (as on screen), schematic projects by name. The caller supplies the headers,
// row labels and names, so the same rows export in Chinese or English.
import { PILLARS, type Pillar, STATUSES, type Status } from "../data/project-schema";
import type { CoverageRow } from "./coverage-table";

export type CoverageColumnKey =
  | "row"
  | "railwayKilometres"
  | "highwayKilometres"
  | "waterwayKilometres"
  | "platformSquareKilometres"
  | "designationSquareKilometres"
  | "otherZoneSquareKilometres"
  | "landSquareKilometres"
  | "landShareNearRailway"
  | "landShareNearHighway"
  | "total"
  | `pillar-${Pillar}`
  | `status-${Status}`
  | "schematicProjectIds";

// The table's order (planner-coverage-table.tsx reads the same list): the planner's questions first —
// km of lines, km² of zones beside the land they lie on, land shares — then the project counts.
export const COVERAGE_COLUMN_KEYS: readonly CoverageColumnKey[] = [
  "row",
  "railwayKilometres",
  "highwayKilometres",
  "waterwayKilometres",
  "platformSquareKilometres",
  "designationSquareKilometres",
  "otherZoneSquareKilometres",
  "landSquareKilometres",
  "landShareNearRailway",
  "landShareNearHighway",
  "total",
  ...PILLARS.map((pillar) => `pillar-${pillar}` as const),
  ...STATUSES.map((status) => `status-${status}` as const),
  "schematicProjectIds",
];

export interface CoverageCsvOptions {
  headers: Record<CoverageColumnKey, string>;
  // The text of the "row" column, e.g. the county name; the city total row has adcode null.
  rowLabel: (row: CoverageRow) => string;
  // A project's name in the reader's language (schematic projects are listed by name).
  nameOf?: (id: string) => string;
  columns?: readonly CoverageColumnKey[];
}

const BYTE_ORDER_MARK = "\uFEFF";

export function coverageCsv(rows: readonly CoverageRow[], options: CoverageCsvOptions): string {
  const columns = options.columns ?? COVERAGE_COLUMN_KEYS;
  const lines = [columns.map((column) => csvText(options.headers[column]))];
  for (const row of rows) lines.push(columns.map((column) => cell(row, column, options)));
  return csvDocument(lines);
}

/** Records of already quoted cells → the file's text, with the byte-order mark and CRLF ends. */
export function csvDocument(lines: readonly (readonly string[])[]): string {
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}

/** A share 0–1 as a percentage with two decimals (0.01 percentage point): 0.179864 → "17.99". */
export function csvPercent(share: number): string {
  return (share * 100).toFixed(2);
}

function cell(row: CoverageRow, column: CoverageColumnKey, options: CoverageCsvOptions): string {
  if (column === "row") return csvText(options.rowLabel(row));
  if (column === "total") return String(row.total);
  if (column === "schematicProjectIds") {
    const nameOf = options.nameOf ?? ((id: string) => id);
    return csvText(row.schematicProjectIds.map(nameOf).join("; "));
  }
  if (column.startsWith("pillar-")) return String(row.byPillar[column.slice(7) as Pillar]);
  if (column.startsWith("status-")) return String(row.byStatus[column.slice(7) as Status]);
  const value = row[column as keyof CoverageRow] as number;
  // km and km² keep two decimals (10 m, 0.01 km²).
  return column.startsWith("landShare") ? csvPercent(value) : value.toFixed(2);
}

// RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled. A text field
// that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe.
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
