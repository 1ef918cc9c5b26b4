import * as assert from 'node:assert/strict';
import { createReviewLanguageService, snippetToPlainText } from '../../../../src/core/language';
import { InMemoryWorkspace, review } from './inMemoryWorkspace';

describe('language service: code actions', () => {
  const service = createReviewLanguageService({ workspace: new InMemoryWorkspace() });

  it('the fixes of the diagnostics shown, matched by code, message and range; a shared fix listed once', async () => {
    const text = '---\ntemplate: cvpr-2025\n---\n## Paper summary\nA summary.\n';
    const doc = review(text);
    const diagnostics = (await service.computeDiagnostics(doc))!.diagnostics.filter((d) => d.code === 'missing-section');
    // CVPR 2025 asks for 5 more sections (Paper strengths, Major weaknesses, Overall recommendation, Justification, Confidence level).
    assert.equal(diagnostics.length, 5);
    const actions = await service.getCodeActions(doc, diagnostics.slice(0, 2).map(({ code, message, range }) => ({ code, message, range })));
    assert.deepEqual(actions.map((a) => a.fix.title), ['Insert section "Paper strengths"', 'Insert all 6 missing sections', 'Insert section "Major weaknesses"']);
  });

  it('a diagnostic that is no longer current gets no fix', async () => {
    const actions = await service.getCodeActions(review('## Summary\n'), [{ code: 'missing-section', message: 'stale', range: { start: 0, end: 0 } }]);
    assert.deepEqual(actions, []);
  });
});

describe('language service: snippet fixes for clients without snippet edits', () => {
  it('tab stops go, placeholders and escaped characters stay as written', () => {
    assert.equal(snippetToPlainText('## 2. Costs in \\$ and \\}\n\n${1:What does it cost?}\n$2- [ ] 4: good\n${3}'), '## 2. Costs in $ and }\n\nWhat does it cost?\n- [ ] 4: good\n');
    assert.equal(snippetToPlainText('a \\\\ b $ c'), 'a \\ b $ c');
  });
});
