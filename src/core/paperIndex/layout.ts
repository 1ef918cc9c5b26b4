import { wordsOf } from './lines';
import type { PdfTextContent, PdfTextItem } from './pdfTypes';

/** A run of text items on one baseline with no large horizontal gap: a line, or one column's part of a line. */
export interface Fragment {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** Baseline. */
  readonly y: number;
  /** Largest font size in the run. */
  readonly size: number;
  /** Items in order, so callers can tell the label's font from the title's. */
  readonly items: readonly PdfTextItem[];
  /** More than one font size in the run (small capitals). */
  readonly mixedSizes: boolean;
}

export interface PageLayout {
  readonly fragments: readonly Fragment[];
  /** Most-used font and size on the page (by characters): the body text. */
  readonly bodyFont: string;
  readonly bodySize: number;
  readonly chars: number;
  /** Right edge of the body text (the largest right end of a body-size line): where a contents page sets its page numbers. */
  readonly right: number;
  /** The usual distance between baselines of body text (0 when the page has too little text to tell). */
  readonly pitch: number;
  /** The page's words (computed once, on first use): they tell a line-end hyphen that breaks a word from a real one. */
  words(): ReadonlySet<string>;
}

const sizeOf = (it: PdfTextItem): number => Math.hypot(it.transform[2] ?? 0, it.transform[3] ?? 0) || it.height;

/**
 * Groups pdf.js items (in content-stream order, which is reading order for TeX and most generators) into fragments.
 * A new fragment starts at a new baseline, when text goes backwards, or after a gap wider than 1.5 em
 * (a column gutter, or the space before a right-aligned equation number).
 */
export function layoutPage(content: PdfTextContent): PageLayout {
  const fragments: Fragment[] = [];
  const usage = new Map<string, number>();
  let cur: { items: PdfTextItem[]; text: string; x0: number; x1: number; y: number; size: number; sizes: Set<number> } | undefined;
  let chars = 0;
  const flush = () => {
    if (cur && cur.text.trim()) {
      fragments.push({ text: cur.text.replace(/\s+/g, ' ').trim(), x0: cur.x0, x1: cur.x1, y: cur.y, size: cur.size, items: cur.items, mixedSizes: cur.sizes.size > 1 });
    }
    cur = undefined;
  };
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const it = raw as PdfTextItem;
    if (it.str === '') continue;
    const size = sizeOf(it);
    const x = it.transform[4] ?? 0;
    const y = it.transform[5] ?? 0;
    const blank = it.str.trim() === '';
    if (!blank) {
      const n = it.str.length;
      chars += n;
      const key = `${it.fontName}\u0000${Math.round(size * 2) / 2}`;
      usage.set(key, (usage.get(key) ?? 0) + n);
    }
    if (cur) {
      const em = Math.max(cur.size, size);
      // A smaller item slightly above or below is a superscript or subscript ("10²"): it stays on the line.
      const sameLine = Math.abs(y - cur.y) < 0.35 * em || (size < 0.85 * cur.size && Math.abs(y - cur.y) < 0.6 * cur.size);
      const gap = x - cur.x1;
      if (!sameLine || gap < -0.5 * em || gap > 1.5 * em) flush();
      else if (blank) { if (!/\s$/.test(cur.text)) cur.text += ' '; continue; }
    }
    if (!cur) {
      if (blank) continue;
      cur = { items: [], text: '', x0: x, x1: x, y, size, sizes: new Set() };
    }
    // Separate words the generator placed apart without a space character.
    if (!blank && cur.text && !/\s$/.test(cur.text) && x - cur.x1 > 0.15 * size) cur.text += ' ';
    if (blank) {
      // pdf.js emits spacer items as wide as the gap they cover; they must not bridge a gutter.
      if (!/\s$/.test(cur.text)) cur.text += ' ';
      continue;
    }
    cur.text += it.str;
    cur.items.push(it);
    {
      cur.sizes.add(Math.round(size * 2) / 2);
      cur.size = Math.max(cur.size, size);
      // Superscripts and subscripts shift the baseline; keep the fragment's baseline from its first item.
    }
    cur.x1 = Math.max(cur.x1, x + it.width);
  }
  flush();
  let best = '';
  let bestCount = -1;
  for (const [key, n] of usage) if (n > bestCount) { best = key; bestCount = n; }
  const [bodyFont = '', bodySize = '0'] = best.split('\u0000');
  let words: Set<string> | undefined;
  const right = fragments.reduce((r, f) => (Math.abs(f.size - Number(bodySize)) < 0.6 ? Math.max(r, f.x1) : r), 0);
  const drops = new Map<number, number>();
  for (let i = 1; i < fragments.length; i++) {
    const a = fragments[i - 1]!, b = fragments[i]!;
    const d = Math.round((a.y - b.y) * 2) / 2;
    if (d > 0 && Math.abs(a.size - Number(bodySize)) < 0.6 && Math.abs(b.size - Number(bodySize)) < 0.6) drops.set(d, (drops.get(d) ?? 0) + 1);
  }
  let pitch = 0;
  for (const [d, n] of drops) if (n >= 3 && n > (drops.get(pitch) ?? 0)) pitch = d;
  return { fragments, bodyFont, bodySize: Number(bodySize), chars, right, pitch, words: () => (words ??= wordsOf(fragments.map((f) => f.text))) };
}

/** The font of a fragment's first visible item: the label's font ("Figure 3", "Theorem 2", "4.1"). */
export function leadFont(f: Fragment): string {
  return f.items.find((i) => i.str.trim())?.fontName ?? '';
}
