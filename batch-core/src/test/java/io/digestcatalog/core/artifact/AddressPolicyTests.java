package io.digestcatalog.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which addresses a link may lead to. IP literals and {@code localhost} need no DNS;
 * names with several addresses come from a scripted resolver.
 */
class AddressPolicyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			10.0.0.5              | refused: 10.0.0.5 is a private address
			172.16.0.1            | refused: 172.16.0.1 is a private address
			172.31.255.255        | refused: 172.31.255.255 is a private address
			192.168.1.1           | refused: 192.168.1.1 is a private address
			127.0.0.1             | refused: 127.0.0.1 is a loopback address
			127.8.9.10            | refused: 127.8.9.10 is a loopback address
			169.254.169.254       | refused: 169.254.169.254 is a link-local address
			100.64.0.1            | refused: 100.64.0.1 is a carrier-grade NAT address
			100.127.255.254       | refused: 100.127.255.254 is a carrier-grade NAT address
			0.0.0.0               | refused: 0.0.0.0 is an unspecified address
			224.0.0.251           | refused: 224.0.0.251 is a multicast address
			255.255.255.255       | refused: 255.255.255.255 is a reserved address
			[::1]                 | refused: ::1 is 0:0:0:0:0:0:0:1, a loopback address
			[::]                  | refused: :: is 0:0:0:0:0:0:0:0, an unspecified address
			[fd12:3456::1]        | refused: fd12:3456::1 is fd12:3456:0:0:0:0:0:1, a private address
			[fe80::1]             | refused: fe80::1 is fe80:0:0:0:0:0:0:1, a link-local address
			[ff02::1]             | refused: ff02::1 is ff02:0:0:0:0:0:0:1, a multicast address
			[::ffff:10.0.0.5]     | refused: ::ffff:10.0.0.5 is 10.0.0.5, a private address
			[::ffff:169.254.1.1]  | refused: ::ffff:169.254.1.1 is 169.254.1.1, a link-local address
			[64:ff9b::a00:5]      | refused: 64:ff9b::a00:5 is 64:ff9b:0:0:0:0:a00:5, a private address
			[2002:a00:5::1]       | refused: 2002:a00:5::1 is 2002:a00:5:0:0:0:0:1, a private address
			localhost             | refused: localhost is 127.0.0.1, a loopback address
			""")
	void specialAddressesAreRefusedByDefault(String host, String refusal) {
		assertThat(AddressPolicy.defaults().refusal(URI.create("http://" + host + "/x.pdf"))).contains(refusal);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1", "[2606:4700:4700::1111]",
			"[::ffff:8.8.8.8]" })
	void publicAddressesAreAllowedByDefault(String host) {
		assertThat(AddressPolicy.defaults().refusal(URI.create("https://" + host + "/x.pdf"))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			file:///etc/passwd                 | refused: scheme file is not http(s)
			FTP://8.8.8.8/x.pdf                | refused: scheme ftp is not http(s)
			gopher://8.8.8.8/x                 | refused: scheme gopher is not http(s)
			x.pdf                              | refused: x.pdf has no scheme
			http:///x.pdf                      | refused: no usable host in http:///x.pdf
			""")
	void onlyHttpUrlsWithAHostAreFetched(String url, String refusal) {
		assertThat(AddressPolicy.defaults().refusal(URI.create(url))).contains(refusal);
	}

	@Test
	void everyResolvedAddressMustBeAllowed() {
		AddressPolicy policy = new AddressPolicy(List.of(), scripted(
				Map.of("mixed.example", "8.8.8.8,10.0.0.5", "public.example", "8.8.8.8,2606:4700:4700::1111")));

		assertThat(policy.refusal(URI.create("https://mixed.example/x.pdf")))
			.contains("refused: mixed.example is 10.0.0.5, a private address");
		assertThat(policy.refusal(URI.create("https://public.example/x.pdf"))).isEmpty();
	}

	@Test
	void aHostThatDoesNotResolveIsReported() {
		AddressPolicy policy = new AddressPolicy(List.of(), scripted(Map.of()));

		assertThat(policy.refusal(URI.create("https://nowhere.invalid/x.pdf")))
			.contains("cannot resolve host nowhere.invalid");
	}

	@Test
	void anExactAddressAndPortIsAllowedOnThatPortOnly() {
		AddressPolicy policy = AddressPolicy.allowing("127.0.0.1:43123");

		assertThat(policy.refusal(URI.create("http://127.0.0.1:43123/x.pdf"))).isEmpty();
		assertThat(policy.refusal(URI.create("http://127.0.0.1:43124/x.pdf")))
			.contains("refused: 127.0.0.1 is a loopback address");
		assertThat(policy.refusal(URI.create("http://127.0.0.2:43123/x.pdf"))).isPresent();
	}

	@Test
	void aCidrBlockIsAllowedOnEveryPort() {
		AddressPolicy policy = AddressPolicy.allowing("10.1.0.0/16", "fd00::/8");

		assertThat(policy.refusal(URI.create("http://10.1.2.3/x.pdf"))).isEmpty();
		assertThat(policy.refusal(URI.create("https://10.1.2.3:8443/x.pdf"))).isEmpty();
		assertThat(policy.refusal(URI.create("http://[fd12::1]/x.pdf"))).isEmpty();
		assertThat(policy.refusal(URI.create("http://10.2.0.1/x.pdf")))
			.contains("refused: 10.2.0.1 is a private address");
	}

	@Test
	void aHostNameAndPortAreMatchedAgainstTheUrlAndTheDefaultPortCounts() {
		AddressPolicy policy = AddressPolicy.allowing("localhost:80", "[::1]:8080");

		assertThat(policy.refusal(URI.create("http://LOCALHOST/x.pdf"))).isEmpty();
		assertThat(policy.refusal(URI.create("https://localhost/x.pdf"))).isPresent();
		assertThat(policy.refusal(URI.create("http://[::1]:8080/x.pdf"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", "10.0.0.0/33", "example.com/8", "::1:80",
			":80" })
	void malformedAllowEntriesAreRejected(String entry) {
		assertThatIllegalArgumentException().isThrownBy(() -> AddressPolicy.allowing(entry));
	}

	private static AddressPolicy.Resolver scripted(Map<String, String> answers) {
		return host -> {
			String answer = answers.get(host);
			if (answer == null) {
				throw new UnknownHostException(host);
			}
			String[] literals = answer.split(",");
			InetAddress[] addresses = new InetAddress[literals.length];
			for (int i = 0; i < literals.length; i++) {
				addresses[i] = Cidr.literal(literals[i]);
			}
			return addresses;
		};
	}

}
