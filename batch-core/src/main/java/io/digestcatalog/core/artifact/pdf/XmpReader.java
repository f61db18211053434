package io.digestcatalog.core.artifact.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code dc:title} and {@code dc:creator} from a PDF's XMP packet with the JDK's
 * parser: no DTDs, no external entities, a bounded packet. Broken XMP is no XMP.
 */
final class XmpReader {

	private static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

	private static final int MAX_BYTES = 4 * 1024 * 1024;

	private XmpReader() {
	}

	/**
	 * The XMP title and creators.
	 *
	 * @param title {@code dc:title} (the {@code x-default} alternative first), or
	 * {@code null}
	 * @param creators the {@code dc:creator} entries
	 */
	record Xmp(String title, List<String> creators) {

		static final Xmp NONE = new Xmp(null, List.of());

	}

	static Xmp read(PDMetadata metadata) {
		if (metadata == null) {
			return Xmp.NONE;
		}
		try {
			if (metadata.getCOSObject().getLength() > MAX_BYTES) {
				return Xmp.NONE;
			}
			return parse(metadata.toByteArray());
		}
		catch (IOException | RuntimeException ex) {
			return Xmp.NONE;
		}
	}

	static Xmp parse(byte[] xmp) {
		try {
			Document doc = builder().parse(new ByteArrayInputStream(xmp));
			String title = null;
			List<String> creators = new ArrayList<>();
			NodeList titles = doc.getElementsByTagNameNS(DC, "title");
			if (titles.getLength() > 0) {
				title = firstItem((Element) titles.item(0));
			}
			NodeList creatorLists = doc.getElementsByTagNameNS(DC, "creator");
			for (int i = 0; i < creatorLists.getLength(); i++) {
				creators.addAll(items((Element) creatorLists.item(i)));
			}
			return new Xmp(title, creators);
		}
		catch (IOException | SAXException | ParserConfigurationException | RuntimeException ex) {
			return Xmp.NONE;
		}
	}

	/**
	 * Configured once: finding the factory scans the class path for a provider each time.
	 * It is only read from (under its lock) once configured.
	 */
	private static DocumentBuilderFactory factory;

	private static synchronized DocumentBuilder builder() throws ParserConfigurationException {
		if (factory == null) {
			factory = configuredFactory();
		}
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(new DefaultHandler() {

			@Override
			public void fatalError(SAXParseException ex) throws SAXException {
				// the default handler prints "[Fatal Error]" to stderr before throwing
				throw ex;
			}

		});
		return builder;
	}

	private static DocumentBuilderFactory configuredFactory() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		return factory;
	}

	private static String firstItem(Element property) {
		NodeList lis = property.getElementsByTagNameNS(RDF, "li");
		String first = null;
		for (int i = 0; i < lis.getLength(); i++) {
			Element li = (Element) lis.item(i);
			String text = clean(li.getTextContent());
			if (text != null && "x-default".equals(li.getAttributeNS(XMLConstants.XML_NS_URI, "lang"))) {
				return text;
			}
			first = (first == null) ? text : first;
		}
		return (lis.getLength() == 0) ? clean(property.getTextContent()) : first;
	}

	private static List<String> items(Element property) {
		List<String> values = new ArrayList<>();
		NodeList lis = property.getElementsByTagNameNS(RDF, "li");
		for (int i = 0; i < lis.getLength(); i++) {
			String text = clean(lis.item(i).getTextContent());
			if (text != null) {
				values.add(text);
			}
		}
		return values;
	}

	private static String clean(String s) {
		if (s == null) {
			return null;
		}
		String t = s.replaceAll("\\s+", " ").strip();
		return t.isEmpty() ? null : t;
	}

}
