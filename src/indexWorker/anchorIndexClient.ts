// The host side of the anchor-index workers: starts them lazily (or at activation), splits a document's pages over
// them, feeds their page scans to the one IndexAssembler (partial anchors come from it as pages arrive), and turns a hang, a crash or a cancellation
// into an AnchorIndexError. The same class serves the desktop and web extension hosts and the CLI; only
// `createWorker` differs (nodeWorkerFactory.ts, webWorkerFactory.ts).
import { AnchorIndexError, IndexAssembler, assemblingSink, type AnchorIndex, type AnchorIndexProgress, type IndexSink } from '../core/paperIndex';
import type { PaperFacts } from '../core/newReview/paperFacts';
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

/** One request in flight over some workers: an index (all workers, one part each) or a first-page read (one worker). */
interface Job {
  readonly id: number;
  readonly parts: number;
  done: number;
  pages: number;
  /** Index requests: the one assembler, fed as the workers' scans arrive. */
  readonly assembler?: IndexAssembler;
  readonly sink?: IndexSink;
  /** First-page requests: the worker's answer. */
  facts?: PaperFacts;
  readonly settle: (err: AnchorIndexError | undefined) => void;
  touch(): void;
}

/** One kind of request: what each worker is sent, and how the answer is read. */
interface RequestSpec<T> {
  readonly data: Uint8Array;
  readonly options: Omit<IndexOptions, 'onProgress'>;
  /** Set for an index: the workers' scans go to an assembler, which reports progress. */
  readonly indexing?: { readonly onProgress?: (progress: AnchorIndexProgress) => void };
  readonly message: (requestId: number, data: ArrayBuffer, part: { index: number; count: number }) => ToIndexWorker;
  /** Where a request that stopped responding was, for the timeout's message. */
  readonly stalled: (job: Job) => string;
  readonly complete: (job: Job) => T;
}

const password = (options: { readonly password?: string }) => (options.password === undefined ? {} : { password: options.password });

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
  index(data: Uint8Array, options: IndexOptions = {}): Promise<AnchorIndex> {
    return this.#request({
      data, options, indexing: { onProgress: options.onProgress },
      message: (requestId, copy, part) => ({ type: 'index', requestId, data: copy, part, ...password(options) }),
      stalled: (job) => `after ${job.assembler!.pagesDone} of ${job.pages} pages`,
      complete: (job) => job.assembler!.finish(),
    });
  }

  /**
   * Page 1's text and the paper's title, for New Review: reads only the first page and the Info dictionary, in the
   * first worker (started now if none runs). Rejects with an AnchorIndexError.
   */
  firstPage(data: Uint8Array, options: Omit<IndexOptions, 'onProgress'> = {}): Promise<PaperFacts> {
    return this.#request({
      data, options,
      message: (requestId, copy) => ({ type: 'firstPage', requestId, data: copy, ...password(options) }),
      stalled: () => 'reading the first page',
      complete: (job) => job.facts ?? {},
    });
  }

  /**
   * Starts the workers now (at activation), so the first request does not wait for a worker and pdf.js to load.
   * Resolves when they are ready (never rejects: a failed start shows on the first request).
   */
  warmUp(): Promise<void> {
    if (this.#disposed) return Promise.resolve();
    const slots = this.#ensureSlots();
    this.#scheduleIdle();
    return Promise.all(slots.map((s) => s.ready)).then(() => undefined, () => undefined);
  }

  async #request<T>(spec: RequestSpec<T>): Promise<T> {
    const { data, options, indexing } = spec;
    if (this.#disposed) throw new AnchorIndexError('cancelled', 'The anchor index is shut down.');
    if (options.token?.isCancellationRequested) throw new AnchorIndexError('cancelled', 'Indexing was cancelled.');
    clearTimeout(this.#idleTimer);
    const id = this.#nextId++;
    // An index splits the pages over all workers; a first-page read needs one.
    const slots = this.#ensureSlots().slice(0, indexing ? undefined : 1);
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs;
    const totalMs = options.totalTimeoutMs ?? this.#options.totalTimeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let totalTimer: ReturnType<typeof setTimeout> | undefined;
    let cancelSub: { dispose(): void } | undefined;
    try {
      return await new Promise<T>((resolve, reject) => {
        const assembler = indexing ? new IndexAssembler() : undefined;
        const job: Job = {
          id, parts: slots.length, done: 0, pages: 0,
          ...(assembler ? { assembler, sink: assemblingSink(assembler, () => job.pages, indexing!.onProgress) } : {}),
          settle: (err) => {
            if (!this.#jobs.delete(id)) return;
            for (const s of slots) s.jobs.delete(job);
            if (err) {
              for (const s of slots) if (!s.dead) s.handle?.postMessage({ type: 'cancel', requestId: id }, []);
              reject(err);
            } else {
              try { resolve(spec.complete(job)); } catch (e) { reject(new AnchorIndexError('protocol', `The index worker's answer was incomplete: ${(e as Error).message}`)); }
            }
          },
          touch: () => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              const at = job.pages ? spec.stalled(job) : 'before the PDF was open';
              job.settle(new AnchorIndexError('timeout', `Indexing stopped responding ${at} for ${Math.max(1, Math.round(timeoutMs / 1000))} s; the PDF may be too complex or damaged.`));
              this.#restart(slots, 'The index worker was restarted after another request hung.');
            }, timeoutMs);
          },
        };
        this.#jobs.set(id, job);
        job.touch();
        totalTimer = setTimeout(() => {
          job.settle(new AnchorIndexError('timeout', `Indexing took longer than ${Math.max(1, Math.round(totalMs / 1000))} s in all (${job.assembler?.pagesDone ?? 0} of ${job.pages || '?'} pages read); the PDF may be too large or complex.`));
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
            slot.handle!.postMessage(spec.message(id, copy, { index, count: slots.length }), [copy]);
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
        if (!job?.sink || !slot.jobs.has(job)) return;
        job.touch();
        job.pages = msg.pages;
        if (msg.info) job.sink.info(msg.info);
        for (const scan of msg.scans) job.sink.scan(scan);
        return;
      }
      case 'firstPage': {
        const job = this.#jobs.get(msg.requestId);
        if (!job || job.sink || !slot.jobs.has(job)) return;
        job.touch();
        job.pages = 1;
        job.facts = msg.facts;
        return;
      }
      case 'result': {
        const job = this.#jobs.get(msg.requestId);
        if (!job || !slot.jobs.has(job)) return;
        if (!msg.ok) return job.settle(fromWireError(msg.error));
        slot.jobs.delete(job);
        if (++job.done === job.parts) {
          job.settle(!job.sink || job.assembler?.info ? undefined : new AnchorIndexError('protocol', 'The index worker finished without the document info.'));
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
