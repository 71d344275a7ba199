// Where the presentation's panels lie on a screen of a given size, as ui/presenter/presenter-overlay.css
// lays them out (sizes in vh and vw, so a 16:9 screen of any resolution gets the same layout, scaled).
// The app frames with the boxes it measures (presenter-measure.ts); this model lets the framing of every
// slide be checked at any size without a browser. Text is measured with generous glyph widths, so a
// modelled panel is never smaller than the drawn one (a browser test holds them together at 1280×720).
import { wrapLines } from "../../image-export/export-slide-layout";
import type { OverlayBox, PresenterBoxes } from "../map-area/map-padding";

export interface OverlayContent {
  counter: string;
  title: string; // null-free: a tour with no slide draws no caption (leave title and caption empty)
  caption: string;
  legendTitle: string;
  legendRows: readonly string[]; // status names, then the highlight key
  controls: readonly string[]; // the buttons' labels, in order (arrows included)
  keys: string; // the key hint under the buttons
  insetNote: string | null; // the inset's note; null when the slide has no inset
}

// Glyph widths in em of the overlay's font (Noto Sans CJK SC), measured in Chromium and rounded up by
// about 4 %, so that a modelled line breaks no later than the drawn one: Chinese characters and the
// full-width quotes and dashes are square, Latin lower case averages 0.527 em, capitals 0.633, digits
// 0.555, a space 0.224.
function glyphWidth(character: string): number {
  if (/[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’…—–←→]/.test(character)) return 1;
  if (/[a-z]/.test(character)) return 0.55;
  if (/[A-Z]/.test(character)) return 0.66;
  if (/[0-9]/.test(character)) return 0.58;
  if (character === " ") return 0.24;
  return 0.36;
}

function textWidth(text: string, fontPixels: number, bold = false): number {
  let ems = 0;
  for (const character of text) ems += glyphWidth(character);
  return ems * fontPixels * (bold ? 1.06 : 1);
}

function lineCount(text: string, width: number, fontPixels: number, bold = false): number {
  if (text === "") return 0;
  return Math.max(1, wrapLines(text, width, (part) => textWidth(part, fontPixels, bold)).length);
}

const LINE_HEIGHT = 1.35; // .presenter's line-height

// MapLibre's scale bar and credits in the bottom-right corner, in CSS pixels: mostly fixed-size controls
// (the credits button, borders, MapLibre's own margins) around text of 1.4vh. Measured in Chromium:
// 78.6 px at 720 px high, 82.9 px at 1080; modelled a few pixels higher.
export function creditsHeight(height: number): number {
  return 72 + 1.3 * (height / 100);
}

// The room for text inside the caption panel: 62vw less its padding and the 0.9vh bar.
function captionTextRoom(width: number, height: number): number {
  return 0.62 * width - 0.044 * width - 0.009 * height;
}

// Caption type, in vh: 3vh (32 px at 1080) reads from the back of a room; a caption of more than four
// such lines (the longer English renderings) is set at 2.5vh, so it does not take the height the city
// needs: at 16:9 the city is framed by the height left above the caption.
export const CAPTION_TYPE_VH = 3;
export const LONG_CAPTION_TYPE_VH = 2.5;
const MOST_LINES_AT_FULL_SIZE = 4;

export function captionTypeVh(width: number, height: number, caption: string): number {
  const lines = lineCount(caption, captionTextRoom(width, height), (CAPTION_TYPE_VH * height) / 100);
  return lines > MOST_LINES_AT_FULL_SIZE ? LONG_CAPTION_TYPE_VH : CAPTION_TYPE_VH;
}

export function overlayBoxes(
  width: number,
  height: number,
  content: OverlayContent,
): Required<Omit<PresenterBoxes, "inset" | "frame">> & Pick<PresenterBoxes, "inset"> {
  const vh = height / 100;
  const vw = width / 100;
  const box = (left: number, top: number, right: number, bottom: number): OverlayBox => ({
    left,
    top,
    right,
    bottom,
  });

  // Counter: top right, 3.2vh bold, padding 0.8vh 1.4vw.
  const counterWidth = textWidth(content.counter, 3.2 * vh, true) + 2.8 * vw;
  const counter = box(
    width - 2 * vw - counterWidth,
    2.5 * vh,
    width - 2 * vw,
    2.5 * vh + 3.2 * vh * LINE_HEIGHT + 1.6 * vh,
  );

  // Legend: top 11vh, right 2vw, at most 22vw wide; a 5vh swatch and 0.8vw gap before each row's text.
  const legendFont = 2.6 * vh;
  const rowText = Math.max(...content.legendRows.map((row) => textWidth(row, legendFont)), 0);
  // 1vh more than the text and swatches need: the drawn legend measured up to 0.8vh wider.
  const legendWidth = Math.min(
    22 * vw,
    Math.max(textWidth(content.legendTitle, legendFont, true), 5 * vh + 0.8 * vw + rowText) + 2.8 * vw + vh,
  );
  const rowRoom = legendWidth - 2.8 * vw - 5 * vh - 0.8 * vw;
  const rowLines = content.legendRows.map((row) => lineCount(row, rowRoom, legendFont));
  const rowsHeight =
    rowLines.reduce((sum, lines) => sum + Math.max(lines * legendFont * LINE_HEIGHT, 2 * vh), 0) +
    Math.max(content.legendRows.length - 1, 0) * 0.5 * vh;
  const titleLines = lineCount(content.legendTitle, legendWidth - 2.8 * vw, legendFont, true);
  const legendHeight =
    1.6 * vh + titleLines * legendFont * LINE_HEIGHT + 0.8 * vh + rowsHeight + 0.5 * vh + 1.6 * vh;
  const legend = box(width - 2 * vw - legendWidth, 11 * vh, width - 2 * vw, 11 * vh + legendHeight);

  // Controls: bottom right on the credits, wrapping in at most 32vw; buttons 5vh high, 2vh type.
  const maxRow = 32 * vw - 2 * vh;
  const widths = content.controls.map((label) =>
    Math.max(5 * vh, textWidth(label, 2 * vh) + 2 * vw + 0.4 * vh),
  );
  let rows = 1;
  let rowWidth = 0;
  let widest = 0;
  for (const buttonWidth of widths) {
    const next = rowWidth === 0 ? buttonWidth : rowWidth + 0.8 * vh + buttonWidth;
    if (next > maxRow && rowWidth > 0) {
      rows += 1;
      widest = Math.max(widest, rowWidth);
      rowWidth = buttonWidth;
    } else rowWidth = next;
  }
  widest = Math.max(widest, rowWidth, textWidth(content.keys, 1.6 * vh));
  const controlsHeight = 2 * vh + rows * 5 * vh + (rows - 1) * 0.8 * vh + 0.8 * vh + 1.6 * vh * LINE_HEIGHT;
  const controlsBottom = height - creditsHeight(height) - 1.5 * vh;
  const controlsWidth = Math.min(32 * vw, widest + 2 * vh);
  const controls = box(
    width - 2 * vw - controlsWidth,
    controlsBottom - controlsHeight,
    width - 2 * vw,
    controlsBottom,
  );

  // Caption: bottom left, 62vw wide, padding 2.2vh 2.2vw 2.4vh and a 0.9vh bar; at most 40vh high.
  const textRoom = captionTextRoom(width, height);
  const captionFont = captionTypeVh(width, height, content.caption) * vh;
  const captionHeight = Math.min(
    40 * vh,
    2.2 * vh +
      lineCount(content.title, textRoom, 5 * vh, true) * 5 * vh * 1.15 +
      1 * vh +
      lineCount(content.caption, textRoom, captionFont) * captionFont * LINE_HEIGHT +
      2.4 * vh,
  );
  const caption = box(2.5 * vw, height - 3 * vh - captionHeight, 64.5 * vw, height - 3 * vh);

  // Inset: top left, 26vh wide with a 0.8vh padding; the square drawing, then its note in 1.5vh type.
  const inset =
    content.insetNote === null
      ? undefined
      : box(
          2.5 * vw,
          2.5 * vh,
          2.5 * vw + 26 * vh,
          // padding, the square drawing, the note's margin and lines, padding
          2.5 * vh +
            0.8 * vh +
            24.4 * vh +
            0.5 * vh +
            lineCount(content.insetNote, 24.4 * vh, 1.5 * vh) * 1.5 * vh * 1.25 +
            0.8 * vh,
        );
  return { counter, legend, controls, caption, ...(inset ? { inset } : {}) };
}
