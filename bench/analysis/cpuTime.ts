/**
 * The time a run takes on this thread, in milliseconds, for the fastest of `repeat` runs (more when `minTotalMs`
 * asks for it): the smaller of the process's CPU time and the wall time, and the fastest run rather than one, so
 * that other processes on a loaded machine, V8's background threads and a garbage collection that happens to fall
 * into one run barely move the number: ratios of two such numbers are stable.
 */
export function cpuBest(run: () => void, repeat: number, minTotalMs = 0): number {
  let best = Infinity;
  let total = 0;
  // Runs of a few milliseconds get more tries (up to `minTotalMs` in all): one of them then misses the collector.
  for (let i = 0; i < repeat || (total < minTotalMs && i < 20 * repeat); i++) {
    const start = process.cpuUsage();
    const wallStart = performance.now();
    run();
    const wall = performance.now() - wallStart;
    const used = process.cpuUsage(start);
    // The process's CPU time also counts V8's background threads (the optimising compiler, concurrent marking), which
    // can make a run of a few milliseconds look several times longer; its wall time counts other processes. The run
    // took at most the smaller of the two on this thread.
    const ms = Math.min((used.user + used.system) / 1000, wall);
    best = Math.min(best, ms);
    total += ms;
  }
  return best;
}
