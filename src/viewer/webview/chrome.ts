// The viewer's own controls around the pdf.js pages: toolbar, outline sidebar, message panel. Only the DOM is
// built here; the components (toolbar.ts, findBar.ts, sidebar.ts, passwordPrompt.ts) give it behaviour.
// Built with DOM calls (no innerHTML), so no markup from a PDF or a string can inject anything.

import type { ViewerStrings } from '../strings';
import type { PageColorsMode } from './eventBus';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

export interface Chrome {
  readonly sidebarToggle: HTMLButtonElement;
  readonly sidebar: HTMLElement;
  readonly outline: HTMLElement;
  readonly prevPage: HTMLButtonElement;
  readonly nextPage: HTMLButtonElement;
  readonly pageNumber: HTMLInputElement;
  readonly pageCount: HTMLElement;
  readonly zoomOut: HTMLButtonElement;
  readonly zoomIn: HTMLButtonElement;
  readonly scaleSelect: HTMLSelectElement;
  readonly customScale: HTMLOptionElement;
  readonly findInput: HTMLInputElement;
  readonly findResult: HTMLElement;
  readonly findPrev: HTMLButtonElement;
  readonly findNext: HTMLButtonElement;
  /** One button per page-colours mode (aria-pressed marks the one in effect). */
  readonly pageColors: Readonly<Record<PageColorsMode, HTMLButtonElement>>;
  /** Follow the review's cursor (aria-pressed when on). */
  readonly followCursor: HTMLButtonElement;
  readonly viewerArea: HTMLElement;
  readonly message: HTMLElement;
  readonly messageText: HTMLElement;
  readonly passwordRow: HTMLElement;
  readonly passwordInput: HTMLInputElement;
  readonly passwordButton: HTMLButtonElement;
  readonly banner: HTMLElement;
}

export function buildChrome(s: ViewerStrings): Chrome {
  const button = (id: string, label: string, text: string) => el('button', { id, type: 'button', title: label, 'aria-label': label }, text);
  const sidebarToggle = button('sidebarToggle', s.outline, '☰');
  sidebarToggle.setAttribute('aria-pressed', 'false');
  const prevPage = button('previous', s.previousPage, '↑');
  const nextPage = button('next', s.nextPage, '↓');
  const pageNumber = el('input', { id: 'pageNumber', type: 'text', inputmode: 'numeric', 'aria-label': s.pageNumber, size: '4', value: '1' });
  const pageCount = el('span', { id: 'pageCount' }, '/ 0');
  const zoomOut = button('zoomOut', s.zoomOut, '−');
  const zoomIn = button('zoomIn', s.zoomIn, '+');
  const customScale = el('option', { value: 'custom', disabled: '', hidden: '' }, '');
  const scaleSelect = el('select', { id: 'scaleSelect', 'aria-label': s.zoom },
    el('option', { value: 'auto' }, s.automatic), el('option', { value: 'page-width' }, s.fitWidth), el('option', { value: 'page-fit' }, s.fitPage),
    ...[0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4].map((v) => el('option', { value: String(v) }, `${v * 100}%`)), customScale);
  const findInput = el('input', { id: 'findInput', type: 'search', placeholder: s.find, 'aria-label': s.find });
  const findResult = el('span', { id: 'findResult', 'aria-live': 'polite' });
  const findPrev = button('findPrevious', s.findPrevious, '‹');
  const findNext = button('findNext', s.findNext, '›');
  const pageColors = {
    light: button('colorsLight', s.colorsLight, '☀'),
    dark: button('colorsDark', s.colorsDark, '☾'),
    invert: button('colorsInvert', s.colorsInvert, '◐'),
  };
  for (const b of Object.values(pageColors)) b.setAttribute('aria-pressed', 'false');
  const followCursor = button('followCursor', s.followCursor, '⇄');
  followCursor.setAttribute('aria-pressed', 'false');
  const toolbar = el('div', { id: 'toolbar', role: 'toolbar' },
    el('div', { class: 'group' }, sidebarToggle),
    el('div', { class: 'group' }, prevPage, nextPage, pageNumber, pageCount),
    el('div', { class: 'group' }, zoomOut, scaleSelect, zoomIn),
    el('div', { class: 'group colors', role: 'group', 'aria-label': s.pageColors }, pageColors.light, pageColors.dark, pageColors.invert),
    el('div', { class: 'group' }, followCursor),
    el('div', { class: 'group find' }, findInput, findResult, findPrev, findNext));

  const outline = el('div', { id: 'outline' });
  const sidebar = el('nav', { id: 'sidebar', 'aria-label': s.outline, hidden: '' }, outline);
  const messageText = el('p', { id: 'messageText' }, s.loading);
  const passwordInput = el('input', { id: 'password', type: 'password', 'aria-label': s.password, placeholder: s.password });
  const passwordButton = button('passwordSubmit', s.open, s.open);
  const passwordRow = el('div', { id: 'passwordRow', hidden: '' }, passwordInput, passwordButton);
  const message = el('div', { id: 'message', role: 'alert' }, messageText, passwordRow);
  const banner = el('div', { id: 'banner', role: 'status', hidden: '' });
  const viewerArea = el('div', { id: 'viewerArea' }, message);
  document.body.append(toolbar, el('div', { id: 'main' }, sidebar, el('div', { id: 'content' }, banner, viewerArea)));
  return {
    sidebarToggle, sidebar, outline, prevPage, nextPage, pageNumber, pageCount, zoomOut, zoomIn, scaleSelect, customScale,
    findInput, findResult, findPrev, findNext, pageColors, followCursor, viewerArea, message, messageText, passwordRow, passwordInput, passwordButton, banner,
  };
}
