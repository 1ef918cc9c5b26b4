// The list of the review's notes on one figure or table, opened by its badge beside the caption.
import type { ViewerStrings } from '../strings';
import { format } from '../strings';
import { el } from './chrome';
import type { EventBus } from './eventBus';
import { noteList } from './sidebar';

export class NotesPopup {
  #open: HTMLElement | undefined;

  constructor(strings: ViewerStrings, bus: EventBus) {
    bus.on('shownotes', ({ anchor, at }) => {
      this.close();
      const popup = el('div', { class: 'pr-notesPopup', role: 'dialog', 'aria-label': format(strings.notesOn, anchor.name) },
        el('h2', {}, format(strings.notesOn, anchor.name)), noteList(strings, bus, anchor.notes, () => this.close()));
      popup.style.left = `${Math.max(4, Math.min(at.left, window.innerWidth - 320))}px`;
      popup.style.top = `${Math.min(at.bottom + 4, window.innerHeight - 40)}px`;
      document.body.append(popup);
      this.#open = popup;
      popup.querySelector<HTMLButtonElement>('button')?.focus();
    });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') this.close(); });
    document.addEventListener('pointerdown', (e) => {
      if (this.#open && !this.#open.contains(e.target as Node) && !(e.target as Element | null)?.closest?.('.pr-badge')) this.close();
    }, true);
  }

  close(): void {
    this.#open?.remove();
    this.#open = undefined;
  }
}
