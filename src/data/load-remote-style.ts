// Fetches another MapLibre style for use as a basemap. Only its shape is checked here; MapLibre validates
// the rest when the combined style is applied, and a failure falls back to the embedded basemap.
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import { SECURE_ORIGIN } from "./basemap-config";

export type RemoteStyleResult = { ok: true; style: StyleSpecification } | { ok: false; detail: string };

export async function loadRemoteStyle(
  url: string,
  timeoutSeconds: number,
  fetcher: typeof fetch = fetch,
): Promise<RemoteStyleResult> {
  // What the message says: https (a plain http style could be altered on the way and is blocked on an
  // https page anyway); only a server on this machine may use http, as in config.json's tiles.
  if (!SECURE_ORIGIN.test(url)) return { ok: false, detail: "the address must start with https://" };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
  try {
    const response = await fetcher(url, { signal: controller.signal });
    if (!response.ok) return { ok: false, detail: `HTTP ${response.status}` };
    const style = (await response.json()) as Partial<StyleSpecification>;
    if (style.version !== 8 || typeof style.sources !== "object" || !Array.isArray(style.layers)) {
      return { ok: false, detail: "not a MapLibre style (version 8 with sources and layers)" };
    }
    return { ok: true, style: style as StyleSpecification };
  } catch (error) {
    const aborted = error instanceof DOMException && error.name === "AbortError";
    return {
      ok: false,
      detail: aborted ? `no answer in ${timeoutSeconds} s` : String((error as Error).message ?? error),
    };
  } finally {
    clearTimeout(timer);
  }
}
