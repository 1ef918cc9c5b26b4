// The anchor-index worker's message loop, shared by the worker_threads worker (worker.node.ts) and the web worker
// (worker.web.ts): they differ only in how messages arrive. pdf.js runs on this worker's thread.
import { openDocument, readDocumentInfo, scanPages, type PdfLoader } from '../core/anchors';
import { ANCHOR_INDEX_PROTOCOL_VERSION, parseToIndexWorker, toWireError, type FromIndexWorker, type IndexRequest } from '../protocol/anchorIndexMessages';
import { createPdfjsLoader, preloadPdfjs } from './pdfjs';

export interface WorkerEndpoint {
  post(message: FromIndexWorker): void;
  listen(handler: (message: unknown) => void): void;
}

export function runIndexWorker(endpoint: WorkerEndpoint, loader?: PdfLoader): void {
  const load = loader ?? createPdfjsLoader();
  const running = new Map<number, { aborted: boolean }>();

  async function index(req: IndexRequest): Promise<void> {
    const signal = { aborted: false };
    running.set(req.requestId, signal);
    const { requestId } = req;
    try {
      const doc = await openDocument(load, new Uint8Array(req.data), req.password);
      try {
        const pages = Array.from({ length: doc.numPages }, (_, i) => i + 1).filter((p) => (p - 1) % req.part.count === req.part.index);
        // The outline and destinations are read while the pages are scanned, so the first page is not held back.
        const info = req.part.index === 0
          ? readDocumentInfo(doc).then((i) => endpoint.post({ type: 'progress', requestId, pages: doc.numPages, scans: [], info: i }))
          : Promise.resolve();
        await scanPages(doc, pages, (scan) => endpoint.post({ type: 'progress', requestId, pages: doc.numPages, scans: [scan] }), signal);
        await info;
      } finally {
        await doc.destroy();
      }
      endpoint.post({ type: 'result', requestId, ok: true });
    } catch (err) {
      endpoint.post({ type: 'result', requestId, ok: false, error: toWireError(err) });
    } finally {
      running.delete(requestId);
    }
  }

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
        void index(msg);
        break;
      default: {
        const never: never = msg;
        return never;
      }
    }
  });
  endpoint.post({ type: 'ready', protocolVersion: ANCHOR_INDEX_PROTOCOL_VERSION });
  // pdf.js loads while the host sends the first PDF rather than after it arrives.
  if (!loader) preloadPdfjs();
}
