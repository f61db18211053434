package io.digestcatalog.eval.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import io.digestcatalog.core.extract.ArxivId;
import io.digestcatalog.core.extract.Doi;

/**
 * Reads arXiv API Atom entries as ground truth for the PDFs named after them
 * ({@code 1111.2011v2.pdf} for the entry {@code http://arxiv.org/abs/1111.2011v2}).
 */
final class AtomGroundTruth {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String ARXIV = "http://arxiv.org/schemas/atom";

	private AtomGroundTruth() {
	}

	/**
	 * One Atom entry.
	 *
	 * @param pdfName the file name its PDF would have
	 * @param title its title
	 * @param authors its authors' names
	 * @param arxivId its arXiv id
	 * @param doi its DOI, or {@code null}
	 * @param summary its abstract
	 */
	record Entry(String pdfName, String title, List<String> authors, ArxivId arxivId, Doi doi, String summary) {

		GroundTruth addTo(GroundTruth truth) {
			return truth.merge(this.pdfName.replace(".pdf", ".xml"), this.title, this.authors, this.arxivId, this.doi,
					this.summary);
		}

	}

	static List<Entry> read(Path xml) throws IOException {
		List<Entry> entries = new ArrayList<>();
		try {
			Document doc = factory().newDocumentBuilder().parse(Files.newInputStream(xml));
			NodeList nodes = doc.getElementsByTagNameNS(ATOM, "entry");
			for (int i = 0; i < nodes.getLength(); i++) {
				Element e = (Element) nodes.item(i);
				String id = text(e, ATOM, "id");
				ArxivId arxivId = ArxivId.parse(id.substring(id.lastIndexOf("/abs/") + 5)).orElse(null);
				if (arxivId == null) {
					continue;
				}
				List<String> authors = new ArrayList<>();
				NodeList names = e.getElementsByTagNameNS(ATOM, "name");
				for (int n = 0; n < names.getLength(); n++) {
					authors.add(names.item(n).getTextContent().strip());
				}
				Doi doi = Doi.parse(text(e, ARXIV, "doi")).orElse(null);
				entries.add(new Entry(arxivId.versioned().replace('/', '_') + ".pdf", text(e, ATOM, "title"), authors,
						arxivId, doi, text(e, ATOM, "summary")));
			}
		}
		catch (SAXException | ParserConfigurationException ex) {
			// an XML file that is no Atom feed holds no ground truth
		}
		return entries;
	}

	private static DocumentBuilderFactory factory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

	private static String text(Element parent, String namespace, String name) {
		NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
		return (nodes.getLength() == 0) ? "" : nodes.item(0).getTextContent().replaceAll("\\s+", " ").strip();
	}

}
