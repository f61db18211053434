package io.digestcatalog.eval.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

import static org.assertj.core.api.Assertions.assertThat;

/** Every ground-truth format a corpus folder may hold, merged per PDF. */
class CorpusGroundTruthTests {

	@TempDir
	Path corpus;

	private Path file(String name, String content) throws IOException {
		Path path = this.corpus.resolve(name);
		Files.createDirectories(path.getParent());
		return Files.writeString(path, content);
	}

	@Test
	void everyFormatIsReadAndMergedByPdf() throws IOException {
		// given
		Path x = file("pdfs/x.pdf", "%PDF-");
		file("pdfs/x.extraction.json",
				"\uFEFF[[\"title\", \"Title of X\"], [\"line\", \"Abstract\"], [\"year\", 2004]]");
		Path y = file("pdfs/y.pdf", "%PDF-");
		file("pdfs/y-labels.txt",
				"TITLE\tTitle of Y\nAUTHOR\tAda Lovelace\nAUTHOR\tCharles Babbage \nABSTRACT\tWe do Y.\n");
		Path z = file("pdfs/z.pdf", "%PDF-");
		file("pdfs/z.txt", "TITLE = Title of Z\nAUTHOR = Grace Hopper\n");
		Path sha = file("pdfs/abc123.pdf", "%PDF-");
		Path cut = file("pdfs/6c46de.pdf", "%PDF-");
		file("pdfs/groundTruth.json",
				"{ \"id\": \"abc123\", \"url\": \"http://s3/abc1/23.pdf\", \"title\": \"Title of ABC\","
						+ " \"authors\": [ \"M\uFFFDller, Sebastian\" ] }\n{ \"id\": \"nothere\", \"title\": \"Absent\" }\n");
		file("pdfs/parsebugs.json", "[{ \"id\": \"089f6c46de\", \"url\": \"http://s3/089f/6c46de.pdf\","
				+ " \"title\": \"Title by URL\", \"authors\": [\"Kowalski, Dariusz R.\"] }]");
		Path arxiv = file("atom/2504.10068v2.pdf", "%PDF-");
		file("atom/id_list.xml",
				"<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2504.10068v2</id>"
						+ "<title>Atom\n  Title</title><summary> An abstract. </summary><author><name>Alan Turing</name></author>"
						+ "<arxiv:doi xmlns:arxiv=\"http://arxiv.org/schemas/atom\">10.1000/XYZ</arxiv:doi></entry></feed>");
		file("README.md",
				"`x.pdf`'s PDF Info title is wrong (the real title is \"Not This\"); `z.pdf` is arXiv 1504.06236v2 with a stamp.");
		file("elsewhere/bad.json", "{not json");
		List<Path> pdfs = List.of(x, y, z, sha, cut, arxiv);

		// when
		Map<Path, GroundTruth> truths = CorpusGroundTruth.load(this.corpus, pdfs);

		// then: the first source to give a field wins; files away from PDFs are ignored
		assertThat(truths).containsOnlyKeys(pdfs);
		assertThat(truths.get(x).title()).isEqualTo("Title of X");
		assertThat(truths.get(y)).satisfies(t -> {
			assertThat(t.title()).isEqualTo("Title of Y");
			assertThat(t.authors()).containsExactly("Ada Lovelace", "Charles Babbage");
			assertThat(t.abstractText()).isEqualTo("We do Y.");
		});
		assertThat(truths.get(z).title()).isEqualTo("Title of Z");
		assertThat(truths.get(z).arxivId()).isEqualTo(new ArxivId("1504.06236", 2));
		assertThat(truths.get(sha).authors()).containsExactly("M\uFFFDller, Sebastian");
		assertThat(truths.get(cut).title()).isEqualTo("Title by URL");
		assertThat(truths.get(arxiv)).satisfies(t -> {
			assertThat(t.title()).isEqualTo("Atom Title");
			assertThat(t.authors()).containsExactly("Alan Turing");
			assertThat(t.arxivId()).isEqualTo(new ArxivId("2504.10068", 2));
			assertThat(t.doi()).isEqualTo(new Doi("10.1000/xyz"));
			assertThat(t.abstractText()).isEqualTo("An abstract.");
		});
	}

	@Test
	void sharedCorpusHoldsTheGroundTruthTheBriefNames() {
		// when
		Map<Path, GroundTruth> truths = CorpusGroundTruth.load(PdfCorpus.corpus(),
				List.of(PdfCorpus.sciencePdf("zolotov04.pdf"), PdfCorpus.sciencePdf("superscripttest.pdf"),
						PdfCorpus.sciencePdf("c921a74c209e720534939dfa191d639e647dd242.pdf"), PdfCorpus.arxivPdf()));

		// then
		assertThat(truths.get(PdfCorpus.sciencePdf("zolotov04.pdf")).title())
			.isEqualTo("Indexing XML Data Stored in a Relational Database");
		assertThat(truths.get(PdfCorpus.sciencePdf("superscripttest.pdf")).arxivId())
			.isEqualTo(new ArxivId("1504.06236", 2));
		assertThat(truths.get(PdfCorpus.sciencePdf("c921a74c209e720534939dfa191d639e647dd242.pdf")).authors())
			.hasSize(5);
		assertThat(truths.get(PdfCorpus.arxivPdf()).doi()).isEqualTo(new Doi("10.1103/PhysRevB.85.115117"));
	}

}
