/** Why a PDF could not be indexed. Codes are stable: the extension and the CLI switch on them. */
export const anchorIndexErrorCodes = ['not-a-pdf', 'corrupt', 'encrypted', 'wrong-password', 'no-pages', 'timeout', 'cancelled', 'worker-failed', 'protocol'] as const;
export type AnchorIndexErrorCode = (typeof anchorIndexErrorCodes)[number];

export class AnchorIndexError extends Error {
  override readonly name = 'AnchorIndexError';
  constructor(readonly code: AnchorIndexErrorCode, message: string) {
    super(message);
  }
}

/** Turns whatever pdf.js threw while opening or reading into an AnchorIndexError with a one-line reason. */
export function toAnchorIndexError(err: unknown, data?: Uint8Array): AnchorIndexError {
  if (err instanceof AnchorIndexError) return err;
  const e = err as { name?: string; message?: string; code?: number } | undefined;
  const message = e?.message ?? String(err);
  if (e?.name === 'PasswordException') {
    // pdf.js: code 1 = a password is needed, 2 = the given password is wrong.
    return e.code === 2
      ? new AnchorIndexError('wrong-password', 'The PDF is encrypted and the password is wrong.')
      : new AnchorIndexError('encrypted', 'The PDF is encrypted: a password is needed to read it.');
  }
  if (data && !looksLikePdf(data)) return new AnchorIndexError('not-a-pdf', 'The file is not a PDF (no %PDF header).');
  return new AnchorIndexError('corrupt', `The PDF is damaged and cannot be read: ${message}`);
}

/** A PDF starts with "%PDF-" within its first 1024 bytes (readers tolerate leading junk). */
export function looksLikePdf(data: Uint8Array): boolean {
  const head = String.fromCharCode(...data.subarray(0, Math.min(1024, data.length)));
  return head.includes('%PDF-');
}
