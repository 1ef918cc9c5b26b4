// Find in the PDF: the toolbar's search box, its result count, previous/next, and Ctrl+F. pdf.js's find controller
// (inside the DocumentView) does the searching; the controller passes the queries on and reports the matches.
import { format, type ViewerStrings } from '../strings';
import type { Chrome } from './chrome';
import type { EventBus } from './eventBus';

export class FindBar {
  constructor(private readonly ui: Chrome, private readonly strings: ViewerStrings, bus: EventBus) {
    const find = (again: boolean, previous = false) => bus.dispatch('find', { query: ui.findInput.value, again, previous });
    ui.findInput.addEventListener('input', () => find(false));
    ui.findInput.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') find(true, e.shiftKey);
      else if (e.key === 'Escape') {
        ui.findInput.value = '';
        ui.findResult.textContent = '';
        bus.dispatch('findclose', {});
      }
    });
    ui.findPrev.addEventListener('click', () => find(true, true));
    ui.findNext.addEventListener('click', () => find(true, false));
    window.addEventListener('keydown', (e) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        ui.findInput.focus();
        ui.findInput.select();
      }
    });
    bus.on('findresult', ({ matches, notFound }) => {
      if (notFound) ui.findResult.textContent = strings.noMatches;
      else this.#showMatches(matches);
    });
  }

  #showMatches(m: { current: number; total: number } | undefined): void {
    const { ui, strings } = this;
    ui.findResult.textContent = m && m.total > 0 ? format(strings.matchOf, m.current, m.total) : ui.findInput.value ? strings.noMatches : '';
  }
}
