// The delivery counts (projects by latest recorded stage, per pillar, layer and county) as CSV for
// spreadsheets: UTF-8 with a byte-order mark (Excel then reads the Chinese), RFC 4180 quoting, CRLF line
// ends. The caller supplies the words, so the same counts export in Chinese or English.
import { COUNTY_CODES, LAYERS, PILLARS } from "../data/project-schema";
import {
  type DeliveryCounts,
  PROGRESS_STAGES,
  type ProgressStage,
  type StageCounts,
} from "./progress-at-date";

export type DeliveryGroup = "all" | "pillar" | "layer" | "county";

export interface DeliveryRow {
  group: DeliveryGroup;
  key: string; // "all", a pillar, a layer or a county code
  counts: StageCounts;
  total: number;
}

export interface DeliveryCsvWords {
  groupHeader: string;
  rowHeader: string;
  totalHeader: string;
  yearHeader: string;
  group: (group: DeliveryGroup) => string;
  row: (row: DeliveryRow) => string;
  stage: (stage: ProgressStage) => string;
}

/** The counts as rows in reading order: all projects, then each pillar, layer and county. */
export function deliveryRows(counts: DeliveryCounts): DeliveryRow[] {
  const row = (group: DeliveryGroup, key: string, stageCounts: StageCounts): DeliveryRow => ({
    group,
    key,
    counts: stageCounts,
    total: PROGRESS_STAGES.reduce((sum, stage) => sum + stageCounts[stage], 0),
  });
  return [
    row("all", "all", counts.total),
    ...PILLARS.map((pillar) => row("pillar", pillar, counts.byPillar[pillar])),
    ...LAYERS.map((layer) => row("layer", layer, counts.byLayer[layer])),
    ...COUNTY_CODES.map((county) => row("county", county, counts.byCounty[county])),
  ];
}

const BYTE_ORDER_MARK = "\uFEFF";

export function deliveryCsv(rows: readonly DeliveryRow[], year: number, words: DeliveryCsvWords): string {
  const header = [
    words.yearHeader,
    words.groupHeader,
    words.rowHeader,
    words.totalHeader,
    ...PROGRESS_STAGES.map(words.stage),
  ];
  const lines = [header.map(textCell)];
  for (const row of rows) {
    lines.push([
      String(year),
      textCell(words.group(row.group)),
      textCell(words.row(row)),
      String(row.total),
      ...PROGRESS_STAGES.map((stage) => String(row.counts[stage])),
    ]);
  }
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.join(",")).join("\r\n")}\r\n`;
}

// Quoted when it holds a comma, quote or line break; a leading = + - @ is defused so a spreadsheet never
// runs a label as a formula.
function textCell(text: string): string {
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
