import fc from 'fast-check';

/** The environment variable that replays a property test's random inputs. */
export const seedVariable = 'PAPER_REVIEW_SEED';

/**
 * The seed for this run's property tests: PAPER_REVIEW_SEED when set (to replay a failure), else a fresh one, so
 * that runs keep exploring new inputs.
 */
export function propertySeed(env: Record<string, string | undefined> = process.env): number {
  const given = env[seedVariable];
  if (given !== undefined && given.trim() !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`${seedVariable}=${given} is not an integer seed`);
    return seed;
  }
  return (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0;
}

/**
 * Runs a fast-check property with a recorded seed: a failure names the seed and how to re-run with it, with the
 * counterexample fast-check found.
 */
export function assertProperty<T>(property: fc.IProperty<T>, numRuns: number, seed = propertySeed()): void {
  try {
    fc.assert(property, { seed, numRuns });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`property failed with seed ${seed}: re-run with ${seedVariable}=${seed} npm run test:unit\n${message}`, { cause: err });
  }
}
