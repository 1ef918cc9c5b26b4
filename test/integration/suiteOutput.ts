/**
 * Every line the suite's reporter prints starts with this, so the runners (test/runners/harness.mjs, which holds
 * the same string) can tell the suite's output from the workbench's own log: both reach them through one channel.
 */
export const suiteOutputPrefix = '[paper-review suite] ';

/** Prefixes what mocha's reporters print (they all print through `Base.consoleLog`). */
export function prefixReporterOutput(base: { consoleLog: (...data: unknown[]) => void }): void {
  const log = console.log.bind(console);
  base.consoleLog = (first?: unknown, ...rest: unknown[]) =>
    typeof first === 'string' ? log(suiteOutputPrefix + first, ...rest) : log(suiteOutputPrefix, ...(first === undefined ? [] : [first]), ...rest);
}
