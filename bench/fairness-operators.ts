/**
 * The operators of bench:fairness, in a process of their own so that receiving their large responses
 * never delays the citizens' measurements in the parent. Argument: JSON { base, seconds, heavy: [[name,
 * path, headers]] }. Each heavy request gets its own loop, repeated until the time is up; prints the
 * times per request as one JSON object.
 */
const { base, seconds, heavy } = JSON.parse(process.argv[2]!) as {
  base: string;
  seconds: number;
  heavy: [string, string, Record<string, string>][];
};
const until = performance.now() + seconds * 1000;
const done: Record<string, number[]> = {};
await Promise.all(
  heavy.map(async ([name, path, headers]) => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const ok = await fetch(base + path, { headers })
        .then(async (res) => (await res.arrayBuffer(), res.status === 200))
        .catch(() => false);
      // A failed request is reported as such (a negative time), and the loop goes on.
      (done[name] ??= []).push(ok ? performance.now() - t0 : -1);
    }
  }),
);
console.log(JSON.stringify(done));
export {};
