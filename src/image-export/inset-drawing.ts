// The locator inset as a small vector drawing: made once per slide (state/presenter/presenter-inset-drawing.ts), shown on
// screen as SVG (ui/presenter/presenter-inset.tsx) and drawn into the exported PNG from the same paths (Path2D
// reads SVG path data), so the image shows the inset exactly as the room saw it.

export interface DrawingPath {
  d: string; // SVG path data in the drawing's square of `size` units
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  width?: number; // stroke width, drawing units
  dash?: readonly number[]; // drawing units
}

export interface DrawingLabel {
  x: number;
  y: number;
  text: string;
  size: number; // font size, drawing units
  colour: string;
  halo: string;
}

export interface InsetDrawing {
  size: number; // the drawing is a square of this many units a side
  background: string;
  paths: DrawingPath[];
  labels: DrawingLabel[];
}

/** Draws the inset into a square box of a 2D canvas; `font` maps a pixel size to a CSS font. */
export function drawInset(
  context: CanvasRenderingContext2D,
  drawing: InsetDrawing,
  box: { x: number; y: number; side: number },
  font: (size: number, weight?: number) => string,
): void {
  const scale = box.side / drawing.size;
  context.save();
  context.beginPath();
  context.rect(box.x, box.y, box.side, box.side);
  context.clip();
  context.fillStyle = drawing.background;
  context.fillRect(box.x, box.y, box.side, box.side);
  context.translate(box.x, box.y);
  context.scale(scale, scale);
  context.lineJoin = "round";
  context.lineCap = "round";
  for (const path of drawing.paths) {
    const shape = new Path2D(path.d);
    if (path.fill) {
      context.globalAlpha = path.fillOpacity ?? 1;
      context.fillStyle = path.fill;
      context.fill(shape);
      context.globalAlpha = 1;
    }
    if (path.stroke) {
      context.strokeStyle = path.stroke;
      context.lineWidth = path.width ?? 1;
      context.setLineDash(path.dash ? [...path.dash] : []);
      context.stroke(shape);
    }
  }
  context.setLineDash([]);
  context.textAlign = "center";
  context.textBaseline = "middle";
  for (const label of drawing.labels) {
    context.font = font(label.size, 700);
    context.lineWidth = label.size / 4;
    context.strokeStyle = label.halo;
    context.strokeText(label.text, label.x, label.y);
    context.fillStyle = label.colour;
    context.fillText(label.text, label.x, label.y);
  }
  context.restore();
}
