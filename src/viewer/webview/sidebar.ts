// The sidebar: the PDF's own outline (bookmarks), shown and hidden by its toolbar button.
import type { ViewerStrings } from '../strings';
import { el, type Chrome } from './chrome';
import type { EventBus } from './eventBus';

export interface OutlineItem {
  readonly title: string;
  readonly dest: string | unknown[] | null;
  readonly url: string | null;
  readonly items: readonly OutlineItem[];
}

export class Sidebar {
  constructor(private readonly ui: Chrome, private readonly strings: ViewerStrings, private readonly bus: EventBus) {
    ui.sidebarToggle.addEventListener('click', () => {
      ui.sidebar.hidden = !ui.sidebar.hidden;
      ui.sidebarToggle.setAttribute('aria-pressed', String(!ui.sidebar.hidden));
    });
    bus.on('documentshown', ({ outline }) => { if (outline !== undefined) this.#render(outline); });
  }

  /** The PDF's bookmarks as nested lists of buttons. */
  #render(items: readonly OutlineItem[] | null): void {
    const container = this.ui.outline;
    container.replaceChildren();
    if (!items || items.length === 0) {
      container.append(el('p', { class: 'empty' }, this.strings.noOutline));
      return;
    }
    const list = (level: readonly OutlineItem[]): HTMLUListElement => {
      const ul = el('ul');
      for (const item of level) {
        const b = el('button', { type: 'button', class: 'outlineItem' }, item.title || '—');
        b.addEventListener('click', () => this.bus.dispatch('outlineselect', { item }));
        const li = el('li', {}, b);
        if (item.items.length > 0) li.append(list(item.items));
        ul.append(li);
      }
      return ul;
    };
    container.append(list(items));
  }
}
