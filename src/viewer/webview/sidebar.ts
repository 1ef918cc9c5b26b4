// The sidebar: the PDF's own outline (bookmarks), and the paper map — its figures, tables, sections, equations, …
// from the anchor index, each with the count of the review's notes on it. Shown and hidden by its toolbar button.
import type { MapAnchor, MapNote } from '../../protocol/viewerMessages';
import { format, type ViewerStrings } from '../strings';
import { el, type Chrome } from './chrome';
import type { EventBus } from './eventBus';

export interface OutlineItem {
  readonly title: string;
  readonly dest: string | unknown[] | null;
  readonly url: string | null;
  readonly items: readonly OutlineItem[];
}

/** "3 notes in the review" (for a count badge's label). */
export function notesLabel(strings: ViewerStrings, count: number): string {
  return count === 1 ? strings.oneNote : format(strings.notesCount, count);
}

/** The notes on an anchor as buttons that show each in the review. */
export function noteList(strings: ViewerStrings, bus: EventBus, notes: readonly MapNote[], onPick?: () => void): HTMLUListElement {
  const ul = el('ul', { class: 'notes' });
  for (const note of notes) {
    const b = el('button', { type: 'button', class: 'note', title: format(strings.noteAt, note.reviewName, note.line + 1) },
      el('span', { class: 'where' }, format(strings.noteAt, note.reviewName, note.line + 1)), el('span', { class: 'text' }, note.text));
    b.addEventListener('click', () => { bus.dispatch('noteselect', { note }); onPick?.(); });
    ul.append(el('li', {}, b));
  }
  return ul;
}

export class Sidebar {
  #outline: readonly OutlineItem[] | null = null;
  #anchors: readonly MapAnchor[] = [];

  constructor(private readonly ui: Chrome, private readonly strings: ViewerStrings, private readonly bus: EventBus) {
    ui.sidebarToggle.addEventListener('click', () => {
      ui.sidebar.hidden = !ui.sidebar.hidden;
      ui.sidebarToggle.setAttribute('aria-pressed', String(!ui.sidebar.hidden));
    });
    bus.on('documentshown', ({ outline }) => {
      if (outline === undefined) return;
      this.#outline = outline;
      this.#render();
    });
    bus.on('papermap', ({ anchors }) => {
      this.#anchors = anchors;
      this.#render();
    });
  }

  #render(): void {
    const container = this.ui.outline;
    const open = new Set([...container.querySelectorAll<HTMLElement>('.mapItem[aria-expanded="true"]')].map((b) => b.dataset.key));
    container.replaceChildren();
    if (this.#outline?.length) container.append(this.#outlineList(this.#outline));
    if (this.#anchors.length) container.append(this.#map(open));
    if (!container.childElementCount) container.append(el('p', { class: 'empty' }, this.strings.noOutline));
  }

  /** The PDF's bookmarks as nested lists of buttons. */
  #outlineList(items: readonly OutlineItem[]): HTMLUListElement {
    const ul = el('ul');
    for (const item of items) {
      const b = el('button', { type: 'button', class: 'outlineItem' }, item.title || '—');
      b.addEventListener('click', () => this.bus.dispatch('outlineselect', { item }));
      const li = el('li', {}, b);
      if (item.items.length > 0) li.append(this.#outlineList(item.items));
      ul.append(li);
    }
    return ul;
  }

  /** The anchors by kind, in the paper's order; an entry with notes opens their list. */
  #map(open: ReadonlySet<string | undefined>): HTMLElement {
    const s = this.strings;
    const groups: [string, (a: MapAnchor) => boolean][] = [
      [s.mapFigures, (a) => a.kind === 'figure'], [s.mapTables, (a) => a.kind === 'table'], [s.mapSections, (a) => a.kind === 'section'],
      [s.mapEquations, (a) => a.kind === 'equation'], [s.mapOther, (a) => !['figure', 'table', 'section', 'equation'].includes(a.kind)],
    ];
    const section = el('section', { id: 'paperMap', 'aria-label': s.paperMap }, el('h2', {}, s.paperMap));
    for (const [heading, inGroup] of groups) {
      const anchors = this.#anchors.filter(inGroup);
      if (!anchors.length) continue;
      const ul = el('ul');
      for (const anchor of anchors) {
        const key = `${anchor.kind} ${anchor.label} ${anchor.page}`;
        const b = el('button', { type: 'button', class: 'mapItem', 'data-key': key, title: anchor.title || anchor.name },
          el('span', { class: 'name' }, anchor.kind === 'section' ? `${anchor.label} ${anchor.title}`.trim() : anchor.name));
        const li = el('li', { class: `kind-${anchor.kind}` }, b);
        if (anchor.kind === 'section') li.style.paddingLeft = `${Math.min(3, anchor.label.split('.').length - 1) * 0.8}em`;
        if (anchor.notes.length) {
          b.append(el('span', { class: 'count', 'aria-label': notesLabel(s, anchor.notes.length) }, String(anchor.notes.length)));
          const notes = noteList(s, this.bus, anchor.notes);
          const expanded = open.has(key);
          notes.hidden = !expanded;
          b.setAttribute('aria-expanded', String(expanded));
          li.append(notes);
        }
        b.addEventListener('click', () => {
          this.bus.dispatch('anchorselect', { anchor });
          const notes = li.querySelector<HTMLElement>('.notes');
          if (notes) {
            notes.hidden = !notes.hidden;
            b.setAttribute('aria-expanded', String(!notes.hidden));
          }
        });
        ul.append(li);
      }
      section.append(el('h3', {}, heading), ul);
    }
    return section;
  }
}
