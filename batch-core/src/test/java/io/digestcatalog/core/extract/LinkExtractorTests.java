package io.digestcatalog.core.extract;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.SampleDigests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Links found in free text and in the canonical digest. */
class LinkExtractorTests {

	@Test
	void canonicalDigestYieldsExactlyItsElevenLinks() throws IOException {
		// given
		List<DigestEntry> entries = SampleDigests.canonicalEntries();

		// when
		List<ExtractedEntry> extracted = entries.stream().map(EntryExtractor::extract).toList();

		// then
		assertThat(extracted).filteredOn(e -> !e.links().isEmpty())
			.extracting(e -> e.entry().ordinal())
			.containsExactly(2L, 5L, 9L, 16L, 23L, 29L, 41L, 42L, 45L, 53L, 56L);
		assertThat(extracted.stream().flatMap(e -> e.links().stream()).toList())
			.extracting(Link::url, Link::kind, Link::repository)
			.containsExactly(
					tuple("https://github.com/hardyho/ultrametric_feature_fields", LinkKind.CODE,
							"hardyho/ultrametric_feature_fields"),
					tuple("https://github.com/lanxiang1017/GEM", LinkKind.CODE, "lanxiang1017/GEM"),
					tuple("https://zhao-yian.github.io/GraCo", LinkKind.PROJECT_PAGE, null),
					tuple("https://github.com/tmtuan1307/NRR-DD", LinkKind.CODE, "tmtuan1307/NRR-DD"),
					tuple("https://github.com/DeepGraphLearning/RecommenderSystems", LinkKind.CODE,
							"DeepGraphLearning/RecommenderSystems"),
					tuple("https://github.com/zjysteven/MixOE", LinkKind.CODE, "zjysteven/MixOE"),
					tuple("https://github.com/chansongoal/FCM-LM", LinkKind.CODE, "chansongoal/FCM-LM"),
					tuple("https://github.com/DonaldRR/SimpleNet", LinkKind.CODE, "DonaldRR/SimpleNet"),
					tuple("https://github.com/sudarshanregmi/ASCOOD", LinkKind.CODE, "sudarshanregmi/ASCOOD"),
					tuple("https://github.com/yuanshuai0914/FUSU", LinkKind.CODE, "yuanshuai0914/FUSU"),
					tuple("https://github.com/M-Nauta/Explaining_Prototypes", LinkKind.CODE,
							"M-Nauta/Explaining_Prototypes"));
	}

	@Test
	void canonicalDigestCitesNoIdentifier() throws IOException {
		// when
		List<ExtractedEntry> extracted = SampleDigests.canonicalEntries()
			.stream()
			.map(EntryExtractor::extract)
			.toList();

		// then
		assertThat(extracted).allSatisfy(e -> {
			assertThat(e.mentions()).isEmpty();
			assertThat(e.keys()).extracting(k -> k.kind()).containsExactly("title");
		});
	}

	@Test
	void duplicatedUrlRemnantYieldsOneLink() {
		// when
		List<Link> links = LinkExtractor.extract(
				"Code at https://github.com/chansongoal/FCM-LM/tree/master{https://github.com/chansongoal/FCM-LM/tree/master}.");

		// then
		assertThat(links).singleElement().satisfies(link -> {
			assertThat(link.url()).isEqualTo("https://github.com/chansongoal/FCM-LM");
			assertThat(link.raw()).as("kept exactly as written")
				.isEqualTo(
						"https://github.com/chansongoal/FCM-LM/tree/master{https://github.com/chansongoal/FCM-LM/tree/master}.");
		});
	}

	@Test
	void linksToTheSameRepositoryAreKeptOnce() {
		// when
		List<Link> links = LinkExtractor.extract("See https://github.com/a/b, https://github.com/a/b.git and "
				+ "https://GITHUB.com/a/b/tree/main/src (mirror: https://gitlab.com/a/b).");

		// then
		assertThat(links).extracting(Link::url).containsExactly("https://github.com/a/b", "https://gitlab.com/a/b");
	}

	@Test
	void linksAreFoundInsideParenthesesAndQuotes() {
		// when
		List<Link> links = LinkExtractor
			.extract("(code: https://github.com/a/b) and \"https://a.github.io/p/\" or <https://zenodo.org/records/9>");

		// then
		assertThat(links).extracting(Link::url, Link::kind)
			.containsExactly(tuple("https://github.com/a/b", LinkKind.CODE),
					tuple("https://a.github.io/p", LinkKind.PROJECT_PAGE),
					tuple("https://zenodo.org/records/9", LinkKind.DATASET));
	}

	@Test
	void nonHttpSchemesInTextAreNotLinks() {
		assertThat(
				LinkExtractor.extract("file:///etc/passwd javascript:alert(1) ftp://ftp.example.org/x www.example.org"))
			.isEmpty();
	}

	@Test
	void textWithoutLinksYieldsNone() {
		assertThat(LinkExtractor.extract("No code is released.")).isEmpty();
		assertThat(LinkExtractor.extract("")).isEmpty();
		assertThat(LinkExtractor.extract(null)).isEmpty();
	}

}
