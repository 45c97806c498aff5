// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { mayRun, widgetOwnsKeys } from "./key-guard";
import { shortcutById } from "./shortcuts";

function element(html: string, selector: string): Element {
  const host = document.createElement("div");
  host.append(document.createRange().createContextualFragment(html));
  document.body.append(host);
  const found = host.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

const press = (target: EventTarget | null, more: { defaultPrevented?: boolean; isComposing?: boolean } = {}) => ({
  target,
  defaultPrevented: false,
  isComposing: false,
  ...more,
});

describe("widgetOwnsKeys", () => {
  it("is true in text fields, editable content and inside widgets with their own keys", () => {
    expect(widgetOwnsKeys(element("<input />", "input"))).toBe(true);
    expect(widgetOwnsKeys(element("<input type='checkbox' />", "input"))).toBe(true);
    expect(widgetOwnsKeys(element("<textarea></textarea>", "textarea"))).toBe(true);
    expect(widgetOwnsKeys(element("<select><option>a</option></select>", "select"))).toBe(true);
    expect(widgetOwnsKeys(element("<div contenteditable='true'><b>x</b></div>", "b"))).toBe(true);
    for (const role of ["menu", "listbox", "dialog", "grid", "slider", "tablist", "radiogroup"]) {
      expect(widgetOwnsKeys(element(`<div role='${role}'><button>a</button></div>`, "button")), role).toBe(true);
    }
  });

  it("is false on buttons, links, table rows and the page itself", () => {
    expect(widgetOwnsKeys(element("<button>Next</button>", "button"))).toBe(false);
    expect(widgetOwnsKeys(element("<a href='/'>x</a>", "a"))).toBe(false);
    expect(widgetOwnsKeys(element("<table><tbody><tr tabindex='0'><td>x</td></tr></tbody></table>", "tr"))).toBe(false);
    expect(widgetOwnsKeys(element("<div contenteditable='false'>x</div>", "div"))).toBe(false);
    expect(widgetOwnsKeys(document.body)).toBe(false);
    expect(widgetOwnsKeys(null)).toBe(false);
  });
});

describe("mayRun", () => {
  const input = () => element("<input />", "input");

  it("stands back for a key another handler used or one inside an IME composition", () => {
    for (const id of ["palette", "help", "row-open", "pane-next"] as const) {
      expect(mayRun(shortcutById(id), press(document.body, { defaultPrevented: true }))).toBe(false);
      expect(mayRun(shortcutById(id), press(document.body, { isComposing: true }))).toBe(false);
    }
  });

  it("keeps page-wide single keys out of widgets, but not modifier combinations", () => {
    expect(mayRun(shortcutById("help"), press(document.body))).toBe(true);
    expect(mayRun(shortcutById("help"), press(input()))).toBe(false);
    expect(mayRun(shortcutById("pane-close"), press(element("<div role='menu'><a>x</a></div>", "a")))).toBe(false);
    expect(mayRun(shortcutById("palette"), press(input()))).toBe(true);
  });

  it("lets a widget's own keys run in that widget", () => {
    expect(mayRun(shortcutById("result-open"), press(input()))).toBe(true);
  });
});
