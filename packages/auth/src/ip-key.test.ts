import { describe, expect, it } from "vitest";
import { ipKey } from "./ip-key.ts";

describe("ipKey", () => {
  it("keeps IPv4 addresses and unwraps IPv4-mapped IPv6", () => {
    expect(ipKey("203.0.113.7")).toBe("203.0.113.7");
    expect(ipKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("groups IPv6 addresses by their /64", () => {
    const a = ipKey("2400:adc0:1:2:aaaa::1");
    expect(a).toBe("2400:adc0:1:2::/64");
    expect(ipKey("2400:ADC0:0001:0002:ffff:ffff:ffff:ffff")).toBe(a);
    expect(ipKey("2400:adc0:1:3::1")).not.toBe(a);
    expect(ipKey("::1")).toBe("0:0:0:0::/64");
  });
});
