import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findReferences } from '../../../src/core/review/references';
import { paperReviewGrammar } from '../../../syntaxes/src/paperReviewGrammar';
import { anyScopesOf, describe as show, ourGrammars, projectRoot, reviewTokenizer, scopesOf, type Token, type Tokenizer } from './grammarHelper';

let tokenizer: Tokenizer;
/** The tokens of a one-line document. */
const line = (text: string): Token[] => tokenizer.tokenize(text)[0];

function assertScope(tokens: readonly Token[], fragment: string, scope: string): void {
  const scopes = scopesOf(tokens, fragment);
  assert.ok(scopes.includes(scope), `"${fragment}" should have ${scope}; tokens:\n  ${show(tokens)}`);
}
function assertNoScope(tokens: readonly Token[], fragment: string, scopePrefix: string): void {
  const found = anyScopesOf(tokens, fragment).filter((s) => s.startsWith(scopePrefix));
  assert.deepEqual(found, [], `"${fragment}" should have no ${scopePrefix}; tokens:\n  ${show(tokens)}`);
}

const anchor = (kind: string) => `variable.other.reference.anchor.${kind}.paper-review`;
const heading = 'markup.heading.section.paper-review';
const title = 'entity.name.section.paper-review';
const citationKey = 'entity.name.type.citation.paper-review';
const scoreKey = 'keyword.other.score.paper-review';
const scoreValue = 'constant.numeric.score.paper-review';
const todo = 'invalid.illegal.todo.paper-review';

describe('grammar: paper-review TextMate grammar', () => {
  before(async () => {
    tokenizer = await reviewTokenizer();
  });

  describe('files and contribution', () => {
    it('the JSON grammar is the one its source generates (run `node syntaxes/src/generate.mjs`)', () => {
      const json = JSON.parse(readFileSync(join(projectRoot, 'syntaxes/paper-review.tmLanguage.json'), 'utf8'));
      assert.deepEqual(json, JSON.parse(JSON.stringify(paperReviewGrammar())));
    });

    it('package.json contributes the language for .review.md/.review and the grammar at existing paths', () => {
      const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8'));
      const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'paper-review');
      assert.ok(language, 'no paper-review language');
      assert.deepEqual([...language.extensions].sort(), ['.review', '.review.md']);
      assert.ok(existsSync(join(projectRoot, language.configuration)), `missing ${language.configuration}`);
      const grammar = ourGrammars.find((g) => g.language === 'paper-review');
      assert.equal(grammar?.scopeName, 'text.paper-review');
      assert.ok(existsSync(grammar.path), `missing ${grammar.path}`);
      assert.equal(JSON.parse(readFileSync(grammar.path, 'utf8')).scopeName, grammar.scopeName);
    });

    it('every scope the grammar introduces ends in .paper-review, apart from the Markdown scopes it keeps', () => {
      const names = new Set<string>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'name' || key === 'contentName') && typeof value === 'string') value.split(' ').forEach((n) => names.add(n));
            else walk(value);
          }
        }
      };
      const { repository, injections } = paperReviewGrammar();
      walk([repository, injections]);
      assert.ok(names.size > 10);
      const foreign = [...names].filter((n) => !n.endsWith('.paper-review') && !n.endsWith('.markdown'));
      assert.deepEqual(foreign, []);
    });
  });

  describe('Markdown looks as in Markdown', () => {
    it('bold, italic, code spans, links, lists, quotes and headings keep their Markdown scopes', () => {
      const [para, list, numbered, quote, head] = tokenizer.tokenize(
        'Some **bold**, *italic*, `code` and [a link](https://example.org).\n\n- item\n\n1. We propose a new method that works.\n\n> quoted\n\n# Review',
      ).filter((l) => l.length > 1 || l[0]?.text);
      assertScope(para, 'bold', 'markup.bold.markdown');
      assertScope(para, 'italic', 'markup.italic.markdown');
      assertScope(para, 'code', 'markup.inline.raw.string.markdown');
      assertScope(para, 'a link', 'string.other.link.title.markdown');
      assertScope(para, 'https://example.org', 'markup.underline.link.markdown');
      assertScope(list, '-', 'punctuation.definition.list.begin.markdown');
      assertScope(numbered, '1.', 'punctuation.definition.list.begin.markdown');
      assertScope(quote, '>', 'punctuation.definition.quote.begin.markdown');
      assertScope(quote, 'quoted', 'markup.quote.markdown');
      assertScope(head, 'Review', 'markup.heading.markdown');
      assertScope(head, 'Review', 'entity.name.section.markdown');
    });

    it('YAML front matter is highlighted as YAML, as Markdown does', () => {
      const lines = tokenizer.tokenize('---\nvenue: neurips\ntitle: Figure 3 and TODO\n---\nBody');
      assertScope(lines[0], '---', 'punctuation.definition.begin.frontmatter');
      assertScope(lines[1], 'venue', 'entity.name.tag.yaml');
      assertScope(lines[1], 'neurips', 'meta.embedded.block.frontmatter');
      assertNoScope(lines[2], 'Figure 3', 'variable.other.reference');
      assertNoScope(lines[2], 'TODO', 'invalid');
      assertScope(lines[3], '---', 'punctuation.definition.end.frontmatter');
      assertScope(lines[4], 'Body', 'meta.paragraph.markdown');
    });

    it('fenced code keeps its language and math keeps the markdown-math scopes', () => {
      const lines = tokenizer.tokenize('```python\nx = 1\n```\nThe loss $L = x^2$ drops.');
      assertScope(lines[1], '=', 'keyword.operator.assignment.python');
      assertScope(lines[3], 'L = x^2', 'markup.math.inline.markdown');
    });
  });

  describe('section headings', () => {
    it('a Markdown heading gets the section scopes, with its number apart', () => {
      const tokens = line('## 3. Strengths');
      assertScope(tokens, '3.', heading);
      assertScope(tokens, '3.', 'meta.section-number.paper-review');
      assertScope(tokens, 'Strengths', title);
      assertScope(tokens, 'Strengths', 'markup.heading.markdown');
      assertScope(tokens, '##', 'punctuation.definition.heading.markdown');
      const closed = line('### 4.2 Method details ###');
      assertScope(closed, 'Method details', title);
      assertScope(closed, '4.2', 'meta.section-number.paper-review');
      assertScope(line('# Review'), 'Review', title);
    });

    for (const [text, number, name] of [
      ['3. Strengths', '3.', 'Strengths'],
      ['2. Summary and contributions', '2.', 'Summary and contributions'],
      ['9. Feedback, Suggestions, and Questions', '9.', 'Feedback, Suggestions, and Questions'],
      ['10. Confidence Score (1–5)', '10.', 'Confidence Score (1–5)'],
      ['4) Weaknesses:', '4)', 'Weaknesses'],
      ['1.2 Experimental designs or analyses', '1.2', 'Experimental designs or analyses'],
    ]) {
      it(`"${text}" alone on a line is a section heading`, () => {
        const tokens = line(text);
        assertScope(tokens, number, 'meta.section-number.paper-review');
        assertScope(tokens, name, title);
        assertScope(tokens, name, heading);
        assertNoScope(tokens, number, 'markup.list');
      });
    }

    it('"10. Confidence: 4" is a heading whose value is a score', () => {
      const tokens = line('10. Confidence: 4');
      assertScope(tokens, 'Confidence', title);
      assertScope(tokens, '4', scoreValue);
    });

    for (const text of [
      '1. We propose a new method that improves the results ...',
      '1. Clarity is poor',
      '2. The experiments are convincing.',
      '3. Why is the baseline so weak?',
      '4. strengths',
      '5. A new method for everything and nothing in particular that nobody asked for at all today',
    ]) {
      it(`"${text}" stays a Markdown list item`, () => {
        const tokens = line(text);
        assertNoScope(tokens, text, 'markup.heading');
        assertNoScope(tokens, text, 'entity.name.section');
        assertScope(tokens, text.slice(0, 2), 'punctuation.definition.list.begin.markdown');
      });
    }

    it('numbered lines in a fenced block or after a list marker are not headings', () => {
      const lines = tokenizer.tokenize('```\n3. Strengths\n```\n- 3. Strengths');
      assertNoScope(lines[1], '3. Strengths', 'markup.heading');
      assertNoScope(lines[3], '3. Strengths', 'markup.heading.section');
    });
  });

  describe('paper anchors', () => {
    const examples: [string, string][] = [
      ['Figure 9', 'figure'], ['Fig. 3(b)', 'figure'], ['Figs. 2–4', 'figure'], ['figure 3b', 'figure'], ['Figures 2 and 5', 'figure'],
      ['Table 8', 'table'], ['Tab. 2', 'table'], ['Table S2', 'table'],
      ['Section 4.2.5', 'section'], ['Sec. 3', 'section'], ['§3.1', 'section'], ['Sections 3, 4', 'section'],
      ['Eq. (2)', 'equation'], ['Equation 4', 'equation'], ['Eqs. (3)–(5)', 'equation'],
      ['Appendix B', 'appendix'], ['App. C.2', 'appendix'],
      ['Algorithm 1', 'algorithm'], ['Theorem 2', 'theorem'], ['Lemma 3.1', 'theorem'],
      ['p. 5', 'page'], ['pp. 3–4', 'page'], ['line 123', 'line'], ['lines 12-14', 'line'],
    ];
    for (const [text, kind] of examples) {
      it(`"${text}" in a sentence is a ${kind} anchor`, () => {
        const tokens = line(`As shown in ${text}, the gain is small.`);
        assertScope(tokens, text, anchor(kind));
        assertScope(tokens, text, 'meta.paragraph.markdown');
      });
    }

    it('anchors show inside list items, quotes, headings, numbered titles, emphasis and tables', () => {
      const lines = tokenizer.tokenize(
        '- See Figure 9.\n\n> Table 8 is wrong.\n\n## 4. Weaknesses of Figure 3\n\n5. Remarks on Table 2\n\nIn **Section 4** and *Eq. (2)*.\n\n| Fig. 1 | ok |\n|---|---|',
      );
      assertScope(lines[0], 'Figure 9', anchor('figure'));
      assertScope(lines[0], 'Figure 9', 'markup.list.unnumbered.markdown');
      assertScope(lines[2], 'Table 8', anchor('table'));
      assertScope(lines[2], 'Table 8', 'markup.quote.markdown');
      assertScope(lines[4], 'Figure 3', anchor('figure'));
      assertScope(lines[4], 'Figure 3', title);
      assertScope(lines[6], 'Table 2', anchor('table'));
      assertScope(lines[6], 'Table 2', heading);
      assertScope(lines[8], 'Section 4', anchor('section'));
      assertScope(lines[8], 'Section 4', 'markup.bold.markdown');
      assertScope(lines[8], 'Eq. (2)', anchor('equation'));
      assertScope(lines[10], 'Fig. 1', anchor('figure'));
      assertScope(lines[10], 'Fig. 1', 'markup.table.markdown');
    });

    it('anchors in code spans, fenced code, link URLs, autolinks and bare URLs are not anchors', () => {
      const lines = tokenizer.tokenize(
        'Use `Figure 9` and [the plot](<plots/Figure 9.png>) and <https://example.org/Table 8> and https://example.org/paper#§3.1 here.\n```\nFigure 9 and p. 5\n```\n    Table 8 indented code',
      );
      for (const fragment of ['`Figure 9`', 'plots/Figure 9.png', 'https://example.org/Table 8', 'https://example.org/paper#§3.1']) {
        assertNoScope(lines[0], fragment, 'variable.other.reference');
      }
      assertScope(lines[0], 'plots/Figure 9.png', 'markup.underline.link.markdown');
      assertNoScope(lines[2], 'Figure 9 and p. 5', 'variable.other.reference');
      assertNoScope(lines[4], 'Table 8', 'variable.other.reference');
    });

    for (const text of ['subfigure 3', 'the paper claims 3 results', 'L2 regularization', 'see figure3.png', 'in 3 sections', 'Figure 3rd']) {
      it(`"${text}" has no anchor`, () => assertNoScope(line(`We note ${text} here.`), text, 'variable.other.reference'));
    }
  });

  describe('citation keys', () => {
    for (const [text, key] of [
      ['[Goy+22]', 'Goy+22'], ['[1]', '1'], ['[12, 14]', '12, 14'], ['[3–5]', '3–5'], ['[Smith et al., 2020]', 'Smith et al., 2020'],
      ['[he2016deep]', 'he2016deep'], ['[Smith and Jones 2019; Doe, 2021a]', 'Smith and Jones 2019; Doe, 2021a'],
    ]) {
      it(`${text} is a citation`, () => {
        const tokens = line(`Prior work ${text} does this.`);
        assertScope(tokens, key, citationKey);
        assertScope(tokens, text, 'meta.citation.paper-review');
        assertScope(tokens, '[', 'punctuation.definition.citation.begin.paper-review');
      });
    }

    it('a citation at the start of a line does not stop Markdown from reading the rest of it', () => {
      const tokens = line('[1] shows **this**.');
      assertScope(tokens, '1', citationKey);
      assertScope(tokens, 'this', 'markup.bold.markdown');
    });

    it('links, reference links, images, task boxes and link definitions are not citations', () => {
      const lines = tokenizer.tokenize('See [1](https://example.org), [the code][2], ![3](fig.png), [x] and [version 2].\n\n[1]: https://example.org');
      for (const fragment of ['[1](https://example.org)', '[the code][2]', '![3](fig.png)', '[x]', '[version 2]']) {
        assertNoScope(lines[0], fragment, 'meta.citation');
      }
      assertScope(lines[0], '1', 'string.other.link.title.markdown');
      assertNoScope(lines[2], '[1]', 'meta.citation');
      assertScope(lines[2], '1', 'constant.other.reference.link.markdown');
    });

    it('citations in code spans are not citations', () => {
      assertNoScope(line('Write `[1]` for a citation.'), '`[1]`', 'meta.citation');
    });
  });

  describe('score lines', () => {
    for (const [text, key, value] of [
      ['Confidence: 4/5', 'Confidence', '4'],
      ['Rating: 6', 'Rating', '6'],
      ['Overall score: 7', 'Overall score', '7'],
      ['Rating: 6: marginally above the acceptance threshold', 'Rating', '6'],
      ['**Rating:** 8', 'Rating', '8'],
      ['- Soundness: 3 good', 'Soundness', '3'],
      ['  * Reviewer confidence: 2.5', 'Reviewer confidence', '2.5'],
      ['> Confidence: 5', 'Confidence', '5'],
    ]) {
      it(`"${text}": key and value are scoped apart`, () => {
        const tokens = line(text);
        assertScope(tokens, key, scoreKey);
        assertScope(tokens, value, scoreValue);
        assertNoScope(tokens, key, 'constant.numeric');
        assertNoScope(tokens, value, 'keyword');
      });
    }

    it('the scale after a slash is its own number', () => {
      const tokens = line('Confidence: 4/5');
      assertScope(tokens, '/', 'punctuation.separator.score.paper-review');
      assertScope(line('Confidence: 4 / 5'), '5', 'constant.numeric.score.maximum.paper-review');
    });

    for (const text of ['Note: 5 of the figures are unreadable', 'Confidence: high', 'The rating is 6']) {
      it(`"${text}" is not a score line`, () => assertNoScope(line(text), text, 'meta.score-line'));
    }
  });

  describe('TODO markers', () => {
    it('TODO, TBD, FIXME and XXX are marked in prose, lists, headings and HTML comments', () => {
      const lines = tokenizer.tokenize('TODO: check the proof.\n\n- TBD after rebuttal\n\n## 5. Clarity FIXME\n\n<!-- XXX ask the AC -->');
      assertScope(lines[0], 'TODO', todo);
      assertScope(lines[2], 'TBD', todo);
      assertScope(lines[4], 'FIXME', todo);
      assertScope(lines[6], 'XXX', todo);
      assertScope(lines[6], 'XXX', 'comment.block.html');
    });

    it('markers in code and longer words are not marked', () => {
      const tokens = line('Call `TODO()` and `FIXME`, not TODOS or XXXL.');
      for (const fragment of ['`TODO()`', '`FIXME`', 'TODOS', 'XXXL']) assertNoScope(tokens, fragment, 'invalid');
    });
  });

  it('a whole review tokenizes with each piece scoped', () => {
    const review = readFileSync(join(projectRoot, 'test/unit/grammar/fixtures/sample.review.md'), 'utf8');
    const lines = tokenizer.tokenize(review);
    const scopes = new Set(lines.flat().flatMap((t) => t.scopes));
    for (const scope of [heading, title, anchor('figure'), anchor('section'), citationKey, scoreKey, scoreValue, todo, 'entity.name.tag.yaml']) {
      assert.ok(scopes.has(scope), `the sample review has no ${scope}`);
    }
  });
});

describe('grammar: anchors agree with the core reference finder', () => {
  before(async () => {
    tokenizer = await reviewTokenizer();
  });

  // Sentences from the core's reference tests and the grammar's own; each on one line (the grammar sees lines).
  const sentences = [
    'Figure 9 is hard to read.', 'as in Fig. 3(b), the curve', 'Figs. 2–4 show', 'Figures 9, 10 and 12 overlap', 'Figure 9 and 10 are redundant',
    'Table 8 lacks variance.', 'Tables 1 and 2 disagree', 'Tab. 2 and TABLE II', 'the claim in Section 4.2.5.', 'Sec. 3 and §3.1',
    'Eq. (2) has a typo; Equation 4 too', 'Appendix B and App. A.2', 'Algorithm 1, Theorem 2 and Lemma 3', 'Lemma 3 and Corollary 1',
    'on p. 5 and page 7, pp. 3–4', 'line 123 and L45', 'Fig 4 and Sec 2 and Thm 1', 'Section III.A of the paper', 'see Proposition 2 and Definition 4',
    'We need to figure out the cause.', 'They table the motion.', 'a section of the population', 'As Smith et al. (2020) showed, results (2019) vary.',
    'It took 3 sec. on a GPU.', 'The L2 loss and the L1 norm.', 'The app 3 times faster; in line with prior work.',
  ];
  for (const sentence of sentences) {
    it(`every reference the core finds in ${JSON.stringify(sentence)} is scoped as an anchor of its kind`, () => {
      const tokens = line(sentence);
      const anchored = tokens.filter((t) => t.scopes.some((s) => s.startsWith('variable.other.reference.anchor.')));
      const references = findReferences(sentence);
      for (const ref of references) {
        let offset = 0;
        const token = tokens.find((t) => (offset += t.text.length) > ref.range.start);
        assert.ok(token?.scopes.includes(anchor(ref.kind)), `${ref.kind} ${ref.label} is not a ${ref.kind} anchor:\n  ${show(tokens)}`);
      }
      if (references.length === 0) assert.deepEqual(anchored, [], `the core finds nothing, the grammar:\n  ${show(tokens)}`);
    });
  }
});
