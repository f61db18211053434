package io.digestcatalog.core.digest.arxiv;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.digest.ListingKind;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The announcement feeds of rss.arxiv.org (RSS 2.0 and Atom) and an API response with its
 * namespaces declared once on the feed. The fixtures follow the elements arXiv's feed
 * service writes (see the report).
 */
class ArxivFeedAnnouncementTests {

	private final ArxivFeedParser parser = new ArxivFeedParser();

	private List<DigestItem> fixture(String name) throws IOException {
		return ArxivSamples.read(this.parser, name, ArxivSamples.resource(name));
	}

	@Test
	void rssItemsCarryTheirAnnounceTypeAsListingKind() throws IOException {
		// when
		List<DigestEntry> entries = ArxivSamples.entries(fixture("rss-cs.AI.xml"));

		// then
		assertThat(entries).extracting(e -> e.arxivId().versioned())
			.containsExactly("2601.16280v1", "2601.17002v1", "2506.01234v3", "2511.04321v2");
		assertThat(entries).extracting(e -> e.details().listing())
			.containsExactly(ListingKind.NEW, ListingKind.CROSS_LIST, ListingKind.REPLACEMENT, ListingKind.REPLACEMENT);
	}

	@Test
	void rssDigestIsDatedByTheChannelsPubDate() throws IOException {
		// when
		DigestItem first = fixture("rss-cs.AI.xml").get(0);

		// then
		assertThat(first.digest().date()).isEqualTo(LocalDate.of(2026, 1, 26));
		assertThat(first.digest().dateOrigin()).isEqualTo("from the feed's pubDate");
	}

	@Test
	void rssItemCarriesEveryField() throws IOException {
		// when
		DigestEntry entry = ArxivSamples.entries(fixture("rss-cs.AI.xml")).get(0);

		// then the "arXiv:… Announce Type: new Abstract:" preamble is not abstract
		assertThat(entry.line()).isEqualTo(17);
		assertThat(entry.title()).isEqualTo("When Agents Fail to Act: A Diagnostic Framework for Tool Invocation "
				+ "Reliability in Multi-Agent LLM Systems");
		assertThat(entry.abstractText()).isEqualTo("Multi-agent systems powered by large language models (LLMs) are "
				+ "transforming enterprise automation, yet systematic evaluation methodologies for assessing tool-use "
				+ "reliability remain underdeveloped.");
		assertThat(entry.authors()).containsExactly("Donghao Huang", "Gauri Malwe", "Zhaoxia Wang");
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("2601.16280", 1));
		assertThat(entry.doi()).isNull();
		assertThat(entry.details()).isEqualTo(new EntryDetails(null, LocalDate.of(2026, 1, 26), List.of("cs.AI"), null,
				null, List.of("https://arxiv.org/abs/2601.16280"), null, null, List.of(), ListingKind.NEW, null));
	}

	@Test
	void rssCrossListingWithDoiJournalReferenceAndAffiliations() throws IOException {
		// when
		DigestEntry entry = ArxivSamples.entries(fixture("rss-cs.AI.xml")).get(1);

		// then
		assertThat(entry.authors()).containsExactly("Eva Novak", "Frank Osei");
		assertThat(entry.doi()).isEqualTo(new Doi("10.1000/ejcc.2026.001"));
		assertThat(entry.details().journalRef()).isEqualTo("Example Journal of Computational Chemistry 12 (2026) 1-19");
		assertThat(entry.details().categories()).containsExactly("q-bio.BM", "cs.AI", "cs.LG");
		assertThat(entry.abstractText()).endsWith("on two benchmarks & a new one.");
	}

	@Test
	void atomAnnouncementFeedReadsLikeTheRssOne() throws IOException {
		// when
		List<DigestItem> items = fixture("atom-cs.AI.xml");
		List<DigestEntry> entries = ArxivSamples.entries(items);

		// then
		assertThat(items.get(0).digest().date()).isEqualTo(LocalDate.of(2026, 1, 26));
		assertThat(items.get(0).digest().dateOrigin()).isEqualTo("from the feed's updated time");
		assertThat(entries).hasSize(2);
		DigestEntry first = entries.get(0);
		assertThat(first.arxivId()).isEqualTo(new ArxivId("2601.16286", 1));
		assertThat(first.authors()).containsExactly("Varun Chillara", "Dylan Kline", "Tré Guillory",
				"Yashodhara Dhariwal");
		assertThat(first.abstractText()).isEqualTo("Agentic AI pipelines suffer from a hidden inefficiency: they "
				+ "frequently reconstruct identical intermediate logic.");
		assertThat(first.details().categories()).containsExactly("cs.AI", "cs.MA");
		assertThat(first.details().links()).containsExactly("https://arxiv.org/abs/2601.16286");
		DigestEntry replaced = entries.get(1);
		assertThat(replaced.title()).isEqualTo("An Old Survey, Revised");
		assertThat(replaced.arxivId()).isEqualTo(new ArxivId("2510.00777", 4));
		assertThat(replaced.details().listing()).isEqualTo(ListingKind.REPLACEMENT);
		assertThat(replaced.doi()).isEqualTo(new Doi("10.1000/es.2026.4"));
		assertThat(replaced.details().journalRef()).isEqualTo("Example Surveys 4 (2026) 1-40");
	}

	@Test
	void apiResponseWithNamespacesOnTheFeedReadsLikeTheOldStyle() throws IOException {
		// when
		List<DigestItem> items = fixture("api-root-namespaces.xml");

		// then
		assertThat(items.get(0).digest().date()).isEqualTo(LocalDate.of(2026, 1, 27));
		DigestEntry entry = ArxivSamples.entries(items).get(0);
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("2601.16529", 1));
		assertThat(entry.title()).isEqualTo("SycoEval-EM: Sycophancy Evaluation of Large Language Models in "
				+ "Simulated Clinical Encounters for Emergency Care");
		assertThat(entry.authors()).containsExactly("Dongshen Peng", "Yi Wang", "Carl Preiksaitis", "Christian Rose");
		assertThat(entry.abstractText()).isEqualTo("Large language models (LLMs) show promise in clinical decision "
				+ "support yet risk acquiescing to patient pressure for inappropriate care.");
		assertThat(entry.details()).isEqualTo(new EntryDetails(LocalDate.of(2026, 1, 23), LocalDate.of(2026, 1, 23),
				List.of("cs.AI", "cs.HC"), "11 pages, 5 figures", null,
				List.of("https://arxiv.org/abs/2601.16529v1", "https://arxiv.org/pdf/2601.16529v1"), null, null,
				List.of(), null, null));
	}

}
