import { describe, expect, it } from "vitest";
import { baseUrl, setupApp } from "./support/browser";
import { eventually } from "./support/expect-eventually";
import { fixture } from "./support/test-datasets";

const app = setupApp();

describe("content security policy", () => {
  it("ships a strict policy in the built page", async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(html)?.[1]
      ?.replaceAll("&#39;", "'");
    expect(policy).toBeDefined();
    const directives = new Map(
      policy?.split(";").map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values.join(" ")] as const;
      }),
    );
    expect(directives.get("script-src")).toBe("'self'");
    expect(directives.get("object-src")).toBe("'none'");
    expect(directives.get("base-uri")).toBe("'self'");
    expect(directives.get("connect-src")).toBe("'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("blocks eval and injected inline script in the running app", async () => {
    const page = await app.open(fixture.url("/"), {
      expectedErrors: /CSP violation|Content Security Policy|unsafe-eval|inline/i,
    });
    await page.getByRole("status").getByText(fixture.countLine()).waitFor();
    // A same-origin script (allowed) that tries eval (not allowed). Code run by the test driver
    // itself is exempt from the page's policy, so the attempt must come from a page script.
    await page.route(`${baseUrl}/probe-eval.js`, (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: "try { window.__evalResult = eval(\"'eval ran'\"); } catch (error) { window.__evalResult = error.name; }",
      }),
    );
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const script = document.createElement("script");
          script.src = "/probe-eval.js";
          script.onload = resolve;
          document.head.append(script);
        }),
    );
    await eventually("what the probe's eval gave", () =>
      page.evaluate(() => (window as unknown as { __evalResult?: string }).__evalResult),
    ).toBe("EvalError");

    const violation = page.waitForEvent("console", (message) => /CSP violation/.test(message.text()));
    await page.evaluate(() => {
      const img = document.createElement("div");
      img.innerHTML = '<img src="data:," onerror="window.__pwned = 1">';
      document.body.append(img);
    });
    await violation;
    await eventually("window.__pwned", () =>
      page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });
});
