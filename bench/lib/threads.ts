/**
 * CPU time of this process split between its main thread (where extraction runs) and its other
 * threads: V8's optimizing compiler and the GC's helpers. Pinned to one core (`taskset -c 0`)
 * they take turns with the main thread, so the split tells how much of a slow first pass is
 * compilation rather than extraction. Linux only (/proc); null elsewhere.
 */
import { readFileSync, readdirSync } from 'node:fs';

export interface ThreadCpu {
  /** Milliseconds of CPU (user + system) of the main thread. */
  main: number;
  /** Milliseconds of CPU of every other thread of the process. */
  others: number;
}

export function threadCpu(): ThreadCpu | null {
  let tids: string[];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const tick = 10; // USER_HZ is 100 on Linux: one tick is 10 ms.
  let main = 0;
  let others = 0;
  for (const tid of tids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * tick;
    if (Number(tid) === process.pid) main += ms;
    else others += ms;
  }
  return { main, others };
}

/** The CPU of each side between two readings. */
export function threadCpuSince(before: ThreadCpu | null): ThreadCpu | null {
  const now = threadCpu();
  return before && now ? { main: now.main - before.main, others: now.others - before.others } : null;
}
