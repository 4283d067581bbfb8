import { isIPv4, isIPv6 } from "node:net";

/**
 * The key a client's address is counted under. IPv6 users commonly get a whole /64, so counting
 * single addresses would let one person rotate through billions of them; IPv4-mapped IPv6 is
 * folded to plain IPv4 so one client never has two keys.
 */
export function ipKey(ip: string): string {
  const address = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address || "unknown";
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(0, missing)).fill("0"), ...right].map((part) => part.replace(/^0+(?=.)/, ""));
}
