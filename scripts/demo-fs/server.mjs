// The demo server's side of scripts/demo-fs/extension.js: /demo-fs/<token>?op=…&path=… reads and writes files of one
// folder on disk. Only requests that carry this run's random token (read from /demo-fs-token) are served, and no path may leave the folder
// (`..`, absolute paths and symbolic links pointing out are refused).
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

const FILE = 1, DIRECTORY = 2, SYMBOLIC_LINK = 64;
const MAX_WRITE = 64 * 1024 * 1024;

export function demoFsRoutes(folder) {
  const token = randomBytes(16).toString('hex');
  const rootReal = realpath(folder);

  /** The file `uriPath` names below the folder, or an error code when it would leave it. */
  async function inside(uriPath) {
    const root = await rootReal;
    const relative = decodeURIComponent(uriPath).split('/').filter(Boolean);
    if (relative.some((part) => part === '..' || part === '.' || part.includes('\\'))) throw codeError('EACCES');
    const target = resolve(root, ...relative);
    // The nearest existing ancestor must still be inside once links are followed.
    let existing = target;
    for (;;) {
      try { existing = await realpath(existing); break; } catch { if (existing === root) break; existing = dirname(existing); }
    }
    if (existing !== root && !existing.startsWith(root + sep)) throw codeError('EACCES');
    return target;
  }

  const handlers = {
    async stat(p) {
      const s = await stat(p);
      const link = (await lstat(p)).isSymbolicLink() ? SYMBOLIC_LINK : 0;
      return json({ type: (s.isDirectory() ? DIRECTORY : FILE) | link, ctime: s.ctimeMs, mtime: s.mtimeMs, size: s.size });
    },
    async readdir(p) {
      const entries = await readdir(p, { withFileTypes: true });
      return json(entries.filter((e) => e.isFile() || e.isDirectory()).map((e) => [e.name, e.isDirectory() ? DIRECTORY : FILE]));
    },
    async read(p) {
      if (!(await stat(p)).isFile()) throw codeError('EISDIR');
      return { type: 'application/octet-stream', body: await readFile(p) };
    },
    async write(p, query, body) {
      const exists = await stat(p).then((s) => (s.isDirectory() ? 'dir' : 'file'), () => undefined);
      if (exists === 'dir') throw codeError('EISDIR');
      if (!exists && query.get('create') === 'false') throw codeError('ENOENT');
      if (exists && query.get('overwrite') === 'false') throw codeError('EEXIST');
      await writeFile(p, body);
      return json({});
    },
    async mkdir(p) { await mkdir(p); return json({}); },
    async delete(p, query) { await stat(p); await rm(p, { recursive: query.get('recursive') === 'true' }); return json({}); },
    async rename(p, query, _body, to) {
      if (query.get('overwrite') !== 'true' && (await stat(to).then(() => true, () => false))) throw codeError('EEXIST');
      await rename(p, to);
      return json({});
    },
  };

  return {
    token,
    folderUri: `paper-review-demo:/${folder.split(sep).filter(Boolean).at(-1)}`,
    async middleware(ctx, next) {
      // The token is handed only to pages of the workbench's own origins: the server's CORS rule lets no other page read it.
      if (ctx.path === '/demo-fs-token' && ctx.method === 'GET') { ctx.type = 'text/plain'; ctx.body = token; return; }
      const match = /^\/demo-fs\/([0-9a-f]+)$/.exec(ctx.path);
      if (!match) return next();
      const query = new URLSearchParams(ctx.querystring);
      const handler = Object.hasOwn(handlers, query.get('op') ?? '') ? handlers[query.get('op')] : undefined;
      const reads = ['stat', 'readdir', 'read'].includes(query.get('op'));
      if (match[1] !== token || !handler || ctx.method !== (reads ? 'GET' : 'POST')) { ctx.status = 403; ctx.body = 'EACCES'; return; }
      try {
        // The workspace URI's path starts with the folder's name; the rest is the file inside it.
        const inFolder = (uriPath) => inside(uriPath.split('/').slice(2).join('/'));
        const body = reads ? undefined : await readBody(ctx.req);
        const to = query.get('to') ? await inFolder(query.get('to')) : undefined;
        const result = await handler(await inFolder(query.get('path') ?? '/'), query, body, to);
        ctx.type = result.type; ctx.body = result.body;
      } catch (error) {
        ctx.status = error.code === 'ENOENT' ? 404 : 400;
        ctx.type = 'text/plain';
        ctx.body = error.code ?? 'EIO';
      }
    },
  };
}

const json = (value) => ({ type: 'application/json', body: JSON.stringify(value) });
const codeError = (code) => Object.assign(new Error(code), { code });

async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_WRITE) throw codeError('EFBIG');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
