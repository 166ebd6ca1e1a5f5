/** What the numbers were measured on, and how busy it was. */
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started and ended: above the core count, other work competed. */
  loadAverage: { start: number; end?: number };
  freeMemoryGBAtStart: number;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${osType()} ${release()}`,
    loadAverage: { start: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
    freeMemoryGBAtStart: Math.round((freemem() / 2 ** 30) * 10) / 10,
  };
}

export function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}
