// The user-layer tables as CSV text for spreadsheets, in the same form as the coverage table's export:
// UTF-8 with a byte-order mark (so Excel reads the Chinese), RFC 4180 quoting, CRLF line ends. The
// feature table's name column is headed by the layer's own name property (e.g. "名称"), so the export
// reads like the planner's own file.
import type { UserLayerCountyRow, UserLayerCoverage, UserLayerFeatureRow } from "./user-layer-coverage";

export type UserLayerCountyColumn = Exclude<keyof UserLayerCountyRow, "adcode"> | "row";
export type UserLayerFeatureColumn = Exclude<keyof UserLayerFeatureRow, "adcode"> | "county";

export const USER_LAYER_COUNTY_COLUMNS: readonly UserLayerCountyColumn[] = [
  "row",
  "points",
  "pointsNearRailway",
  "pointsNearHighway",
  "pointsNearWaterway",
  "lineKilometres",
  "polygonSquareKilometres",
  "platformOverlapSquareKilometres",
];

export const USER_LAYER_FEATURE_COLUMNS: readonly UserLayerFeatureColumn[] = [
  "number",
  "name",
  "county",
  "railwayKilometres",
  "highwayKilometres",
  "waterwayKilometres",
  "lengthKilometres",
  "areaSquareKilometres",
  "platformOverlapSquareKilometres",
];

const BYTE_ORDER_MARK = "\uFEFF";

export function userLayerCountyCsv(
  coverage: UserLayerCoverage,
  headers: Record<UserLayerCountyColumn, string>,
  // The county name for an adcode, or the city total's label for null.
  rowLabel: (adcode: string | null) => string,
): string {
  const lines = [USER_LAYER_COUNTY_COLUMNS.map((column) => textCell(headers[column]))];
  for (const row of coverage.counties) {
    lines.push(
      USER_LAYER_COUNTY_COLUMNS.map((column) =>
        column === "row" ? textCell(rowLabel(row.adcode)) : numberCell(row[column], column),
      ),
    );
  }
  return joinLines(lines);
}

export function userLayerFeatureCsv(
  coverage: UserLayerCoverage,
  headers: Record<UserLayerFeatureColumn, string>,
  // The county name for an adcode; "" (or a word for "outside") for null.
  countyLabel: (adcode: string | null) => string,
): string {
  const header = (column: UserLayerFeatureColumn) =>
    textCell(column === "name" && coverage.nameColumn ? coverage.nameColumn : headers[column]);
  const lines = [USER_LAYER_FEATURE_COLUMNS.map(header)];
  for (const row of coverage.features) {
    lines.push(
      USER_LAYER_FEATURE_COLUMNS.map((column) => {
        if (column === "county") return textCell(countyLabel(row.adcode));
        if (column === "name") return textCell(row.name);
        if (column === "number") return String(row.number);
        // An empty cell, not 0: a point beyond N km has no distance within N to show.
        const value = row[column];
        return value === null ? "" : numberCell(value, column);
      }),
    );
  }
  return joinLines(lines);
}

// Counts as integers; km and km² with two decimals (10 m, 0.01 km²), as in the coverage table.
function numberCell(value: number, column: string): string {
  return column.startsWith("points") ? String(value) : value.toFixed(2);
}

function joinLines(lines: readonly string[][]): string {
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}

// RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled. A text field
// that a spreadsheet would run as a formula (= + - @ at the start) gets a leading apostrophe. The same
// rule as coverage-csv.ts, whose helper is private to that file.
function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
