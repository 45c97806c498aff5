import { describe, expect, it } from "vitest";
import { isHttpUrl, stripBidiControls } from "./schema";

describe("isHttpUrl", () => {
  it("accepts http and https links", () => {
    expect(isHttpUrl("https://arxiv.org/abs/2404.14239")).toBe(true);
    expect(isHttpUrl("http://example.org")).toBe(true);
    expect(isHttpUrl("HTTPS://Example.org/a?b=c#d")).toBe(true);
  });

  it("rejects every other scheme and malformed links", () => {
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      " javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:x",
      "file:///etc/passwd",
      "//evil.example",
      "https://",
      "https:// spaced.example",
      "https://a.example/\nline",
      "",
    ]) {
      expect(isHttpUrl(url), url).toBe(false);
    }
  });
});

describe("dataset text", () => {
  it("drops bidirectional controls so text shows what it says", () => {
    expect(stripBidiControls("safe\u202Etxt.exe\u2066x\u2069")).toBe("safetxt.exex");
    expect(stripBidiControls("清华 MultiBooth")).toBe("清华 MultiBooth");
  });
});
