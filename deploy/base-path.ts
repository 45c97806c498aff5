import * as v from "valibot";

/** Path segments a static host and the router both take as they are: no encoding, no dot segments. */
const basePathSchema = v.pipe(
  v.string(),
  v.transform((path) => {
    const segments = path.split("/").filter(Boolean);
    return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
  }),
  v.regex(/^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/, "BASE_PATH may hold only letters, digits and . _ ~ - segments"),
);

/**
 * The URL path the app is served under (env `BASE_PATH`, default `/`), as Vite's `base` wants it:
 * with a leading and a trailing slash. `paper-explorer`, `/paper-explorer` and `/paper-explorer/`
 * are the same setting.
 */
export function basePath(value: string | undefined): string {
  if (value === undefined || value.trim() === "") return "/";
  const parsed = v.safeParse(basePathSchema, value.trim());
  if (!parsed.success) throw new Error(`BASE_PATH “${value}”: ${parsed.issues[0].message}`);
  return parsed.output;
}
