// Every text the viewer webview shows, in English. The host passes them through vscode.l10n
// (src/extension/viewer/viewerStrings.ts) into the page's `data-config`; the webview falls back to these.
// Pure data: the host, the webview and the browser tests import it.

export const viewerStrings = {
  outline: 'Outline',
  noOutline: 'This PDF has no outline.',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageNumber: 'Page number',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoom: 'Zoom',
  fitWidth: 'Fit width',
  fitPage: 'Fit page',
  automatic: 'Automatic',
  find: 'Find in PDF',
  findPrevious: 'Previous match',
  findNext: 'Next match',
  matchOf: '{0} of {1}',
  noMatches: 'No matches',
  loading: 'Loading PDF…',
  notPdf: 'This file is not a PDF, or it is damaged beyond repair, so it cannot be shown.',
  noPages: 'This PDF has no pages.',
  openFailed: 'The PDF could not be opened: {0}',
  reloadFailed: 'The file changed on disk but the new version could not be read ({0}). Showing the previous version.',
  passwordNeeded: 'This PDF is protected. Enter its password to open it.',
  passwordWrong: 'That password is not correct. Try again.',
  password: 'Password',
  open: 'Open',
  pageColors: 'Page colours',
  colorsLight: 'Original colours: pages and figures exactly as in the PDF',
  colorsDark: "Dark pages in the editor's colours: figures are redrawn in two tones, so they lose their colours and dark and light swap (a heatmap reads reversed)",
  colorsInvert: 'Inverted pages: figures keep their hues, but dark and light swap (a heatmap reads reversed)',
  followCursor: 'Follow the review: show in the paper what the cursor is on in the review',
  paperMap: 'In the paper',
  mapFigures: 'Figures',
  mapTables: 'Tables',
  mapSections: 'Sections',
  mapEquations: 'Equations',
  mapOther: 'Algorithms, theorems and more',
  notesCount: '{0} notes in the review',
  oneNote: '1 note in the review',
  notesOn: 'Notes on {0}',
  noteAt: '{0}, line {1}',
} as const;

export type ViewerStrings = { readonly [K in keyof typeof viewerStrings]: string };

export const format = (template: string, ...args: readonly (string | number)[]): string =>
  template.replace(/\{(\d)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));

/** The strings a page config carries, over the English ones; anything else in it is ignored. */
export function resolveViewerStrings(given: unknown): ViewerStrings {
  const out: Record<string, string> = { ...viewerStrings };
  if (typeof given === 'object' && given !== null) {
    for (const key of Object.keys(viewerStrings)) {
      const value = (given as Record<string, unknown>)[key];
      if (typeof value === 'string') out[key] = value;
    }
  }
  return out as ViewerStrings;
}
