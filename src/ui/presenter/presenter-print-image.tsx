// The composed map image the printed page shows in place of the live WebGL canvas (see print.css and
// usePrintImage); empty and hidden on screen.
import type { RefObject } from "react";
import "./print.css";

export function PresenterPrintImage({
  image,
  label,
}: {
  image: RefObject<HTMLImageElement | null>;
  label: string;
}) {
  return <img ref={image} className="print-image" alt={label} />;
}
