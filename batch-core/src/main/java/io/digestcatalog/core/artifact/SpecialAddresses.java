package io.digestcatalog.core.artifact;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The address blocks a link written by a stranger must not reach by default: our own
 * machine, our networks, and addresses that are not hosts on the Internet. IPv6 forms
 * that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the embedded
 * one.
 */
final class SpecialAddresses {

	private static final Map<Cidr, String> BLOCKS = new LinkedHashMap<>();

	static {
		block("0.0.0.0/8", "an unspecified address");
		block("10.0.0.0/8", "a private address");
		block("100.64.0.0/10", "a carrier-grade NAT address");
		block("127.0.0.0/8", "a loopback address");
		block("169.254.0.0/16", "a link-local address");
		block("172.16.0.0/12", "a private address");
		block("192.0.0.0/24", "a reserved address");
		block("192.0.2.0/24", "a reserved address");
		block("192.168.0.0/16", "a private address");
		block("198.18.0.0/15", "a reserved address");
		block("198.51.100.0/24", "a reserved address");
		block("203.0.113.0/24", "a reserved address");
		block("224.0.0.0/4", "a multicast address");
		block("240.0.0.0/4", "a reserved address");
		block("::/128", "an unspecified address");
		block("::1/128", "a loopback address");
		block("100::/64", "a reserved address");
		block("2001:db8::/32", "a reserved address");
		block("fc00::/7", "a private address");
		block("fe80::/10", "a link-local address");
		block("fec0::/10", "a private address");
		block("ff00::/8", "a multicast address");
	}

	/** {@code ::ffff:0:0}, which Java's parser would turn into 0.0.0.0. */
	private static final byte[] MAPPED = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff };

	private static final Cidr COMPATIBLE = Cidr.parse("::/96");

	private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");

	private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

	private SpecialAddresses() {
	}

	/** What kind of special address this is ("a private address"), or {@code null}. */
	static String kindOf(InetAddress address) {
		InetAddress judged = embeddedIpv4(address);
		for (Map.Entry<Cidr, String> block : BLOCKS.entrySet()) {
			if (block.getKey().contains(judged)) {
				return block.getValue();
			}
		}
		return null;
	}

	private static InetAddress embeddedIpv4(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return address;
		}
		byte[] b = address.getAddress();
		byte[] v4;
		if (SIX_TO_FOUR.contains(address)) {
			v4 = Arrays.copyOfRange(b, 2, 6);
		}
		else if (Arrays.equals(b, 0, 12, MAPPED, 0, 12) || NAT64.contains(address)
				|| (COMPATIBLE.contains(address) && kindOfPlainIpv6(address) == null)) {
			v4 = Arrays.copyOfRange(b, 12, 16);
		}
		else {
			return address;
		}
		try {
			return Inet4Address.getByAddress(v4);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("four bytes are always an IPv4 address", ex);
		}
	}

	/** Keeps {@code ::} and {@code ::1} from being read as IPv4-compatible 0.0.0.x. */
	private static String kindOfPlainIpv6(InetAddress address) {
		byte[] b = address.getAddress();
		boolean zeroPrefix = true;
		for (int i = 0; i < 15; i++) {
			zeroPrefix &= b[i] == 0;
		}
		return (zeroPrefix && (b[15] == 0 || b[15] == 1)) ? "special" : null;
	}

	private static void block(String cidr, String kind) {
		BLOCKS.put(Cidr.parse(cidr), kind);
	}

}
