/**
 * Time spent on the CPU by this process, in milliseconds, for the fastest of `repeat` runs. CPU time rather than
 * wall time, and the fastest run rather than one, so that other processes on a loaded machine (and a garbage
 * collection that happens to fall into one run) barely move the number: ratios of two such numbers are stable.
 */
export function cpuBest(run: () => void, repeat: number, minTotalMs = 0): number {
  let best = Infinity;
  let total = 0;
  // Runs of a few milliseconds get more tries (up to `minTotalMs` in all): one of them then misses the collector.
  for (let i = 0; i < repeat || (total < minTotalMs && i < 20 * repeat); i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    const ms = (used.user + used.system) / 1000;
    best = Math.min(best, ms);
    total += ms;
  }
  return best;
}
