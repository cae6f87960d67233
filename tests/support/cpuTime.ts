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
