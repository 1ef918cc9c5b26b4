/**
 * The source of syntaxes/paper-review.tmLanguage.json (written by `node syntaxes/src/generate.mjs`; a unit test
 * checks the JSON is up to date). The grammar is Markdown (`text.html.markdown`, included whole) plus what a
 * review adds: numbered section headings, score lines, and — through injections, so they also show inside
 * Markdown's paragraphs, lists, quotes, headings and tables — paper anchors, citation keys and TODO markers.
 *
 * Regexes are Oniguruma. They use possessive quantifiers (`*+`, `++`) and bounded repeats so a long line never
 * makes them backtrack more than linearly.
 */

/**
 * Not a letter, digit or underscore before/after: "Figure 3" but not "subfigure 3" or "Figure 3rd". Nor a URL's
 * punctuation before: Markdown leaves bare URLs unscoped, and "https://x.org/paper#§3.1" is not an anchor.
 */
const before = '(?<![\\p{L}\\p{N}_/#=?&%.:~+-])';
const after = '(?![\\p{L}\\p{N}_])';

// ---------------------------------------------------------------------------------------------------------------
// Paper anchors: a label ("Figure", "Fig.", "§", "p.") and one or more references ("3", "3(b)", "4.2.5", "S2",
// "(2)"), joined by ranges and lists ("2–4", "2, 3 and 5").

/** "4.2.5", "S2", "A.3"; with a sub-panel "3b" / "3(b)" / "3(ii)"; or in parentheses like equations: "(2)". */
const number = '\\d++(?:\\.\\d++)*+';
const reference = `(?:[A-Z]?${number}(?:\\((?:[a-z]{1,2}|[ivx]{1,4})\\)|[a-z](?![\\p{L}\\p{N}]))?|\\(${number}[a-z]?\\))`;
/** Appendices (and sections) are also lettered: "Appendix B", "App. C.2". */
const letterReference = `(?:[A-Z](?:\\.\\d++)*+(?![\\p{L}\\p{N}_])|${reference})`;
/** IEEE papers number tables and sections in roman numerals: "Table II", "Section III.A". */
const romanReference = `(?:${reference}|[IVXLC]{1,6}(?:\\.[A-Z])?(?![\\p{L}\\p{N}_]))`;
const separator = '(?:[ \\t]?[–—-][ \\t]?|,[ \\t]*|,?[ \\t]+(?:and|to|&)[ \\t]+)';
const space = '[ \\t\\u00a0~]';

interface AnchorKind {
  /** The last segment before `.paper-review` in the scope name. */
  readonly kind: string;
  /** Labels written as words, followed by at least one space: "Figure 3". */
  readonly words?: string;
  /** Abbreviations ending in a period, the space optional: "Fig. 3", "Fig.3". */
  readonly abbreviations?: string;
  /** Symbols, the space optional: "§3.1". */
  readonly symbols?: string;
  readonly reference?: string;
}

// The labels are those src/core/review/references.ts reads (a unit test checks the grammar scopes whatever it
// finds), matched without regard to case as it does; "Fig 3" without the period counts as a word. The extra
// theorem-like words stay capitalised, because "the paper claims 3 results" is not an anchor.
const anchorKinds: readonly AnchorKind[] = [
  { kind: 'figure', words: '(?i:figures?|figs?)', abbreviations: '(?i:figs?\\.)' },
  { kind: 'table', words: '(?i:tables?)', abbreviations: '(?i:tabs?\\.|tbls?\\.)', reference: romanReference },
  { kind: 'section', words: '(?i:sections?|secs?|chapters?)', abbreviations: '(?i:secs?\\.|sects?\\.|ch(?:aps?)?\\.)', symbols: '§§?', reference: `(?:${romanReference}|${letterReference})` },
  { kind: 'equation', words: '(?i:equations?|eqn?s?)', abbreviations: '(?i:eqn?s?\\.)' },
  { kind: 'appendix', words: '(?i:appendix|appendices)', abbreviations: '(?i:app(?:s|x)?\\.)', reference: letterReference },
  { kind: 'algorithm', words: '(?i:algorithms?)', abbreviations: '(?i:alg(?:s|o)?\\.)' },
  {
    kind: 'theorem',
    words: '(?i:theorems?|thms?|lemmas?|lemmata|corollary|corollaries|propositions?|definitions?)|Assumptions?|Conjectures?|Claims?|Remarks?|Examples?|Observations?',
    abbreviations: '(?i:thms?\\.|lem\\.|cor\\.|props?\\.|defs?\\.)|Assms?\\.',
  },
  { kind: 'page', words: '(?i:pages?)', abbreviations: '(?i:pp?\\.)' },
  { kind: 'line', words: '(?i:lines?)', abbreviations: '(?i:ll?\\.)', symbols: 'L(?=\\d{2,5}(?![\\p{L}\\p{N}_]))' },
];

function anchorPattern(k: AnchorKind) {
  const labels = [
    k.words && `(?:${k.words})${space}++`,
    k.abbreviations && `(?:${k.abbreviations})${space}*+`,
    k.symbols && `(?:${k.symbols})${space}?+`,
  ].filter(Boolean);
  const ref = k.reference ?? reference;
  return {
    name: `variable.other.reference.anchor.${k.kind}.paper-review`,
    match: `${before}(?:${labels.join('|')})${ref}(?:${separator}${ref}){0,8}${after}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Citation keys: "[1]", "[12, 14]", "[3–5]", "[Goy+22]", "[he2016deep]", "[Smith et al., 2020; Doe 2019]".
// Every key has a digit, so task boxes "[x]" never match; what follows rules out links "[1](…)", "[a][1]" and
// definitions "[1]: …".

const name = "\\p{Lu}[\\p{L}'’\\-]*+";
const citationKey = [
  `${name}(?:[ \\t]+et[ \\t]+al\\.?|[ \\t]+(?:and|&)[ \\t]+${name})?,?[ \\t]+\\d{4}[a-z]?`,
  "\\p{L}[\\p{L}+'’:.\\-]*+\\d{2,4}[\\p{L}\\p{N}]*+",
  '\\d{1,4}(?:[ \\t]?[–—-][ \\t]?\\d{1,4})?',
].join('|');
const citation = {
  name: 'meta.citation.paper-review',
  match: `(?<![\\\\!\\]])(\\[)((?:${citationKey})(?:[ \\t]*[,;][ \\t]*(?:${citationKey})){0,30})(\\])(?![(\\[:])`,
  captures: {
    1: { name: 'punctuation.definition.citation.begin.paper-review' },
    2: { name: 'entity.name.type.citation.paper-review' },
    3: { name: 'punctuation.definition.citation.end.paper-review' },
  },
};

const todo = { name: 'invalid.illegal.todo.paper-review', match: `${before}(?:TODO|TBD|FIXME|XXX)${after}` };

// ---------------------------------------------------------------------------------------------------------------
// Score lines: "Confidence: 4/5", "Rating: 6: marginally above threshold", "**Overall score:** 7", "- Soundness: 3".
// The key must name a score, so "Note: 5 of the figures …" is prose.

const scoreWords =
  'score|rating|confidence|recommendation|soundness|presentation|contribution|originality|novelty|quality|clarity|significance|excitement|reproducibility|correctness|assessment|evaluation|overall|grade|decision';
const word = "\\p{L}[\\p{L}'’\\-]*+";
const scoreKey = `(?:${word}[ \\t]+){0,3}(?i:${scoreWords})${after}(?:[ \\t]+${word}){0,2}(?:[ \\t]*+\\([^()\\n]{0,30}\\))?`;
const bold = '(?:\\*\\*|__)';
const scoreValue = '(\\d{1,3}(?:\\.\\d{1,2})?)(?:[ \\t]*+(/)[ \\t]*+(\\d{1,3}))?(?![\\p{L}\\p{N}.]|\\.\\d)';
const scoreCaptures = {
  1: { name: 'punctuation.definition.bold.markdown' },
  2: { name: 'keyword.other.score.paper-review' },
  3: { name: 'punctuation.separator.key-value.paper-review' },
  4: { name: 'punctuation.definition.bold.markdown' },
  5: { name: 'constant.numeric.score.paper-review' },
  6: { name: 'punctuation.separator.score.paper-review' },
  7: { name: 'constant.numeric.score.maximum.paper-review' },
  8: { patterns: [{ include: 'text.html.markdown#inline' }] },
};
/** `lead` is what may come before the key: a line start, or the point a Markdown list item's content starts. */
function scoreLine(lead: string) {
  return {
    name: 'meta.score-line.paper-review',
    match: `${lead}(${bold}?)(${scoreKey})[ \\t]*+(:)[ \\t]*+(${bold}?)[ \\t]*+${scoreValue}(.*)$`,
    captures: scoreCaptures,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Section headings. Markdown headings get Markdown's scopes plus ours, and their number ("3.", "4.2", "IV.") its
// own. A plain "3. Strengths" line is a heading only when it looks like a title: a capitalised first word that
// does not start a sentence ("We", "The", "This", …), at most 12 words, no period, question or exclamation mark —
// so "1. We propose a new method that …" stays Markdown's numbered list item.

const sectionNumber = '(?:\\d{1,3}(?:\\.\\d{1,3})*+[.):]?|[IVXivx]{1,6}[.)]|[A-Za-z][.)])';
const titleStart = '\\p{Lu}';
const titleChar = "[\\p{L}\\p{N}'’&/()+\\-–—]";
const sentenceStarts =
  "We|I|It|It's|Its|This|These|Those|That|They|Their|There|Our|The|In|On|As|If|When|While|Although|However|Also|Please|You|Your|My|He|She|A|An|One|To";
/** Words that make a line a sentence rather than a title: "1. Clarity is poor". */
const sentenceVerbs =
  'is|are|was|were|be|been|has|have|had|does|do|did|can|cannot|could|should|would|will|may|might|must|seems?|shows?|proposes?|presents?|uses?|introduces?|claims?';
const title = `(?!(?:${sentenceStarts})${after})(?![^\\n]*?[ \\t](?:${sentenceVerbs})${after})${titleStart}${titleChar}*+(?:,?[ \\t]++${titleChar}++){0,11}`;
const headingTitleCapture = {
  patterns: [{ include: 'text.html.markdown#inline' }, { include: 'text.html.derivative' }],
};

function markdownHeading(level: number) {
  return {
    // The title takes runs of spaces only when more text follows, so a long line never backtracks quadratically.
    match: `(?:^|\\G)[ ]{0,3}(#{${level}})[ \\t]+(?:(${sectionNumber})[ \\t]+)?((?:[^ \\t\\n]++|[ \\t]++(?![ \\t]*+$|#++[ \\t]*+$))*+)(?:[ \\t]++(#++))?[ \\t]*+$`,
    name: `markup.heading.markdown heading.${level}.markdown markup.heading.section.paper-review`,
    captures: {
      1: { name: 'punctuation.definition.heading.markdown' },
      2: { name: 'meta.section-number.paper-review' },
      3: { name: 'entity.name.section.markdown entity.name.section.paper-review', ...headingTitleCapture },
      4: { name: 'punctuation.definition.heading.markdown' },
    },
  };
}

const numberedTitleLine = {
  name: 'markup.heading.section.paper-review',
  match:
    `^[ ]{0,3}(\\d{1,2}(?:\\.\\d{1,2})*+[.)]?)[ \\t]++(${title})[ \\t]*+` +
    `(?:(:)[ \\t]*+(?:(\\d{1,3}(?:\\.\\d{1,2})?)(?:[ \\t]*+(/)[ \\t]*+(\\d{1,3}))?[ \\t]*+)?)?$`,
  captures: {
    1: { name: 'meta.section-number.paper-review' },
    2: { name: 'entity.name.section.paper-review', ...headingTitleCapture },
    3: { name: 'punctuation.separator.key-value.paper-review' },
    4: { name: 'constant.numeric.score.paper-review' },
    5: { name: 'punctuation.separator.score.paper-review' },
    6: { name: 'constant.numeric.score.maximum.paper-review' },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Where the injections apply. Nothing is scoped inside code, URLs, math, front matter or link definitions.

const neverInside =
  'markup.fenced_code | markup.inline.raw | markup.raw | markup.underline.link | markup.math | meta.embedded | meta.link.reference.def | meta.citation.paper-review | variable.other.reference.anchor';
/** Anchors are prose: not in comments either. */
const anchorSelector = `text.paper-review - (${neverInside} | comment)`;
/**
 * Citations start with "[" like Markdown's reference links, so they must win a tie (L:). Only inside a paragraph,
 * heading title or table cell: at the start of a line, winning the tie would stop the paragraph from starting.
 */
const citationSelector = `L:text.paper-review (meta.paragraph.markdown | entity.name.section | markup.table) - (${neverInside} | comment)`;
/** TODO markers show in HTML comments too, where reviewers leave notes to themselves. */
const todoSelector = `text.paper-review - (${neverInside})`;
/** A score line inside a list item or quote: Markdown's list/quote rule has consumed the marker, `\G` is after it. */
const listScoreSelector = `L:text.paper-review (markup.list | markup.quote) - (${neverInside} | comment | meta.score-line.paper-review)`;

/**
 * The markdown-math extension injects math into `text.html.markdown` only, and injections follow the root grammar,
 * so we name the same grammars (by scope, not a copy) for our root with the selectors that extension uses.
 */
const markdownMath = {
  'L:text.paper-review meta.paragraph.markdown - (comment, string, markup.math.inline.markdown, markup.fenced_code.block.markdown)':
    { patterns: [{ include: 'markdown.math.inline' }] },
  'L:text.paper-review - (comment, string, meta.paragraph.markdown, markup.math.block.markdown, markup.fenced_code.block.markdown, markup.raw.block.markdown)':
    { patterns: [{ include: 'markdown.math.block' }] },
  'L:text.paper-review markup.fenced_code.block.markdown': { patterns: [{ include: 'markdown.math.codeblock' }] },
};

export function paperReviewGrammar() {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    information_for_contributors: [
      'Generated from syntaxes/src/paperReviewGrammar.ts by `node syntaxes/src/generate.mjs`; edit that file instead.',
    ],
    name: 'Paper Review',
    scopeName: 'text.paper-review',
    patterns: [
      { include: '#markdownHeading' },
      { include: '#numberedTitleLine' },
      { include: '#scoreLine' },
      { include: 'text.html.markdown' },
    ],
    repository: {
      markdownHeading: { patterns: [1, 2, 3, 4, 5, 6].map(markdownHeading) },
      numberedTitleLine,
      scoreLine: scoreLine('^[ ]{0,3}'),
      listScoreLine: scoreLine('\\G[ ]{0,3}'),
      anchors: { patterns: anchorKinds.map(anchorPattern) },
      citation,
      todo,
    },
    injections: {
      [anchorSelector]: { patterns: [{ include: '#anchors' }] },
      [citationSelector]: { patterns: [{ include: '#citation' }] },
      [todoSelector]: { patterns: [{ include: '#todo' }] },
      [listScoreSelector]: { patterns: [{ include: '#listScoreLine' }] },
      ...markdownMath,
    },
  };
}
