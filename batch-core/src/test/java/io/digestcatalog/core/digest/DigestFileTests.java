package io.digestcatalog.core.digest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** A digest file: its hash, and whether it is a digest at all. */
class DigestFileTests {

	@TempDir
	Path dir;

	@Test
	void sha256IsTheHashOfTheBytesWhateverTheName() throws IOException {
		// given
		Path copy = Files.copy(SampleDigests.canonical(), this.dir.resolve("renamed.txt"));

		// when
		String original = file(SampleDigests.canonical()).sha256();
		String renamed = file(copy).sha256();

		// then
		assertThat(original).matches("[0-9a-f]{64}").isEqualTo(renamed);
		assertThat(file(write("other.txt", "Jul 29\n")).sha256()).isNotEqualTo(original);
	}

	@Test
	void canonicalDigestIsADigest() throws IOException {
		assertThat(file(SampleDigests.canonical()).notADigestReason()).isEmpty();
		assertThat(file(SampleDigests.canonical()).parser()).get().extracting(DigestParser::format).isEqualTo("text");
	}

	@Test
	void emptyFileIsNoDigest() throws IOException {
		assertThat(file(write("empty.txt", "")).notADigestReason()).contains("empty file");
	}

	@Test
	void binaryFileIsNoDigest() throws IOException {
		// given
		Path zip = this.dir.resolve("digest.txt");
		Files.write(zip, new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0 });

		// when / then
		assertThat(file(zip).notADigestReason()).contains("binary content (NUL bytes), not a text digest");
	}

	@Test
	void textOfMostlyControlBytesIsNoDigest() throws IOException {
		// given
		Path junk = this.dir.resolve("junk.txt");
		Files.write(junk, new byte[] { 1, 2, 3, 4, 5, 6, 'a', 'b', 'c', 'd' });

		// when / then
		assertThat(file(junk).notADigestReason()).contains("binary content (control bytes), not a text digest");
	}

	@Test
	void utf16TextIsADigestDespiteItsNulBytes() throws IOException {
		// given
		Path utf16 = this.dir.resolve("utf16.txt");
		Files.write(utf16, "Jul 29\n\nTitle\n\nAbstract.".getBytes(StandardCharsets.UTF_16));

		// when / then
		assertThat(file(utf16).notADigestReason()).isEmpty();
	}

	@Test
	void unknownForcedFormatIsAUserError() throws IOException {
		// given
		DigestFile digest = new DigestFile(SampleDigests.canonical(), DigestFormats.standard(), "docx");

		// when / then
		assertThatExceptionOfType(DigestInputException.class).isThrownBy(digest::parser)
			.withMessageStartingWith("unknown format docx (known: text, ");
	}

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.dir.resolve(name), text);
	}

	private static DigestFile file(Path path) {
		return new DigestFile(path, DigestFormats.standard(), null);
	}

}
