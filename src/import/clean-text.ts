// Text from a user's file, made safe to show and store: control characters removed (they can hide
// text or break a line in a list) and length capped. The UI still shows it as text, never as markup.

// 200 characters: longer than any real place name, short enough for a list row.
const MAX_NAME_CHARACTERS = 200;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

// C0 and C1 control characters, and the bidirectional overrides that can make a name read backwards.
function isControl(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

function withoutControls(text: string, keepLineBreaks: boolean): string {
  let result = "";
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    const kept = keepLineBreaks && (code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN);
    if (kept || !isControl(code)) result += character;
  }
  return result;
}

export function cleanName(text: string): string {
  return withoutControls(text, false).trim().slice(0, MAX_NAME_CHARACTERS);
}

// Property values keep their tabs and line breaks (a description may have several lines). Most
// values have no control character at all, so they are returned as they are without copying.
export function cleanValue(text: string): string {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isControl(code) && code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN)
      return withoutControls(text, true);
  }
  return text;
}
