import { describe, expect, it } from "vitest";
import { forwardedClientAddress, rateSubject } from "../worker/client-address";

describe("client address for rate limits", () => {
  it("trusts only the entry the proxy appended, and only when told to", () => {
    expect(forwardedClientAddress("6.6.6.6, 203.0.113.5", "10.0.0.1", true)).toBe("203.0.113.5");
    expect(forwardedClientAddress("203.0.113.5", "10.0.0.1", true)).toBe("203.0.113.5");
    expect(forwardedClientAddress("6.6.6.6, 203.0.113.5", "10.0.0.1", false)).toBe("10.0.0.1");
    expect(forwardedClientAddress(undefined, "10.0.0.1", true)).toBe("10.0.0.1");
    expect(forwardedClientAddress(" , ", "10.0.0.1", true)).toBe("10.0.0.1");
  });

  it("counts an IPv6 /64 as one subscriber and unwraps IPv4-mapped addresses", () => {
    expect(rateSubject("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(rateSubject("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(rateSubject("2001:0db8:0001:0002::")).toBe("2001:db8:1:2::/64");
    expect(rateSubject("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateSubject("[fe80::1%eth0]")).toBe("fe80:0:0:0::/64");
    expect(rateSubject("::1")).toBe("0:0:0:0::/64");
    expect(rateSubject("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(rateSubject("198.51.100.7")).toBe("198.51.100.7");
  });
});
