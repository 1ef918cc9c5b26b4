import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnosticCodes, builtinTemplates } from '../../../src/core';

// package.json must list some of the core's data for VS Code's settings UI; these keep the two in step.
const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
const props = manifest.contributes.configuration.properties;

describe('manifest agrees with the core', () => {
  it('every diagnostic code can be configured in paperReview.diagnostics.severity', () => {
    assert.deepEqual(Object.keys(props['paperReview.diagnostics.severity'].properties).sort(), [...diagnosticCodes].sort());
  });

  it('paperReview.defaultTemplate suggests every built-in template', () => {
    assert.deepEqual(props['paperReview.defaultTemplate'].examples, builtinTemplates.map((t) => t.id));
  });
});
