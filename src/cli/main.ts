// The `paper-review` command-line tool: one module per subcommand under ./commands, all on the same core as the extension.
import type { CliCommand } from './command';

const commands: Record<string, () => Promise<CliCommand>> = {
  // Each subcommand module is loaded only when used, so `check` never pays for pdf.js.
  check: async () => (await import('./commands/check')).command,
  index: async () => (await import('./commands/index')).command,
  export: async () => (await import('./commands/export')).command,
  lsp: async () => (await import('./commands/lsp')).command,
};

const summaries: Record<keyof typeof commands, string> = {
  check: 'check reviews: completeness, scores, and references against their paper',
  index: "list a PDF's figures, tables, sections and equations",
  export: "print a review as the venue's submission fields",
  lsp: 'run the review language server for an editor (--stdio)',
};

const usage = `usage: paper-review <command> [options]\n\ncommands:\n${Object.keys(commands).map((c) => `  ${c.padEnd(8)}${summaries[c]}`).join('\n')}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    (name ? console.log : console.error)(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`paper-review: unknown command "${name}"\n${usage}`);
    return 2;
  }
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { console.error(`paper-review: ${err instanceof Error ? err.message : String(err)}`); process.exitCode = 2; },
);
