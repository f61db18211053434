package io.digestcatalog.core.artifact;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A block of addresses such as {@code 10.0.0.0/8} or {@code fc00::/7}.
 *
 * @param network the block's first address
 * @param prefix how many leading bits every member shares with it
 */
record Cidr(InetAddress network, int prefix) {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	Cidr {
		Objects.requireNonNull(network, "network");
		int bits = network.getAddress().length * 8;
		if (prefix < 0 || prefix > bits) {
			throw new IllegalArgumentException("prefix " + prefix + " out of 0.." + bits);
		}
	}

	/** Parses {@code address/prefix}; never asks DNS, only literals are accepted. */
	static Cidr parse(String text) {
		int slash = text.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("not a CIDR block: " + text);
		}
		return new Cidr(literal(text.substring(0, slash)), Integer.parseInt(text.substring(slash + 1)));
	}

	/** An IP literal, never a host name (which would be a DNS lookup). */
	static InetAddress literal(String text) {
		String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
		if (!IPV4.matcher(bare).matches() && !bare.contains(":")) {
			throw new IllegalArgumentException("not an IP address: " + text);
		}
		try {
			return InetAddress.getByName(bare);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("not an IP address: " + text, ex);
		}
	}

	boolean contains(InetAddress address) {
		byte[] a = address.getAddress();
		byte[] n = this.network.getAddress();
		if (a.length != n.length) {
			return false;
		}
		int full = this.prefix / 8;
		for (int i = 0; i < full; i++) {
			if (a[i] != n[i]) {
				return false;
			}
		}
		int rest = this.prefix % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xff << (8 - rest)) & 0xff;
		return (a[full] & mask) == (n[full] & mask);
	}

}
