// Where the exported slide puts its panels, as on screen (ui/presenter/presenter-overlay.css, in vh and vw of the image):
// the caption bottom left, the inset top left, the legend top right, the scale bar and credits bottom
// right beside the caption. Pure, with the line breaking, so both are unit tested.
import type { Box } from "./export-layout";

export interface SlideLayout {
  unit: number; // image pixels per pixel of a 1080-pixel-high screen
  caption: Box;
  captionWidthInside: number; // room for text inside the caption panel
  inset: Box; // the square drawing; its note sits under it, inside the panel
  insetPanel: Box;
  side: Box; // the column right of the caption: scale bar above the credits
}

export function slideLayout(width: number, height: number, captionHeight: number): SlideLayout {
  const vh = height / 100;
  const vw = width / 100;
  const unit = height / 1080;
  const captionWidth = 62 * vw;
  const caption: Box = {
    x: 2.5 * vw,
    y: height - 3 * vh - captionHeight,
    width: captionWidth,
    height: captionHeight,
  };
  const side = 26 * vh;
  const pad = 0.8 * vh;
  const inset: Box = { x: 2.5 * vw + pad, y: 2.5 * vh + pad, width: side - 2 * pad, height: side - 2 * pad };
  const insetPanel: Box = { x: 2.5 * vw, y: 2.5 * vh, width: side, height: side + 2.4 * vh };
  const sideX = caption.x + caption.width + 2 * vw;
  return {
    unit,
    caption,
    captionWidthInside: captionWidth - 4.4 * vw,
    inset,
    insetPanel,
    side: { x: sideX, y: height * 0.6, width: width - sideX - 2 * vw, height: height * 0.4 - 2 * vh },
  };
}

/**
 * Breaks text into lines no wider than maxWidth: Chinese between any two characters, other scripts at
 * spaces; closing punctuation never starts a line (it stays with the word before, as in print).
 */
export function wrapLines(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…]|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…]+\s*|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const closing = /^[，。、；：！？）》」』”’…,.;:!?)]/.test(token);
    if (line !== "" && !closing && measure((line + token).trimEnd()) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}
