/**
 * A one-line progress bar on stderr, redrawn in place on a terminal and silent otherwise
 * (so logs and pipes stay clean).
 */
export interface Progress {
  tick(label?: string): void;
  done(): void;
}

export function progressBar(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let count = 0;
  let last = 0;
  const draw = (label: string) => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((count / total) * width);
    const name = label.length > 40 ? `…${label.slice(-39)}` : label;
    stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} ${name}\x1b[K`);
  };
  return {
    tick(label = '') {
      count++;
      const now = Date.now();
      // Redraw at most ~20 times a second: drawing must not cost more than ingesting.
      if (stream.isTTY && (now - last > 50 || count === total)) {
        last = now;
        draw(label);
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
