package io.digestcatalog.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilterTests {

	@TempDir
	Path root;

	private Path file(String relative) throws IOException {
		Path p = this.root.resolve(relative);
		Files.createDirectories(p.getParent());
		return Files.writeString(p, "x");
	}

	@Test
	void foldersAreFilteredByIncludeAndExcludeGlobsOnNameOrRelativePath() throws IOException {
		file("2026/a.json");
		file("2026/b.txt");
		file("2026/skip/c.json");
		file(".hidden/d.json");

		List<Path> files = DigestInputs.expand(List.of(this.root.toString()),
				new InputFilter(List.of("*.json"), List.of("**/skip/**")));

		assertThat(files).extracting(p -> this.root.relativize(p).toString()).containsExactly("2026/a.json");
	}

	@Test
	void aMaildirsTmpFolderIsNeverReadButAnOrdinaryTmpFolderIs() throws IOException {
		file("mail/cur/1.eml");
		file("mail/new/2.eml");
		file("mail/tmp/3.eml");
		file("notes/tmp/4.txt");

		List<Path> files = DigestInputs.expand(List.of(this.root.toString()), InputFilter.ALL);

		assertThat(files).extracting(p -> this.root.relativize(p).toString())
			.containsExactly("mail/cur/1.eml", "mail/new/2.eml", "notes/tmp/4.txt");
	}

	@Test
	void aMalformedGlobIsAOneLineInputError() {
		assertThatThrownBy(() -> new InputFilter(List.of("[a-"), List.of())).isInstanceOf(DigestInputException.class)
			.hasMessageStartingWith("not a valid glob: [a-");
	}

}
