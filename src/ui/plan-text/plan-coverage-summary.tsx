// Coverage at a glance, at the top of the plan tab: how many spatial items each part of the plan names,
// how many are on the map, and how many are not, grouped by why.
import { PILLAR_NAMES } from "../../data/facets";
import { NOT_MAPPED_REASONS, type NotMappedReason } from "../../data/not-mapped-schema";
import { BATTLES, type Battle } from "../../data/plan-schema";
import { PILLARS } from "../../data/project-schema";
import type { MessageKey } from "../../i18n/messages";
import type { CoverageRow } from "../../plan-text/plan-index";
import { useText } from "../shell/text-context";

export const REASON_NAMES: Record<NotMappedReason, MessageKey> = {
  "no-location": "planReasonNoLocation",
  "not-spatial": "planReasonNotSpatial",
  programme: "planReasonProgramme",
  "outside-scope": "planReasonOutsideScope",
};

export function PlanCoverage({ rows }: { rows: readonly CoverageRow[] }) {
  const { language, t } = useText();
  const total = rows.reduce(
    (sum, row) => ({
      battle: null,
      named: sum.named + row.named,
      mapped: sum.mapped + row.mapped,
      notMapped: Object.fromEntries(
        NOT_MAPPED_REASONS.map((reason) => [reason, sum.notMapped[reason] + row.notMapped[reason]]),
      ) as Record<NotMappedReason, number>,
    }),
    {
      battle: null,
      named: 0,
      mapped: 0,
      notMapped: Object.fromEntries(NOT_MAPPED_REASONS.map((reason) => [reason, 0])) as Record<
        NotMappedReason,
        number
      >,
    } satisfies CoverageRow,
  );
  const nameOf = (battle: Battle | null) =>
    battle === null
      ? t("planCoverageOther")
      : PILLAR_NAMES[PILLARS[BATTLES.indexOf(battle)] ?? "hub"][language];
  const reasons = (row: CoverageRow) =>
    NOT_MAPPED_REASONS.filter((reason) => row.notMapped[reason] > 0)
      .map((reason) => `${t(REASON_NAMES[reason])} ${row.notMapped[reason]}`)
      .join(language === "zh" ? "，" : ", ");
  // The reasons get a line of their own under each row: beside the numbers they crowd a narrow sidebar.
  const line = (row: CoverageRow, name: string, isTotal = false) => {
    const notMapped = row.named - row.mapped;
    return (
      <tbody key={name} className={isTotal ? "is-total" : undefined}>
        <tr>
          <th scope="row">{name}</th>
          <td>{row.named}</td>
          <td>{row.mapped}</td>
          <td>{notMapped}</td>
        </tr>
        {notMapped > 0 ? (
          <tr className="plan-reasons">
            <td colSpan={4}>{reasons(row)}</td>
          </tr>
        ) : null}
      </tbody>
    );
  };
  return (
    <section className="plan-coverage" aria-labelledby="plan-coverage-heading">
      <h2 id="plan-coverage-heading">{t("planCoverageHeading")}</h2>
      <p>
        {t("planCoverageSummary", {
          named: total.named,
          mapped: total.mapped,
          notMapped: total.named - total.mapped,
        })}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t("planCoverageBattle")}</th>
            <th scope="col">{t("planCoverageNamed")}</th>
            <th scope="col">{t("planCoverageMapped")}</th>
            <th scope="col">{t("planCoverageNotMapped")}</th>
          </tr>
        </thead>
        {rows.map((row) => line(row, nameOf(row.battle)))}
        {line(total, t("planCoverageTotal"), true)}
      </table>
    </section>
  );
}
