/** A browser test's whole budget (vitest.e2e.config.ts reads it). */
export const TEST_TIMEOUT = 30_000;

/** How long a page action or `waitFor` waits: short enough that a stuck step is named, not the whole test. */
export const ACTION_TIMEOUT = 10_000;

/**
 * What a retrying assertion leaves of the test's budget: it gives up this long before the test
 * would time out, so the failure reports the assertion and its last value, not a bare timeout.
 */
export const REPORT_MARGIN = 2_000;
