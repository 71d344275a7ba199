// Checked before MapLibre is even downloaded, so a browser without WebGL gets an explanation at once
// and the project list and details keep working without the map.
export function hasWebGl(): boolean {
  try {
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    return context !== null;
  } catch {
    return false;
  }
}
