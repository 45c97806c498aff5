import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { archiveCatalog, writeArchiveFolder } from "../../../scripts/archive/archive-folder";
import { archiveFile, synthDigests } from "../../../scripts/synth/synth-archive";
import { synthDataset } from "../../../scripts/synth/synth-dataset";
import { makeDataset, makePaper } from "../../fixtures/dataset-fixture";

export const SYNTH_PAPERS = 10_000;

const FIXTURE_NAME = "fixture.json";
const fixtureDataset = makeDataset();

/**
 * The small generated dataset of tests/fixtures, for browser tests that need *a* dataset rather than
 * the bundled April 2024 one: they open `fixture.url(path)` and take names and counts from
 * `fixture.dataset`, so they do not break when the editorial data changes.
 */
export const fixture = {
  dataset: fixtureDataset,
  /** `path` opening the fixture instead of the bundled dataset; the rest of the address is kept as typed. */
  url: (path: string) => `${path}${path.includes("?") ? "&" : "?"}dataset=/test-data/${FIXTURE_NAME}`,
  /** The table's count line: `shown` of the fixture's papers, all of them by default. */
  countLine: (shown = fixtureDataset.papers.length) => `${shown} of ${fixtureDataset.papers.length} papers`,
  /** A facet checkbox's accessible name: its label and how many papers have it. */
  facetName: (label: string, count: number) => `${label}, ${count} ${count === 1 ? "paper" : "papers"}`,
};

const ARCHIVE_FOLDER = "archive";
const archiveDigests = synthDigests(3, 30, 15);
const archiveCatalogFile = archiveCatalog(archiveDigests);
/** A digest the catalog with a missing file lists, whose file is not there. */
const MISSING_DIGEST = {
  id: "2024-04",
  title: "Synthetic digest 2024-04",
  month: "2024-04",
  papers: 30,
  file: "2024-04.json",
};

/**
 * A generated three-month archive as a folder (one file per digest and catalog.json), for the
 * browser tests of archives; `missingUrl` opens a catalog of the same files plus one that does not exist.
 */
export const archive = {
  digests: archiveDigests,
  /** The newest digest's id, whose new papers carry the "New" mark. */
  latest: archiveCatalogFile.digests.at(-1)?.id ?? "",
  missingFile: `/test-data/${ARCHIVE_FOLDER}/${MISSING_DIGEST.file}`,
  url: (path: string) => `${path}${path.includes("?") ? "&" : "?"}dataset=/test-data/${ARCHIVE_FOLDER}/catalog.json`,
  missingUrl: (path: string) =>
    `${path}${path.includes("?") ? "&" : "?"}dataset=/test-data/${ARCHIVE_FOLDER}/with-missing.json`,
};

const ARCHIVE_SEED = 11;
const archiveMonths = synthDigests(3, 40, ARCHIVE_SEED);

/**
 * A generated archive of three monthly digests (40 papers each, some listed again in a later
 * month) as one file, and the same archive before its third digest: the trend and "new since"
 * tests take their expected numbers from `digests`. (`archive` above is a catalog and its files.)
 */
export const singleFileArchive = {
  /** The monthly digests, oldest first. */
  digests: archiveMonths,
  /** Every digest: `archive-3.json`. */
  threeMonths: archiveFile(archiveMonths, ARCHIVE_SEED),
  /** The first two digests: `archive-2.json`. */
  twoMonths: archiveFile(archiveMonths.slice(0, 2), ARCHIVE_SEED),
  /** `path` opening the archive of that many months. */
  url: (path: string, months: 2 | 3) =>
    `${path}${path.includes("?") ? "&" : "?"}dataset=/test-data/archive-${months}.json`,
};

/** A dataset whose text tries to inject markup and script; every link is a valid http(s) URL. */
export const maliciousDataset = makeDataset({
  papers: [
    makePaper({
      id: "xss-name",
      name: '<img src=x onerror="window.__pwned=1">Evil',
      headingZh: "<script>window.__pwned=1</script>标题",
      summary: {
        en: 'Summary with <b>bold</b> and <a href="javascript:window.__pwned=1">a link</a>.',
        zh: "摘要 <iframe src=javascript:window.__pwned=1></iframe>",
      },
      notes: [{ en: "Note \u202Egnp.exe with a direction override", zh: "备注 <svg onload=window.__pwned=1>" }],
      links: {
        arxiv: null,
        project: 'https://example.org/"><script>window.__pwned=1</script>',
        code: null,
        other: ["https://example.org/?q=<script>"],
      },
    }),
  ],
});

/** Files the browser tests open with ?dataset=: the fixture, a large synthetic one and every kind of bad one. */
export function writeTestDatasets(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const write = (name: string, content: unknown) =>
    writeFileSync(join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  write(FIXTURE_NAME, fixtureDataset);
  write(`synth-${SYNTH_PAPERS}.json`, synthDataset(SYNTH_PAPERS, 42));
  write("archive-2.json", singleFileArchive.twoMonths);
  write("archive-3.json", singleFileArchive.threeMonths);
  write("not-json.json", '{ "schemaVersion": 1, "papers": [ ');
  write("wrong-shape.json", { schemaVersion: 1, papers: "none", chapters: [{ id: "Bad Slug" }] });
  write(
    "dangling.json",
    makeDataset({ papers: [makePaper({ id: "twin" }), makePaper({ id: "twin", institutions: ["nowhere"] })] }),
  );
  write("oversized.json", makeDataset({ papers: [makePaper({ id: "long", name: "x".repeat(100_000) })] }));
  write(
    "javascript-link.json",
    makeDataset({
      papers: [
        makePaper({ id: "bad-link", links: { arxiv: "javascript:alert(1)", project: null, code: null, other: [] } }),
      ],
    }),
  );
  write("malicious.json", maliciousDataset);
  writeArchiveFolder(join(dir, ARCHIVE_FOLDER), archiveDigests);
  write(`${ARCHIVE_FOLDER}/with-missing.json`, { digests: [...archiveCatalogFile.digests, MISSING_DIGEST] });
}
