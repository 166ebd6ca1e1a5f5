import { InputError } from '../errors.js';

/** Reads all of standard input; refuses to wait on a terminal. */
export async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new InputError('no FILE given and standard input is a terminal; pass a file or pipe text in');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
