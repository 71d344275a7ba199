// The exported slide, laid out as on screen (export-slide-layout.ts): the caption panel with the slide's
// title and the plan's words wrapped, the locator inset, the status legend with the highlight key, and
// the scale bar, credits and date in the column beside the caption.
import { drawSwatch, canvasFont as font, panel } from "./canvas-shapes";
import { scaleBar } from "./export-layout";
import { slideLayout, wrapLines } from "./export-slide-layout";
import type { ExportDecorations, MapSnapshot, SlideDecorations } from "./export-types";
import { drawInset } from "./inset-drawing";

export function composeSlide(
  context: CanvasRenderingContext2D,
  snapshot: MapSnapshot,
  decorations: ExportDecorations,
  slide: SlideDecorations,
): void {
  const { width, height } = snapshot.canvas;
  const vh = height / 100;
  const { ink, panel: panelColour, markerStroke, highlight } = decorations.colours;
  // Caption: sizes as ui/presenter/presenter-overlay.css (title 5vh, caption 3vh, app title 2vh).
  const titleFont = 5 * vh;
  const captionFont = 3 * vh;
  const smallFont = 2 * vh;
  const probe = slideLayout(width, height, 0);
  context.font = font(captionFont);
  const lines = wrapLines(slide.caption, probe.captionWidthInside, (text) => context.measureText(text).width);
  const captionHeight =
    2.2 * vh + smallFont * 1.4 + titleFont * 1.2 + lines.length * captionFont * 1.35 + 2.4 * vh;
  const layout = slideLayout(width, height, captionHeight);
  const { caption } = layout;
  panel(context, caption, layout.unit, panelColour);
  context.fillStyle = highlight;
  context.fillRect(caption.x, caption.y + 10 * layout.unit, 0.9 * vh, caption.height - 20 * layout.unit);
  const textX = caption.x + 2.2 * (width / 100);
  let y = caption.y + 2.2 * vh;
  context.fillStyle = ink;
  context.textBaseline = "top";
  context.textAlign = "left";
  context.font = font(smallFont);
  const heading = [decorations.title, slide.position, decorations.date].filter(Boolean).join(" · ");
  context.fillText(heading, textX, y, layout.captionWidthInside);
  y += smallFont * 1.4;
  context.font = font(titleFont, 700);
  context.fillText(slide.title, textX, y, layout.captionWidthInside);
  y += titleFont * 1.2;
  context.font = font(captionFont);
  for (const line of lines) {
    context.fillText(line, textX, y);
    y += captionFont * 1.35;
  }

  if (slide.inset) {
    panel(context, layout.insetPanel, layout.unit, panelColour);
    drawInset(context, slide.inset, { x: layout.inset.x, y: layout.inset.y, side: layout.inset.width }, font);
    context.fillStyle = ink;
    context.textAlign = "left";
    context.textBaseline = "top";
    context.font = font(1.5 * vh);
    context.fillText(
      slide.insetNote,
      layout.inset.x,
      layout.inset.y + layout.inset.height + 0.6 * vh,
      layout.inset.width,
    );
  }

  // Legend: top right, 2.6vh type, a swatch per status and the highlight key as on screen.
  const legendFont = 2.6 * vh;
  const row = legendFont * 1.5;
  const entries = decorations.legend;
  context.font = font(legendFont);
  const labels = [decorations.legendTitle, ...entries.map((entry) => entry.label), slide.focusKey ?? ""];
  const textWidth = Math.max(...labels.map((label) => context.measureText(label).width));
  const swatch = 8 * vh; // the swatch drawn at 1.4 units: a 30-unit line and a dot ending at 49 units
  const legendWidth = swatch + textWidth + 3 * vh;
  const rows = 1 + entries.length + (slide.focusKey ? 1 : 0);
  const legend = {
    x: width - 2 * (width / 100) - legendWidth,
    y: 11 * vh,
    width: legendWidth,
    height: rows * row + 3 * vh,
  };
  panel(context, legend, layout.unit, panelColour);
  const left = legend.x + 1.5 * vh;
  const rowY = (index: number) => legend.y + 1.5 * vh + (index + 0.5) * row;
  context.fillStyle = ink;
  context.textBaseline = "middle";
  context.font = font(legendFont, 700);
  context.fillText(decorations.legendTitle, left, rowY(0));
  context.font = font(legendFont);
  entries.forEach((entry, index) => {
    drawSwatch(context, entry, left, rowY(index + 1), 1.4 * layout.unit, markerStroke);
    context.fillStyle = ink;
    context.fillText(entry.label, left + swatch, rowY(index + 1));
  });
  if (slide.focusKey) {
    const keyY = rowY(entries.length + 1);
    context.strokeStyle = highlight;
    context.lineWidth = 0.45 * vh;
    context.strokeRect(left, keyY - vh, 5 * vh, 2 * vh);
    context.fillStyle = ink;
    context.fillText(slide.focusKey, left + swatch, keyY);
  }

  // Scale bar above the credits and date, right-aligned in the column beside the caption.
  const { side } = layout;
  const creditsFont = 1.4 * vh;
  context.font = font(creditsFont);
  const credits = wrapLines(
    decorations.credits,
    side.width - 2 * vh,
    (text) => context.measureText(text).width,
  );
  const creditLines = [decorations.date, ...credits];
  const bar = scaleBar(snapshot.metresPerPixel, Math.min(side.width / 2, 320 * layout.unit));
  const blockHeight = creditLines.length * creditsFont * 1.4 + 2 * vh + 4.5 * vh;
  const block = { x: side.x, y: height - 2 * vh - blockHeight, width: side.width, height: blockHeight };
  panel(context, block, layout.unit, panelColour);
  const right = block.x + block.width - vh;
  context.fillStyle = ink;
  context.textAlign = "right";
  context.textBaseline = "top";
  context.font = font(2 * vh);
  context.fillText(bar.label, right, block.y + vh);
  context.fillRect(right - bar.widthPixels, block.y + 3.5 * vh, bar.widthPixels, 0.8 * vh);
  context.font = font(creditsFont);
  creditLines.forEach((line, index) => {
    context.fillText(line, right, block.y + 5.5 * vh + index * creditsFont * 1.4);
  });
  context.textAlign = "left";
}
