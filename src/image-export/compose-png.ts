// Draws the exported image on a 2D canvas: the map as rendered, then a title, a legend, a scale bar, the
// credits and the date on white panels, so the image stands alone when pasted into a slide deck.
import { canvasFont, drawSwatch, panel } from "./canvas-shapes";
import { composeSlide } from "./compose-slide";
import { type Box, exportLayout, scaleBar } from "./export-layout";
import type { ExportDecorations, MapSnapshot } from "./export-types";

export function composeMapImage(snapshot: MapSnapshot, decorations: ExportDecorations): HTMLCanvasElement {
  const { width, height } = snapshot.canvas;
  const output = document.createElement("canvas");
  output.width = width;
  output.height = height;
  const context = output.getContext("2d");
  if (!context) throw new Error("this browser cannot draw on a 2D canvas");
  context.drawImage(snapshot.canvas, 0, 0);
  if (decorations.slide) {
    composeSlide(context, snapshot, decorations, decorations.slide);
    return output;
  }
  const font = canvasFont;

  const legendTexts = [decorations.legendTitle, ...decorations.legend.map((entry) => entry.label)];
  context.font = font(24);
  const textWidth = Math.max(...legendTexts.map((text) => context.measureText(text).width));
  const layout = exportLayout(width, height, legendTexts.length, textWidth);
  const padding = 16 * layout.unit;

  panel(context, layout.title, layout.unit, decorations.colours.panel);
  context.fillStyle = decorations.colours.ink;
  context.textBaseline = "top";
  context.font = font(layout.titleFont, 700);
  const textX = layout.title.x + padding;
  const maxText = layout.title.width - 2 * padding;
  context.fillText(decorations.title, textX, layout.title.y + padding, maxText);
  context.font = font(layout.subtitleFont);
  context.fillText(decorations.subtitle, textX, layout.title.y + padding + layout.titleFont * 1.3, maxText);

  panel(context, layout.legend, layout.unit, decorations.colours.panel);
  context.fillStyle = decorations.colours.ink;
  context.font = font(layout.legendFont, 700);
  context.textBaseline = "middle";
  const rowY = (row: number) => layout.legend.y + padding + (row + 0.5) * layout.legendRow;
  context.fillText(decorations.legendTitle, layout.legend.x + padding, rowY(0));
  context.font = font(layout.legendFont);
  decorations.legend.forEach((entry, index) => {
    const y = rowY(index + 1);
    drawSwatch(context, entry, layout.legend.x + padding, y, layout.unit, decorations.colours.markerStroke);
    context.fillStyle = decorations.colours.ink;
    context.fillText(entry.label, layout.legend.x + padding + 56 * layout.unit, y);
  });

  const bar = scaleBar(snapshot.metresPerPixel, layout.scaleBar.width);
  const scaleBox: Box = {
    x: layout.scaleBar.x - padding,
    y: layout.scaleBar.y - layout.scaleFont * 1.4 - padding,
    width: bar.widthPixels + 2 * padding,
    height: layout.scaleBar.height + layout.scaleFont * 1.4 + 2 * padding,
  };
  panel(context, scaleBox, layout.unit, decorations.colours.panel);
  context.fillStyle = decorations.colours.ink;
  context.font = font(layout.scaleFont);
  context.textBaseline = "bottom";
  context.fillText(bar.label, layout.scaleBar.x, layout.scaleBar.y - 4 * layout.unit);
  context.fillRect(layout.scaleBar.x, layout.scaleBar.y, bar.widthPixels, layout.scaleBar.height);

  context.font = font(layout.creditsFont);
  const lines = [decorations.date, decorations.credits];
  const creditsWidth = Math.min(
    layout.credits.width,
    Math.max(...lines.map((line) => context.measureText(line).width)),
  );
  const creditsBox: Box = {
    x: layout.credits.x + layout.credits.width - creditsWidth - 2 * padding,
    y: layout.credits.y,
    width: creditsWidth + 2 * padding,
    height: layout.credits.height,
  };
  panel(context, creditsBox, layout.unit, decorations.colours.panel);
  context.fillStyle = decorations.colours.ink;
  context.textAlign = "right";
  context.textBaseline = "top";
  lines.forEach((line, index) => {
    const y = creditsBox.y + padding + index * layout.creditsFont * 1.5;
    context.fillText(line, creditsBox.x + creditsBox.width - padding, y, creditsWidth);
  });
  return output;
}
