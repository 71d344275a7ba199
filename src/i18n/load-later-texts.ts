// Fetches the on-demand features' texts (texts/later.ts) once; the app asks at start and each on-demand
// part waits for them before it draws. A failed fetch is tried again by the next call.
import { registerTexts } from "./messages";

let loading: Promise<void> | null = null;

export function loadLaterTexts(): Promise<void> {
  loading ??= import("./texts/later").then(
    (module) => registerTexts(module.laterTexts),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Runs `load` once the later texts are in. Texts that could not be had fail the part like its own file
 * would: a part drawn without them shows empty labels, while a failed part says what failed and its
 * Retry asks for the texts again.
 */
export function withLaterTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([loadLaterTexts(), load()]).then(([, loaded]) => loaded);
}
