// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { paneKeyAction } from "./pane-keys";

type Modifiers = Partial<Record<"altKey" | "ctrlKey" | "metaKey" | "shiftKey" | "defaultPrevented", boolean>>;

function press(key: string, target: EventTarget | null = document.body, modifiers: Modifiers = {}) {
  return paneKeyAction({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    defaultPrevented: false,
    isComposing: false,
    target,
    ...modifiers,
  });
}

function element(html: string, selector: string): Element {
  const host = document.createElement("div");
  host.innerHTML = html;
  document.body.append(host);
  const found = host.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

describe("paneKeyAction", () => {
  it("maps j, k, the left and right arrows and Escape", () => {
    expect(press("j")).toBe("next");
    expect(press("ArrowRight")).toBe("next");
    expect(press("k")).toBe("previous");
    expect(press("ArrowLeft")).toBe("previous");
    expect(press("Escape")).toBe("close");
  });

  it("leaves other keys alone, including up and down which scroll", () => {
    for (const key of ["ArrowDown", "ArrowUp", "J", "x", "Enter", " "]) expect(press(key)).toBeNull();
  });

  it("never fires with a modifier held", () => {
    for (const modifier of ["altKey", "ctrlKey", "metaKey", "shiftKey"] as const) {
      expect(press("j", document.body, { [modifier]: true })).toBeNull();
    }
  });

  it("never fires while typing or inside widgets that own these keys", () => {
    expect(press("j", element("<input />", "input"))).toBeNull();
    expect(press("Escape", element("<textarea></textarea>", "textarea"))).toBeNull();
    expect(press("k", element("<select><option>a</option></select>", "select"))).toBeNull();
    expect(press("j", element("<div contenteditable='true'>x</div>", "div"))).toBeNull();
    expect(press("Escape", element("<div role='menu'><button>a</button></div>", "button"))).toBeNull();
    expect(
      press("ArrowRight", element("<div role='tablist'><button role='tab'>a</button></div>", "button")),
    ).toBeNull();
  });

  it("fires from buttons and links outside such widgets", () => {
    expect(press("j", element("<button>Next</button>", "button"))).toBe("next");
    expect(press("Escape", element("<a href='/'>x</a>", "a"))).toBe("close");
  });

  it("stands back when another handler already used the key", () => {
    expect(press("j", document.body, { defaultPrevented: true })).toBeNull();
  });
});
