/** A subcommand of the `paper-review` tool. `run` returns the process exit code: 0 ok, 1 findings/unreadable input, 2 usage. */
export interface CliCommand {
  run(args: readonly string[]): Promise<number>;
}
