package io.digestcatalog.core.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How a digest is dated, from the most to the least trusted hint. */
class DigestDateHintTests {

	private static final Instant AUG_3_2025 = Instant.parse("2025-08-03T10:00:00Z");

	private static final MonthDay JUL_29 = MonthDay.of(Month.JULY, 29);

	@Test
	void explicitDateWinsOverEveryOtherHint() {
		// given
		DigestDateHint hint = new DigestDateHint(LocalDate.of(2020, 1, 2), "papers-2023-05-06.txt", AUG_3_2025,
				ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(JUL_29);

		// then
		assertThat(date).isEqualTo(new ResolvedDate(LocalDate.of(2020, 1, 2), "from --digest-date"));
	}

	@Test
	void fullDateInTheFileNameWinsOverTheDigestAndTheModificationTime() {
		// given
		DigestDateHint hint = new DigestDateHint(null, "papers-2023-05-06.txt", AUG_3_2025, ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(JUL_29);

		// then
		assertThat(date).isEqualTo(new ResolvedDate(LocalDate.of(2023, 5, 6), "from the file name"));
	}

	@Test
	void compactFullDateInTheFileNameIsRead() {
		// given
		DigestDateHint hint = new DigestDateHint(null, "hf-20240229.txt", AUG_3_2025, ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(null);

		// then
		assertThat(date.date()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "papers-2025-13-01.txt", "papers-2023-02-29.txt", "build-1234-05-06.txt", "id-123456789.txt" })
	void numbersThatAreNoDateInTheFileNameAreIgnored(String fileName) {
		// given
		DigestDateHint hint = new DigestDateHint(null, fileName, AUG_3_2025, ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(null);

		// then
		assertThat(date).isEqualTo(new ResolvedDate(LocalDate.of(2025, 8, 3), "from the file's modification time"));
	}

	@Test
	void monthAndDayFromTheDigestTakeTheYearOfTheModificationTime() {
		// given
		DigestDateHint hint = new DigestDateHint(null, "digest.txt", AUG_3_2025, ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(JUL_29);

		// then
		assertThat(date).isEqualTo(new ResolvedDate(LocalDate.of(2025, 7, 29),
				"month and day from the digest, year from the file's modification time"));
	}

	@Test
	void digestDatedAfterItsFileWasWrittenBelongsToTheYearBefore() {
		// given a "Dec 30" digest saved on Jan 2
		DigestDateHint hint = new DigestDateHint(null, "digest.txt", Instant.parse("2026-01-02T09:00:00Z"),
				ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(MonthDay.of(Month.DECEMBER, 30));

		// then
		assertThat(date.date()).isEqualTo(LocalDate.of(2025, 12, 30));
	}

	@Test
	void digestSavedOnItsOwnDayKeepsTheYear() {
		// given
		DigestDateHint hint = new DigestDateHint(null, "digest.txt", Instant.parse("2025-07-29T23:59:00Z"),
				ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(JUL_29);

		// then
		assertThat(date.date()).isEqualTo(LocalDate.of(2025, 7, 29));
	}

	@Test
	void monthAndDayFromTheFileNameServeWhenTheDigestHasNone() {
		// given
		DigestDateHint hint = new DigestDateHint(null, "daily-papers-jul29.txt", AUG_3_2025, ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(null);

		// then
		assertThat(date).isEqualTo(new ResolvedDate(LocalDate.of(2025, 7, 29),
				"month and day from the file name, year from the file's modification time"));
	}

	@Test
	void monthAndDayFromTheDigestWinOverThoseOfTheFileName() {
		// given
		DigestDateHint hint = new DigestDateHint(null, "daily-papers-jul28.txt", AUG_3_2025, ZoneOffset.UTC);

		// when
		ResolvedDate date = hint.resolve(JUL_29);

		// then
		assertThat(date.date()).isEqualTo(LocalDate.of(2025, 7, 29));
	}

	@Test
	void modificationTimeIsReadInTheGivenZone() {
		// given a file written late on Jul 29 in UTC, already Jul 30 in Tokyo
		Instant written = Instant.parse("2025-07-29T20:00:00Z");

		// when
		ResolvedDate utc = new DigestDateHint(null, "digest.txt", written, ZoneOffset.UTC).resolve(null);
		ResolvedDate tokyo = new DigestDateHint(null, "digest.txt", written, ZoneId.of("Asia/Tokyo")).resolve(null);

		// then
		assertThat(utc.date()).isEqualTo(LocalDate.of(2025, 7, 29));
		assertThat(tokyo.date()).isEqualTo(LocalDate.of(2025, 7, 30));
	}

	@Test
	void missingHintsFallBackToTheEpoch() {
		// when
		ResolvedDate date = new DigestDateHint(null, null, null, ZoneOffset.UTC).resolve(null);

		// then
		assertThat(date).isEqualTo(new ResolvedDate(LocalDate.of(1970, 1, 1), "from the file's modification time"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Jul 29", "July 29", "jul29", "JUL-29", "jul_29", "Jul. 29", "daily-papers-jul29.txt",
			"Digest of Tuesday, July 29" })
	void monthAndDayAreFoundInTheirUsualSpellings(String text) {
		assertThat(DigestDateHint.monthDayIn(text)).contains(JUL_29);
	}

	@Test
	void abbreviatedSeptemberIsFound() {
		assertThat(DigestDateHint.monthDayIn("Sept 3")).contains(MonthDay.of(Month.SEPTEMBER, 3));
		assertThat(DigestDateHint.monthDayIn("sep3")).contains(MonthDay.of(Month.SEPTEMBER, 3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Feb 30", "Jun 31", "Jul 0", "Jul 123", "digest.txt", "", "ajul29" })
	void textWithoutAValidMonthAndDayHasNone(String text) {
		assertThat(DigestDateHint.monthDayIn(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "decisions-5.txt", "junk_12.txt", "marketing-2.txt", "mayhem 3", "augmented-1" })
	void wordsThatMerelyStartLikeAMonthAreNoMonth(String text) {
		assertThat(DigestDateHint.monthDayIn(text)).isEmpty();
	}

	@Test
	void invalidMonthAndDayIsSkippedForALaterValidOne() {
		assertThat(DigestDateHint.monthDayIn("feb31 then mar 2")).contains(MonthDay.of(Month.MARCH, 2));
	}

}
