/**
 * What every response of the site carries, declared once. The build writes it into index.html (the
 * parts a <meta> can carry, for hosts without header settings such as GitHub Pages), into `_headers`
 * (Netlify, Cloudflare Pages) and into the nginx snippet in README.md.
 */

/**
 * Scripts, workers and data only from this origin; no inline script, no eval. Inline styles are
 * allowed because Mantine and the charts set style attributes and CSS-variable <style> tags. The
 * service worker and the web manifest fall under `worker-src` and `default-src`.
 */
const CSP_DIRECTIVES: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self' data: blob:",
  "font-src": "'self' data:",
  "connect-src": "'self'",
  "worker-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

/** No site may frame the app (clickjacking). Browsers ignore this directive in a <meta> and warn. */
const HEADER_ONLY_CSP_DIRECTIVES: Record<string, string> = {
  "frame-ancestors": "'none'",
};

/**
 * No referrer at all: the app needs none (it has no server and no analytics), its URLs hold the
 * reader's search text and dataset path, and its links out already carry rel="noreferrer".
 */
const REFERRER_POLICY = "no-referrer";

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");

/** The policy as a <meta http-equiv> can carry it. */
export const META_CONTENT_SECURITY_POLICY = policy(CSP_DIRECTIVES);

/** Response headers for every path of the site. */
export const SECURITY_HEADERS: Record<string, string> = {
  "Content-Security-Policy": policy({ ...CSP_DIRECTIVES, ...HEADER_ONLY_CSP_DIRECTIVES }),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": REFERRER_POLICY,
};

/** <meta> tags that stand in for the headers where a host cannot set any. */
export const SECURITY_META_TAGS: { attrs: Record<string, string> }[] = [
  { attrs: { "http-equiv": "Content-Security-Policy", content: META_CONTENT_SECURITY_POLICY } },
  { attrs: { name: "referrer", content: REFERRER_POLICY } },
];

/** Client-side routes: the host answers any path under the base that is not a file with this one. */
export const SPA_FALLBACK = "index.html";
