import { describe, it } from "vitest";
import { setupApp } from "./support/browser";
import { expectEventually } from "./support/expect-eventually";

const app = setupApp();

describe("the Chinese interface", () => {
  it("uses Chinese punctuation in its own sentences", async () => {
    const page = await app.open("/", { locale: "zh-CN" });
    await expectEventually(page.getByRole("status").getByText("共 66 篇，显示 66 篇", { exact: true })).toBeVisible();
    await expectEventually(
      page.getByText("同一筛选项内任一选中值即可匹配（或）；不同筛选项须同时满足（且）。"),
    ).toBeVisible();
  });

  it("names tasks in Chinese in the detail pane and the comparison", async () => {
    const page = await app.open("/papers/multibooth", { locale: "zh-CN" });
    await page.getByRole("heading", { name: "MultiBooth", level: 2 }).waitFor();
    for (const task of ["个性化", "多概念生成", "文生图"]) {
      await expectEventually(
        page.getByRole("complementary").or(page.getByRole("main")).getByText(task, { exact: true }).first(),
      ).toBeVisible();
    }
    await page.goto(new URL("/compare?ids=multibooth,moa", page.url()).href);
    const tasks = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^任务/ }) });
    await expectEventually(tasks.getByText("个性化", { exact: false })).toHaveCount(2);
    await expectEventually(tasks.getByText("personalization", { exact: false })).toHaveCount(0);
  });
});
