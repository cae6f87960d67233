/** Wall-clock timing for the bench: medians of repeated runs, so one slow run on a shared machine does not decide. */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Milliseconds one call of `work` takes. */
export async function timeOnce(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The median of `repeats` timed calls of `work`, in milliseconds. */
export async function medianTime(work: () => unknown, repeats: number): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < repeats; run += 1) times.push(await timeOnce(work));
  return median(times);
}

/**
 * Times two pieces of work alternately (a b a b …) and returns every run's time of each, so that drift in the
 * machine's load during the run falls on both sides of a ratio alike.
 */
export async function timesAlternating(
  first: () => unknown,
  second: () => unknown,
  repeats: number,
): Promise<{ first: number[]; second: number[] }> {
  const firstTimes: number[] = [];
  const secondTimes: number[] = [];
  for (let run = 0; run < repeats; run += 1) {
    firstTimes.push(await timeOnce(first));
    secondTimes.push(await timeOnce(second));
  }
  return { first: firstTimes, second: secondTimes };
}

/** Both medians of `timesAlternating`. */
export async function medianTimesAlternating(
  first: () => unknown,
  second: () => unknown,
  repeats: number,
): Promise<{ first: number; second: number }> {
  const times = await timesAlternating(first, second, repeats);
  return { first: median(times.first), second: median(times.second) };
}

/** Runs the garbage collector when the process was started with --expose-gc, so runs start from a clean heap. */
export function collectGarbage(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) collect();
}
