/**
 * The review language service: every language feature of a review (diagnostics, hover, definition, links,
 * completion, quick fixes, choosing its paper) behind one factory, over host ports (types.ts). The VS Code adapters,
 * the language server and the CLI translate its plain results into their own types and do nothing else.
 */
import type { AnchorIndex } from '../paperIndex/types';
import type { ReviewDiagnostic } from '../checks/diagnostics';
import { ReviewAnalyzer } from '../review/analysis';
import type { ReviewTemplate } from '../templates';
import { getCodeActions, type ReviewCodeAction, type ShownDiagnostic } from './codeActions';
import { completionContext, getCompletions, type ReviewCompletions } from './completion';
import { mergeTemplates, resolveConfiguration } from './configuration';
import { getDefinition, type ReviewDefinition } from './definition';
import { analysisOptions, analyzeReviewText, reviewDiagnostics, type AnalyzedReview } from './diagnostics';
import { getDocumentLinks, type ReviewDocumentLink } from './documentLinks';
import { getHover, type ReviewHover } from './hover';
import { checkPaperAccess, findReviewPaper, frontMatterPaperStatus, type PaperAccess } from './paperAccess';
import { isFirstChoice, type ReviewPaper } from './references';
import { getQuoteTarget, type ReviewQuoteTarget } from './quoteTargets';
import { neverCancelled, type IReviewDocument, type ReviewCancellationToken, type ReviewLanguageConfiguration, type ReviewLanguageServiceInit } from './types';

export * from './types';
export { configurationFromSettings, defaultConfiguration, mergeTemplates, resolveConfiguration, type RawReviewSettings } from './configuration';
export { analysisOptions, analyzeReviewText, notAReviewMessage, reviewDiagnostics, type AnalyzedReview, type ReviewCheckContext } from './diagnostics';
export { checkPaperAccess, findReviewPaper, frontMatterPaperStatus, type PaperAccess, type FrontMatterPaperStatus } from './paperAccess';
export { choosePaper, reviewBaseName, type PaperChoice, type PaperChoiceInput } from './paperChoice';
export { referenceAt, resolveForReader, type ReviewPaper, type ResolvedReference } from './references';
export { getHover, hoverMarkdown, anchorMarkdown, escapeMarkdown, type ReviewHover } from './hover';
export { getDefinition, noPaperMessage, type ReviewDefinition } from './definition';
export { getDocumentLinks, type ReviewDocumentLink } from './documentLinks';
export { getCompletions, completionContext, type ReviewCompletions, type ReviewCompletionItem } from './completion';
export { getCodeActions, snippetToPlainText, type ReviewCodeAction, type ShownDiagnostic } from './codeActions';
export { uriBasename, uriDirname, joinUri, folderIn } from './uris';
export { getQuoteLinkRanges, getQuoteTarget, type ReviewQuoteTarget } from './quoteTargets';

/** An answer the pages read so far can give: nothing to look up, or the very anchor the reference names. */
const answered = (answer: ReviewHover | ReviewDefinition | undefined): boolean =>
  !answer || (answer.kind === 'anchor' && isFirstChoice(answer.anchor, answer.reference));

/** The diagnostics of one version of a review, with what they were checked against. */
export interface ReviewDiagnosticsResult extends AnalyzedReview {
  readonly version: number;
  readonly diagnostics: readonly ReviewDiagnostic[];
  /** The paper the references were checked against, when one was read and indexed. */
  readonly paper?: ReviewPaper;
}

export interface IReviewLanguageService {
  readonly configuration: ReviewLanguageConfiguration;
  /** Built-in templates with the user's merged over them. */
  readonly templates: readonly ReviewTemplate[];
  updateConfiguration(configuration: Partial<ReviewLanguageConfiguration>): void;
  setCustomTemplates(custom: readonly ReviewTemplate[]): void;
  /** The analysis of the document's current version (cached per version). */
  analyze(doc: IReviewDocument): AnalyzedReview;
  /** Undefined when cancelled. */
  computeDiagnostics(doc: IReviewDocument, token?: ReviewCancellationToken): Promise<ReviewDiagnosticsResult | undefined>;
  /** The review's paper and its index (read and indexed once per version of the PDF); undefined when there is none. */
  getPaper(doc: IReviewDocument, token?: ReviewCancellationToken): Promise<ReviewPaper | undefined>;
  getHover(doc: IReviewDocument, offset: number, token?: ReviewCancellationToken): Promise<ReviewHover | undefined>;
  getDefinition(doc: IReviewDocument, offset: number, token?: ReviewCancellationToken): Promise<ReviewDefinition | undefined>;
  getDocumentLinks(doc: IReviewDocument, token?: ReviewCancellationToken): Promise<ReviewDocumentLink[]>;
  getCompletions(doc: IReviewDocument, offset: number, token?: ReviewCancellationToken): Promise<ReviewCompletions | undefined>;
  getCodeActions(doc: IReviewDocument, shown: readonly ShownDiagnostic[], token?: ReviewCancellationToken): Promise<ReviewCodeAction[]>;
  /** The quote at `offset` and where the paper prints it; undefined off a quote or without a paper. */
  getQuoteTarget(doc: IReviewDocument, offset: number, token?: ReviewCancellationToken): Promise<ReviewQuoteTarget | undefined>;
  /** Forgets a closed doc. */
  documentClosed(uri: string): void;
  /** Forgets a paper's index (the PDF changed or was deleted). */
  paperChanged(uri: string): void;
}

interface DocumentEntry {
  readonly analyzer: ReviewAnalyzer;
  version: number;
  reviewed?: AnalyzedReview;
}

interface PaperEntry {
  readonly key: string;
  readonly index: Promise<AnchorIndex | undefined>;
  readonly previous: Promise<AnchorIndex | undefined>;
  /** Set once `index` has settled. */
  settled?: boolean;
}

class ReviewLanguageService implements IReviewLanguageService {
  #configuration: ReviewLanguageConfiguration;
  #templates: readonly ReviewTemplate[];
  #options;
  readonly #documents = new Map<string, DocumentEntry>();
  readonly #papers = new Map<string, PaperEntry>();

  constructor(private readonly init: ReviewLanguageServiceInit) {
    this.#configuration = resolveConfiguration(init.configuration);
    this.#templates = mergeTemplates(init.customTemplates ?? []);
    this.#options = analysisOptions(this.#templates, this.#configuration);
  }

  get configuration() { return this.#configuration; }
  get templates() { return this.#templates; }

  updateConfiguration(configuration: Partial<ReviewLanguageConfiguration>): void {
    this.#configuration = resolveConfiguration({ ...this.#configuration, ...configuration });
    this.#invalidate();
  }

  setCustomTemplates(custom: readonly ReviewTemplate[]): void {
    this.#templates = mergeTemplates(custom);
    this.#invalidate();
  }

  #invalidate(): void {
    this.#options = analysisOptions(this.#templates, this.#configuration);
    for (const entry of this.#documents.values()) entry.reviewed = undefined;
  }

  analyze(doc: IReviewDocument): AnalyzedReview {
    let entry = this.#documents.get(doc.uri);
    if (!entry) this.#documents.set(doc.uri, (entry = { analyzer: new ReviewAnalyzer(), version: -1 }));
    if (entry.version !== doc.version || !entry.reviewed) {
      entry.reviewed = analyzeReviewText(doc.getText(), this.#options, entry.analyzer);
      entry.version = doc.version;
    }
    return entry.reviewed;
  }

  async #frontMatterAccess(doc: IReviewDocument, reviewed: AnalyzedReview): Promise<PaperAccess | undefined> {
    const paper = reviewed.inputProblem ? undefined : reviewed.analysis.frontMatter.paper;
    return paper ? checkPaperAccess(this.init.workspace, doc.uri, paper, this.#configuration) : undefined;
  }

  /**
   * The review's paper and its whole index. With `answers`, while the paper is still being read: its pages read so far,
   * when they answer (`answers` says so); otherwise the whole index, once there.
   */
  async #paperFor(doc: IReviewDocument, reviewed: AnalyzedReview, access: PaperAccess | undefined, answers?: (paper: ReviewPaper) => boolean): Promise<ReviewPaper | undefined> {
    const getAnchorIndex = this.init.getAnchorIndex;
    if (!getAnchorIndex || reviewed.inputProblem) return undefined;
    const found = await findReviewPaper(this.init.workspace, doc.uri, reviewed.analysis.frontMatter.paper, access, this.#configuration);
    if (!found) return undefined;
    const key = `${found.stat.size}:${found.stat.mtime ?? ''}`;
    let entry = this.#papers.get(found.uri);
    if (entry?.key !== key) {
      const index = getAnchorIndex(found.uri, () => this.init.workspace.readFile(found.uri)).catch(() => undefined);
      // Asked once the current index is known: the host learns there which version is the previous one.
      const previous = index.then(() => this.init.getPreviousAnchorIndex?.(found.uri)).catch(() => undefined);
      const created: PaperEntry = { key, index, previous };
      void index.then(() => { created.settled = true; });
      this.#papers.set(found.uri, (entry = created));
    }
    const partial = answers && !entry.settled && this.init.getPartialAnchorIndex;
    if (partial) {
      // Whichever comes first: the whole index, or the pages read so far (compared with no previous version).
      const sooner = await Promise.race([entry.index.then((index) => ({ index, whole: true })),
        partial(found.uri).catch(() => undefined).then((index) => ({ index, whole: false }))]);
      const soFar = !sooner.whole && sooner.index ? { uri: found.uri, index: sooner.index } : undefined;
      if (soFar && answers(soFar)) return soFar;
    }
    const [index, previous] = await Promise.all([entry.index, entry.previous]);
    return index ? { uri: found.uri, index, ...(previous && previous.fingerprint !== index.fingerprint ? { previous } : {}) } : undefined;
  }

  async getPaper(doc: IReviewDocument, token = neverCancelled): Promise<ReviewPaper | undefined> {
    const reviewed = this.analyze(doc);
    const access = await this.#frontMatterAccess(doc, reviewed);
    if (token.isCancellationRequested) return undefined;
    return this.#paperFor(doc, reviewed, access);
  }

  /**
   * The paper for answers asked one at a time (hover, Ctrl+click, completion): while it is indexed, its pages read so
   * far when they answer; a figure on a page not read yet waits for the whole index rather than being called missing.
   */
  async #paperSoFar(doc: IReviewDocument, token: ReviewCancellationToken, answers: (paper: ReviewPaper) => boolean = () => true): Promise<ReviewPaper | undefined> {
    const reviewed = this.analyze(doc);
    const access = await this.#frontMatterAccess(doc, reviewed);
    if (token.isCancellationRequested) return undefined;
    return this.#paperFor(doc, reviewed, access, answers);
  }

  async computeDiagnostics(doc: IReviewDocument, token = neverCancelled): Promise<ReviewDiagnosticsResult | undefined> {
    const version = doc.version;
    const reviewed = this.analyze(doc);
    const access = await this.#frontMatterAccess(doc, reviewed);
    if (token.isCancellationRequested) return undefined;
    const paper = await this.#paperFor(doc, reviewed, access);
    if (token.isCancellationRequested) return undefined;
    const diagnostics = reviewDiagnostics(reviewed, this.#configuration, {
      ...frontMatterPaperStatus(access),
      anchorIndex: paper?.index,
      previousAnchorIndex: paper?.previous,
      knownTemplateIds: this.#templates.map((t) => t.id),
    });
    return { ...reviewed, version, diagnostics, ...(paper ? { paper } : {}) };
  }

  async getHover(doc: IReviewDocument, offset: number, token = neverCancelled) {
    const { analysis } = this.analyze(doc);
    if (!analysis.references.some((r) => r.span.start <= offset && offset <= r.span.end)) return undefined;
    const paper = await this.#paperSoFar(doc, token, (soFar) => answered(getHover(analysis, offset, soFar)));
    return token.isCancellationRequested ? undefined : getHover(analysis, offset, paper);
  }

  async getDefinition(doc: IReviewDocument, offset: number, token = neverCancelled) {
    const { analysis } = this.analyze(doc);
    if (!analysis.references.some((r) => r.span.start <= offset && offset <= r.span.end)) return undefined;
    const paper = await this.#paperSoFar(doc, token, (soFar) => answered(getDefinition(analysis, offset, soFar)));
    return token.isCancellationRequested ? undefined : getDefinition(analysis, offset, paper);
  }

  async getDocumentLinks(doc: IReviewDocument, token = neverCancelled) {
    const { analysis } = this.analyze(doc);
    if (analysis.references.length === 0) return [];
    const paper = await this.getPaper(doc, token);
    return token.isCancellationRequested ? [] : getDocumentLinks(analysis, paper);
  }

  async getCompletions(doc: IReviewDocument, offset: number, token = neverCancelled) {
    const text = doc.getText();
    if (!completionContext(text, offset)) return undefined;
    const paper = await this.#paperSoFar(doc, token);
    return token.isCancellationRequested ? undefined : getCompletions(text, offset, paper);
  }

  async getCodeActions(doc: IReviewDocument, shown: readonly ShownDiagnostic[], token = neverCancelled) {
    if (shown.length === 0) return [];
    const result = await this.computeDiagnostics(doc, token);
    return result ? getCodeActions(result.diagnostics, shown) : [];
  }

  async getQuoteTarget(doc: IReviewDocument, offset: number, token = neverCancelled) {
    const paper = await this.getPaper(doc, token);
    return paper && !token.isCancellationRequested ? getQuoteTarget(doc.getText(), offset, paper) : undefined;
  }

  documentClosed(uri: string): void {
    this.#documents.delete(uri);
  }

  paperChanged(uri: string): void {
    this.#papers.delete(uri);
  }
}

export function createReviewLanguageService(init: ReviewLanguageServiceInit): IReviewLanguageService {
  return new ReviewLanguageService(init);
}
