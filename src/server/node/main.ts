// The review language server in Node: over stdio (`--stdio`) or IPC (`--node-ipc`, as vscode-languageclient starts
// it), with node:fs for files and pdf.js in worker threads for the paper's anchors.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startReviewServer, paperRootAmong } from '../reviewServer';
import { indexPdf } from './indexPdf';
import { NodeReviewWorkspace } from './nodeWorkspace';

export function startNodeServer(): void {
  const connection = createConnection(ProposedFeatures.all);
  startReviewServer(connection, {
    createWorkspace: (folders) => new NodeReviewWorkspace((review) => paperRootAmong(folders(), review)),
    getAnchorIndex: async (uri, read) => {
      try {
        return await indexPdf(await read());
      } catch (err) {
        // Said once: the service keeps the failure until the PDF changes.
        connection.window.showWarningMessage(`Paper Review cannot find the figures and sections of ${uri}: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    },
  });
}
