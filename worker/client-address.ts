/**
 * Node behind a reverse proxy: the proxy appends the address it saw as the last X-Forwarded-For
 * entry; everything before it is whatever the client claimed, so only the last entry is trusted.
 */
export function forwardedClientAddress(xff: string | undefined, remote: string | undefined, trustProxy: boolean) {
  const last = trustProxy ? xff?.split(",").at(-1)?.trim() : undefined;
  return last || remote;
}

/**
 * What a rate limit counts: an IPv4 address, or an IPv6 /64 (one subscriber's whole prefix, which
 * they could otherwise rotate through to get a fresh limit per address).
 */
export function rateSubject(address: string): string {
  const a = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1]!;
  if (!a.includes(":")) return a;
  const [head = "", tail = ""] = a.split("::");
  const left = head ? head.split(":") : [];
  const right = a.includes("::") && tail ? tail.split(":") : [];
  const groups = [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
