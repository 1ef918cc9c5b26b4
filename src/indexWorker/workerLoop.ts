// The anchor-index worker's message loop, shared by the worker_threads worker (worker.node.ts) and the web worker
// (worker.web.ts): they differ only in how messages arrive. pdf.js runs on this worker's thread.
import { openDocument, readIndexParts, type PdfDocument, type PdfLoader } from '../core/paperIndex';
import { readFirstPage } from '../core/newReview/paperFacts';
import { ANCHOR_INDEX_PROTOCOL_VERSION, parseToIndexWorker, toWireError, type FirstPageRequest, type FromIndexWorker, type IndexRequest } from '../protocol/anchorIndexMessages';
import { createPdfjsLoader, preloadPdfjs } from './pdfjs';

export interface WorkerEndpoint {
  post(message: FromIndexWorker): void;
  listen(handler: (message: unknown) => void): void;
  /** Called after an index request is answered with success (the Node worker then saves its code cache). */
  indexed?(): void;
}

export function runIndexWorker(endpoint: WorkerEndpoint, loader?: PdfLoader): void {
  const load = loader ?? createPdfjsLoader();
  const running = new Map<number, { aborted: boolean }>();

  /** Opens the request's PDF, runs `work` on it, and answers with a result (its failure, mapped, if it throws); true when it succeeded. */
  async function withDocument(req: IndexRequest | FirstPageRequest, work: (doc: PdfDocument, signal: { aborted: boolean }) => Promise<unknown>): Promise<boolean> {
    const signal = { aborted: false };
    const { requestId } = req;
    running.set(requestId, signal);
    try {
      const doc = await openDocument(load, new Uint8Array(req.data), req.password);
      try {
        await work(doc, signal);
      } finally {
        await doc.destroy();
      }
      endpoint.post({ type: 'result', requestId, ok: true });
      return true;
    } catch (err) {
      endpoint.post({ type: 'result', requestId, ok: false, error: toWireError(err) });
      return false;
    } finally {
      running.delete(requestId);
    }
  }

  const index = (req: IndexRequest) => withDocument(req, (doc, signal) => {
    const { requestId } = req;
    const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1).filter((p) => (p - 1) % req.part.count === req.part.index);
    return readIndexParts(doc, pages, req.part.index === 0, {
      info: (info) => endpoint.post({ type: 'progress', requestId, pages: doc.numPages, scans: [], info }),
      scan: (scan) => endpoint.post({ type: 'progress', requestId, pages: doc.numPages, scans: [scan] }),
    }, signal);
  });

  const firstPage = (req: FirstPageRequest) => withDocument(req, async (doc) => {
    endpoint.post({ type: 'firstPage', requestId: req.requestId, facts: await readFirstPage(doc) });
  });

  endpoint.listen((raw) => {
    const msg = parseToIndexWorker(raw);
    if (!msg) {
      const requestId = (raw as { requestId?: unknown } | null)?.requestId;
      if (typeof requestId === 'number') endpoint.post({ type: 'result', requestId, ok: false, error: { name: 'AnchorIndexError', message: 'The index worker got a malformed request.', code: 'protocol' } });
      return;
    }
    switch (msg.type) {
      case 'cancel': {
        const job = running.get(msg.requestId);
        if (job) job.aborted = true;
        break;
      }
      case 'index':
        void index(msg).then((ok) => { if (ok) endpoint.indexed?.(); });
        break;
      case 'firstPage':
        void firstPage(msg);
        break;
      default: {
        const never: never = msg;
        return never;
      }
    }
  });
  // Ready once pdf.js is loaded: nothing can be read before, and a worker started at activation (AnchorIndexClient
  // warmUp) is then ready for the first PDF with no load left to do.
  void (loader ? Promise.resolve() : preloadPdfjs()).then(() => endpoint.post({ type: 'ready', protocolVersion: ANCHOR_INDEX_PROTOCOL_VERSION }));
}
