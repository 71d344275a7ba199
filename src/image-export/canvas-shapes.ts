// Shapes the exported image draws more than once: the rounded white panel behind text and the legend's
// status swatch (the map's two channels: a dashed line in the status colour and a filled or hollow dot).

import type { Box } from "./export-layout";
import type { LegendEntry } from "./export-types";

const FONT_FAMILY = '"Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
export const canvasFont = (size: number, weight = 400) => `${weight} ${size}px ${FONT_FAMILY}`;

export function panel(context: CanvasRenderingContext2D, box: Box, unit: number, colour: string): void {
  context.fillStyle = colour;
  context.beginPath();
  context.roundRect(box.x, box.y, box.width, box.height, 10 * unit);
  context.fill();
}

// The same two channels as the map: a dashed line in the status colour and a filled or hollow dot.
export function drawSwatch(
  context: CanvasRenderingContext2D,
  entry: LegendEntry,
  x: number,
  y: number,
  unit: number,
  markerStroke: string,
) {
  const lineWidth = 4 * unit;
  context.strokeStyle = entry.colour;
  context.lineWidth = lineWidth;
  context.setLineDash(entry.dash.map((value) => value * lineWidth));
  context.beginPath();
  context.moveTo(x, y);
  context.lineTo(x + 30 * unit, y);
  context.stroke();
  context.setLineDash([]);
  context.beginPath();
  context.arc(x + 42 * unit, y, 7 * unit, 0, 2 * Math.PI);
  context.fillStyle = entry.hollow ? markerStroke : entry.colour;
  context.fill();
  context.lineWidth = (entry.hollow ? 3 : 1.5) * unit;
  context.strokeStyle = entry.hollow ? entry.colour : markerStroke;
  context.stroke();
}
