/**
 * Time spent on the CPU by this process, in milliseconds, for the fastest of `repeat` runs. CPU time rather than
 * wall time, and the fastest run rather than one, so that other processes on a loaded machine (and a garbage
 * collection that happens to fall into one run) barely move the number: ratios of two such numbers are stable.
 */
export function cpuBest(run: () => void, repeat: number): number {
  let best = Infinity;
  for (let i = 0; i < repeat; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
