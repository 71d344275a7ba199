// The per-zone breakdown under the coverage table: each zone's km² in each county it reaches and its
// share of that county's land, and whether it is a platform, a designation of whole counties or another
// zone. Folded by default; its CSV export sits beside the table's.
import type { ZoneShare } from "../../analysis/zone-areas";
import { formatKilometres, formatShare, rowLabel, zoneKindName } from "../../state/planner/planner-format";
import { useText } from "../shell/text-context";

interface PlannerZoneTableProps {
  zones: readonly ZoneShare[];
  nameOf: (id: string) => string;
}

export function PlannerZoneTable({ zones, nameOf }: PlannerZoneTableProps) {
  const { language, t } = useText();
  const label = t("zoneBreakdownCaption", { count: zones.length });
  return (
    <details className="zone-breakdown">
      <summary>{label}</summary>
      {/* A scrolling region must be reachable by keyboard, so it takes focus. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above */}
      <section className="coverage-scroll" tabIndex={0} aria-label={label}>
        <table className="coverage-table zone-table">
          <thead>
            <tr>
              <th scope="col">{t("coverageCounty")}</th>
              <th scope="col">{t("zoneColumnZone")}</th>
              <th scope="col">{t("zoneColumnKind")}</th>
              <th scope="col">{t("zoneColumnArea")}</th>
              <th scope="col">{t("zoneColumnShare")}</th>
            </tr>
          </thead>
          <tbody>
            {zones.map((zone) => (
              <tr key={`${zone.adcode} ${zone.id}`} data-zone={zone.id} data-adcode={zone.adcode}>
                <td>{rowLabel(language, zone)}</td>
                <th scope="row">{nameOf(zone.id)}</th>
                <td data-column="kind">{zoneKindName(language, zone.kind)}</td>
                <td data-column="squareKilometres">{formatKilometres(language, zone.squareKilometres)}</td>
                <td data-column="shareOfLand">{formatShare(language, zone.shareOfLand)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </details>
  );
}
