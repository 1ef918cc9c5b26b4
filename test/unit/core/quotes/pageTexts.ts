// The paper's text page by page as the index keeps it (`AnchorIndex.pageTexts`): pdf.js text items joined, with '\n'
// where pdf.js ends a line. Tests build it here so they do not depend on the index keeping it.
import { createPdfjsLoader } from '../../../../src/indexWorker/pdfjs';

export async function pageTextsOf(data: Uint8Array): Promise<string[]> {
  const doc = await createPdfjsLoader()(data);
  try {
    const texts: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      texts.push(content.items.map((item) => ('str' in item ? `${String(item.str)}${item.hasEOL ? '\n' : ''}` : '')).join(''));
    }
    return texts;
  } finally {
    await doc.destroy();
  }
}
