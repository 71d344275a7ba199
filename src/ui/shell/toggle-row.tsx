// One checkbox row of the filter panel: symbol, name and how many projects it would show.
import type { ReactNode } from "react";

interface ToggleRowProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  count: number;
  symbol?: ReactNode;
}

export function ToggleRow({ checked, onChange, label, count, symbol }: ToggleRowProps) {
  return (
    <label className={`toggle-row${checked ? "" : " is-off"}`}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {symbol}
      <span className="toggle-label">{label}</span>
      <span className="toggle-count">{count}</span>
    </label>
  );
}
