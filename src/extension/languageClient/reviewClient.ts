import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ReviewAnalysis } from '../../core';
import { relinkTemplateSections } from '../../core/review/analysis';
import type { AnchorIndex } from '../../core/paperIndex/types';
import type { ReviewDefinition } from '../../core/language/definition';
import type { ReviewQuoteTarget } from '../../core/language/quoteTargets';
import {
  analysisRequest, definitionRequest, paperOfRequest, quoteTargetRequest,
  type AnalysisResult, type DefinitionParams, type DefinitionResult, type PaperOfResult, type QuoteTargetResult, type ReviewVersionParams,
} from '../../protocol/reviewServer';
import type { PaperIndexes } from '../paperIndex/paperIndexes';
import type { TemplateRegistry } from '../review/templateRegistry';

export const reviewLanguageId = 'paper-review';

export function isReview(document: vscode.TextDocument): boolean {
  return document.languageId === reviewLanguageId;
}

/** A review's analysis as the client's features read it: the language server's, with the document's text. */
export interface AnalyzedReview {
  readonly analysis: ReviewAnalysis;
  /** Why the text is not checked as a review (binary, far too large): `analysis` is then that of an empty review. */
  readonly inputProblem?: string;
}

/** A review's paper and where its figures, tables and sections are. */
export interface ReviewPaper {
  readonly paper: vscode.Uri;
  readonly index: AnchorIndex;
}

interface Entry { readonly version: number; readonly generation: number; readonly result: Promise<AnalyzedReview> }

/**
 * The client's side of the review language server, for the features only VS Code has (outline, status bar, commands,
 * export, the viewer's paper map, Show in Paper): they ask here, the server parses and checks. One analysis per
 * document version is asked for and shared.
 */
export class ReviewClient implements vscode.Disposable {
  readonly #entries = new Map<string, Entry>();
  #generation = 0;
  readonly #onDidRecheck = new vscode.EventEmitter<void>();
  /** Fires when every open review is checked again without an edit: settings or forms changed, a paper's index arrived. */
  readonly onDidRecheck = this.#onDidRecheck.event;
  readonly #disposables: vscode.Disposable[];

  constructor(
    private readonly client: Promise<BaseLanguageClient>,
    readonly templates: TemplateRegistry,
    private readonly papers: PaperIndexes,
  ) {
    const recheck = () => {
      this.#generation++;
      this.#onDidRecheck.fire();
    };
    this.#disposables = [
      this.#onDidRecheck,
      templates.onDidChange(recheck),
      papers.onDidChange(recheck),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('paperReview')) recheck(); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.#entries.delete(d.uri.toString())),
    ];
  }

  /** The analysis of the document's current version. */
  analyzed(document: vscode.TextDocument): Promise<AnalyzedReview> {
    const key = document.uri.toString();
    const existing = this.#entries.get(key);
    if (existing && existing.version === document.version && existing.generation === this.#generation) return existing.result;
    const version = document.version;
    const text = document.getText();
    const result = this.#request<AnalysisResult | null>(analysisRequest, { uri: key, version } satisfies ReviewVersionParams).then((r) => {
      if (!r) throw new Error(`Paper Review: the language server does not have ${key}`);
      return { analysis: relinkTemplateSections({ ...r.analysis, text }), ...(r.inputProblem ? { inputProblem: r.inputProblem } : {}) };
    });
    // A failed request is not kept: the next call asks again.
    result.catch(() => { if (this.#entries.get(key)?.result === result) this.#entries.delete(key); });
    this.#entries.set(key, { version, generation: this.#generation, result });
    return result;
  }

  async analyze(document: vscode.TextDocument): Promise<ReviewAnalysis> {
    return (await this.analyzed(document)).analysis;
  }

  /** Where the reference at `offset` leads (the anchor in the paper, or why nowhere); undefined off a reference. */
  async definition(document: vscode.TextDocument, offset: number): Promise<ReviewDefinition | undefined> {
    const params: DefinitionParams = { uri: document.uri.toString(), version: document.version, offset };
    return (await this.#request<DefinitionResult>(definitionRequest, params)) ?? undefined;
  }

  /** The quote at `offset` and where the paper prints it; undefined off a quote or without a paper. */
  async quoteTarget(document: vscode.TextDocument, offset: number): Promise<ReviewQuoteTarget | undefined> {
    const params: DefinitionParams = { uri: document.uri.toString(), version: document.version, offset };
    return (await this.#request<QuoteTargetResult>(quoteTargetRequest, params)) ?? undefined;
  }

  /** The review's paper with its index, loading them if needed; undefined when it has none (or it cannot be read). */
  async paper(document: vscode.TextDocument): Promise<ReviewPaper | undefined> {
    const uri = await this.#request<PaperOfResult>(paperOfRequest, { uri: document.uri.toString(), version: document.version } satisfies ReviewVersionParams);
    if (!uri) return undefined;
    const paper = vscode.Uri.parse(uri);
    const index = await this.papers.get(paper);
    return index && { paper, index };
  }

  async #request<R>(method: string, params: object): Promise<R> {
    return (await this.client).sendRequest<R>(method, params);
  }

  dispose(): void {
    vscode.Disposable.from(...this.#disposables).dispose();
    this.#entries.clear();
  }
}
