package io.digestcatalog.core.digest.arxiv;

import java.io.InputStream;
import java.nio.charset.Charset;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX for untrusted feeds: no DTDs and no external entities, so a feed cannot make the
 * parser read local files or fetch URLs; and element text read with a bound.
 */
final class FeedXml {

	private FeedXml() {
	}

	static XMLStreamReader open(InputStream input, Charset declared) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return (declared != null) ? factory.createXMLStreamReader(input, declared.name())
				: factory.createXMLStreamReader(input);
	}

	/**
	 * The text of the element the reader is at, nested elements' text included, up to
	 * {@code max} characters; leaves the reader at the element's end tag.
	 * @return the text, or {@code null} when it was longer than {@code max}
	 */
	static String text(XMLStreamReader xml, int max) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		boolean cut = false;
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE) {
				if (text.length() + xml.getTextLength() <= max) {
					text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
				}
				else {
					cut = true;
				}
			}
		}
		return cut ? null : text.toString();
	}

	/** Where and why the XML broke, in one line for the operator. */
	static String problem(XMLStreamException ex) {
		String at = (ex.getLocation() != null) ? "line " + line(ex) + ", column " + ex.getLocation().getColumnNumber()
				: "an unknown position";
		String text = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		// the JDK's message repeats the position before "Message:"
		int message = text.indexOf("Message:");
		text = (message >= 0) ? text.substring(message + 8) : text;
		return "malformed XML at " + at + ": " + text.replaceAll("\\s+", " ").strip();
	}

	static long line(XMLStreamException ex) {
		return (ex.getLocation() != null) ? Math.max(1, ex.getLocation().getLineNumber()) : 1;
	}

}
