package io.digestcatalog.core.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The documented defaults, and the values a policy refuses to hold. */
class FetchPolicyTests {

	final FetchPolicy defaults = FetchPolicy.defaults();

	@Test
	void theDefaultsAreTheDocumentedOnes() {
		assertThat(this.defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(this.defaults.readTimeout()).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.defaults.totalTimeout()).isEqualTo(Duration.ofSeconds(120));
		assertThat(this.defaults.maxAttempts()).isEqualTo(4);
		assertThat(this.defaults.baseBackoff()).isEqualTo(Duration.ofMillis(500));
		assertThat(this.defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(30));
		assertThat(Lines.size(this.defaults.maxBytes())).isEqualTo("100 MB");
		assertThat(this.defaults.maxRedirects()).isEqualTo(5);
		assertThat(this.defaults.perHostConcurrency()).isEqualTo(2);
		assertThat(this.defaults.perHostInterval()).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.defaults.userAgent())
			.isEqualTo("digestcat/0.1 (+https://github.com/digest-catalog; paper-catalog bot)");
		assertThat(this.defaults.addresses().refusal(URI.create("http://127.0.0.1/"))).isPresent();
	}

	@Test
	void impossibleValuesAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.defaults.withRetries(0, Duration.ZERO, Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.defaults.withRetries(2, Duration.ofMillis(-1), Duration.ZERO));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> this.defaults.withMaxBytes(0));
		assertThatIllegalArgumentException().isThrownBy(() -> this.defaults.withPerHost(0, Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> this.defaults.withPerHost(1, Duration.ofSeconds(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> new FetchPolicy(Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofSeconds(1), 1, Duration.ZERO, Duration.ZERO, 1, 0, 1, Duration.ZERO,
				"bot\r\nX-Injected: yes", AddressPolicy.defaults()));
	}

	@Test
	void sizesAndDurationsAreWrittenAsPeopleWriteThem() {
		assertThat(Lines.size(64 * 1024)).isEqualTo("64 KB");
		assertThat(Lines.size(1000)).isEqualTo("1000 bytes");
		assertThat(Lines.duration(Duration.ofSeconds(30))).isEqualTo("30s");
		assertThat(Lines.duration(Duration.ofMillis(300))).isEqualTo("300ms");
		assertThat(Lines.duration(Duration.ofMinutes(2))).isEqualTo("2m");
	}

	@Test
	void aFailedResultHoldsOneLineAndASuccessfulOneAStoredBody() {
		URI url = URI.create("https://arxiv.org/pdf/1111.2011v2");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> FetchResult.failed(url, url, 0, null, java.time.Instant.EPOCH, 1, "two\nlines"));
		assertThatIllegalArgumentException().isThrownBy(() -> new FetchResult(url, url, 200, "application/pdf", 1,
				"not-a-hash", null, java.time.Instant.EPOCH, null, null, false, 1, null));
		assertThat(Lines.clean("evil\r\nSet-Cookie: x")).isEqualTo("evil??Set-Cookie: x");
	}

}
