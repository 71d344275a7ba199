// @vitest-environment happy-dom
// The project list mounted with its props: a row per project, hover and activation handed up by id, the
// hovered and selected rows marked; and it draws again only when its own props change — a parent that
// re-renders for anything else (data arriving, the camera, a legend measured) leaves it alone, and a
// hover re-renders the rows it concerns, not the whole list. Renders are counted by the list's and
// each row's one call of the text hook.
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeProject } from "../../../tests/support/make-point-project";
import { indexFeature } from "../../filters/indexed-properties";
import * as textContext from "../shell/text-context";
import { ProjectList } from "./project-list";

vi.mock("../shell/text-context", async (original) => {
  const actual = await original<typeof import("../shell/text-context")>();
  return { ...actual, useText: vi.fn(actual.useText) };
});

afterEach(cleanup);

const projects = ["a", "b", "c", "d"].map((id) => indexFeature(makeProject({ id, name_zh: `项目${id}` })));
const noop = () => undefined;

// A parent that re-renders for something of its own (bump) or hands the list a new hover.
const controls = { bump: noop as () => void, hover: noop as (id: string | null) => void };
function Parent() {
  const [count, setCount] = useState(0);
  const [hovered, setHovered] = useState<string | null>(null);
  controls.bump = () => setCount((value) => value + 1);
  controls.hover = setHovered;
  return (
    <div data-count={count}>
      <ProjectList projects={projects} selectedId={null} hoveredId={hovered} onSelect={noop} onHover={noop} />
    </div>
  );
}

describe("the project list", () => {
  it("lists each project and hands up hover, leave and activation by id", () => {
    const onSelect = vi.fn();
    const onHover = vi.fn();
    render(
      <ProjectList projects={projects} selectedId="b" hoveredId="c" onSelect={onSelect} onHover={onHover} />,
    );
    const buttons = screen.getAllByRole("button");
    expect(buttons.map((button) => button.dataset.projectId)).toEqual(["a", "b", "c", "d"]);
    expect(buttons[1]?.getAttribute("aria-current")).toBe("true");
    expect(buttons[2]?.closest("li")?.className).toBe("is-hovered");
    fireEvent.mouseEnter(buttons[3] as HTMLElement);
    fireEvent.mouseLeave(buttons[3] as HTMLElement);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(onHover.mock.calls).toEqual([["d"], [null]]);
    expect(onSelect.mock.calls).toEqual([["a"]]);
  });

  it("draws again only for its own props: not for a parent's other renders, and a hover only its rows", () => {
    const renders = vi.mocked(textContext.useText);
    render(<Parent />);
    renders.mockClear();
    // Three renders of the parent for something else: nothing of the list draws again.
    for (let index = 0; index < 3; index++) act(() => controls.bump());
    expect(renders).toHaveBeenCalledTimes(0);
    // A hover: the list and the one row it marks.
    act(() => controls.hover("b"));
    expect(renders).toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole("listitem").map((item) => item.className)).toEqual(["", "is-hovered", "", ""]);
  });
});
