// One thing wrong with a project file, in words a data editor can act on. The CLI prints one per line and
// the app lists them in the page, both through formatProblem, so the two always read the same.
export interface Problem {
  file: string;
  // properties.id when the feature has a usable one; null for problems with the file or collection, or
  // for a feature without an id (the message then says which feature, by its position in the file).
  featureId: string | null;
  // The property or member at fault ("pillar", "geometry", "id"…), or "json" / "file" for the file itself.
  field: string;
  message: string;
}

export function problem(file: string, featureId: string | null, field: string, message: string): Problem {
  return { file, featureId, field, message };
}

/** `file: feature id: field: what is wrong`, with "-" for a missing feature id. */
export function formatProblem(found: Problem): string {
  return `${found.file}: ${found.featureId ?? "-"}: ${found.field}: ${found.message}`;
}

/** A value as it appears in the file, for messages: strings quoted, everything else as JSON. */
export function shown(value: unknown): string {
  if (value === undefined) return "undefined";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * What one check found, before the validator knows the file and feature it belongs to. A blocking
 * finding keeps the feature off the map; a non-blocking one (an unknown extra property, a foreign member
 * on the collection) is reported but leaves an otherwise sound feature in place.
 */
export interface Finding {
  field: string;
  message: string;
  blocking: boolean;
}

export function finding(field: string, message: string, blocking = true): Finding {
  return { field, message, blocking };
}
