/**
 * The source of language-configuration.json (written with the grammar by `node syntaxes/src/generate.mjs`).
 * Mostly Markdown's configuration; what differs is for prose: no auto-closed "<" or quotes (they are comparisons
 * and apostrophes in reviews), a word pattern that keeps "4.2.5", "state-of-the-art" and "Goy+22" whole, and
 * Enter continuing list items and quotes.
 */

interface OnEnterRule {
  readonly beforeText: string | { readonly pattern: string; readonly flags: string };
  readonly action: { readonly indent: 'none'; readonly appendText?: string };
}

/** Numbered items are continued with the next number, up to this one. */
const maxNumberedItem = 99;

/**
 * A "3. Strengths" line is a section title (the grammar scopes it so), and Enter after it starts the section's
 * body, not item 4. Titles start with a capital letter and have no sentence punctuation; this is the grammar's
 * heuristic in brief.
 */
const notATitle = '(?!\\p{Lu}[^.!?]{0,100}$)';

function continueNumbered(n: number, close: '.' | ')'): OnEnterRule {
  return {
    beforeText: { pattern: `^\\s*${n}\\${close}[ \\t]+${notATitle}\\S`, flags: 'u' },
    action: { indent: 'none', appendText: `${n + 1}${close} ` },
  };
}

const escape = (bullet: string) => bullet.replace(/[*+]/, '\\$&');

const onEnterRules: OnEnterRule[] = [
  // Task items first, so "- [x] done" continues as an open task, then bullets, numbers and quotes.
  ...['-', '*', '+'].map((bullet): OnEnterRule => ({
    beforeText: `^\\s*${escape(bullet)} \\[[ xX]\\][ \\t]+\\S`,
    action: { indent: 'none', appendText: `${bullet} [ ] ` },
  })),
  ...['-', '*', '+'].map((bullet): OnEnterRule => ({
    beforeText: `^\\s*${escape(bullet)}[ \\t]+\\S`,
    action: { indent: 'none', appendText: `${bullet} ` },
  })),
  ...Array.from({ length: maxNumberedItem }, (_, i) => [continueNumbered(i + 1, '.'), continueNumbered(i + 1, ')')]).flat(),
  { beforeText: '^\\s*>[ \\t]?\\S', action: { indent: 'none', appendText: '> ' } },
];

export function languageConfiguration() {
  return {
    comments: { blockComment: ['<!--', '-->'] },
    brackets: [['{', '}'], ['[', ']'], ['(', ')']],
    // As in Markdown: bracket pair colours would speckle every citation "[1]" and "(Figure 3)".
    colorizedBracketPairs: [],
    autoClosingPairs: [
      { open: '{', close: '}' },
      { open: '[', close: ']' },
      { open: '(', close: ')' },
      { open: '`', close: '`', notIn: ['string'] },
    ],
    surroundingPairs: [
      ['(', ')'], ['[', ']'], ['{', '}'], ['`', '`'], ['_', '_'], ['*', '*'], ['~', '~'], ['"', '"'], ["'", "'"], ['<', '>'], ['$', '$'],
    ],
    folding: {
      offSide: true,
      markers: { start: '^\\s*<!--\\s*#?region\\b.*-->', end: '^\\s*<!--\\s*#?endregion\\b.*-->' },
    },
    // Letters, digits and marks, joined by an apostrophe, hyphen, underscore or "+" ("don't", "Goy+22"), or by a
    // period between digits ("4.2.5"), but not by a sentence's period ("Fig." stays "Fig").
    wordPattern: {
      pattern: "[\\p{L}\\p{N}\\p{Mn}]+(?:(?:[_'’+\\-]|(?<=\\p{N})\\.(?=\\p{N}))[\\p{L}\\p{N}\\p{Mn}]+)*",
      flags: 'ug',
    },
    onEnterRules,
  };
}
