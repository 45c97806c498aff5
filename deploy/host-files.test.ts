import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersFile, hostFileAssets, nginxSnippet, redirectsFile } from "./host-files";
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./security-headers";

const readme = readFileSync("README.md", "utf8");

describe("host files", () => {
  it("README shows exactly the headers and the nginx snippet the build generates", () => {
    expect(readme).toContain(`\`\`\`text\n${headersFile("/")}\`\`\``);
    expect(readme).toContain(`\`\`\`nginx\n${nginxSnippet("/")}\`\`\``);
    expect(readme).toContain(`\`${redirectsFile("/").trim()}\``);
    expect(readme).toContain(`\`${redirectsFile("/paper-explorer/").trim()}\``);
  });

  it("forbids framing in the header form only: a <meta> policy cannot carry frame-ancestors", () => {
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain("frame-ancestors");
  });

  it("writes _headers carrying frame-ancestors 'none', _redirects, 404.html and .nojekyll for the base path", () => {
    const files = hostFileAssets("/paper-explorer/", "<html>app</html>");
    expect(files._headers).toMatch(/^\/paper-explorer\/\*\n {2}Content-Security-Policy: .*frame-ancestors 'none'\n/);
    expect(files._headers).toContain("  X-Content-Type-Options: nosniff\n");
    expect(files._redirects).toBe("/paper-explorer/* /paper-explorer/index.html 200\n");
    expect(files["404.html"]).toBe("<html>app</html>");
    expect(files[".nojekyll"]).toBe("");
  });

  it("puts the base path into the nginx location and fallback", () => {
    const snippet = nginxSnippet("/paper-explorer/");
    expect(snippet).toMatch(/^location \/paper-explorer\/ \{\n {4}try_files \$uri \/paper-explorer\/index\.html;\n/);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(snippet).toContain(`    add_header ${name} "${value}" always;\n`);
  });
});
