// The toolbar's page and zoom controls, the page-colours buttons, and the page and zoom keys.
import type { Chrome } from './chrome';
import type { EventBus, PageColorsMode } from './eventBus';

export class Toolbar {
  constructor(private readonly ui: Chrome, bus: EventBus) {
    const goTo = () => {
      const page = Number(ui.pageNumber.value);
      if (Number.isInteger(page)) bus.dispatch('gotopage', { page });
    };
    ui.prevPage.addEventListener('click', () => bus.dispatch('previouspage', {}));
    ui.nextPage.addEventListener('click', () => bus.dispatch('nextpage', {}));
    ui.pageNumber.addEventListener('change', goTo);
    ui.pageNumber.addEventListener('keydown', (e) => { if (e.key === 'Enter') goTo(); });
    ui.zoomIn.addEventListener('click', () => bus.dispatch('zoomin', {}));
    ui.zoomOut.addEventListener('click', () => bus.dispatch('zoomout', {}));
    ui.scaleSelect.addEventListener('change', () => { if (ui.scaleSelect.value !== 'custom') bus.dispatch('setscale', { value: ui.scaleSelect.value }); });
    for (const [mode, button] of Object.entries(ui.pageColors) as [PageColorsMode, HTMLButtonElement][]) {
      button.addEventListener('click', () => bus.dispatch('setpagecolors', { mode }));
    }
    ui.followCursor.addEventListener('click', () => bus.dispatch('setfollowcursor', { on: ui.followCursor.getAttribute('aria-pressed') !== 'true' }));
    bus.on('followcursorchanged', ({ on }) => ui.followCursor.setAttribute('aria-pressed', String(on)));

    window.addEventListener('keydown', (e) => {
      const mod = e.ctrlKey || e.metaKey;
      if (mod && (e.key === '=' || e.key === '+')) bus.dispatch('zoomin', {});
      else if (mod && e.key === '-') bus.dispatch('zoomout', {});
      else if (mod && e.key === '0') bus.dispatch('setscale', { value: 'auto' });
      else if (mod || e.altKey || (e.target as HTMLElement | null)?.closest?.('input, select, textarea')) return;
      else if (e.key === 'n' || e.key === 'j') bus.dispatch('nextpage', {});
      else if (e.key === 'p' || e.key === 'k') bus.dispatch('previouspage', {});
      else if (e.key === 'Home') bus.dispatch('gotopage', { page: 1 });
      else if (e.key === 'End') bus.dispatch('gotopage', { page: Infinity });
      else return;
      e.preventDefault();
    });

    bus.on('documentshown', ({ pageCount }) => { ui.pageCount.textContent = `/ ${pageCount}`; });
    bus.on('viewchanged', (v) => this.#update(v));
    bus.on('pagecolorschanged', ({ mode }) => {
      for (const [m, button] of Object.entries(ui.pageColors)) button.setAttribute('aria-pressed', String(m === mode));
    });
  }

  #update({ page, pageCount, scaleValue, scale }: { page: number; pageCount: number; scaleValue: string; scale: number }): void {
    const { ui } = this;
    if (document.activeElement !== ui.pageNumber) ui.pageNumber.value = String(page);
    ui.prevPage.disabled = page <= 1;
    ui.nextPage.disabled = page >= pageCount;
    const preset = Array.from(ui.scaleSelect.options).find((o) => o.value === scaleValue && o !== ui.customScale);
    if (preset) {
      ui.scaleSelect.value = preset.value;
    } else {
      ui.customScale.textContent = `${Math.round(scale * 100)}%`;
      ui.scaleSelect.value = 'custom';
    }
  }
}
