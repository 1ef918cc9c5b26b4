import type { ReviewTemplate, TemplateSection } from '../templates';
import { builtinTemplates } from '../templates';
import { countWords, type OffsetRange } from '../text/lineIndex';
import { parseFrontMatterYaml, type ReviewFrontMatter } from './frontMatter';
import { headingCandidates, type HeadingCandidate } from './headings';
import type { MarkupNote } from './markupGuard';
import { parseReview, type ParsedReview, type ReviewChunk } from './parse';
import { findReferences, type PaperReference } from './references';
import { hasOnlyUntickedBoxes, readScore, type ReviewScore } from './scores';
import { TitleMatcher, normalizeTitle } from './titles';

export type SectionStatus = 'complete' | 'empty' | 'short' | 'placeholder' | 'missing';

/** Something left for later in a section: a TODO-like marker, or the form's own prompt left unchanged. */
export interface Placeholder {
  readonly text: string;
  /** The marker or prompt itself. */
  readonly range: OffsetRange;
  /** The whole line(s) it stands on, newline included, so removing it leaves no blank hole. */
  readonly lineRange: OffsetRange;
}

export interface ReviewSection {
  /** The template section it answers; undefined for a heading the template does not know. */
  readonly templateSection: TemplateSection | undefined;
  /** The title as written, numbering included. */
  readonly title: string;
  readonly form: HeadingCandidate['form'];
  readonly depth: number;
  readonly headingRange: OffsetRange;
  readonly bodyRange: OffsetRange;
  /** The body's text, trimmed. */
  readonly bodyText: string;
  readonly words: number;
  /** The fewest words this section should have (the template's, or the user's setting). */
  readonly minWords: number;
  readonly status: Exclude<SectionStatus, 'missing'>;
  readonly placeholders: readonly Placeholder[];
  /** For score sections: the value read from the text, if any. */
  readonly score?: ReviewScore;
  /** For score sections: whether the value is one the scale allows. */
  readonly scoreInScale?: boolean;
  /**
   * For yes/no (choice) sections: false while the section holds only the form's unticked options, i.e. the
   * reviewer has not answered yet; true once a box is ticked or anything else is written.
   */
  readonly answered?: boolean;
  /** Complete, holding a value on the scale (score sections) or an answer (choice sections): what progress counts. */
  readonly done: boolean;
  /** A second section answering the same template section. */
  readonly duplicate: boolean;
}

export interface ReviewAnalysis {
  readonly text: string;
  /** The parse, for re-analysing the next version incrementally; absent in an analysis sent between processes. */
  readonly parsed?: ParsedReview;
  readonly frontMatter: ReviewFrontMatter;
  readonly frontMatterRange?: OffsetRange;
  readonly template: ReviewTemplate;
  /** How the template was chosen. */
  readonly templateSource: 'front-matter' | 'detected' | 'default';
  /** A `template:` id that names no known template (the analysis then uses the detected one). */
  readonly unknownTemplateId?: string;
  /** Every section in document order, the template's and unknown headings alike. */
  readonly sections: readonly ReviewSection[];
  /** Template sections not present at all, in template order. */
  readonly missing: readonly TemplateSection[];
  readonly references: readonly PaperReference[];
  /** Places whose Markdown is read more simply than written, so that analysis stays linear (document offsets). */
  readonly markupNotes: readonly MarkupNote[];
}

export interface AnalysisOptions {
  /** Templates to choose from (built-in ones plus the user's own); the built-in ones when absent. */
  readonly templates?: readonly ReviewTemplate[];
  /** Used when the front matter names none and no headings decide. */
  readonly defaultTemplate?: string;
  /** Per-section-id minimum words, overriding the template's. */
  readonly minWords?: Readonly<Record<string, number>>;
}

const placeholderMarker = /\b(?:TODO|TBD|FIXME|XXX)\b|\?\?\?|\blorem ipsum\b/gi;
const upperMarker = /^(?:TODO|TBD|FIXME|XXX|\?\?\?)$/;

function proseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function lineRangeAround(text: string, start: number, end: number): OffsetRange {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  return { start: lineStart, end: nl === -1 ? text.length : nl + 1 };
}

function findPlaceholders(text: string, masked: string, body: OffsetRange, section: TemplateSection): Placeholder[] {
  const found: Placeholder[] = [];
  const slice = masked.slice(body.start, body.end);
  placeholderMarker.lastIndex = 0;
  // One placeholder per line. Markers come in order, so a marker shares the last one's line exactly when no
  // newline stands between them: checked forwards, each character once, however many markers a line holds.
  let lineEnd = -1;
  for (let m = placeholderMarker.exec(slice); m; m = placeholderMarker.exec(slice)) {
    // TODO-like markers count in capitals only ("todo" in prose is a word); lorem ipsum in any case.
    if (!/lorem/i.test(m[0]) && !upperMarker.test(m[0])) continue;
    const range = { start: body.start + m.index, end: body.start + m.index + m[0].length };
    if (range.start < lineEnd) continue;
    const lineRange = lineRangeAround(text, range.start, range.end);
    lineEnd = lineRange.end;
    found.push({ text: m[0], range, lineRange });
  }
  const prompt = proseKey(section.prompt);
  // The prompt's longest word first (a quick case-blind search), so that a long body is normalised only when it may hold the prompt.
  const longest = prompt.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  if (prompt && slice.toLowerCase().includes(longest) && proseKey(slice).includes(prompt)) {
    // Searched in the body only: from the body to the end of the review, once per section, was quadratic.
    const inBody = section.prompt ? text.slice(body.start, body.end).indexOf(section.prompt) : -1;
    const range = inBody !== -1 ? { start: body.start + inBody, end: body.start + inBody + section.prompt.length } : body;
    found.push({ text: section.prompt, range, lineRange: range === body ? body : lineRangeAround(text, range.start, range.end) });
  }
  return found;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

interface Opening { readonly candidate: HeadingCandidate; readonly section: TemplateSection | undefined; readonly bodyStart: number }

/**
 * "Confidence: 4" and "Reproducibility: Yes" open their section on one line; "Overall: the paper is unclear"
 * in the middle of a section is prose, not the overall score.
 */
function answersOnTheLine(section: TemplateSection, rest: string): boolean {
  const answer = rest.replace(/^[\s*_]+/, '');
  if (section.score) return /^\d/.test(answer);
  return section.choices?.some((c) => answer.toLowerCase().startsWith(c.toLowerCase())) ?? false;
}

function resolve(candidate: HeadingCandidate, matcher: TitleMatcher): Opening | undefined {
  const whole = matcher.match(candidate.title);
  if (whole) return { candidate, section: whole, bodyStart: candidate.bodyStart };
  const before = candidate.beforeColon && matcher.match(candidate.beforeColon.title);
  if (before && answersOnTheLine(before, candidate.title.slice(candidate.beforeColon!.title.length + 1))) {
    return { candidate, section: before, bodyStart: candidate.beforeColon!.bodyStart };
  }
  return candidate.form === 'heading' ? { candidate, section: undefined, bodyStart: candidate.bodyStart } : undefined;
}

function chooseTemplate(
  front: ReviewFrontMatter, candidates: readonly HeadingCandidate[], templates: readonly ReviewTemplate[], defaultId: string | undefined,
): Pick<ReviewAnalysis, 'template' | 'templateSource' | 'unknownTemplateId'> {
  const named = front.template ? templates.find((t) => t.id === front.template) : undefined;
  if (named) return { template: named, templateSource: 'front-matter' };
  const unknownTemplateId = front.template;
  const fallback = templates.find((t) => t.id === defaultId) ?? templates[0];
  let best: { template: ReviewTemplate; matched: number }[] = [];
  for (const template of templates) {
    const matcher = new TitleMatcher(template);
    const matched = new Set<string>();
    for (const c of candidates) {
      const opening = resolve(c, matcher);
      if (opening?.section) matched.add(opening.section.id);
    }
    if (matched.size === 0 || (best.length > 0 && matched.size < best[0].matched)) continue;
    if (best.length > 0 && matched.size > best[0].matched) best = [];
    best.push({ template, matched: matched.size });
  }
  if (best.length === 0) return { template: fallback, templateSource: 'default', unknownTemplateId };
  // Ties go to the user's default; failing that, to the form the headings cover most of (NeurIPS 2020 vs. the course form).
  const tied = best.map((b) => b.template);
  const coverage = (t: ReviewTemplate) => best[0].matched / t.sections.length;
  const winner = tied.includes(fallback) ? fallback : tied.reduce((a, b) => (coverage(b) > coverage(a) ? b : a));
  return { template: winner, templateSource: 'detected', unknownTemplateId };
}
const referenceCache = new WeakMap<object, PaperReference[]>();
const candidateCache = new WeakMap<object, { start: number; list: HeadingCandidate[] }>();

/** Per-chunk results are cached on the chunk's syntax tree, which an unchanged chunk keeps across edits. */
function chunkReferences(chunk: ReviewChunk): PaperReference[] {
  let refs = referenceCache.get(chunk.root);
  if (!refs) referenceCache.set(chunk.root, (refs = findReferences(chunk.masked, 0)));
  const shift = (r: OffsetRange) => ({ start: r.start + chunk.start, end: r.end + chunk.start });
  return chunk.start === 0 ? refs : refs.map((r) => ({ ...r, range: shift(r.range), span: shift(r.span) }));
}

function chunkCandidates(chunk: ReviewChunk): HeadingCandidate[] {
  const cached = candidateCache.get(chunk.root);
  if (cached && cached.start === chunk.start) return cached.list;
  const list = headingCandidates(chunk);
  candidateCache.set(chunk.root, { start: chunk.start, list });
  return list;
}

/**
 * Analyses a review: its template, sections and their completeness, scores and references to the paper.
 * Pass the previous analysis of the same document to re-parse only the parts whose text changed.
 */
export function analyzeReview(text: string, options: AnalysisOptions = {}, previous?: ReviewAnalysis): ReviewAnalysis {
  const templates = options.templates?.length ? options.templates : builtinTemplates;
  const parsed = parseReview(text, previous?.parsed);
  const masked = parsed.chunks.length === 1 ? parsed.chunks[0].masked : parsed.chunks.map((c) => c.masked).join('');

  const yamlNode = parsed.chunks[0]?.root.children[0];
  const frontMatter = yamlNode?.type === 'yaml' ? parseFrontMatterYaml(yamlNode.value) : {};
  const frontMatterRange = yamlNode?.type === 'yaml' && yamlNode.position
    ? { start: yamlNode.position.start.offset!, end: yamlNode.position.end.offset! } : undefined;

  const candidates = parsed.chunks.flatMap(chunkCandidates);
  const choice = chooseTemplate(frontMatter, candidates, templates, options.defaultTemplate);
  const matcher = new TitleMatcher(choice.template);
  const openings: Opening[] = [];
  for (const c of candidates) {
    const opening = resolve(c, matcher);
    if (!opening) continue;
    // "10. Confidence Score" then "Confidence: 4/5": a title line naming the section just opened is its answer, not a second section.
    if (opening.candidate.form !== 'heading' && opening.section && openings.at(-1)?.section === opening.section) continue;
    openings.push(opening);
  }

  const seen = new Set<string>();
  const sections: ReviewSection[] = openings.map((opening, i) => {
    const { candidate, section } = opening;
    const depth = candidate.depth;
    let end = text.length;
    for (let j = i + 1; j < openings.length; j++) {
      const next = openings[j];
      if (next.section || next.candidate.depth <= depth || (!section && next.candidate.form === 'heading')) {
        end = lineStartOf(text, next.candidate.start);
        break;
      }
    }
    const bodyRange = { start: Math.min(opening.bodyStart, end), end };
    const bodyMasked = masked.slice(bodyRange.start, bodyRange.end);
    const words = countWords(bodyMasked);
    const duplicate = section ? seen.has(section.id) : false;
    if (section) seen.add(section.id);
    const placeholders = section ? findPlaceholders(text, masked, bodyRange, section) : [];
    const score = section?.score && placeholders.length === 0 ? readScore(bodyMasked, bodyRange.start) : undefined;
    const scoreInScale = section?.score && score ? section.score.options.some((o) => o.value === score.value) : undefined;
    const answered = section?.choices ? !hasOnlyUntickedBoxes(bodyMasked) : undefined;
    const minWords = section ? options.minWords?.[section.id] ?? section.minWords : 0;
    const status: ReviewSection['status'] =
      words === 0 ? 'empty' : placeholders.length > 0 ? 'placeholder' : words < minWords ? 'short' : 'complete';
    return {
      templateSection: section,
      title: candidate.title,
      form: candidate.form,
      depth,
      headingRange: { start: candidate.start, end: candidate.end },
      bodyRange,
      bodyText: text.slice(bodyRange.start, bodyRange.end).trim(),
      words,
      minWords,
      status,
      placeholders,
      score,
      scoreInScale,
      answered,
      done: status === 'complete' && (!section?.score || scoreInScale === true) && answered !== false,
      duplicate,
    };
  });

  const missing = choice.template.sections.filter((s) => !seen.has(s.id));
  return {
    text, parsed, frontMatter, frontMatterRange, ...choice, sections, missing,
    references: parsed.chunks.flatMap(chunkReferences),
    markupNotes: parsed.chunks.flatMap((c) => c.markupNotes.map((n) => ({ ...n, start: n.start + c.start, end: n.end + c.start }))),
  };
}

/** Holds the last analysis of one document so each edit re-parses only what changed. */
export class ReviewAnalyzer {
  #last: ReviewAnalysis | undefined;
  #lastOptions: AnalysisOptions | undefined;

  analyze(text: string, options: AnalysisOptions = {}): ReviewAnalysis {
    if (this.#last && this.#last.text === text && this.#lastOptions === options) return this.#last;
    this.#last = analyzeReview(text, options, this.#last);
    this.#lastOptions = options;
    return this.#last;
  }
}

export { normalizeTitle };

/**
 * An analysis that crossed a process boundary as JSON (the language server's answer) with its sections pointing at
 * the template's own section objects again: the checks, progress and fixes compare template sections by identity.
 */
export function relinkTemplateSections<A extends Pick<ReviewAnalysis, 'template' | 'sections' | 'missing'>>(analysis: A): A {
  const byId = new Map(analysis.template.sections.map((s) => [s.id, s]));
  const same = (s: TemplateSection) => byId.get(s.id) ?? s;
  return {
    ...analysis,
    sections: analysis.sections.map((s) => (s.templateSection ? { ...s, templateSection: same(s.templateSection) } : s)),
    missing: analysis.missing.map(same),
  };
}
