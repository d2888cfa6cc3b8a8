/**
 * The operators of bench:fairness, in a process of their own so that receiving their large responses
 * never delays the citizens' measurements in the parent. Argument: JSON { base, seconds, heavy: [[name,
 * path, headers]] }. Each heavy request gets its own loop, repeated until the time is up; prints the
 * times per request as one JSON object.
 */
const { base, seconds, heavy } = JSON.parse(process.argv[2]!) as { base: string; seconds: number; heavy: [string, string, Record<string, string>][] };
const until = performance.now() + seconds * 1000;
const done: Record<string, number[]> = {};
await Promise.all(
  heavy.map(async ([name, path, headers]) => {
    while (performance.now() < until) {
      const t0 = performance.now();
      const res = await fetch(base + path, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      (done[name] ??= []).push(performance.now() - t0);
    }
  }),
);
console.log(JSON.stringify(done));
export {};
