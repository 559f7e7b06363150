/** Resolves once `condition` holds, checking every 10 ms: waits for an event, not for a guessed duration. */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
