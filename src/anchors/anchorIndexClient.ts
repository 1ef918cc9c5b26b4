// The host side of the anchor-index workers: starts them lazily, splits a document's pages over them, merges their
// page scans into the index (and into partial anchors while they work), and turns a hang, a crash or a cancellation
// into an AnchorIndexError. The same class serves the desktop and web extension hosts and the CLI; only
// `createWorker` differs (nodeWorkerFactory.ts, webWorkerFactory.ts).
import { AnchorIndexError, finalizeIndex, progressDue, type AnchorIndex, type AnchorIndexProgress, type DocumentInfo, type PageScan } from '../core/anchors';
import { ANCHOR_INDEX_PROTOCOL_VERSION, fromWireError, isPdfjsWorkerMessage, parseFromIndexWorker, type FromIndexWorker, type ToIndexWorker } from '../protocol/anchorIndexMessages';

/** A started worker, seen from the host. */
export interface IndexWorkerHandle {
  postMessage(message: ToIndexWorker, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

export interface IndexWorkerEvents {
  onMessage(message: unknown): void;
  /** The worker failed to start, threw, or exited. */
  onError(error: Error): void;
}

export type IndexWorkerFactory = (events: IndexWorkerEvents) => IndexWorkerHandle | Promise<IndexWorkerHandle>;

/** vscode.CancellationToken fits this; so does a small object in the CLI and tests. */
export interface CancellationTokenLike {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export interface AnchorIndexClientOptions {
  readonly createWorker: IndexWorkerFactory;
  /**
   * Workers per document (pages are interleaved over them). Default 1: on the shared 2-core machine bench/index measured
   * no gain from 2 (each worker parses the document and its fonts again, and the second core was busy); see the bench.
   */
  readonly workers?: number;
  /** A request with no message from a worker for this long is a hang: it fails with `timeout` and the workers restart. */
  readonly timeoutMs?: number;
  /**
   * A request that takes this long in all fails with `timeout` even while pages keep coming (a PDF of endless slow
   * pages must not keep a worker busy for ever).
   */
  readonly totalTimeoutMs?: number;
  /** Workers are terminated after this long without requests (they hold pdf.js and its caches). */
  readonly idleMs?: number;
}

export interface IndexOptions {
  readonly password?: string;
  readonly onProgress?: (progress: AnchorIndexProgress) => void;
  readonly token?: CancellationTokenLike;
  /** Overrides the client's `timeoutMs` for this request. */
  readonly timeoutMs?: number;
  /** Overrides the client's `totalTimeoutMs` for this request. */
  readonly totalTimeoutMs?: number;
}

interface Job {
  readonly id: number;
  readonly parts: number;
  done: number;
  pages: number;
  info?: DocumentInfo;
  readonly scans: Map<number, PageScan>;
  readonly onProgress?: (progress: AnchorIndexProgress) => void;
  readonly settle: (err: AnchorIndexError | undefined) => void;
  touch(): void;
}

interface Slot {
  handle?: IndexWorkerHandle;
  readonly ready: Promise<void>;
  dead: boolean;
  readonly jobs: Set<Job>;
}

export class AnchorIndexClient {
  readonly #options: Required<AnchorIndexClientOptions>;
  #slots: Slot[] = [];
  readonly #jobs = new Map<number, Job>();
  #nextId = 1;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #disposed = false;
  /** Workers started so far (tests and the bench read it). */
  workersStarted = 0;

  constructor(options: AnchorIndexClientOptions) {
    this.#options = { workers: 1, timeoutMs: 30_000, totalTimeoutMs: 300_000, idleMs: 60_000, ...options };
  }

  /** Indexes the PDF in `data` (the caller's bytes stay intact). Rejects with an AnchorIndexError. */
  async index(data: Uint8Array, options: IndexOptions = {}): Promise<AnchorIndex> {
    if (this.#disposed) throw new AnchorIndexError('cancelled', 'The anchor index is shut down.');
    if (options.token?.isCancellationRequested) throw new AnchorIndexError('cancelled', 'Indexing was cancelled.');
    clearTimeout(this.#idleTimer);
    const id = this.#nextId++;
    const slots = this.#ensureSlots();
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs;
    const totalMs = options.totalTimeoutMs ?? this.#options.totalTimeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let totalTimer: ReturnType<typeof setTimeout> | undefined;
    let cancelSub: { dispose(): void } | undefined;
    try {
      return await new Promise<AnchorIndex>((resolve, reject) => {
        const job: Job = {
          id, parts: slots.length, done: 0, pages: 0, scans: new Map(), onProgress: options.onProgress,
          settle: (err) => {
            if (!this.#jobs.delete(id)) return;
            for (const s of slots) s.jobs.delete(job);
            if (err) {
              for (const s of slots) if (!s.dead) s.handle?.postMessage({ type: 'cancel', requestId: id }, []);
              reject(err);
            } else resolve(finalizeIndex(job.info!, [...job.scans.values()]));
          },
          touch: () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              const where = job.pages ? `after ${job.scans.size} of ${job.pages} pages` : 'before the PDF was open';
              job.settle(new AnchorIndexError('timeout', `Indexing stopped responding ${where} for ${Math.max(1, Math.round(timeoutMs / 1000))} s; the PDF may be too complex or damaged.`));
              this.#restart(slots, 'The index worker was restarted after another request hung.');
            }, timeoutMs);
          },
        };
        this.#jobs.set(id, job);
        job.touch();
        totalTimer = setTimeout(() => {
          job.settle(new AnchorIndexError('timeout', `Indexing took longer than ${Math.max(1, Math.round(totalMs / 1000))} s in all (${job.scans.size} of ${job.pages || '?'} pages read); the PDF may be too large or complex.`));
          this.#restart(slots, 'The index worker was restarted after another request took too long.');
        }, totalMs);
        cancelSub = options.token?.onCancellationRequested(() => job.settle(new AnchorIndexError('cancelled', 'Indexing was cancelled.')));
        slots.forEach((slot, index) => {
          slot.jobs.add(job);
          slot.ready.then(() => {
            if (!this.#jobs.has(id) || slot.dead) return;
            // Each worker gets its own copy, transferred rather than cloned again. `new Uint8Array(view)` always copies
            // (a Node Buffer's slice() is a view of a shared pool, and transferring that would detach the caller's bytes).
            const copy = new Uint8Array(data).buffer;
            slot.handle!.postMessage({ type: 'index', requestId: id, data: copy, part: { index, count: slots.length }, ...(options.password === undefined ? {} : { password: options.password }) }, [copy]);
          }).catch((err: unknown) => job.settle(err instanceof AnchorIndexError ? err : new AnchorIndexError('worker-failed', `The index worker could not start: ${(err as Error)?.message ?? String(err)}`)));
        });
      });
    } finally {
      clearTimeout(timer);
      clearTimeout(totalTimer);
      cancelSub?.dispose();
      this.#scheduleIdle();
    }
  }

  /** Terminates the workers and fails what is running. */
  dispose(): void {
    this.#disposed = true;
    clearTimeout(this.#idleTimer);
    for (const job of [...this.#jobs.values()]) job.settle(new AnchorIndexError('cancelled', 'The anchor index is shut down.'));
    this.#terminate(this.#slots);
  }

  #ensureSlots(): Slot[] {
    this.#slots = this.#slots.filter((s) => !s.dead);
    while (this.#slots.length < this.#options.workers) this.#slots.push(this.#start());
    return [...this.#slots];
  }

  #start(): Slot {
    this.workersStarted++;
    let markReady!: () => void;
    let fail!: (e: AnchorIndexError) => void;
    const ready = new Promise<void>((res, rej) => { markReady = res; fail = rej; });
    ready.catch(() => undefined); // observed by each job; a slot without jobs must not warn
    const slot: Slot = { ready, dead: false, jobs: new Set() };
    const die = (err: AnchorIndexError) => {
      if (slot.dead) return;
      slot.dead = true;
      fail(err);
      slot.handle?.terminate();
      for (const job of [...slot.jobs]) job.settle(err);
    };
    const events: IndexWorkerEvents = {
      onMessage: (raw) => {
        if (slot.dead || isPdfjsWorkerMessage(raw)) return;
        const msg = parseFromIndexWorker(raw);
        if (!msg) return die(new AnchorIndexError('protocol', 'The index worker sent a malformed message.'));
        this.#onMessage(slot, msg, markReady, die);
      },
      onError: (e) => die(new AnchorIndexError('worker-failed', `The index worker failed: ${e.message}`)),
    };
    Promise.resolve()
      .then(() => this.#options.createWorker(events))
      .then((handle) => { if (slot.dead) handle.terminate(); else slot.handle = handle; })
      .catch((e: unknown) => die(new AnchorIndexError('worker-failed', `The index worker could not start: ${(e as Error)?.message ?? String(e)}`)));
    return slot;
  }

  #onMessage(slot: Slot, msg: FromIndexWorker, markReady: () => void, die: (e: AnchorIndexError) => void): void {
    switch (msg.type) {
      case 'ready':
        if (msg.protocolVersion !== ANCHOR_INDEX_PROTOCOL_VERSION) {
          return die(new AnchorIndexError('protocol', `The index worker speaks protocol ${msg.protocolVersion}, expected ${ANCHOR_INDEX_PROTOCOL_VERSION} (a stale build?).`));
        }
        return markReady();
      case 'progress': {
        const job = this.#jobs.get(msg.requestId);
        if (!job || !slot.jobs.has(job)) return;
        job.touch();
        job.pages = msg.pages;
        if (msg.info) job.info = msg.info;
        for (const s of msg.scans) job.scans.set(s.page, s);
        if (msg.scans.length && job.onProgress && progressDue(job.scans.size, job.pages)) {
          // Before the outline/destinations arrive, only anchors the printed text proves on its own are shown.
          const info = job.info ?? { pages: job.pages, fingerprint: '', outline: [], destinations: [] };
          job.onProgress({ pagesDone: job.scans.size, pages: job.pages, anchors: finalizeIndex(info, [...job.scans.values()]).anchors });
        }
        return;
      }
      case 'result': {
        const job = this.#jobs.get(msg.requestId);
        if (!job || !slot.jobs.has(job)) return;
        if (!msg.ok) return job.settle(fromWireError(msg.error));
        slot.jobs.delete(job);
        if (++job.done === job.parts) {
          job.settle(job.info ? undefined : new AnchorIndexError('protocol', 'The index worker finished without the document info.'));
        }
        return;
      }
      default: {
        const never: never = msg;
        return never;
      }
    }
  }

  #restart(slots: Slot[], reason: string): void {
    for (const s of slots) for (const job of [...s.jobs]) job.settle(new AnchorIndexError('worker-failed', reason));
    this.#terminate(slots);
  }

  #terminate(slots: Slot[]): void {
    for (const s of slots) {
      s.dead = true;
      s.handle?.terminate();
    }
    this.#slots = this.#slots.filter((s) => !s.dead);
  }

  #scheduleIdle(): void {
    clearTimeout(this.#idleTimer);
    if (this.#jobs.size || this.#disposed) return;
    this.#idleTimer = setTimeout(() => { if (!this.#jobs.size) this.#terminate(this.#slots); }, this.#options.idleMs);
    // An idle timer must not keep a CLI process alive.
    (this.#idleTimer as { unref?: () => void }).unref?.();
  }
}
