/** Generated at build time by test/runners/integrationBundles.mjs: imports every test/integration/**\/*.test.ts. */
declare module 'integration-tests' {}
