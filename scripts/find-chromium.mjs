// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then the usual system paths. On a
// Debian-like machine where we may install packages it installs Debian's chromium (Playwright's
// own browser download is not available everywhere); otherwise it fails saying how to get one.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Headless, sandbox-free (CI runs as root), and without the background network traffic a closed network refuses. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

function found() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function canInstallWithApt() {
  return existsSync("/usr/bin/apt-get") && typeof process.getuid === "function" && process.getuid() === 0;
}

export function findChromium() {
  const path = found();
  if (path) return path;
  if (!canInstallWithApt()) {
    throw new Error(
      "No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`, " +
        "macOS: install Google Chrome) or set CHROMIUM_PATH to a Chromium/Chrome executable.",
    );
  }
  console.log("Installing Debian's chromium and a CJK font for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"], { stdio: "inherit", env });
  const installed = found();
  if (!installed) throw new Error("apt-get installed chromium but no executable was found at the usual paths.");
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium());
