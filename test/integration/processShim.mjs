// Node's `process` global for the web-worker extension host, injected into dist/test/integration.web.js:
// the npm `assert` package the tests use there (and its `util` dependency) expects one.
import process from 'process/browser.js';

export { process };
