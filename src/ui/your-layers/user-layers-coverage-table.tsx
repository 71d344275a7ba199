// The per-county table of one of the planner's layers against the plan: the columns its geometry calls
// for (points and how many lie within N km of each kind of line; line km; polygon km² and the overlap
// with the platform zones), a row per county and the city total, numbers in the reader's language.

import type { UserLayerCountyRow, UserLayerCoverage } from "../../analysis/user-layer-coverage";
import type { UserLayerCountyColumn } from "../../analysis/user-layer-coverage-csv";
import type { Translate } from "../../i18n/messages";
import type { GeometryKind } from "../../import/import-types";
import { formatDistance, formatKilometres, rowLabel } from "../../state/planner/planner-format";
import { useText } from "../shell/text-context";

type Measure = Exclude<UserLayerCountyColumn, "row">;
const POINT_COLUMNS: Measure[] = ["points", "pointsNearRailway", "pointsNearHighway", "pointsNearWaterway"];
const LINE_COLUMNS: Measure[] = ["lineKilometres"];
const POLYGON_COLUMNS: Measure[] = ["polygonSquareKilometres", "platformOverlapSquareKilometres"];

export function countyHeaders(t: Translate, km: string): Record<UserLayerCountyColumn, string> {
  return {
    row: t("coverageCounty"),
    points: t("userLayersPoints"),
    pointsNearRailway: t("userLayersNear", { distance: km, layer: t("coverageRailway") }),
    pointsNearHighway: t("userLayersNear", { distance: km, layer: t("coverageHighway") }),
    pointsNearWaterway: t("userLayersNear", { distance: km, layer: t("coverageWaterway") }),
    lineKilometres: t("userLayersLineKm"),
    polygonSquareKilometres: t("userLayersAreaKm2"),
    platformOverlapSquareKilometres: t("userLayersOverlapKm2"),
  };
}

function columnsFor(kind: GeometryKind): Measure[] {
  if (kind === "point") return POINT_COLUMNS;
  if (kind === "line") return LINE_COLUMNS;
  if (kind === "polygon") return POLYGON_COLUMNS;
  return [...POINT_COLUMNS, ...LINE_COLUMNS, ...POLYGON_COLUMNS];
}

interface UserLayersCoverageTableProps {
  coverage: UserLayerCoverage;
  kind: GeometryKind;
  layerName: string;
}

export function UserLayersCoverageTable({ coverage, kind, layerName }: UserLayersCoverageTableProps) {
  const { language, t } = useText();
  const headers = countyHeaders(t, formatDistance(coverage.distanceKilometres));
  const columns = columnsFor(kind);
  const cell = (row: UserLayerCountyRow, column: Measure) =>
    column.startsWith("points")
      ? row[column].toLocaleString(language === "zh" ? "zh-CN" : "en")
      : formatKilometres(language, row[column]);
  return (
    // A scrolling region must be reachable by keyboard, so it takes focus.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
    <section className="coverage-scroll" tabIndex={0} aria-label={layerName}>
      <table className="coverage-table user-layers-coverage">
        <caption className="visually-hidden">{layerName}</caption>
        <thead>
          <tr>
            <th scope="col">{headers.row}</th>
            {columns.map((column) => (
              <th key={column} scope="col">
                {headers[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.counties.map((row) => (
            <tr key={row.adcode ?? "city"} data-adcode={row.adcode ?? "city"}>
              <th scope="row">{rowLabel(language, row)}</th>
              {columns.map((column) => (
                <td key={column} data-column={column}>
                  {cell(row, column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
