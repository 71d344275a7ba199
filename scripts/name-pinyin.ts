// Pinyin for a Chinese name, for search by sound ("hanghai") and by initials ("hhcj"). Build time only:
// pinyin-pro's dictionary is far too large to ship; the app receives the finished strings.
import { pinyin } from "pinyin-pro";

export interface NamePinyin {
  // Lower case, no tones, no spaces; ü written v (lv), as on a keyboard. Latin letters and digits in the
  // name are kept (g524xiuzhou…); punctuation and anything else is left out.
  pinyin: string;
  initials: string;
  // One digit per code point of the name: how many characters of `pinyin` it produced.
  spans: string;
}

const LATIN_OR_DIGIT = /^[a-z0-9]$/;

export function namePinyin(name: string): NamePinyin {
  const characters = Array.from(name);
  // The whole name at once, so pinyin-pro can read polyphones from their words (长三角 is chang, not zhang).
  const syllables = pinyin(name, { toneType: "none", type: "all", v: true });
  // pinyin-pro answers one item per code point; should a version ever group them, read each alone.
  const aligned =
    syllables.length === characters.length &&
    syllables.every((syllable, index) => syllable.origin === characters[index]);
  let result = "";
  let initials = "";
  let spans = "";
  characters.forEach((character, index) => {
    const item = aligned
      ? syllables[index]
      : pinyin(character, { toneType: "none", type: "all", v: true })[0];
    const spelled = item?.isZh ? item.pinyin.toLowerCase() : latinOrDigit(character);
    // A syllable is at most six letters (zhuang), so one digit always holds its length.
    const sound = /^[a-z0-9]{1,9}$/.test(spelled) ? spelled : "";
    result += sound;
    initials += sound.slice(0, 1);
    spans += String(sound.length);
  });
  return { pinyin: result, initials, spans };
}

function latinOrDigit(character: string): string {
  const folded = character.normalize("NFKC").toLowerCase();
  return LATIN_OR_DIGIT.test(folded) ? folded : "";
}
