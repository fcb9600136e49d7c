/**
 * An amount string as the grid shows it: thousands separated, two decimals as stored
 * (2874600.00 → 2,874,600.00; 3000000 → 3,000,000.00). Text that is not a plain decimal is shown as typed, so that a bad
 * value in a file stays visible to the officer. String work only, no Number arithmetic.
 */
export function displayAmount(value: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  const fraction = (m[3] ?? '.').padEnd(3, '0');
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}
