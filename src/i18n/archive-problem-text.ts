// Why a PMTiles archive cannot be the basemap, in words: the app's notice (both languages) and
// `npm run basemap:check` (English) say it alike. The texts are in texts/detailed-basemap.ts, among the
// on-demand texts: the caller makes sure they are registered.
import type { ArchiveProblem, ArchiveProblemCode } from "../data/pmtiles-archive";
import type { Language } from "./language";
import { type MessageKey, translate } from "./messages";

const PROBLEM_TEXT: Record<Exclude<ArchiveProblemCode, "huge-header">, MessageKey> = {
  "bad-url": "archiveBadUrl",
  "not-found": "archiveNotFound",
  "web-page": "archiveWebPage",
  "http-status": "archiveHttpStatus",
  network: "archiveNetwork",
  timeout: "archiveTimeout",
  empty: "archiveEmpty",
  "no-byte-ranges": "archiveNoByteRanges",
  "not-pmtiles": "archiveNotPmtiles",
  version: "archiveVersion",
  truncated: "archiveTruncated",
  "not-vector": "archiveNotVector",
  compression: "archiveCompression",
  "bad-metadata": "archiveBadMetadata",
  "other-schema": "archiveOtherSchema",
  "outside-region": "archiveOutsideRegion",
};

// Values that are sizes in bytes.
const SIZES = ["size", "limit", "expected", "actual"];

/** The problem in words; its code when the texts are not registered, never an empty string. */
export function archiveProblemText(problem: ArchiveProblem, language: Language): string {
  const key =
    problem.code === "huge-header"
      ? problem.values.part === "root"
        ? "archiveHugeRoot"
        : "archiveHugeMetadata"
      : PROBLEM_TEXT[problem.code];
  // A server's own message can be long: cut short.
  const values = Object.fromEntries(
    Object.entries(problem.values).map(([name, value]) => [
      name,
      SIZES.includes(name) && typeof value === "number"
        ? formatBytes(value, language)
        : String(value).slice(0, 80),
    ]),
  );
  return translate(language, key, values) || problem.code;
}

/** A size as a person reads it: "127 bytes", "16.4 kB", "3.0 GB" (decimal units). */
export function formatBytes(bytes: number, language: Language): string {
  const units = ["B", "kB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  if (unit === 0) return language === "zh" ? `${value} 字节` : `${value} bytes`;
  return `${value.toFixed(1)} ${units[unit]}`;
}
