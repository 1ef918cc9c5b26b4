// Figures and tables a revised paper numbers differently ("Figure 3 is now Figure 4"), matched by their captions.
import type { Anchor, AnchorIndex } from '../paperIndex/types';
import { searchKey } from './normalise';

export interface Renumbering {
  readonly kind: 'figure' | 'table';
  readonly from: string;
  readonly to: string;
  /** The caption both versions print. */
  readonly title: string;
  readonly part?: Anchor['part'];
}

const captionKey = (a: Anchor) => `${a.kind}|${a.part ?? ''}|${searchKey(a.title).key}`;

/** Captions printed once in an index, by kind and caption; captions printed twice cannot tell which is which. */
function byCaption(index: AnchorIndex): Map<string, Anchor> {
  const seen = new Map<string, Anchor | null>();
  for (const a of index.anchors) {
    if ((a.kind !== 'figure' && a.kind !== 'table') || searchKey(a.title).key.length < 8) continue;
    const key = captionKey(a);
    seen.set(key, seen.has(key) ? null : a);
  }
  return new Map([...seen].filter((e): e is [string, Anchor] => e[1] !== null));
}

/** The figures and tables whose caption both versions print once, under a different number in the revised one. */
export function renumberings(previous: AnchorIndex, revised: AnchorIndex): Renumbering[] {
  const after = byCaption(revised);
  const result: Renumbering[] = [];
  for (const [key, before] of byCaption(previous)) {
    const now = after.get(key);
    if (now && now.label !== before.label) {
      result.push({ kind: before.kind as 'figure' | 'table', from: before.label, to: now.label, title: now.title, ...(now.part ? { part: now.part } : {}) });
    }
  }
  return result;
}
