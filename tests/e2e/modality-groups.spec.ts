import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import bundled from "../../data/2024-04.json";
import { setupApp } from "./support/browser";
import { eventually, expectEventually, expectPage } from "./support/expect-eventually";

const app = setupApp();

const AUDIO = ["audio", "speech", "music"];
const withAny = (values: readonly string[]) =>
  bundled.papers.filter((paper) => paper.modalities.some((modality) => values.includes(modality))).length;

const count = (page: Page, shown: number) =>
  page.getByRole("status").getByText(`${shown} of ${bundled.papers.length} papers`, { exact: true });

describe("modality groups", () => {
  it("chooses audio, speech and music with one click on “All audio”, and shows a partial choice as mixed", async () => {
    const page = await app.open("/");
    const group = page.getByRole("group", { name: "All audio (audio, speech, music)" });
    const all = group.getByRole("checkbox", { name: "All audio (audio, speech, music)" });
    const member = (name: string) => group.getByRole("checkbox", { name: new RegExp(`^${name}, \\d+ papers?$`) });
    const mixed = () => all.evaluate((input) => (input as HTMLInputElement).indeterminate);

    await all.check();
    await expectPage(page).toHaveParam("modality", "audio,speech,music");
    await count(page, withAny(AUDIO)).waitFor();
    for (const name of ["Audio", "Speech", "Music"]) await expectEventually(member(name)).toBeChecked();
    // The point of the group: more papers than those filed as "audio" alone.
    expect(withAny(["audio"])).toBeLessThan(withAny(AUDIO));

    await member("Speech").uncheck();
    await expectPage(page).toHaveParam("modality", "audio,music");
    await count(page, withAny(["audio", "music"])).waitFor();
    await expectEventually(all).toBeChecked({ checked: false });
    await eventually("group checkbox mixed", mixed).toBe(true);

    // From a partial choice, the group chooses the rest.
    await all.check();
    await expectPage(page).toHaveParam("modality", "audio,music,speech");
    await eventually("group checkbox mixed", mixed).toBe(false);
    await all.uncheck();
    await expectPage(page).toHaveParam("modality", null);
    await count(page, bundled.papers.length).waitFor();
  });

  it("reads the group from the URL and names it in Chinese", async () => {
    const page = await app.open("/?modality=speech,music,audio", { locale: "zh-CN" });
    const all = page.getByRole("checkbox", { name: "全部音频（音频、语音、音乐）" });
    await expectEventually(all).toBeChecked();
  });
});
