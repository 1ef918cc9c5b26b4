// The viewer app's own event bus, as pdf.js's web/ has one: the controller announces what the document view did,
// the components (toolbar, find bar, sidebar, password prompt) announce what the reader asked for, and none of
// them holds another. pdf.js's own EventBus stays inside each DocumentView.
import type { MapAnchor, MapNote } from '../../protocol/viewerMessages';
import type { OutlineItem } from './sidebar';

export type PageColorsMode = 'light' | 'dark' | 'invert';

export interface ViewerEvents {
  // ---- controller → components ----
  /** A document is shown; `outline` is set when it is a new document (not a rebuilt view of the same one). */
  readonly documentshown: { readonly pageCount: number; readonly outline?: readonly OutlineItem[] | null };
  /** The page or the scale changed. */
  readonly viewchanged: { readonly page: number; readonly pageCount: number; readonly scaleValue: string; readonly scale: number };
  readonly findresult: { readonly matches?: { readonly current: number; readonly total: number }; readonly notFound: boolean };
  /** The page colours in effect. */
  readonly pagecolorschanged: { readonly mode: PageColorsMode };
  /** The paper's anchors with the review's notes on them (sent by the host, again as the review changes). */
  readonly papermap: { readonly anchors: readonly MapAnchor[] };
  /** Whether the viewer follows the review's cursor. */
  readonly followcursorchanged: { readonly on: boolean };
  /** List an anchor's notes beside `at` (a badge was pressed). */
  readonly shownotes: { readonly anchor: MapAnchor; readonly at: DOMRect };
  // ---- components → controller ----
  /** Go to a page (clamped to the document; Infinity is the last page). */
  readonly gotopage: { readonly page: number };
  readonly nextpage: Record<string, never>;
  readonly previouspage: Record<string, never>;
  readonly zoomin: Record<string, never>;
  readonly zoomout: Record<string, never>;
  /** A pdf.js scale value: a number as text, or "auto" | "page-width" | "page-fit". */
  readonly setscale: { readonly value: string };
  readonly find: { readonly query: string; readonly again: boolean; readonly previous: boolean };
  readonly findclose: Record<string, never>;
  readonly outlineselect: { readonly item: OutlineItem };
  /** The reader picked page colours in the toolbar. */
  readonly setpagecolors: { readonly mode: PageColorsMode };
  /** The reader turned following the review's cursor on or off. */
  readonly setfollowcursor: { readonly on: boolean };
  /** Show an anchor of the paper map in the paper. */
  readonly anchorselect: { readonly anchor: MapAnchor };
  /** Show a note in the review. */
  readonly noteselect: { readonly note: MapNote };
}

type Listener<T> = (payload: T) => void;

export class EventBus<Events extends object = ViewerEvents> {
  readonly #listeners = new Map<keyof Events, Set<Listener<never>>>();

  /** Returns a function that removes the listener. */
  on<K extends keyof Events>(name: K, listener: Listener<Events[K]>): () => void {
    let set = this.#listeners.get(name);
    if (!set) this.#listeners.set(name, (set = new Set()));
    set.add(listener as Listener<never>);
    return () => set.delete(listener as Listener<never>);
  }

  dispatch<K extends keyof Events>(name: K, payload: Events[K]): void {
    for (const listener of [...(this.#listeners.get(name) ?? [])]) (listener as Listener<Events[K]>)(payload);
  }
}
