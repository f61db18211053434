package io.digestcatalog.core.digest.arxiv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TeX accents, author lines and wrapped abstracts as arXiv writes them. */
class ArxivTextTests {

	@Test
	void texAccentsBecomeComposedLetters() {
		assertThat(TexAccents.toUnicode("Tr\\'e Guillory")).isEqualTo("Tré Guillory");
		assertThat(TexAccents.toUnicode("J. M\\\"{u}ller and {\\'E}mile")).isEqualTo("J. Müller and Émile");
		assertThat(TexAccents.toUnicode("Abrah\\~ao, \\v{S}koda, \\c{C}a\\u{g}lar"))
			.isEqualTo("Abrahão, Škoda, Çağlar");
		assertThat(TexAccents.toUnicode("Bj\\o rn, Stra\\ss e, \\L{}ukasz, Fran\\c c"))
			.isEqualTo("Bjørn, Straße, Łukasz, Franç");
		assertThat(TexAccents.toUnicode("L\\'{\\i}a")).isEqualTo("Lía");
	}

	@Test
	void otherTexIsLeftAsWritten() {
		assertThat(TexAccents.toUnicode("96.6\\% with $\\alpha$ and \\cite{x}, \\left( \\right)"))
			.isEqualTo("96.6\\% with $\\alpha$ and \\cite{x}, \\left( \\right)");
		assertThat(TexAccents.toUnicode(null)).isNull();
	}

	@Test
	void authorLinesSplitOnCommasAndAndOutsideParentheses() {
		assertThat(AuthorNames.split("Carl Preiksaitis and Christian Rose")).containsExactly("Carl Preiksaitis",
				"Christian Rose");
		assertThat(AuthorNames.split("Wei Ai, Zhixiong He, and Keqin Li")).containsExactly("Wei Ai", "Zhixiong He",
				"Keqin Li");
		assertThat(AuthorNames.split("Eva Novak (Charles University, Prague), Frank Osei (ETH and EPFL)"))
			.containsExactly("Eva Novak", "Frank Osei");
		assertThat(AuthorNames.split("A. One, B. Two, et al. (97 additional authors not shown)"))
			.containsExactly("A. One", "B. Two");
		assertThat(AuthorNames.split(" ")).isEmpty();
		assertThat(AuthorNames.split(null)).isEmpty();
	}

	@Test
	void wrappedTextUnwrapsIntoParagraphs() {
		assertThat(ArxivText.unwrap("  First line\nwraps here.\n  Second   paragraph.\n"))
			.isEqualTo("First line wraps here.\nSecond paragraph.");
		assertThat(ArxivText.unwrap(null)).isEmpty();
	}

	@Test
	void feedDatesAreTheDayInTheirOwnOffset() {
		assertThat(FeedDates.parse("2016-10-09T00:00:00-04:00")).hasToString("2016-10-09");
		assertThat(FeedDates.parse("Mon, 26 Jan 2026 00:00:00 -0500")).hasToString("2026-01-26");
		assertThat(FeedDates.parse("2026-01-26T05:00:31.482112+00:00")).hasToString("2026-01-26");
		assertThat(FeedDates.parse("2026-01-26")).hasToString("2026-01-26");
		assertThat(FeedDates.parse("yesterday")).isNull();
	}

	@Test
	void listingDatesReadTwoDigitYearsAroundArxivsStart() {
		assertThat(ListingDates
			.receivedUntil(" received from  Thu 22 Jan 26 19:00:00 GMT  to  Fri 23 Jan 26 19:00:00 GMT"))
			.hasToString("2026-01-23");
		assertThat(ListingDates.receivedUntil("received from Mon 2 Mar 98 to Tue 3 Mar 98")).hasToString("1998-03-03");
		assertThat(ListingDates.dayMonthYear("Date: Thu, 7 Nov 2024 02:49:53 GMT   (31214kb,D)"))
			.hasToString("2024-11-07");
		assertThat(ListingDates.sizeOf("Thu, 7 Nov 2024 02:49:53 GMT   (31214kb,D)")).isEqualTo("31214kb");
	}

}
