/** A browser test's whole budget (vitest.e2e.config.ts reads it). */
export const TEST_TIMEOUT = 30_000;

/** How long a page action or `waitFor` waits: short enough that a stuck step is named, not the whole test. */
export const ACTION_TIMEOUT = 10_000;

/**
 * How long a retrying assertion keeps trying: a little below the test's budget, so a failure reports
 * the assertion and its last value instead of a bare test timeout.
 */
export const ASSERTION_TIMEOUT = TEST_TIMEOUT - 5_000;
