/** `extract: 412 ms for 1,234,567 characters in 80 calls (2,996 characters/ms)` */
export function formatTiming(extractMs: number, characters: number, calls: number): string {
  const rate = extractMs > 0 ? Math.round(characters / extractMs) : 0;
  return (
    `extract: ${Math.round(extractMs)} ms for ${characters.toLocaleString('en-US')} characters ` +
    `in ${calls} calls (${rate.toLocaleString('en-US')} characters/ms)`
  );
}
