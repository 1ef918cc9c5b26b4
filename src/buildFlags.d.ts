/**
 * Set by scripts/build.mjs (esbuild `define`): true in development and test builds, false in `--production`, where
 * the minifier then drops what it guards. Guards what exists only for the tests (test-only commands, counters), so
 * it does not ship. Read it as `typeof PAPER_REVIEW_TEST_HOOKS !== 'undefined' && PAPER_REVIEW_TEST_HOOKS`, which
 * is also false where a file is bundled without the define (the unit tests).
 */
declare const PAPER_REVIEW_TEST_HOOKS: boolean;
