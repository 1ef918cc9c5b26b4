/**
 * Requests with replies over a channel that only carries one-way messages (a webview's `postMessage`, both ways).
 * Modelled on pdf.js's MessageHandler and its `sendWithPromise`: every request carries a fresh `requestId`, the
 * other side answers `{ requestId, ok: true, result }` or `{ requestId, ok: false, error: { name, message } }`, and
 * errors are rebuilt into a closed set of classes by name (pdf.js's `wrapReason`), so a caller can tell a timeout
 * from a document that failed to open with `instanceof`.
 *
 * Both sides use the same class: `request` on the asking side, `handle` on the answering side, and `receive` for
 * every incoming message. Everything received is checked at run time: the envelope here, a request's params and a
 * reply's result by the checks the protocol gives per method. A request gets no reply after `timeoutMs`, and
 * nothing is sent or answered after `dispose`.
 */
import { isBoolean, isObject, isRequestId, isShortString, validate, type Check } from './check';

export interface RequestMessage {
  readonly type: 'request';
  readonly requestId: number;
  readonly method: string;
  readonly params: unknown;
}
export interface WireError {
  readonly name: string;
  readonly message: string;
}
export type ReplyMessage =
  | { readonly type: 'reply'; readonly requestId: number; readonly ok: true; readonly result: unknown }
  | { readonly type: 'reply'; readonly requestId: number; readonly ok: false; readonly error: WireError };
export type RpcMessage = RequestMessage | ReplyMessage;

/** A protocol's methods in one direction: what each request carries and what its reply carries. */
export type Methods = { readonly [method: string]: { readonly params: unknown; readonly result: unknown } };
/** A run-time check per method (of the params of requests answered, or of the results of requests sent). */
export type MethodChecks<M extends Methods> = { readonly [K in keyof M]: Check };

// ---- errors: rebuilt by name on the receiving side ----

export class RpcError extends Error {
  override readonly name: string = 'RpcError';
}
/** The other side did not answer in time. */
export class RpcTimeoutError extends RpcError {
  override readonly name: string = 'RpcTimeoutError';
}
/** The channel was closed (the panel or the page went away) before the reply came. */
export class RpcDisposedError extends RpcError {
  override readonly name: string = 'RpcDisposedError';
}
/** The other side has no handler for the method. */
export class RpcUnknownMethodError extends RpcError {
  override readonly name: string = 'RpcUnknownMethodError';
}
/** A request's params or a reply's result failed its check. */
export class RpcInvalidMessageError extends RpcError {
  override readonly name: string = 'RpcInvalidMessageError';
}
/** An error of a kind this side does not know; `remoteName` is what the other side called it. */
export class RpcRemoteError extends RpcError {
  override readonly name: string = 'RpcRemoteError';
  constructor(message: string, readonly remoteName = 'Error') {
    super(message);
  }
}

export type RpcErrorClass = new (message: string) => RpcError;
const builtInErrors: readonly RpcErrorClass[] = [RpcError, RpcTimeoutError, RpcDisposedError, RpcUnknownMethodError, RpcInvalidMessageError];

const MAX_NAME = 100;
const MAX_MESSAGE = 4000;
const isWireError: Check = (v) => isObject(v) && validate(v, { name: isShortString(MAX_NAME), message: isShortString(MAX_MESSAGE) });
const any: Check = () => true;

export interface RpcOptions<Out extends Methods, In extends Methods> {
  /** Sends one message to the other side. */
  readonly post: (message: RpcMessage) => void;
  /** Checks the result of each reply to a request this side sends. */
  readonly results: MethodChecks<Out>;
  /** Checks the params of each request this side answers. */
  readonly params: MethodChecks<In>;
  /** The protocol's own error classes, besides the RpcError family (each must set a literal `name`: minifiers rename classes). */
  readonly errors?: readonly RpcErrorClass[];
  /** How long a request waits for its reply. */
  readonly timeoutMs?: number;
  /** Told about each incoming message that is dropped (malformed, or a reply nobody waits for). */
  readonly onDrop?: (reason: string, message: unknown) => void;
}

interface Pending {
  readonly method: string;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: RpcError) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class Rpc<Out extends Methods, In extends Methods> {
  readonly #options: RpcOptions<Out, In>;
  readonly #errors: ReadonlyMap<string, RpcErrorClass>;
  readonly #pending = new Map<number, Pending>();
  readonly #handlers = new Map<string, (params: never) => unknown>();
  #nextId = 1;
  #disposed = false;

  constructor(options: RpcOptions<Out, In>) {
    this.#options = options;
    this.#errors = new Map([...builtInErrors, ...(options.errors ?? [])].map((C) => [new C('').name, C]));
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /** Sends a request and resolves with the other side's checked result, or rejects with an RpcError. */
  request<K extends keyof Out & string>(method: K, params: Out[K]['params'], timeoutMs = this.#options.timeoutMs ?? 10_000): Promise<Out[K]['result']> {
    if (this.#disposed) return Promise.reject(new RpcDisposedError(`"${method}" was not sent: the channel is closed.`));
    const requestId = this.#nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(requestId);
        reject(new RpcTimeoutError(`"${method}" got no reply within ${timeoutMs} ms.`));
      }, timeoutMs);
      this.#pending.set(requestId, { method, resolve: resolve as (r: unknown) => void, reject, timer });
      try {
        this.#options.post({ type: 'request', requestId, method, params });
      } catch (err) {
        this.#settle(requestId)?.reject(new RpcError(`"${method}" could not be sent: ${errorText(err)}`));
      }
    });
  }

  /** Answers requests for `method`. A second handler for the same method is a programming error. */
  handle<K extends keyof In & string>(method: K, handler: (params: In[K]['params']) => In[K]['result'] | Promise<In[K]['result']>): void {
    if (!Object.prototype.hasOwnProperty.call(this.#options.params, method)) throw new Error(`rpc: "${method}" is not a method of this protocol.`);
    if (this.#handlers.has(method)) throw new Error(`rpc: "${method}" already has a handler.`);
    this.#handlers.set(method, handler);
  }

  /**
   * Takes one incoming message. Returns false when it is neither a request nor a reply (an event: the caller
   * handles it); a request or reply is consumed, even when it is malformed and dropped.
   */
  receive(message: unknown): boolean {
    if (!isObject(message) || (message.type !== 'request' && message.type !== 'reply')) return false;
    if (this.#disposed) this.#drop('the channel is closed', message);
    else if (message.type === 'reply') this.#onReply(message);
    else this.#onRequest(message);
    return true;
  }

  /** Fails every waiting request with RpcDisposedError; later requests fail at once and nothing more is posted. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const id of [...this.#pending.keys()]) this.#settle(id)?.reject(new RpcDisposedError('The channel closed before the reply came.'));
    this.#handlers.clear();
  }

  #onReply(m: Record<string, unknown>): void {
    const envelope = m.ok === true
      ? validate(m, { type: any, requestId: isRequestId, ok: isBoolean, result: any })
      : validate(m, { type: any, requestId: isRequestId, ok: isBoolean, error: isWireError });
    if (!envelope) return this.#drop('a malformed reply', m);
    const pending = this.#settle(m.requestId as number);
    if (!pending) return this.#drop('a reply to no waiting request (unknown, duplicate or too late)', m);
    if (m.ok === true) {
      if (this.#options.results[pending.method]?.(m.result)) pending.resolve(m.result);
      else pending.reject(new RpcInvalidMessageError(`The reply to "${pending.method}" is malformed.`));
    } else {
      pending.reject(this.#rebuild(m.error as WireError));
    }
  }

  #onRequest(m: Record<string, unknown>): void {
    if (!validate(m, { type: any, requestId: isRequestId, method: isShortString(MAX_NAME), params: any })) {
      if (isRequestId(m.requestId)) this.#reply(m.requestId as number, new RpcInvalidMessageError('The request is malformed.'));
      return this.#drop('a malformed request', m);
    }
    const requestId = m.requestId as number;
    const method = m.method as string;
    const handler = this.#handlers.get(method);
    if (!handler) return this.#reply(requestId, new RpcUnknownMethodError(`No handler for "${method.slice(0, MAX_NAME)}".`));
    if (!this.#options.params[method]?.(m.params)) return this.#reply(requestId, new RpcInvalidMessageError(`The params of "${method}" are malformed.`));
    Promise.resolve()
      .then(() => handler(m.params as never))
      .then((result) => this.#reply(requestId, undefined, result), (err: unknown) => this.#reply(requestId, err));
  }

  #reply(requestId: number, error: unknown, result?: unknown): void {
    if (this.#disposed) return;
    const message: ReplyMessage = error === undefined
      ? { type: 'reply', requestId, ok: true, result }
      : { type: 'reply', requestId, ok: false, error: toWireError(error) };
    try {
      this.#options.post(message);
    } catch (err) {
      this.#drop(`the reply could not be sent: ${errorText(err)}`, message);
    }
  }

  #settle(requestId: number): Pending | undefined {
    const pending = this.#pending.get(requestId);
    if (!pending) return undefined;
    this.#pending.delete(requestId);
    clearTimeout(pending.timer);
    return pending;
  }

  #rebuild(e: WireError): RpcError {
    const Known = this.#errors.get(e.name);
    return Known ? new Known(e.message) : new RpcRemoteError(e.message, e.name);
  }

  #drop(reason: string, message: unknown): void {
    this.#options.onDrop?.(reason, message);
  }
}

function toWireError(err: unknown): WireError {
  const name = err instanceof Error ? err.name : 'Error';
  return { name: name.slice(0, MAX_NAME), message: errorText(err).slice(0, MAX_MESSAGE) };
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
