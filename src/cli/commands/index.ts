// `paper-review index <paper.pdf> [--json] [--password <pw>]`: the paper's anchors (figures, tables, sections, …).
// Exit 0 on success, 1 when the PDF cannot be read (one-line reason on stderr), 2 for usage errors.
import type { CliCommand } from '../command';
import { AnchorIndexError, type AnchorIndex } from '../../core/paperIndex';
import { indexPdf } from '../../server/node/indexPdf';
import { readRegularFile } from '../../server/node/nodeWorkspace';
import { defaultMaxPaperBytes } from '../../core/paper/paperPath';

const usage = 'usage: paper-review index <paper.pdf> [--json] [--password <password>]';

function table(file: string, index: AnchorIndex): string {
  const rows = index.anchors.filter((a) => a.kind !== 'page').map((a) => [a.kind, a.label, String(a.page), a.title]);
  const widths = [0, 1, 2].map((c) => Math.max(['kind', 'label', 'page'][c]!.length, ...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((v, c) => (c < 3 ? v.padEnd(widths[c]!) : v)).join('  ').trimEnd();
  return [
    `${file}: ${index.pages} pages, ${rows.length} anchors`,
    ...index.notes.map((n) => `note: ${n}`),
    ...(rows.length ? [line(['kind', 'label', 'page', 'title']), ...rows.map(line)] : []),
  ].join('\n');
}

export const command: CliCommand = {
  async run(args) {
    const json = args.includes('--json');
    const pw = args.indexOf('--password');
    const password = pw >= 0 ? args[pw + 1] : undefined;
    const files = args.filter((a, i) => !a.startsWith('--') && !(pw >= 0 && i === pw + 1));
    if (files.length !== 1 || (pw >= 0 && password === undefined) || args.some((a) => a.startsWith('--') && a !== '--json' && a !== '--password')) {
      console.error(usage);
      return 2;
    }
    const file = files[0]!;
    // Only a regular file: a FIFO or /dev/zero would block or never end.
    const read = await readRegularFile(file, defaultMaxPaperBytes);
    if (read.kind !== 'file') {
      console.error(`paper-review index: cannot read ${file}: ${read.kind === 'missing' ? read.code
        : read.kind === 'not-a-file' ? 'not a regular file (a folder, pipe or device)' : `${read.size} bytes, over the ${defaultMaxPaperBytes / (1024 * 1024)} MB limit`}`);
      return 1;
    }
    const data = read.data;
    try {
      const index = await indexPdf(data, password);
      console.log(json
        ? JSON.stringify({ file, pages: index.pages, fingerprint: index.fingerprint, anchors: index.anchors.map(({ kind, label, page, rect, title }) => ({ kind, label, page, rect, title })), notes: index.notes }, null, 2)
        : table(file, index));
      return 0;
    } catch (err) {
      const reason = err instanceof AnchorIndexError
        ? (err.code === 'encrypted' ? `${file} is encrypted: pass --password <password>` : `${file}: ${err.message}`)
        : `${file}: ${err instanceof Error ? err.message : String(err)}`;
      console.error(`paper-review index: ${reason}`);
      return 1;
    }
  },
};
