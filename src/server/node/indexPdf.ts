import { join } from 'node:path';
import type { AnchorIndex } from '../../core/paperIndex';
import { AnchorIndexClient } from '../../indexWorker/anchorIndexClient';
import { NODE_WORKER_FILE, nodeWorkerFactory } from '../../indexWorker/nodeWorkerFactory';

/**
 * Indexes a PDF's anchors for the CLI and the language server. pdf.js runs in worker threads next to the bundle (dist/), so a PDF that makes it
 * hang ends in a timeout, not a hung command. Rejects with AnchorIndexError.
 */
export async function indexPdf(data: Uint8Array, password?: string): Promise<AnchorIndex> {
  const client = new AnchorIndexClient({ createWorker: nodeWorkerFactory(join(__dirname, NODE_WORKER_FILE)) });
  try {
    return await client.index(data, password === undefined ? {} : { password });
  } finally {
    client.dispose();
  }
}
