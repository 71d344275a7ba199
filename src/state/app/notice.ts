// A notice is data: what kind, which message (a key of src/i18n/messages.ts and its values), and an
// optional list of details and an action. One component (ui/shell/notice-list.tsx) renders every notice.
import { redactSecrets } from "../../data/redact-secrets";
import type { MessageKey } from "../../i18n/messages";

export interface Notice {
  id: string;
  tone: "info" | "warning" | "error";
  message: MessageKey;
  values?: Record<string, string | number>;
  // Values that are texts of the interface themselves (a part's name), translated as the notice shows.
  valueKeys?: Record<string, MessageKey>;
  // Lines listed under the message, already in words (e.g. formatted data problems). `more` counts
  // the lines left out of a capped list.
  details?: { lines: string[]; more: number };
  action?: { label: MessageKey; run: () => void };
}

// A part of the page whose code or file could not be fetched: it names the part and the file at fault,
// and its Retry fetches again.
export function failureNotice(id: string, part: MessageKey, detail: string, retry: () => void): Notice {
  return {
    id,
    tone: "error",
    message: "partFailed",
    values: { detail },
    valueKeys: { part },
    action: { label: "retry", run: retry },
  };
}

// Echoed user input (a link parameter, a file name) is cut to this many characters and always shown
// in quotes, so a long or official-sounding value cannot pass for the page's own sentence.
export const ECHO_LIMIT = 40;
export const DETAIL_LIMIT = 10; // lines listed in the page; the CLI lists them all

// Control characters and bidirectional marks could reorder or hide what follows them.
const HIDDEN_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

export function echo(input: string): string {
  const characters = [...input.replace(HIDDEN_CHARACTERS, "")];
  const cut =
    characters.length > ECHO_LIMIT ? `${characters.slice(0, ECHO_LIMIT).join("")}…` : characters.join("");
  return `“${cut}”`;
}

export function cappedDetails(lines: readonly string[], limit = DETAIL_LIMIT): Notice["details"] {
  return { lines: lines.slice(0, limit), more: Math.max(0, lines.length - limit) };
}

// Every notice passes through here on its way to the page: a key in a URL or a typed key never shows.
export function withoutSecrets(notice: Notice): Notice {
  const values = notice.values
    ? Object.fromEntries(
        Object.entries(notice.values).map(([name, value]) => [
          name,
          typeof value === "string" ? redactSecrets(value) : value,
        ]),
      )
    : undefined;
  const details = notice.details
    ? { ...notice.details, lines: notice.details.lines.map(redactSecrets) }
    : undefined;
  return { ...notice, ...(values ? { values } : {}), ...(details ? { details } : {}) };
}
