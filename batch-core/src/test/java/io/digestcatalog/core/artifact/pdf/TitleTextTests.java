package io.digestcatalog.core.artifact.pdf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which metadata titles could be titles, and when two titles are the same. */
class TitleTextTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Microsoft Word - IEA-AIE final.doc", "acl07.dvi", "packing-journal.dvi", "Presentation1",
			"Untitled", "AI Magazine", "Proceedings of the 45th Annual Meeting of the ACL", "Layout 1", "paper.pdf",
			"Circuits and Systems for Video Technology, IEEE Transactions on", "Draft" })
	void producerJunkIsNoTitle(String junk) {
		assertThat(TitleText.plausible(junk)).isFalse();
	}

	@Test
	void realTitlesArePlausible() {
		assertThat(TitleText.plausible("Combating Web Spam with TrustRank ")).isTrue();
		assertThat(TitleText.plausible("Automated Statistics Collection in DB2 Stinger")).isTrue();
	}

	@Test
	void titlesThatDifferByATypoOrByCaseAreTheSame() {
		assertThat(TitleText.similarity("Efficient Parsing of Syntactic and Semantic Dependency Strcutures",
				"Efficient Parsing of Syntactic and Semantic Dependency Structures"))
			.isGreaterThanOrEqualTo(TitleText.SAME_TITLE);
		assertThat(TitleText.similarity("IMPROVING DETECTION OF INFLUENTIAL NODES IN COMPLEX NETWORKS",
				"Improving detection of influential nodes in complex networks"))
			.isEqualTo(1.0);
	}

	@Test
	void differentTitlesAreNot() {
		assertThat(TitleText.similarity("Indexing XML Data Stored in a Relational Database",
				"Automated Statistics Collection in DB2 Stinger"))
			.isLessThan(TitleText.SAME_TITLE);
		assertThat(TitleText.similarity("Disk-Based Storage for Scalable Video",
				"Disk-Based Storage for Scalable Video - Circuits and Systems for Video Technology, IEEE Transactions on"))
			.isLessThan(TitleText.SAME_TITLE);
		assertThat(TitleText.similarity(null, "A title")).isZero();
	}

}
