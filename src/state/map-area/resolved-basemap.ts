// What resolving a basemap choice ends in (resolve-basemap.ts, resolve-archive.ts): what to draw, or
// why not. `keep`: refused before anything was fetched (a malformed key), so what is drawn stays.
// `details`: the reason in both languages, where the app words it itself (an archive's problem).
import type { Language } from "../../i18n/language";
import type { ActiveBasemap } from "../../layers/online-basemap";

export type Resolved =
  | { ok: true; active: ActiveBasemap }
  | { ok: false; detail: string; details?: Record<Language, string>; keep?: boolean };
