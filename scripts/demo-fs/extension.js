// A FileSystemProvider for `npm run demo` (scripts/demo.mjs): the workspace `paper-review-demo:/<folder>` is a folder
// on the serving machine, read and written through the demo server's /demo-fs routes (scripts/demo-fs/server.mjs).
// Every call carries the server's per-run token, which only the workbench's own pages can read, so no other page can write there.
// Plain JavaScript on purpose: it is loaded as is by the web workbench, with no build step of its own.
const vscode = require('vscode');

exports.activate = (context) => {
  const server = context.extensionUri.with({ path: '/demo-fs', query: '', fragment: '' }).toString(true);
  const changed = new vscode.EventEmitter();
  let token;
  const tokenOnce = async () => (token ??= fetch(context.extensionUri.with({ path: '/demo-fs-token', query: '', fragment: '' }).toString(true)).then((r) => r.text()));

  const call = async (op, uri, { body, to, create, overwrite, recursive } = {}) => {
    const query = new URLSearchParams({ op, path: uri.path });
    if (to) query.set('to', to.path);
    if (create !== undefined) query.set('create', String(create));
    if (overwrite !== undefined) query.set('overwrite', String(overwrite));
    if (recursive !== undefined) query.set('recursive', String(recursive));
    // text/plain keeps the POST a "simple" request: no preflight, which the workbench server answers for GET only.
    const reads = op === 'read' || op === 'stat' || op === 'readdir';
    const response = await fetch(`${server}/${await tokenOnce()}?${query}`,
      reads ? { method: 'GET' } : { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body });
    if (response.ok) return response;
    const code = (await response.text()).trim();
    if (code === 'ENOENT') throw vscode.FileSystemError.FileNotFound(uri);
    if (code === 'EEXIST') throw vscode.FileSystemError.FileExists(uri);
    if (code === 'EISDIR') throw vscode.FileSystemError.FileIsADirectory(uri);
    if (code === 'ENOTDIR') throw vscode.FileSystemError.FileNotADirectory(uri);
    throw vscode.FileSystemError.NoPermissions(`${uri.path}: ${code || response.status}`);
  };
  const fire = (...events) => changed.fire(events);
  const parent = (uri) => uri.with({ path: uri.path.replace(/\/[^/]*$/, '') || '/' });

  const provider = {
    onDidChangeFile: changed.event,
    watch: () => new vscode.Disposable(() => undefined),
    stat: async (uri) => (await call('stat', uri)).json(),
    readDirectory: async (uri) => (await call('readdir', uri)).json(),
    readFile: async (uri) => new Uint8Array(await (await call('read', uri)).arrayBuffer()),
    writeFile: async (uri, content, options) => {
      let existed = true;
      try { await call('stat', uri); } catch { existed = false; }
      await call('write', uri, { body: content, create: options.create, overwrite: options.overwrite });
      fire({ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri },
        ...(existed ? [] : [{ type: vscode.FileChangeType.Changed, uri: parent(uri) }]));
    },
    createDirectory: async (uri) => {
      await call('mkdir', uri);
      fire({ type: vscode.FileChangeType.Created, uri }, { type: vscode.FileChangeType.Changed, uri: parent(uri) });
    },
    delete: async (uri, options) => {
      await call('delete', uri, { recursive: options.recursive });
      fire({ type: vscode.FileChangeType.Deleted, uri }, { type: vscode.FileChangeType.Changed, uri: parent(uri) });
    },
    rename: async (from, to, options) => {
      await call('rename', from, { to, overwrite: options.overwrite });
      fire({ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to });
    },
  };
  context.subscriptions.push(changed, vscode.workspace.registerFileSystemProvider('paper-review-demo', provider, { isCaseSensitive: true }));
};
