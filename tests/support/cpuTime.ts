/**
 * CPU time of one call, for the few tests that guard against catastrophic (super-linear) behaviour on
 * pathological cells. CPU time rather than wall time, so a busy machine does not fail them; bounds are an
 * order of magnitude above the expected cost. Speed targets themselves live in the bench.
 */
export function cpuMilliseconds(action: () => void): number {
  const start = process.cpuUsage();
  action();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The least CPU time of a few calls: the first call pays for the compiler's first passes, and on a machine
 * shared with other work any one call can be slowed; a super-linear cost shows in every call.
 */
export function fastestCpuMilliseconds(action: () => void, runs = 3): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) fastest = Math.min(fastest, cpuMilliseconds(action));
  return fastest;
}

/** Below this, one reading of the CPU clock is mostly the clock's own grain and the machine's noise. */
const LEAST_MEASURED_MILLISECONDS = 30;

/** Calls `action` as often as it takes to use LEAST_MEASURED_MILLISECONDS of CPU time; how many times that was. */
function repetitionsToMeasure(action: () => void): number {
  let repetitions = 1;
  while (repetitions < 1 << 16) {
    const used = cpuMilliseconds(() => {
      for (let call = 0; call < repetitions; call += 1) action();
    });
    if (used >= LEAST_MEASURED_MILLISECONDS) return repetitions;
    repetitions *= 2;
  }
  return repetitions;
}

/**
 * How much more CPU time `run(large)` takes than `run(small)`, each the fastest of a few measurements
 * (quick actions repeated until a measurement is long enough to trust). The two sizes are measured in turn,
 * small then large, so a burst of other work on a shared machine slows both alike rather than one of them.
 * Absolute speed is the bench's job.
 */
export function growthRatio(run: (size: number) => () => void, small: number, large: number, runs = 3): number {
  const smallAction = run(small);
  const largeAction = run(large);
  largeAction();
  const repetitions = repetitionsToMeasure(smallAction);
  const repeated = (action: () => void) => () => {
    for (let call = 0; call < repetitions; call += 1) action();
  };
  let fastestSmall = Number.POSITIVE_INFINITY;
  let fastestLarge = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    fastestSmall = Math.min(fastestSmall, cpuMilliseconds(repeated(smallAction)));
    fastestLarge = Math.min(fastestLarge, cpuMilliseconds(repeated(largeAction)));
  }
  return fastestLarge / fastestSmall;
}

/**
 * The power of the input size that the CPU time follows between `small` and `large`: about 1 for linear
 * work, 2 for quadratic. Read over a wide step (eight times the input or more), a slowdown of the machine
 * by half moves it by a fraction of a unit, so a guard at MOST_LINEAR_GROWTH_EXPONENT holds on any machine,
 * however slow or busy, and still fails every quadratic step.
 */
export function growthExponent(run: (size: number) => () => void, small: number, large: number, runs = 3): number {
  return Math.log(growthRatio(run, small, large, runs)) / Math.log(large / small);
}

/** Halfway between linear (1) and quadratic (2): above it, the work is not linear. */
export const MOST_LINEAR_GROWTH_EXPONENT = 1.5;
