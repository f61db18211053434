package io.digestcatalog.core.digest.hf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import io.digestcatalog.core.digest.DigestEntry;
import io.digestcatalog.core.digest.EntryDetails;
import io.digestcatalog.core.digest.SampleDigests;
import io.digestcatalog.core.extract.ArxivId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field of a handful of real entries: of each era of the API, of a Python-repr
 * item, of items with repository, project page, stars and keywords.
 */
class HfDailyPapersEntryTests {

	@Test
	void firstEntryOfJanuary26IsLongCatWithItsHundredSixtyTwoAuthors() throws IOException {
		// when
		DigestEntry entry = entry("2026-01-26.json", 1);

		// then
		assertThat(entry.digest().date()).isEqualTo(LocalDate.of(2026, 1, 26));
		assertThat(entry.digest().dateOrigin()).isEqualTo("from the file name");
		assertThat(entry.line()).isEqualTo(2);
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("2601.16725", 0));
		assertThat(entry.doi()).isNull();
		assertThat(entry.title()).isEqualTo("LongCat-Flash-Thinking-2601 Technical Report");
		assertThat(entry.abstractText()).startsWith(
				"We introduce LongCat-Flash-Thinking-2601, a 560-billion-parameter open-source Mixture-of-Experts (MoE) reasoning model")
			.endsWith("by jointly expanding reasoning depth and width through intensive parallel thinking.");
		assertThat(entry.authors()).hasSize(162)
			.startsWith("Meituan LongCat Team", "Anchun Gui", "Bei Li")
			.endsWith("Ziyuan Zhuang");
		assertThat(entry.details()).isEqualTo(new EntryDetails(LocalDate.of(2026, 1, 23), LocalDate.of(2026, 1, 26),
				List.of(), null, null, List.of("https://arxiv.org/abs/2601.16725"), 37, null,
				List.of("Mixture-of-Experts", "agentic reasoning", "domain-parallel expert training", "fusion",
						"asynchronous reinforcement learning", "DORA", "long-tailed generation",
						"multi-turn agentic interactions", "test-time scaling", "reasoning depth", "reasoning width",
						"parallel thinking"),
				null, null));
	}

	@Test
	void pythonReprItemOfDecember11ReadsLikeAnObjectItem() throws IOException {
		// when
		DigestEntry entry = entry("2024-12-11.json", 1);

		// then
		assertThat(entry.line()).isEqualTo(2);
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("2412.07730", 0));
		assertThat(entry.title()).isEqualTo("STIV: Scalable Text and Image Conditioned Video Generation");
		assertThat(entry.abstractText())
			.startsWith(
					"The field of video generation has made remarkable advancements, yet there remains a pressing need")
			.endsWith("accelerate progress toward more versatile and reliable video generation solutions.");
		assertThat(entry.authors()).hasSize(17)
			.startsWith("Zongyu Lin", "Wei Liu", "Chen Chen")
			.endsWith("Yinfei Yang");
		// the API of that era had no submission time, stars or keywords
		assertThat(entry.details()).isEqualTo(new EntryDetails(LocalDate.of(2024, 12, 10), null, List.of(), null, null,
				List.of("https://arxiv.org/abs/2412.07730"), 54, null, List.of(), null, null));
	}

	@Test
	void mavorsLinksItsAbstractPageRepositoryAndProjectPage() throws IOException {
		// when
		DigestEntry entry = entry("2025-04-15.json", 5);

		// then
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("2504.10068", 0));
		assertThat(entry.title()).isEqualTo(SampleDigests.FIRST_TITLE);
		assertThat(entry.authors()).hasSize(15).startsWith("Yang Shi", "Jiaheng Liu").endsWith("Di Zhang");
		assertThat(entry.details()).isEqualTo(new EntryDetails(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 15),
				List.of(), null, null, List.of("https://arxiv.org/abs/2504.10068",
						"https://github.com/DogNeverSleep/Mavors", "https://mavors-mllm.github.io/"),
				20, null, List.of(), null, null));
	}

	@Test
	void dynamicVlaCarriesStarsKeywordsAndEveryLink() throws IOException {
		// when
		DigestEntry entry = entry("2026-01-30.json", 4);

		// then
		assertThat(entry.arxivId()).isEqualTo(new ArxivId("2601.22153", 0));
		assertThat(entry.title())
			.isEqualTo("DynamicVLA: A Vision-Language-Action Model for Dynamic Object Manipulation");
		assertThat(entry.abstractText())
			.startsWith("Manipulating dynamic objects remains an open challenge for Vision-Language-Action (VLA)")
			.endsWith("framework for general dynamic object manipulation across embodiments.");
		assertThat(entry.authors()).hasSize(7)
			.startsWith("Haozhe Xie", "Beichen Wen", "Jiarui Zheng")
			.endsWith("Ziwei Liu");
		assertThat(entry.details())
			.isEqualTo(new EntryDetails(LocalDate.of(2026, 1, 29), LocalDate.of(2026, 1, 30), List.of(), null, null,
					List.of("https://arxiv.org/abs/2601.22153", "https://github.com/hzxie/DynamicVLA",
							"https://haozhexie.com/project/dynamic-vla"),
					26, 5,
					List.of("Vision-Language-Action models", "temporal reasoning", "closed-loop adaptation",
							"convolutional vision encoder", "multimodal inference", "Continuous Inference",
							"Latent-aware Action Streaming", "Dynamic Object Manipulation benchmark",
							"synthetic episodes", "real-world episodes"),
					null, null));
	}

	@Test
	void titleIsArxivsUnfoldedRatherThanTheItemsEditedCopy() throws IOException {
		// when
		DigestEntry internVl = entry("2024-12-09.json", 1);
		DigestEntry transformer2 = entry("2025-01-14.json", 4);

		// then the paper's title was folded across lines; the item's says
		// "$\text{Transformer}^2$"
		assertThat(internVl.title()).isEqualTo(
				"Expanding Performance Boundaries of Open-Source Multimodal Models with Model, Data, and Test-Time Scaling");
		assertThat(transformer2.title()).isEqualTo("Transformer^2: Self-adaptive LLMs");
	}

	@Test
	void hiddenAuthorsStayInTheirPlace() throws IOException {
		// when: Yibin Wang hid the paper from their HF profile, and is its first author
		DigestEntry lift = entry("2024-12-09.json", 2);

		// then
		assertThat(lift.arxivId()).isEqualTo(new ArxivId("2412.04814", 0));
		assertThat(lift.authors()).containsExactly("Yibin Wang", "Zhiyu Tan", "Junyan Wang", "Xiaomeng Yang",
				"Cheng Jin", "Hao Li");
	}

	private static DigestEntry entry(String dump, int ordinal) throws IOException {
		DigestEntry entry = SampleDigests.entries(HfDumps.read(HfDumps.dump(dump))).get(ordinal - 1);
		assertThat(entry.ordinal()).isEqualTo(ordinal);
		return entry;
	}

}
