package io.digestcatalog.core.artifact.pdf;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.digestcatalog.core.artifact.pdf.PdfLink.Origin;
import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Link;
import io.digestcatalog.core.extract.LinkKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Links from annotations and text, and the repository a paper names for itself. */
class PdfLinksTests {

	@TempDir
	Path dir;

	private final PdfMetadataExtractor extractor = new PdfMetadataExtractor(Duration.ofSeconds(30));

	private PdfMetadata read(Path pdf) {
		return this.extractor.read(pdf).extracted().orElseThrow();
	}

	private Path paper() {
		return PdfSamples.builder()
			.infoTitle("Microsoft Word - draft.docx")
			.rotated("arXiv:2504.10068v1 [cs.CL] 15 Apr 2025", 20, 30, 600)
			.text("Widgets All the Way Down", 22, 150, 90)
			.text("Ada Lovelace, Charles Babbage", 12, 200, 130)
			.text("Abstract", 12, 270, 180)
			.text("We build widgets out of widgets and compare with arXiv:1706.03762 which", 10, 72, 200)
			.text("did not. Code: https://github.com/acme/widget. More at github.com/acme/tools", 10, 72, 212)
			.link("https://github.com/acme/widget/tree/main", 140, 212)
			.newPage()
			.text("The data is at https://huggingface.co/datasets/acme/corpus and on", 10, 72, 100)
			.text("https://zenodo.org/records/1234567 as well.", 10, 72, 112)
			.newPage()
			.text("References", 12, 72, 100)
			.link("https://github.com/other/cited", 72, 120)
			.link("https://arxiv.org/abs/1706.03762v5", 72, 140)
			.save(this.dir.resolve("widgets.pdf"));
	}

	@Test
	void repositoryNamedOnTheFrontPageIsThePapersOwn() {
		// when
		PdfMetadata metadata = read(paper());

		// then: the cited repository on page 3 is someone else's
		assertThat(metadata.codeRepository()).map(Link::repository).hasValue("acme/widget");
		assertThat(metadata.links())
			.extracting(l -> l.link().url(), l -> l.link().kind(), PdfLink::page, PdfLink::origin)
			.containsExactly(tuple("https://github.com/acme/widget", LinkKind.CODE, 1, Origin.TEXT),
					tuple("https://github.com/acme/tools", LinkKind.CODE, 1, Origin.TEXT),
					tuple("https://huggingface.co/datasets/acme/corpus", LinkKind.DATASET, 2, Origin.TEXT),
					tuple("https://zenodo.org/records/1234567", LinkKind.DATASET, 2, Origin.TEXT),
					tuple("https://github.com/other/cited", LinkKind.CODE, 3, Origin.ANNOTATION),
					tuple("https://arxiv.org/abs/1706.03762", LinkKind.PAPER, 3, Origin.ANNOTATION));
	}

	@Test
	void stampGivesThePapersArxivIdNotTheIdsItCites() {
		// when
		PdfMetadata metadata = read(paper());

		// then
		assertThat(metadata.arxivId()).isEqualTo(new ArxivId("2504.10068", 1));
		assertThat(metadata.title()).isEqualTo("Widgets All the Way Down");
		assertThat(metadata.authors()).containsExactly("Ada Lovelace", "Charles Babbage");
	}

	@Test
	void paperWithoutStampHasNoArxivIdEvenWhenItCitesOne() {
		// given
		Path pdf = PdfSamples.builder()
			.text("A Paper That Cites", 22, 150, 90)
			.text("Abstract", 12, 270, 180)
			.text("We compare with arXiv:1706.03762v5 and 10.1145/3580305.3599253.", 10, 72, 200)
			.save(this.dir.resolve("cites.pdf"));

		// when
		PdfMetadata metadata = read(pdf);

		// then: a DOI on page 1 is kept (it may be the paper's), an arXiv id needs the
		// stamp
		assertThat(metadata.arxivId()).isNull();
		assertThat(metadata.dois()).extracting(Object::toString).containsExactly("10.1145/3580305.3599253");
	}

	@Test
	void linkAnnotationsAreReadOnEveryPageOfARealPaper() {
		// when
		PdfMetadata agarwal = read(PdfSamples.sciencePdf("agarwal11.pdf"));

		// then: its references link to arXiv
		assertThat(agarwal.links()).filteredOn(l -> l.origin() == Origin.ANNOTATION)
			.extracting(l -> l.link().url(), l -> l.link().kind())
			.contains(tuple("https://arxiv.org/abs/1012.4807", LinkKind.PAPER),
					tuple("https://arxiv.org/abs/0912.3599", LinkKind.PAPER));
		assertThat(agarwal.links()).filteredOn(l -> l.origin() == Origin.ANNOTATION).allMatch(l -> l.page() > 1);
		assertThat(agarwal.codeRepository()).isEmpty();
	}

}
