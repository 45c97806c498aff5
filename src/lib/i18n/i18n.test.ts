import { describe, expect, it } from "vitest";
import { i18n } from "./i18n";

describe("i18n", () => {
  it("keeps a namespace a feature added before the app's strings were set up, and follows later ones", () => {
    // A feature module can load before setup (in a unit test) or long after it (a lazy route).
    i18n.addNamespace("stats", { en: { pageTitle: "Overview" }, zh: { pageTitle: "概览" } });
    i18n.init({
      resources: { en: { common: { appName: "Paper Explorer" } }, zh: {} },
      language: "zh",
      fallbackLanguage: "en",
    });
    expect(i18n.getFixedT("zh", "stats")("pageTitle")).toBe("概览");
    expect(i18n.getFixedT("zh", "common")("appName")).toBe("Paper Explorer");

    const before = i18n.getFixedT("en", "detail");
    const revision = i18n.revision;
    i18n.addNamespace("detail", { en: { close: "Close" }, zh: { close: "关闭" } });
    // A new `t` for that namespace, and a new revision, so components using it re-render.
    expect(i18n.revision).toBeGreaterThan(revision);
    expect(i18n.getFixedT("en", "detail")).not.toBe(before);
    expect(i18n.getFixedT("en", "detail")("close")).toBe("Close");
  });
});
