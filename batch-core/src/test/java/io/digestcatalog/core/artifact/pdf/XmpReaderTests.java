package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** XMP titles and creators, read safely. */
class XmpReaderTests {

	private static final String SECRET = "TOP-SECRET-XXE-CANARY";

	@TempDir
	Path dir;

	private static String packet(String title, String creators) {
		return "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
				+ "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
				+ "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" + title + creators
				+ "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
	}

	@Test
	void defaultLanguageTitleAndEveryCreatorAreRead() {
		// given
		String xmp = packet(
				"<dc:title><rdf:Alt><rdf:li xml:lang=\"de\">Widgets überall</rdf:li>"
						+ "<rdf:li xml:lang=\"x-default\">Widgets Everywhere</rdf:li></rdf:Alt></dc:title>",
				"<dc:creator><rdf:Seq><rdf:li>Ada Lovelace</rdf:li><rdf:li> Charles\n Babbage </rdf:li></rdf:Seq></dc:creator>");

		// when
		XmpReader.Xmp read = XmpReader.parse(xmp.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(read.title()).isEqualTo("Widgets Everywhere");
		assertThat(read.creators()).containsExactly("Ada Lovelace", "Charles Babbage");
	}

	@Test
	void externalEntityIsNeverResolved() throws IOException {
		// given
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), SECRET);
		String xmp = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
				+ packet("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Leak &xxe;</rdf:li></rdf:Alt></dc:title>",
						"")
					.replaceFirst("<\\?xpacket[^>]*>", "");

		// when
		XmpReader.Xmp read = XmpReader.parse(xmp.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(read).isEqualTo(XmpReader.Xmp.NONE);
	}

	@Test
	void brokenXmpIsNoXmp() {
		assertThat(XmpReader.parse("<x:xmpmeta><rdf:RDF>".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo(XmpReader.Xmp.NONE);
	}

	@Test
	void xmpTitlePicksTheTitleAmongLinesOfTheSameLargestSize() {
		// given: a masthead as large as the title; only XMP says which is the title
		PdfSamples.Builder paper = PdfSamples.builder()
			.text("Widget Studies Quarterly", 18, 150, 60)
			.text("Widgets All the Way Down", 18, 150, 120)
			.text("Ada Lovelace", 12, 250, 160);
		Path without = paper.save(this.dir.resolve("plain.pdf"));
		Path with = paper.xmp(packet(
				"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Widgets all the way down</rdf:li></rdf:Alt></dc:title>",
				"<dc:creator><rdf:Seq><rdf:li>Ada Lovelace</rdf:li></rdf:Seq></dc:creator>"))
			.save(this.dir.resolve("xmp.pdf"));
		PdfMetadataExtractor extractor = new PdfMetadataExtractor(Duration.ofSeconds(30));

		// when
		PdfMetadata plain = extractor.read(without).extracted().orElseThrow();
		PdfMetadata tagged = extractor.read(with).extracted().orElseThrow();

		// then
		assertThat(plain.title()).isEqualTo("Widget Studies Quarterly");
		assertThat(tagged.xmpTitle()).isEqualTo("Widgets all the way down");
		assertThat(tagged.xmpCreators()).containsExactly("Ada Lovelace");
		assertThat(tagged.title()).isEqualTo("Widgets all the way down");
		assertThat(tagged.titleSource()).isEqualTo(PdfMetadata.TitleSource.METADATA_MATCHING_PAGE);
	}

}
