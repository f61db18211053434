package io.digestcatalog.core.artifact;

import java.net.InetAddress;
import java.util.Locale;

/**
 * One exception to the refusal of special addresses: a CIDR block (any port), or one
 * exact {@code host:port} where host is an IP literal (matched against the resolved
 * address) or a name (matched against the URL's host).
 */
sealed interface AllowEntry {

	boolean allows(String host, int port, InetAddress address);

	static AllowEntry parse(String text) {
		String entry = text.strip();
		if (entry.contains("/")) {
			return new Block(Cidr.parse(entry));
		}
		int colon = entry.lastIndexOf(':');
		if (colon <= 0 || colon == entry.length() - 1 || (entry.contains("::") && !entry.startsWith("["))) {
			throw new IllegalArgumentException("an allowed address is host:port or a CIDR block: " + text);
		}
		String host = entry.substring(0, colon);
		int port = Integer.parseInt(entry.substring(colon + 1));
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("port out of range: " + text);
		}
		if (host.startsWith("[") || host.matches("[0-9.]+")) {
			return new Address(Cidr.literal(host), port);
		}
		return new Name(host.toLowerCase(Locale.ROOT), port);
	}

	/** Any address in the block, on any port. */
	record Block(Cidr cidr) implements AllowEntry {

		@Override
		public boolean allows(String host, int port, InetAddress address) {
			return this.cidr.contains(address);
		}

	}

	/** This address on this port. */
	record Address(InetAddress address, int port) implements AllowEntry {

		@Override
		public boolean allows(String host, int port, InetAddress resolved) {
			return this.port == port && this.address.equals(resolved);
		}

	}

	/** Whatever this host name resolves to, on this port. */
	record Name(String host, int port) implements AllowEntry {

		@Override
		public boolean allows(String host, int port, InetAddress address) {
			return this.port == port && this.host.equalsIgnoreCase(host);
		}

	}

}
