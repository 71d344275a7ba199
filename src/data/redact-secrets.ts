// Keys never reach the screen or the console: a 天地图 key travels in its tile URLs (`tk=…`), and those
// URLs turn up in MapLibre's error messages and the basemap's failure detail. Every message the page
// shows passes through redactSecrets; keys the user typed are also hidden wherever else they appear.
const SECRET_PARAMETER = /([?&;](?:tk|key|token|access_token|api_key|apikey)=)[^&#\s"'<>)]+/gi;
export const HIDDEN = "***";

// Keys typed in this page (never stored): hidden verbatim too, e.g. inside an encoded URL.
const typedSecrets = new Set<string>();

export function rememberSecret(secret: string): void {
  if (secret.length >= 4) typedSecrets.add(secret);
}

export function redactSecrets(text: string): string {
  let redacted = text.replace(SECRET_PARAMETER, `$1${HIDDEN}`);
  for (const secret of typedSecrets) {
    redacted = redacted.replaceAll(secret, HIDDEN).replaceAll(encodeURIComponent(secret), HIDDEN);
  }
  return redacted;
}
