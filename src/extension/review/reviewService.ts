import * as vscode from 'vscode';
import { ReviewAnalyzer, type AnalysisOptions, type PaperRefusal, type ReviewAnalysis, type ReviewDiagnostic } from '../../core';
import { analysisOptions, analyzeReviewText, reviewDiagnostics } from '../../core/language';
import { readSettings } from './settings';
import type { AnchorIndex } from '../../core/paperIndex/types';
import type { PaperAnchors, ReviewPaper } from '../references/paperAnchors';
import type { PaperGate } from '../paper/paperAccess';
import type { TemplateRegistry } from './templateRegistry';

export const reviewLanguageId = 'paper-review';

export function isReview(document: vscode.TextDocument): boolean {
  return document.languageId === reviewLanguageId;
}

interface Entry {
  readonly analyzer: ReviewAnalyzer;
  version: number;
  options?: AnalysisOptions;
  analysis?: ReviewAnalysis;
  /** Why the text is not analysed (binary, huge): then `analysis` is that of an empty review. */
  problem?: string;
  diagnostics?: ReviewDiagnostic[];
  paperExists?: boolean;
  /** Why the front matter's paper is not read, from the last lookup. */
  paperRefusal?: PaperRefusal;
  /** The paper index the cached diagnostics were checked against. */
  anchorIndex?: AnchorIndex;
}

/**
 * One analysis per open review, shared by every provider: diagnostics, code actions, outline, folding and the
 * status bar all read the same result for a document version instead of parsing again.
 */
export class ReviewService implements vscode.Disposable {
  readonly #entries = new Map<string, Entry>();
  readonly #onDidChangeOptions = new vscode.EventEmitter<void>();
  /** Fires when settings or templates change, so every open review is checked again. */
  readonly onDidChangeOptions = this.#onDidChangeOptions.event;
  readonly #disposables: vscode.Disposable[];

  /** Where the paper's anchors come from, once the anchor index is available. */
  #anchors: PaperAnchors | undefined;

  constructor(readonly templates: TemplateRegistry, private readonly gate: PaperGate) {
    const invalidate = () => {
      for (const e of this.#entries.values()) e.options = undefined;
      this.#onDidChangeOptions.fire();
    };
    this.#disposables = [
      this.#onDidChangeOptions,
      templates.onDidChange(invalidate),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('paperReview')) invalidate(); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.#entries.delete(d.uri.toString())),
    ];
  }

  #entry(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.#entries.get(key);
    if (!entry) this.#entries.set(key, (entry = { analyzer: new ReviewAnalyzer(), version: -1 }));
    if (entry.version !== document.version || !entry.options) {
      const settings = readSettings(document);
      entry.options ??= analysisOptions(this.templates.templates, settings);
      const reviewed = analyzeReviewText(document.getText(), entry.options, entry.analyzer);
      entry.problem = reviewed.inputProblem;
      entry.analysis = reviewed.analysis;
      entry.diagnostics = undefined;
      entry.version = document.version;
    }
    return entry;
  }

  analyze(document: vscode.TextDocument): ReviewAnalysis {
    return this.#entry(document).analysis!;
  }

  /** Lets reference checks, hovers and links see the paper's figures and sections. */
  useAnchors(anchors: PaperAnchors): vscode.Disposable {
    this.#anchors = anchors;
    return anchors.onDidChange(() => this.#onDidChangeOptions.fire());
  }

  /** The review's paper and its anchors, loading them if needed; undefined when there is none. */
  paper(document: vscode.TextDocument): Promise<ReviewPaper | undefined> {
    return this.#anchors?.get(document.uri, this.analyze(document).frontMatter.paper) ?? Promise.resolve(undefined);
  }

  /** Why this document is not checked as a review, if it is not (binary, or far too large). */
  inputProblem(document: vscode.TextDocument): string | undefined {
    return this.#entry(document).problem;
  }

  /** The check results for the document's current version; `paperExists` comes from the last file lookup. */
  diagnostics(document: vscode.TextDocument): ReviewDiagnostic[] {
    const entry = this.#entry(document);
    const anchorIndex = entry.problem ? undefined : this.#anchors?.peek(document.uri, entry.analysis!.frontMatter.paper)?.index;
    if (anchorIndex !== entry.anchorIndex) entry.diagnostics = undefined;
    entry.anchorIndex = anchorIndex;
    // The core's one check pipeline; this service only keeps its paper lookups (workspace.fs, the index workers).
    entry.diagnostics ??= reviewDiagnostics({ analysis: entry.analysis!, inputProblem: entry.problem }, readSettings(document), {
      paperExists: entry.paperExists,
      paperRefusal: entry.paperRefusal,
      anchorIndex,
      knownTemplateIds: this.templates.templates.map((t) => t.id),
    });
    return entry.diagnostics;
  }

  /**
   * Looks the front matter's paper up through the paper gate (inside the workspace, a regular file, not too large;
   * workspace.fs, so it works on virtual file systems) before checking.
   */
  async refreshPaper(document: vscode.TextDocument): Promise<void> {
    const entry = this.#entry(document);
    const paper = entry.analysis!.frontMatter.paper;
    const access = paper ? await this.gate.check(document.uri, paper) : undefined;
    const exists = access && (access.ok || !access.missing);
    const refusal = access && !access.ok ? access.refusal : undefined;
    if (exists !== entry.paperExists || refusal?.message !== entry.paperRefusal?.message) {
      entry.paperExists = exists;
      entry.paperRefusal = refusal;
      entry.diagnostics = undefined;
    }
  }

  dispose(): void {
    vscode.Disposable.from(...this.#disposables).dispose();
    this.#entries.clear();
  }
}
