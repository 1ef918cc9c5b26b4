import * as assert from 'node:assert/strict';
import { analyzeReview, type AnalysisOptions } from '../../../src/core/review/analysis';
import { checkReview, type CheckOptions, type ReviewDiagnostic } from '../../../src/core/checks/diagnostics';
import type { ReviewFix } from '../../../src/core/checks/fixes';

const body = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function check(text: string, options: AnalysisOptions = {}, checkOptions: CheckOptions = {}) {
  const analysis = analyzeReview(text, options);
  return { analysis, diagnostics: checkReview(analysis, checkOptions) };
}

/** The text a snippet edit inserts when the reviewer tabs through it without typing (enough of the grammar for these fixes). */
function expandSnippet(snippet: string): string {
  return snippet.replace(/\$\{\d+\}/g, '').replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, '$1').replace(/\\([\\$}])/g, '$1');
}

/** What the reviewer sees after applying a fix: edits applied from the end so offsets stay valid. */
function apply(text: string, fix: ReviewFix): string {
  const edits = [...fix.edits].sort((a, b) => b.range.start - a.range.start);
  for (const e of edits) text = text.slice(0, e.range.start) + expandSnippet(e.newText) + text.slice(e.range.end);
  return text;
}

const codes = (ds: readonly ReviewDiagnostic[]) => ds.map((d) => `${d.code}${d.sectionId ? `:${d.sectionId}` : ''}`);

/** The ICLR form, complete: the base every check test breaks one thing in. */
const iclr = (over: Record<string, string> = {}) => {
  const parts: Record<string, string> = {
    Summary: body(45), Soundness: '3', Presentation: '3', Contribution: '2', Strengths: body(35), Weaknesses: body(35),
    Questions: body(12), 'Flag for ethics review': 'No ethics review needed.', Rating: '6', Confidence: '4', ...over,
  };
  return '---\ntemplate: iclr-2025\n---\n' + Object.entries(parts).filter(([, v]) => v !== '\u0000').map(([k, v]) => `## ${k}\n\n${v}\n`).join('\n');
};

describe('completeness checks', () => {
  it('a complete review has no diagnostics', () => {
    assert.deepEqual(check(iclr()).diagnostics, []);
  });

  it('missing-section names the section, sits on the front matter (not on a complete heading), and its fix inserts it at its place', () => {
    const text = iclr({ Presentation: '\u0000' });
    const { diagnostics } = check(text);
    assert.deepEqual(codes(diagnostics), ['missing-section:presentation']);
    const d = diagnostics[0];
    assert.match(d.message, /"Presentation" is missing/);
    assert.deepEqual(d.range, { start: 0, end: 3 });
    assert.equal(text.slice(d.range.start, d.range.end), '---');
    const fixed = apply(text, d.fixes[0]);
    assert.match(fixed, /## Soundness\n\n3\n\n## Presentation\n\n- \[ \] 4: excellent\n- \[ \] 3: good\n- \[ \] 2: fair\n- \[ \] 1: poor\n\n## Contribution/);
    assert.equal(d.fixes[0].edits[0].snippet, true);
    assert.match(d.fixes[0].edits[0].newText, /\$\{1\}- \[ \] 4: excellent/);
    // The inserted section answers nothing: its score is still to be chosen.
    assert.deepEqual(codes(check(fixed).diagnostics), ['missing-score:presentation']);
  });

  it('without front matter, missing-section sits at the document head, a zero-width mark before the first heading', () => {
    const text = iclr({ Presentation: '\u0000' }).replace('---\ntemplate: iclr-2025\n---\n', '');
    const d = check(text).diagnostics.filter((x) => x.code === 'missing-section');
    assert.deepEqual(d.map((x) => [x.sectionId, x.range]), [['presentation', { start: 0, end: 0 }]]);
  });

  it('inserting all missing sections puts them in the form\'s order, in the review\'s heading style', () => {
    const text = '---\ntemplate: icml-2025\n---\n### 1. Summary\n\n' + body(50) + '\n';
    const { diagnostics } = check(text);
    const all = diagnostics[0].fixes.find((f) => /Insert all/.test(f.title))!;
    const fixed = apply(text, all);
    const headings = fixed.match(/^### .*$/gm)!;
    assert.deepEqual(headings.slice(0, 4), ['### 1. Summary', '### 2. Claims and evidence', '### 3. Methods and evaluation criteria', '### 4. Theoretical claims']);
    // After the fix only the prompts left in remain to do: no section is missing any more.
    assert.ok(!codes(check(fixed).diagnostics).some((c) => c.startsWith('missing-section')));
  });

  it('empty-section and short-section', () => {
    const { diagnostics } = check(iclr({ Strengths: '', Weaknesses: 'Too short to matter.' }));
    assert.deepEqual(codes(diagnostics), ['empty-section:strengths', 'short-section:weaknesses']);
    assert.match(diagnostics[1].message, /"Weaknesses" has 4 words; the form expects at least 30/);
  });

  it('placeholder, and its fix removes a line that is only the placeholder but never the reviewer\'s words', () => {
    const text = iclr({ Strengths: `${body(35)}\nTODO: add the ablation point\n`, Weaknesses: `${body(35)} TBD` });
    const { diagnostics } = check(text);
    assert.deepEqual(codes(diagnostics), ['placeholder:strengths', 'placeholder:weaknesses']);
    assert.equal(diagnostics[0].fixes.length, 1);
    assert.ok(!apply(text, diagnostics[0].fixes[0]).includes('TODO'));
    assert.equal(diagnostics[1].fixes.length, 0);
  });

  it('missing-score offers each value of the scale; out-of-scale replaces the number', () => {
    const missing = check(iclr({ Rating: 'I lean towards acceptance.' }));
    assert.deepEqual(codes(missing.diagnostics), ['missing-score:rating']);
    assert.match(missing.diagnostics[0].message, /write one of 1, 3, 5, 6, 8 or 10/);
    assert.deepEqual(missing.diagnostics[0].fixes.map((f) => f.title.match(/to (\d+)/)![1]), ['1', '3', '5', '6', '8', '10']);
    const text = iclr({ Rating: '7' });
    const out = check(text).diagnostics;
    assert.deepEqual(codes(out), ['score-out-of-scale:rating']);
    const fixed = apply(text, out[0].fixes.find((f) => / to 8 /.test(f.title))!);
    assert.match(fixed, /## Rating\n\n8\n/);
    assert.deepEqual(check(fixed).diagnostics, []);
  });

  it('half-step scales accept 3.5 and describe themselves', () => {
    const text = '---\ntemplate: acl-arr\n---\n## Soundness\n\n3.5\n\n## Excitement\n\n3.25\n';
    const d = check(text).diagnostics.filter((x) => x.code === 'score-out-of-scale');
    assert.deepEqual(codes(d), ['score-out-of-scale:excitement']);
    assert.match(d[0].message, /1 to 5 in steps of 0.5/);
  });

  it('duplicate-section and section-order', () => {
    const text = iclr() + '\n## Strengths\n\nMore.\n';
    assert.deepEqual(codes(check(text).diagnostics), ['duplicate-section:strengths']);
    const [front, ...blocks] = iclr().split(/(?=^## )/m);
    const [summary, rating] = [blocks.findIndex((b) => b.startsWith('## Summary')), blocks.findIndex((b) => b.startsWith('## Rating'))];
    [blocks[summary], blocks[rating]] = [blocks[rating], blocks[summary]];
    const swapped = front + blocks.join('');
    const order = check(swapped).diagnostics;
    assert.deepEqual(codes(order), ['section-order:rating', 'section-order:summary']);
    assert.match(order[0].message, /"Rating" is out of order: the ICLR 2025 form puts it after "Flag for ethics review"/);
    assert.match(order[1].message, /"Summary" is out of order: the ICLR 2025 form puts it first/);
  });

  it('unknown-template, invalid front matter and paper-not-found', () => {
    const unknown = check('---\ntemplate: neurips-2030\n---\n## Summary\nx\n', {}, { knownTemplateIds: ['course', 'iclr-2025'] });
    assert.match(unknown.diagnostics.find((d) => d.code === 'unknown-template')!.message, /"neurips-2030".*course, iclr-2025/);
    assert.ok(codes(check('---\ntemplate: [oops\n---\n').diagnostics).includes('invalid-front-matter'));
    const paper = check(iclr().replace('template: iclr-2025', 'template: iclr-2025\npaper: paper.pdf'), {}, { paperExists: false });
    assert.deepEqual(codes(paper.diagnostics), ['paper-not-found']);
  });

  it('severities are configurable, and "off" silences a check', () => {
    const text = iclr({ Strengths: '' });
    assert.equal(check(text, {}, { severities: { 'empty-section': 'error' } }).diagnostics[0].severity, 'error');
    assert.deepEqual(check(text, {}, { severities: { 'empty-section': 'off' } }).diagnostics, []);
  });

  it('optional sections are not reported missing', () => {
    const text = iclr();
    const cvpr = '---\ntemplate: cvpr-2025\n---\n' + ['Paper summary', 'Paper strengths', 'Major weaknesses'].map((t) => `## ${t}\n${body(45)}\n`).join('') +
      '## Overall recommendation\n4\n## Justification for recommendation and suggestions for rebuttal\n' + body(25) + '\n## Confidence level\n3\n';
    assert.deepEqual(check(text).diagnostics, []);
    assert.deepEqual(check(cvpr).diagnostics, []);
  });
});

describe('input that is not a review', () => {
  // Imported here to keep the check next to the other user-visible messages.
  it('binary, huge, or thousands of headings or lines give a clear reason; an empty review is just incomplete', async () => {
    const { reviewInputProblem } = await import('../../../src/core/review/input');
    assert.match(reviewInputProblem('%PDF-1.7\n\u0000\u0001binary')!, /binary file/);
    assert.match(reviewInputProblem('x'.repeat(5_000_000))!, /too large to be a review \(5\.0 million characters/);
    assert.match(reviewInputProblem('## Strengths\nok\n'.repeat(100_000).slice(0, 900_000))!, /lines, more than any review|headings, more than any review/);
    assert.match(reviewInputProblem('# a\n'.repeat(10_000))!, /has 10,000 headings/);
    assert.equal(reviewInputProblem(''), undefined);
    assert.deepEqual(codes(check('').diagnostics), ['missing-section']);
  });
});
