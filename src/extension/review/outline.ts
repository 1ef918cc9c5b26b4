import * as vscode from 'vscode';
import type { ReviewSection } from '../../core';
import { reviewLanguageId, type ReviewClient } from '../languageClient/reviewClient';
import { toRange } from './convert';
import { fieldCount, sectionField } from './submission';

function statusDetail(section: ReviewSection): string {
  if (!section.templateSection) return '';
  if (section.templateSection.score) return section.score ? `score ${section.score.value}${section.scoreInScale ? '' : ' (off the scale)'}` : 'no score';
  return section.status === 'complete' ? `${section.words} words` : section.status === 'short' ? `short: ${section.words}/${section.minWords} words` : section.status;
}

/** The last line with text in a section, so a fold or outline entry does not swallow trailing blank lines. */
function lastTextLine(document: vscode.TextDocument, section: ReviewSection): number {
  const start = document.positionAt(section.headingRange.start).line;
  let line = document.positionAt(Math.max(section.bodyRange.start, section.bodyRange.end - 1)).line;
  while (line > start && document.lineAt(line).isEmptyOrWhitespace) line--;
  return line;
}

/** Sections as Outline, breadcrumbs and Go to Symbol show them, nested by heading depth. */
class ReviewSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: ReviewClient) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const roots: vscode.DocumentSymbol[] = [];
    const stack: { depth: number; symbol: vscode.DocumentSymbol }[] = [];
    const analysis = await this.service.analyze(document);
    for (const section of analysis.sections) {
      const selection = toRange(document, section.headingRange);
      const end = document.lineAt(lastTextLine(document, section)).range.end;
      // The count as the venue's field will see it, so a section near its limit shows in the Outline.
      const count = fieldCount(sectionField(analysis, section));
      const detail = [statusDetail(section), count].filter(Boolean).join(' · ');
      const symbol = new vscode.DocumentSymbol(section.title.replace(/\s*\n\s*/g, ' '), detail, vscode.SymbolKind.String,
        new vscode.Range(selection.start.with({ character: 0 }), end.isAfter(selection.end) ? end : selection.end), selection);
      while (stack.length && stack.at(-1)!.depth >= section.depth) stack.pop();
      (stack.at(-1)?.symbol.children ?? roots).push(symbol);
      stack.push({ depth: section.depth, symbol });
    }
    return roots;
  }
}

/** One fold per section, from its heading to its last line of text. */
class ReviewFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(private readonly service: ReviewClient) {}

  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    return (await this.service.analyze(document)).sections.flatMap((section) => {
      const start = document.positionAt(section.headingRange.start).line;
      const end = lastTextLine(document, section);
      return end > start ? [new vscode.FoldingRange(start, end)] : [];
    });
  }
}

export function registerOutline(service: ReviewClient): vscode.Disposable {
  const selector = { language: reviewLanguageId };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentSymbolProvider(selector, new ReviewSymbolProvider(service), { label: vscode.l10n.t('Review sections') }),
    vscode.languages.registerFoldingRangeProvider(selector, new ReviewFoldingProvider(service)),
  );
}
