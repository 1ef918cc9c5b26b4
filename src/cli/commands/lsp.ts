// `paper-review lsp --stdio`: the review language server for editors that speak LSP (Neovim, Helix, Zed, Emacs …):
// diagnostics, hover, go to definition, document links, completion of the paper's labels and quick fixes, on
// `*.review.md` files. It runs until the editor ends the session. Exit 2 for usage errors.
import type { CliCommand } from '../command';

const usage = 'usage: paper-review lsp --stdio   (or --node-ipc when started by vscode-languageclient)';

export const command: CliCommand = {
  async run(args) {
    if (args.includes('--help') || args.includes('-h')) { console.log(usage); return 0; }
    if (args.length !== 1 || !['--stdio', '--node-ipc'].includes(args[0]!)) { console.error(usage); return 2; }
    // Loaded only here, so other subcommands never pay for the protocol library.
    const { startNodeServer } = await import('../../server/node/main');
    startNodeServer();
    // The connection ends the process when the editor sends `exit` or closes the stream.
    return new Promise<number>(() => {});
  },
};
