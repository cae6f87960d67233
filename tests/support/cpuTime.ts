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
