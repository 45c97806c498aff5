import { describe, expect, it } from "vitest";
import { translator } from "./translate";

const en = {
  title: "Papers",
  nested: { deep: { key: "Deep" } },
  greet: "Hello, {{name}}!",
  open_zero: "Filters",
  open_one: "Filters (1 active)",
  open_other: "Filters ({{count}} active)",
  only_en: "English only",
};
const zh = { title: "论文", greet: "你好，{{name}}！", open_zero: "筛选", open_other: "筛选（{{count}} 项）" };

describe("translator", () => {
  it("finds nested keys and fills {{slots}}, leaving unknown slots as written", () => {
    const { translate } = translator(en, en, "en");
    expect(translate("nested.deep.key")).toBe("Deep");
    expect(translate("greet", { name: "Ada" })).toBe("Hello, Ada!");
    expect(translate("greet")).toBe("Hello, {{name}}!");
  });

  it("chooses the plural form by count: _zero for 0 when there is one, then the language's category", () => {
    const english = translator(en, en, "en");
    expect(english.translate("open", { count: 0 })).toBe("Filters");
    expect(english.translate("open", { count: 1 })).toBe("Filters (1 active)");
    expect(english.translate("open", { count: 7 })).toBe("Filters (7 active)");
    // Chinese has one plural category ("other"), also for 1.
    const chinese = translator(zh, en, "zh");
    expect(chinese.translate("open", { count: 1 })).toBe("筛选（1 项）");
    expect(chinese.translate("open", { count: 0 })).toBe("筛选");
  });

  it("falls back to the fallback language's string, and shows the key when neither has it", () => {
    const { translate } = translator(zh, en, "zh");
    expect(translate("title")).toBe("论文");
    expect(translate("only_en")).toBe("English only");
    expect(translate("no.such.key")).toBe("no.such.key");
  });
});
