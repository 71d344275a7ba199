// The planner's files: the coverage table (CSV, named after N), the per-zone breakdown (CSV), and the
// selection (GeoJSON, as drawn or clipped to the area). Headers, names and labels in the reader's
// language; the text is written by the analysis modules.
import { useCallback } from "react";
import type { AnalysisResult } from "../../analysis/analysis-result";
import { coverageCsv } from "../../analysis/coverage-csv";
import type { CoverageTable } from "../../analysis/coverage-table";
import { zoneBreakdownCsv } from "../../analysis/zone-breakdown-csv";
import { downloadText } from "../../browser/download-file";
import { LAYER_NAMES } from "../../data/facets";
import type { LayerName } from "../../data/project-schema";
import type { Language } from "../../i18n/language";
import {
  coverageCsvHeaders,
  coverageFileName,
  type PlannerScope,
  rowLabel,
  selectionFileName,
  zoneCsvHeaders,
  zoneFileName,
  zoneKindName,
} from "./planner-format";
import type { PlannerTools } from "./planner-tool-state";

export interface PlannerExportsInput {
  language: Language;
  coverage: AnalysisResult<CoverageTable> | null;
  tools: PlannerTools;
  nameOf: (id: string) => string;
  // What the planner counts: a file of fewer than all projects says so in its name.
  scope?: PlannerScope;
}

const CSV_TYPE = "text/csv;charset=utf-8";

export function usePlannerExports({ language, coverage, tools, nameOf, scope }: PlannerExportsInput) {
  const exportCsv = useCallback(() => {
    if (!coverage?.ok) return;
    const { rows, distanceKilometres } = coverage.value;
    const text = coverageCsv(rows, {
      headers: coverageCsvHeaders(language, distanceKilometres),
      rowLabel: (row) => rowLabel(language, row),
      nameOf,
    });
    downloadText(coverageFileName(distanceKilometres, scope), text, CSV_TYPE);
  }, [coverage, language, nameOf, scope]);

  const exportZones = useCallback(() => {
    if (!coverage?.ok) return;
    const text = zoneBreakdownCsv(coverage.value.zones, {
      headers: zoneCsvHeaders(language),
      countyName: (adcode) => rowLabel(language, { adcode }),
      nameOf,
      layerName: (layer) => LAYER_NAMES[layer as LayerName]?.[language] ?? layer,
      kindName: (kind) => zoneKindName(language, kind),
    });
    downloadText(zoneFileName(scope), text, CSV_TYPE);
  }, [coverage, language, nameOf, scope]);

  const { result, measure } = tools;
  const exportSelection = useCallback(
    (clipped: boolean) => {
      if (result?.kind !== "select" || !result.value.ok || !measure) return;
      const { shape, projects } = result.value.value;
      const area = "adcode" in result.area ? { adcode: result.area.adcode } : { drawn: true as const };
      const text = measure.selectionGeojson(projects, clipped ? { clipTo: shape } : {});
      downloadText(selectionFileName(area, clipped, scope), text, "application/geo+json");
    },
    [result, measure, scope],
  );

  return { exportCsv, exportZones, exportSelection };
}

export type PlannerExports = ReturnType<typeof usePlannerExports>;
