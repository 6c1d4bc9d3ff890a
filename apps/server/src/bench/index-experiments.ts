import type { ServerProcess } from '../testing/harness.js';
import type { BenchConfig, Say, ViewerTimings } from './phases.js';

export async function indexExperiments(say: Say, _server: ServerProcess, _url: string, _all: ViewerTimings[], _password: string, _cfg: BenchConfig) {
  say('  (none yet)');
}
