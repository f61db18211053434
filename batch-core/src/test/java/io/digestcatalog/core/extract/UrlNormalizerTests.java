package io.digestcatalog.core.extract;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One canonical form for every way a URL is written in a digest. */
class UrlNormalizerTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ' ',
			textBlock = """
					https://github.com/hardyho/ultrametric_feature_fields https://github.com/hardyho/ultrametric_feature_fields
					https://github.com/lanxiang1017/GEM.git https://github.com/lanxiang1017/GEM.git
					https://zhao-yian.github.io/GraCo. https://zhao-yian.github.io/GraCo
					https://github.com/tmtuan1307/NRR-DD. https://github.com/tmtuan1307/NRR-DD
					https://github.com/DeepGraphLearning/RecommenderSystems. https://github.com/DeepGraphLearning/RecommenderSystems
					https://github.com/zjysteven/MixOE. https://github.com/zjysteven/MixOE
					https://github.com/chansongoal/FCM-LM/tree/master{https://github.com/chansongoal/FCM-LM/tree/master}. https://github.com/chansongoal/FCM-LM/tree/master
					https://github.com/DonaldRR/SimpleNet. https://github.com/DonaldRR/SimpleNet
					https://github.com/sudarshanregmi/ASCOOD/ https://github.com/sudarshanregmi/ASCOOD
					https://github.com/yuanshuai0914/FUSU. https://github.com/yuanshuai0914/FUSU
					https://github.com/M-Nauta/Explaining_Prototypes https://github.com/M-Nauta/Explaining_Prototypes
					""")
	void linksOfTheCanonicalDigestLoseTheirNoise(String raw, String expected) {
		assertThat(UrlNormalizer.normalize(raw)).contains(URI.create(expected));
	}

	@Test
	void schemeAndHostAreLowerCasedButThePathIsNot() {
		assertThat(UrlNormalizer.normalize("HTTPS://GitHub.COM/Owner/Repo"))
			.contains(URI.create("https://github.com/Owner/Repo"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = ' ', textBlock = """
			https://example.org:443/a https://example.org/a
			http://example.org:80/a http://example.org/a
			https://example.org:8443/a https://example.org:8443/a
			http://example.org:443/a http://example.org:443/a
			""")
	void defaultPortIsDroppedAndOthersKept(String raw, String expected) {
		assertThat(UrlNormalizer.normalize(raw)).contains(URI.create(expected));
	}

	@Test
	void fragmentIsDropped() {
		assertThat(UrlNormalizer.normalize("https://example.org/docs/page#section-2"))
			.contains(URI.create("https://example.org/docs/page"));
	}

	@Test
	void trackingParametersAreDroppedAndOthersKeptInOrder() {
		assertThat(
				UrlNormalizer.normalize("https://example.org/p?utm_source=x&id=7&UTM_Medium=y&fbclid=z&page=2&gclid=g"))
			.contains(URI.create("https://example.org/p?id=7&page=2"));
	}

	@Test
	void queryOfOnlyTrackingParametersDisappears() {
		assertThat(UrlNormalizer.normalize("https://example.org/p?utm_source=newsletter&utm_campaign=jul"))
			.contains(URI.create("https://example.org/p"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://example.org", "https://example.org/", "https://example.org//",
			"https://EXAMPLE.org:443/#top" })
	void rootPathIsASingleSlash(String raw) {
		assertThat(UrlNormalizer.normalize(raw)).contains(URI.create("https://example.org/"));
	}

	@Test
	void repeatedAndTrailingSlashesAreFolded() {
		assertThat(UrlNormalizer.normalize("https://example.org//a///b/"))
			.contains(URI.create("https://example.org/a/b"));
	}

	@Test
	void trailingDotOfTheHostIsDropped() {
		assertThat(UrlNormalizer.normalize("https://example.org./a")).contains(URI.create("https://example.org/a"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "file:///etc/passwd", "javascript:alert(1)", "ftp://ftp.example.org/pub/data.tar",
			"mailto:someone@example.org", "//example.org/a", "/relative/path", "not a url", "https://",
			"https:///path-without-host", "" })
	void anythingButAnAbsoluteHttpUrlIsRejected(String raw) {
		assertThat(UrlNormalizer.normalize(raw)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ' ', textBlock = """
			https://a.org/x). https://a.org/x
			https://a.org/x]; https://a.org/x
			https://a.org/x!?' https://a.org/x
			https://en.wikipedia.org/wiki/Set_(mathematics) https://en.wikipedia.org/wiki/Set_(mathematics)
			https://en.wikipedia.org/wiki/Set_(mathematics)), https://en.wikipedia.org/wiki/Set_(mathematics)
			https://a.org/x{https://a.org/x} https://a.org/x
			""")
	void cleanCutsTrailingPunctuationAndUnbalancedBrackets(String raw, String expected) {
		assertThat(UrlNormalizer.clean(raw)).isEqualTo(expected);
	}

}
