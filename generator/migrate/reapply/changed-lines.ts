/** A unified-diff hunk's changed lines: those it removes and those it adds, without their sign (file headers aside). */
export function changedLines(hunk: string): { removed: string[]; added: string[] } {
  const lines = hunk.split('\n');
  const changed = (sign: string) =>
    lines.filter((line) => line.startsWith(sign) && !line.startsWith(sign.repeat(3))).map((line) => line.slice(1));
  return { removed: changed('-'), added: changed('+') };
}
