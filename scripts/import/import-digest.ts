// The importer as one call: digest text and archive in, draft out. The CLI (scripts/data-import.ts)
// only reads files and prints.
import type { Archive } from "../archive/load-archive";
import { buildDraft } from "./build-draft";
import type { Draft } from "./draft";
import { parseDigest } from "./parse-digest";

export function importDigest(text: string, archive: Archive, options: { digest: string; sourceName: string }): Draft {
  return buildDraft(parseDigest(text), archive, options);
}
