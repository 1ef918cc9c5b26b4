import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeReview } from '../../../src/core/review/analysis';
import { findReferences } from '../../../src/core/review/references';
import { assertProperty } from './seed';

/** Each reference as "kind label «text it covers»", the way a reader would check it. */
function refs(text: string): string[] {
  return analyzeReview(text).references.map((r) => `${r.kind} ${r.label} «${text.slice(r.range.start, r.range.end)}»`);
}

describe('references to the paper', () => {
  const cases: [string, string[]][] = [
    ['Figure 9 is hard to read.', ['figure 9 «9»']],
    ['as in Fig. 3(b), the curve', ['figure 3(b) «3(b)»']],
    ['Figs. 2–4 show', ['figure 2 «2–4»', 'figure 3 «2–4»', 'figure 4 «2–4»']],
    ['Figures 9, 10 and 12 overlap', ['figure 9 «9»', 'figure 10 «10»', 'figure 12 «12»']],
    ['Figure 9 and 10 are redundant', ['figure 9 «9»', 'figure 10 «10»']],
    ['Table 8 lacks variance.', ['table 8 «8»']],
    ['Tables 1 and 2 disagree', ['table 1 «1»', 'table 2 «2»']],
    ['Tab. 2 and TABLE II', ['table 2 «2»', 'table II «II»']],
    ['the claim in Section 4.2.5.', ['section 4.2.5 «4.2.5»']],
    ['Sections 2 and\n3 repeat each other', ['section 2 «2»', 'section 3 «3»']],
    ['Sec. 3 and §3.1', ['section 3 «3»', 'section 3.1 «3.1»']],
    ['Eq. (2) has a typo; Equation 4 too', ['equation 2 «2»', 'equation 4 «4»']],
    ['Appendix B and App. A.2', ['appendix B «B»', 'appendix A.2 «A.2»']],
    ['Algorithm 1, Theorem 2 and Lemma 3', ['algorithm 1 «1»', 'theorem 2 «2»', 'theorem 3 «3»']],
    ['on p. 5 and page 7, pp. 3–4', ['page 5 «5»', 'page 7 «7»', 'page 3 «3–4»', 'page 4 «3–4»']],
    ['line 123 and L45', ['line 123 «123»', 'line 45 «45»']],
  ];
  for (const [text, expected] of cases) {
    it(`finds ${JSON.stringify(text)}`, () => assert.deepEqual(refs(text), expected));
  }

  it('names what a theorem-like reference was called', () => {
    assert.deepEqual(findReferences('Lemma 3 and Corollary 1').map((r) => r.name), ['lemma', 'corollary']);
  });

  const falseFriends = [
    'We need to figure out the cause.',
    'They table the motion.',
    'a section of the population',
    'As Smith et al. (2020) showed, results (2019) vary.',
    'It took 3 sec. on a GPU.',
    'The L2 loss and the L1 norm.',
    'The app 3 times faster; in line with prior work.',
  ];
  for (const text of falseFriends) {
    it(`finds nothing in ${JSON.stringify(text)}`, () => assert.deepEqual(refs(text), []));
  }

  it('ignores code spans, code blocks and link URLs, but not link text', () => {
    const text = 'See `Figure 7` and\n\n```\nTable 3\n```\n\n[Figure 2](https://x.org/Figure-5) and <https://x.org/table/4>\n';
    assert.deepEqual(refs(text), ['figure 2 «2»']);
  });

  it('stays linear and total on random and hostile input', () => {
    const alphabet = fc.constantFrom('Figure ', 'Figs. ', '§', 'Eq. (', ')', '2', '3.', '4', ', ', ' and ', '–', '\n', 'A.', '(b)', ' ', 'x', '`', '[', '](', 'p. ');
    assertProperty(fc.property(fc.array(alphabet, { maxLength: 300 }), (parts) => {
      const text = parts.join('');
      for (const r of analyzeReview(text).references) {
        assert.ok(r.range.start >= 0 && r.range.end <= text.length && r.range.start < r.range.end);
      }
    }), 300);
    // A long hostile run: the label reader and list scanner never go back, so this ends promptly.
    const hostile = 'Figures ' + '1, '.repeat(50_000) + 'and 2 ' + '§'.repeat(50_000) + '3.'.repeat(50_000);
    const found = findReferences(hostile);
    assert.ok(found.length > 50_000);
  });
});

describe('reference spans', () => {
  it('the first of a list spans its keyword, the others their label', () => {
    const text = 'See Figures 9, 10 and Fig. 3(b).';
    assert.deepEqual(analyzeReview(text).references.map((r) => text.slice(r.span.start, r.span.end)), ['Figures 9', '10', 'Fig. 3(b)']);
  });

  it('an equation written in parentheses is linked with its closing parenthesis, its label without', () => {
    const text = 'A typo in Eq. (3), and Equation 4 too.';
    const found = analyzeReview(text).references;
    assert.deepEqual(found.map((r) => text.slice(r.span.start, r.span.end)), ['Eq. (3)', 'Equation 4']);
    assert.deepEqual(found.map((r) => text.slice(r.range.start, r.range.end)), ['3', '4']);
  });

  it('a list or range of parenthesised equations goes on past each closing parenthesis', () => {
    const text = 'Eqs. (2) and (5) clash; Eqs. (3)–(4) repeat.';
    const found = analyzeReview(text).references;
    assert.deepEqual(found.map((r) => `${r.label} «${text.slice(r.span.start, r.span.end)}»`), ['2 «Eqs. (2)»', '5 «(5)»', '3 «Eqs. (3)–(4)»', '4 «Eqs. (3)–(4)»']);
  });
});
