// A PMTiles basemap chosen: checks its address, reads its header and metadata (data/read-pmtiles-archive)
// and builds its Protomaps layers, or says in both languages why it cannot be drawn. A chunk of its own
// with the pmtiles reader and @protomaps/basemaps, loaded only when such a basemap is chosen.
import { resolveArchiveUrl } from "../../data/archive-url";
import type { BasemapOption } from "../../data/basemap-config";
import { type ArchiveProblem, archiveBounds } from "../../data/pmtiles-archive";
import { readPmtilesArchive } from "../../data/read-pmtiles-archive";
import { archiveProblemText } from "../../i18n/archive-problem-text";
import { loadLaterTexts } from "../../i18n/load-later-texts";
import { onlineSourceId } from "../../layers/online-basemap";
import { protomapsLayerSets } from "../../layers/protomaps-layers";
import type { Resolved } from "./resolved-basemap";

// OpenStreetMap's data is under the ODbL, which asks for this credit wherever the map is shown; the
// style is Protomaps'. Used when config.json gives no attribution of its own.
export const ARCHIVE_ATTRIBUTION =
  '<a href="https://protomaps.com">Protomaps</a> © <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

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
  // The words are among the on-demand texts, which the page asks for at start; if they cannot be had
  // the notice shows the problem's code, never nothing.
  await loadLaterTexts().catch(() => undefined);
  const details = { zh: archiveProblemText(problem, "zh"), en: archiveProblemText(problem, "en") };
  return { ok: false, detail: details.en, details };
}
