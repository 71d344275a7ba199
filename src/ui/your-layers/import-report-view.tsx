// What became of one imported file, in the interface language: "imported N of M", each row or feature
// left out with its reason, positions kept but outside the region, and notes such as the GBK reading.
// Every value from the file is shown as text.
import { formatImportMessage, formatImportProblem } from "../../import/format-import-problem";
import type { ImportProblem } from "../../import/import-types";
import type { ImportReport } from "../../state/your-layers/use-layer-import";
import { useText } from "../shell/text-context";

interface ImportReportViewProps {
  report: ImportReport;
  onDismiss: () => void;
  onRetry: (report: Extract<ImportReport, { kind: "refused" }>) => void;
}

export function ImportReportView({ report, onDismiss, onRetry }: ImportReportViewProps) {
  const { language, t } = useText();
  const refused = report.kind !== "imported" || report.result.imported === 0;
  return (
    <li className={`import-report${refused ? " is-refused" : ""}`} data-file={report.name}>
      <div className="import-report-header">
        <p role={refused ? "alert" : "status"}>
          {report.kind === "cancelled"
            ? t("yourLayersCancelled", { name: report.name })
            : report.kind === "refused"
              ? t("yourLayersRefused", {
                  name: report.name,
                  reason: formatImportMessage(report.refusal, language),
                })
              : report.result.imported === 0
                ? t("yourLayersNothingImported", { name: report.name, total: report.result.total })
                : t("yourLayersImported", {
                    name: report.name,
                    imported: report.result.imported,
                    total: report.result.total,
                  })}
        </p>
        {report.kind === "refused" && report.retry ? (
          <button type="button" className="secondary-button" onClick={() => onRetry(report)}>
            {t("retry")}
          </button>
        ) : null}
        <button type="button" className="icon-button" onClick={onDismiss} aria-label={t("yourLayersDismiss")}>
          ×
        </button>
      </div>
      {report.kind === "imported" ? (
        <>
          {report.result.notes.map((note) => (
            <p key={note.code} className="hint">
              {formatImportMessage(note, language)}
            </p>
          ))}
          {!report.saved ? <p className="hint">{t("yourLayersNotSaved", { name: report.name })}</p> : null}
          <ProblemList
            heading={t("yourLayersProblemsHeading", {
              count: report.result.problems.length + report.result.problemsNotListed,
            })}
            problems={report.result.problems}
            notListed={report.result.problemsNotListed}
            className="import-problems"
          />
          <ProblemList
            heading={t("yourLayersFlaggedHeading", {
              count: report.result.flagged.length + report.result.flaggedNotListed,
            })}
            problems={report.result.flagged}
            notListed={report.result.flaggedNotListed}
            className="import-flagged"
          />
        </>
      ) : null}
    </li>
  );
}

function ProblemList(props: {
  heading: string;
  problems: readonly ImportProblem[];
  notListed: number;
  className: string;
}) {
  const { language, t } = useText();
  if (props.problems.length === 0) return null;
  return (
    <details className={props.className} open={props.problems.length <= 5}>
      <summary>{props.heading}</summary>
      <ul>
        {props.problems.map((problem) => (
          <li key={`${problem.where.kind}-${problem.where.number}-${problem.code}`}>
            {formatImportProblem(problem, language)}
          </li>
        ))}
      </ul>
      {props.notListed > 0 ? (
        <p className="hint">{t("yourLayersMoreProblems", { count: props.notListed })}</p>
      ) : null}
    </details>
  );
}
