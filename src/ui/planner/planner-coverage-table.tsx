// The coverage table: one row per county and the city total, grouped columns in the export's order
// (km of project lines; km² of zones beside the land they lie on; land share within N km; then projects
// by pillar and by 2020 status). The county column stays put while the rest scrolls sideways; headers
// wrap. Notes (how zone areas are counted, which rows rest on schematic projects) fold into one note.
import { COVERAGE_COLUMN_KEYS, type CoverageColumnKey } from "../../analysis/coverage-csv";
import type { CoverageRow, CoverageTable } from "../../analysis/coverage-table";
import { PILLAR_NAMES, STATUS_NAMES } from "../../data/facets";
import type { Pillar, Status } from "../../data/project-schema";
import type { MessageKey } from "../../i18n/messages";
import { formatDistance, formatKilometres, formatShare, rowLabel } from "../../state/planner/planner-format";
import { useText } from "../shell/text-context";
import { BUSY_SHOWS_AFTER_MILLISECONDS, useDelayedFlag } from "../shell/use-delayed-flag";

interface PlannerCoverageTableProps {
  table: CoverageTable;
  computing: boolean;
  nameOf: (id: string) => string;
}

type Group = { label: MessageKey; keys: CoverageColumnKey[] };
const MEASURE_LABELS: Partial<Record<CoverageColumnKey, MessageKey>> = {
  railwayKilometres: "coverageRailway",
  highwayKilometres: "coverageHighway",
  waterwayKilometres: "coverageWaterway",
  platformSquareKilometres: "coveragePlatform",
  designationSquareKilometres: "coverageDesignations",
  otherZoneSquareKilometres: "coverageOtherZones",
  landSquareKilometres: "coverageLand",
  landShareNearRailway: "coverageRailway",
  landShareNearHighway: "coverageHighway",
  total: "coverageTotal",
};
const inGroup = (test: (key: CoverageColumnKey) => boolean) => COVERAGE_COLUMN_KEYS.filter(test);
// Column groups, read off the one column list (coverage-csv.ts) so screen and file agree.
const GROUPS: Group[] = [
  { label: "coverageLengths", keys: inGroup((key) => key.endsWith("Kilometres") && !key.includes("Square")) },
  { label: "coverageAreas", keys: inGroup((key) => key.endsWith("SquareKilometres")) },
  { label: "coverageShares", keys: inGroup((key) => key.startsWith("landShare")) },
  { label: "coverageProjects", keys: inGroup((key) => key === "total" || key.startsWith("pillar-")) },
  { label: "status", keys: inGroup((key) => key.startsWith("status-")) },
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
  const header = (key: CoverageColumnKey) => {
    if (key.startsWith("pillar-")) return PILLAR_NAMES[key.slice(7) as Pillar][language];
    if (key.startsWith("status-")) return STATUS_NAMES[key.slice(7) as Status][language];
    return t(MEASURE_LABELS[key] ?? "coverageTotal");
  };
  const cell = (row: CoverageRow, key: CoverageColumnKey) => {
    let text: string;
    if (key.startsWith("pillar-")) text = String(row.byPillar[key.slice(7) as Pillar]);
    else if (key.startsWith("status-")) text = String(row.byStatus[key.slice(7) as Status]);
    else if (key === "total") text = String(row.total);
    else if (key.startsWith("landShare"))
      text = formatShare(language, row[key as keyof CoverageRow] as number);
    else text = formatKilometres(language, row[key as keyof CoverageRow] as number);
    return (
      <td key={key} data-column={key}>
        {text}
      </td>
    );
  };
  const columns = GROUPS.flatMap((group) => group.keys);
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
      {columns.map((key) => cell(row, key))}
    </tr>
  );
  const city = table.rows.filter((row) => row.adcode === null);
  const dimmed = useDelayedFlag(computing, BUSY_SHOWS_AFTER_MILLISECONDS);
  return (
    // aria-busy says at once that the figures are being replaced; the dimming waits (use-delayed-flag.ts).
    <div className="coverage" aria-busy={computing} data-dimmed={dimmed}>
      {/* The visible title stays put while the table scrolls sideways; the caption names the table. */}
      <h3 id="coverage-caption" className="coverage-heading">
        {t("coverageCaption")}
      </h3>
      {/* A scrolling region must be reachable by keyboard, so it takes focus. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above */}
      <section className="coverage-scroll" tabIndex={0} aria-labelledby="coverage-caption">
        <table className="coverage-table">
          <caption className="visually-hidden">{t("coverageCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="coverage-corner">
                {t("coverageCounty")}
              </th>
              {GROUPS.map((group) => (
                <th scope="colgroup" colSpan={group.keys.length} key={group.label}>
                  {t(group.label)}
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((key) => (
                <th scope="col" key={key} data-column={key}>
                  {header(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{table.rows.filter((row) => row.adcode !== null).map(body)}</tbody>
          <tfoot>{city.map(body)}</tfoot>
        </table>
      </section>
      <details className="coverage-notes">
        <summary>{t("coverageNotes", { count: noted.length + 1 })}</summary>
        <p>{t("coverageZoneNote")}</p>
        {noted.length > 0 ? (
          <ol>
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
      </details>
    </div>
  );
}
