import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** Ranges a webhook may not reach in production: the server's own network and the cloud's metadata service. */
const ranges: { kind: string; family: 'ipv4' | 'ipv6'; network: string; prefix: number }[] = [
  { kind: 'the cloud metadata address', family: 'ipv4', network: '169.254.169.254', prefix: 32 },
  { kind: 'an unspecified address', family: 'ipv4', network: '0.0.0.0', prefix: 8 },
  { kind: 'a loopback address', family: 'ipv4', network: '127.0.0.0', prefix: 8 },
  { kind: 'a private address', family: 'ipv4', network: '10.0.0.0', prefix: 8 },
  { kind: 'a private address', family: 'ipv4', network: '172.16.0.0', prefix: 12 },
  { kind: 'a private address', family: 'ipv4', network: '192.168.0.0', prefix: 16 },
  { kind: 'a carrier-grade NAT address', family: 'ipv4', network: '100.64.0.0', prefix: 10 },
  { kind: 'a link-local address', family: 'ipv4', network: '169.254.0.0', prefix: 16 },
  { kind: 'a reserved address', family: 'ipv4', network: '192.0.0.0', prefix: 24 },
  { kind: 'a benchmarking address', family: 'ipv4', network: '198.18.0.0', prefix: 15 },
  { kind: 'a multicast address', family: 'ipv4', network: '224.0.0.0', prefix: 4 },
  { kind: 'a reserved address', family: 'ipv4', network: '240.0.0.0', prefix: 4 },
  { kind: 'an unspecified address', family: 'ipv6', network: '::', prefix: 128 },
  { kind: 'a loopback address', family: 'ipv6', network: '::1', prefix: 128 },
  { kind: 'a link-local address', family: 'ipv6', network: 'fe80::', prefix: 10 },
  { kind: 'a private address', family: 'ipv6', network: 'fc00::', prefix: 7 },
  { kind: 'a multicast address', family: 'ipv6', network: 'ff00::', prefix: 8 },
];

const lists = new Map<string, BlockList>();
for (const range of ranges) {
  const list = lists.get(range.kind) ?? new BlockList();
  list.addSubnet(range.network, range.prefix, range.family);
  lists.set(range.kind, list);
}

/**
 * The IPv4 address an IPv6 one stands for, when it does: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d)
 * or NAT64 (64:ff9b::a.b.c.d) — each reaches the IPv4 host, so it is judged as that host.
 */
function embeddedIPv4(address: string): string | undefined {
  const groups = expandIPv6(address);
  if (!groups) return undefined;
  const head = groups.slice(0, 6);
  const mapped = head.slice(0, 5).every((g) => g === 0) && (head[5] === 0xffff || head[5] === 0);
  const nat64 = head[0] === 0x64 && head[1] === 0xff9b && head.slice(2).every((g) => g === 0);
  if (!mapped && !nat64) return undefined;
  if (head[5] === 0 && groups[6] === 0 && groups[7]! >>> 0 <= 1) return undefined; // :: and ::1 are IPv6's own
  return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
}

/** The eight 16-bit groups of an IPv6 address (with a dotted IPv4 tail or a :: in it), or undefined. */
function expandIPv6(address: string): number[] | undefined {
  let text = address.split('%')[0]!.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [left, right] = text.split('::') as [string, string | undefined];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const head = parse(left);
  const tail = right === undefined ? [] : parse(right);
  const groups = right === undefined ? head : [...head, ...Array(8 - head.length - tail.length).fill(0), ...tail];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

/**
 * Why a webhook may not be sent to `address` ("a private address"), or null when it may: the server's own network
 * and the metadata service are out of reach of a URL a tenant types.
 */
export function forbiddenAddressKind(address: string): string | null {
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : undefined;
  if (!family) return 'not an IP address';
  const v4 = family === 'ipv6' ? embeddedIPv4(address) : undefined;
  for (const [kind, list] of lists) {
    if (v4 ? list.check(v4, 'ipv4') : list.check(address, family)) return kind;
  }
  return null;
}
