// Reads one longitude or latitude cell as a spreadsheet shows it. Only plain decimal numbers count:
// Number() alone would also take "0x1F", "" (as 0) and "Infinity", none of which is a position.

import { checkRange, type GeometryFault } from "./check-geometry";
import { cleanName } from "./clean-text";

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
// 40 characters of a bad cell are enough to find it in the sheet.
const MAX_SHOWN_CHARACTERS = 40;

export type ParsedCoordinate = { ok: true; value: number } | { ok: false; fault: GeometryFault };

export function parseCoordinate(cell: string | undefined, field: "longitude" | "latitude"): ParsedCoordinate {
  // Spreadsheets and word processors sometimes write the minus sign as U+2212.
  const text = (cell ?? "").trim().replace(/^\u2212/, "-");
  if (text === "") return { ok: false, fault: { code: "missing-coordinate", values: { field } } };
  if (!DECIMAL.test(text)) {
    const shown = cleanName(text).slice(0, MAX_SHOWN_CHARACTERS);
    return { ok: false, fault: { code: "not-a-number", values: { field, value: shown } } };
  }
  const value = Number(text);
  const fault = checkRange(field, value, field === "longitude" ? 180 : 90);
  return fault ? { ok: false, fault } : { ok: true, value };
}
