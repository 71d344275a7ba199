// @vitest-environment happy-dom
// A component test: the row mounted with its props in a DOM, used as a person would (by role and name).
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, expect, it, vi } from "vitest";
import { ToggleRow } from "./toggle-row";

afterEach(cleanup);

it("is a labelled checkbox that shows its count and reports the new state when pressed", async () => {
  const onChange = vi.fn();
  render(<ToggleRow checked={false} onChange={onChange} label="枢纽嘉兴" count={12} />);
  const box = screen.getByRole("checkbox", { name: /枢纽嘉兴/ });
  expect((box as HTMLInputElement).checked).toBe(false);
  expect(screen.getByText("12")).toBeTruthy();
  expect(box.closest("label")?.className).toContain("is-off");
  await userEvent.click(box);
  expect(onChange).toHaveBeenCalledWith(true);
});
