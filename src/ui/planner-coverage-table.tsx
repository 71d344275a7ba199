// The coverage table: one row per county and the city total, grouped columns (km of project lines, km²
// of zones and land share within N km first — the planner's questions — then projects by pillar and by
// 2020 status), numbers in the reader's language, and a numbered footnote per row naming its schematic
// projects.
import type { CoverageRow, CoverageTable } from "../analysis/coverage-table";
import { PILLAR_NAMES, STATUS_NAMES } from "../data/facets";
import { PILLARS, STATUSES } from "../data/project-schema";
import type { MessageKey } from "../i18n/messages";
import { formatDistance, formatKilometres, formatShare, rowLabel } from "../state/planner-format";
import { useText } from "./text-context";

interface PlannerCoverageTableProps {
  table: CoverageTable;
  computing: boolean;
  nameOf: (id: string) => string;
}

type Measure = { key: keyof CoverageRow; label: MessageKey; format: "km" | "share" };
const LENGTHS: Measure[] = [
  { key: "railwayKilometres", label: "coverageRailway", format: "km" },
  { key: "highwayKilometres", label: "coverageHighway", format: "km" },
  { key: "waterwayKilometres", label: "coverageWaterway", format: "km" },
];
const AREAS: Measure[] = [
  { key: "platformSquareKilometres", label: "coveragePlatform", format: "km" },
  { key: "otherZoneSquareKilometres", label: "coverageOtherZones", format: "km" },
];
const SHARES: Measure[] = [
  { key: "landShareNearRailway", label: "coverageRailway", format: "share" },
  { key: "landShareNearHighway", label: "coverageHighway", format: "share" },
];

export function PlannerCoverageTable({ table, computing, nameOf }: PlannerCoverageTableProps) {
  const { language, t: translateText } = useText();
  // Every text of the table may mention N: the distance is given to all of them.
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    translateText(key, { distance: formatDistance(table.distanceKilometres), ...values });
  const noted = table.rows.filter((row) => row.schematicProjectIds.length > 0);
  const noteNumber = (row: CoverageRow) => noted.indexOf(row) + 1;
  const noteId = (row: CoverageRow) => `coverage-note-${row.adcode ?? "city"}`;
  const separator = language === "zh" ? "、" : ", ";
  const cell = (row: CoverageRow, measure: Measure) => {
    const value = row[measure.key] as number;
    return (
      <td key={measure.key} data-column={measure.key}>
        {measure.format === "km" ? formatKilometres(language, value) : formatShare(language, value)}
      </td>
    );
  };
  const body = (row: CoverageRow) => (
    <tr key={row.adcode ?? "city"} data-adcode={row.adcode ?? "city"}>
      <th scope="row">
        {rowLabel(language, row)}
        {noteNumber(row) > 0 ? (
          <sup>
            <a href={`#${noteId(row)}`} aria-label={`${t("coverageSchematicMarker")} ${noteNumber(row)}`}>
              {noteNumber(row)}
            </a>
          </sup>
        ) : null}
      </th>
      {[...LENGTHS, ...AREAS, ...SHARES].map((measure) => cell(row, measure))}
      <td data-column="total">{row.total}</td>
      {PILLARS.map((pillar) => (
        <td key={pillar}>{row.byPillar[pillar]}</td>
      ))}
      {STATUSES.map((status) => (
        <td key={status}>{row.byStatus[status]}</td>
      ))}
    </tr>
  );
  const city = table.rows.filter((row) => row.adcode === null);
  return (
    <div className="coverage" aria-busy={computing}>
      {/* A scrolling region must be reachable by keyboard, so it takes focus. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above */}
      <section className="coverage-scroll" tabIndex={0} aria-labelledby="coverage-caption">
        <table className="coverage-table">
          <caption id="coverage-caption">{t("coverageCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t("coverageCounty")}
              </th>
              <th scope="colgroup" colSpan={LENGTHS.length}>
                {t("coverageLengths")}
              </th>
              <th scope="colgroup" colSpan={AREAS.length}>
                {t("coverageAreas")}
              </th>
              <th scope="colgroup" colSpan={SHARES.length}>
                {t("coverageShares")}
              </th>
              <th scope="colgroup" colSpan={1 + PILLARS.length}>
                {t("coverageProjects")}
              </th>
              <th scope="colgroup" colSpan={STATUSES.length}>
                {t("status")}
              </th>
            </tr>
            <tr>
              {[...LENGTHS, ...AREAS, ...SHARES].map((measure) => (
                <th scope="col" key={measure.key}>
                  {t(measure.label)}
                </th>
              ))}
              <th scope="col">{t("coverageTotal")}</th>
              {PILLARS.map((pillar) => (
                <th scope="col" key={pillar}>
                  {PILLAR_NAMES[pillar][language]}
                </th>
              ))}
              {STATUSES.map((status) => (
                <th scope="col" key={status}>
                  {STATUS_NAMES[status][language]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{table.rows.filter((row) => row.adcode !== null).map(body)}</tbody>
          <tfoot>{city.map(body)}</tfoot>
        </table>
      </section>
      {noted.length > 0 ? (
        <ol className="coverage-notes">
          {noted.map((row) => (
            <li key={noteId(row)} id={noteId(row)}>
              {t("coverageSchematic", {
                county: rowLabel(language, row),
                names: row.schematicProjectIds.map(nameOf).join(separator),
              })}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
