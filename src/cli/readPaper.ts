// The root a review's paper must stay in, for `paper-review check`; the language service applies the path rule and
// asks the Node workspace port (src/server/node/nodeWorkspace.ts) what only the file system knows.
import { dirname, resolve } from 'node:path';
import { isInside } from '../server/node/nodeWorkspace';

/**
 * The root a review's paper must stay in: `paperRoot` when the review lies inside it, else the review's own folder.
 */
export function paperRootFor(reviewFile: string, paperRoot: string | undefined): string {
  const folder = dirname(resolve(reviewFile));
  return paperRoot !== undefined && isInside(resolve(paperRoot), folder) ? resolve(paperRoot) : folder;
}
