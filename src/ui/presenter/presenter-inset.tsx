// The locator inset: a small drawn overview (state/presenter/presenter-inset-drawing.ts) in the corner the caption does not
// use, showing the whole of each line the slide is about, Jiaxing's outline and name, and where the big
// map looks (the dashed frame).
import type { InsetDrawing } from "../../image-export/inset-drawing";
import { useText } from "../shell/text-context";

export function PresenterInset({ drawing }: { drawing: InsetDrawing }) {
  const { t } = useText();
  const { size } = drawing;
  return (
    <figure className="presenter-inset">
      <svg viewBox={`0 0 ${size} ${size}`} role="img" aria-label={t("presenterInset")}>
        <rect width={size} height={size} fill={drawing.background} />
        {drawing.paths.map((path, index) => (
          <path
            // biome-ignore lint/suspicious/noArrayIndexKey: the drawing is replaced whole, never reordered
            key={index}
            d={path.d}
            fill={path.fill ?? "none"}
            fillOpacity={path.fillOpacity}
            stroke={path.stroke}
            strokeWidth={path.width}
            strokeDasharray={path.dash?.join(" ")}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        ))}
        {drawing.labels.map((label) => (
          <text
            key={label.text}
            x={label.x}
            y={label.y}
            fontSize={label.size}
            fontWeight={700}
            fill={label.colour}
            stroke={label.halo}
            strokeWidth={label.size / 4}
            paintOrder="stroke"
            textAnchor="middle"
            dominantBaseline="middle"
          >
            {label.text}
          </text>
        ))}
      </svg>
      <figcaption>{t("presenterInsetCaption")}</figcaption>
    </figure>
  );
}
