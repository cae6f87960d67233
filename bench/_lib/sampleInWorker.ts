/**
 * Runs one measurement in a process of its own and returns the one message it sends back: a fresh heap and a fresh
 * compiler for each sample, so that neither the memory nor the garbage of the sections before it are in its figures.
 */
import { fork } from 'node:child_process';

export function sampleInWorker<Sample>(worker: string, args: readonly string[], execArgv: readonly string[], what: string): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [...args], { execArgv: [...execArgv], stdio: ['ignore', 2, 2, 'ipc'] });
    let sample: Sample | null = null;
    child.on('message', (message) => {
      sample = message as Sample;
    });
    child.on('error', reject);
    // 'close' rather than 'exit': it comes after the IPC channel has delivered the last message.
    child.on('close', (code) => {
      if (sample !== null && code === 0) resolve(sample);
      else reject(new Error(`${what} exited with code ${String(code)} and no result`));
    });
  });
}
