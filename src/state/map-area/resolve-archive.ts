// A PMTiles basemap chosen: checks its address, reads its header and metadata (data/read-pmtiles-archive)
// and builds its Protomaps layers, or says in both languages why it cannot be drawn. A chunk of its own
// with the pmtiles reader and @protomaps/basemaps, loaded only when such a basemap is chosen.
import { resolveArchiveUrl } from "../../data/archive-url";
import type { BasemapOption } from "../../data/basemap-config";
import { type ArchiveProblem, type ArchiveProblemCode, archiveBounds } from "../../data/pmtiles-archive";
import { readPmtilesArchive } from "../../data/read-pmtiles-archive";
import type { Language } from "../../i18n/language";
import { loadLaterTexts } from "../../i18n/load-later-texts";
import { type MessageKey, translate } from "../../i18n/messages";
import { onlineSourceId } from "../../layers/online-basemap";
import { protomapsLayerSets } from "../../layers/protomaps-layers";
import type { Resolved } from "./resolved-basemap";

// OpenStreetMap's data is under the ODbL, which asks for this credit wherever the map is shown; the
// style is Protomaps'. Used when config.json gives no attribution of its own.
export const ARCHIVE_ATTRIBUTION =
  '<a href="https://protomaps.com">Protomaps</a> © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

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

export async function resolveArchive(
  option: BasemapOption,
  fallbackSeconds: number,
  page: string = document.baseURI,
  fetcher: typeof fetch = fetch,
): Promise<Resolved> {
  const url = resolveArchiveUrl(option.url ?? "", page);
  const read = url
    ? await readPmtilesArchive(url, fallbackSeconds, fetcher)
    : ({ ok: false, problem: { code: "bad-url", values: {} } } as const);
  if (!read.ok) return failure(read.problem);
  const { header } = read.archive;
  return {
    ok: true,
    active: {
      kind: "pmtiles",
      id: option.id,
      url: url as string,
      minzoom: header.minZoom,
      maxzoom: header.maxZoom,
      bounds: archiveBounds(header),
      attribution: option.attribution ?? ARCHIVE_ATTRIBUTION,
      layers: protomapsLayerSets(onlineSourceId(option.id), option.flavor),
    },
  };
}

async function failure(problem: ArchiveProblem): Promise<Resolved> {
  // The words are in the on-demand texts, which the page asks for at start; a failed load leaves
  // the English code, never an empty notice.
  await loadLaterTexts().catch(() => undefined);
  const words = (language: Language) =>
    translate(language, messageKey(problem), formattedValues(problem.values, language)) || problem.code;
  return { ok: false, detail: words("en"), details: { zh: words("zh"), en: words("en") } };
}

function messageKey(problem: ArchiveProblem): MessageKey {
  if (problem.code === "huge-header")
    return problem.values.part === "root" ? "archiveHugeRoot" : "archiveHugeMetadata";
  return PROBLEM_TEXT[problem.code];
}

// Sizes in bytes read as "3.0 GB"; the rest as they are, cut short (a server's message can be long).
function formattedValues(values: ArchiveProblem["values"], language: Language): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      ["size", "limit", "expected", "actual"].includes(name) && typeof value === "number"
        ? formatBytes(value, language)
        : String(value).slice(0, 80),
    ]),
  );
}

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
