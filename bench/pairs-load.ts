/** Runs `job(0..count-1)` with at most `size` in flight: a closed-loop load, bounded in count. */
export async function pool(size: number, count: number, job: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < count) await job(next++);
    }),
  );
}

/** The 22 answers of simulated citizen `i`: varied, every value valid, the same for a given `i`. */
export function pairAnswers(i: number) {
  const a: Record<string, number> = {};
  for (let k = 1; k <= 9; k++) a[`U${k}`] = 1 + ((i + k) % 4);
  for (let k = 1; k <= 8; k++) a[`P${k}`] = 1 + ((i + k) % 6);
  for (let k = 1; k <= 5; k++) a[`A${k}`] = 1 + ((i * k) % 6);
  return a;
}
