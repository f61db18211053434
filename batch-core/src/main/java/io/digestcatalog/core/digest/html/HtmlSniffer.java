package io.digestcatalog.core.digest.html;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.digestcatalog.core.digest.TextSniffer;

/**
 * Tells HTML by its first bytes: a doctype or {@code <html>} at the start is certain,
 * markup full of block tags is likely, a tag or two inside other text is not HTML.
 */
final class HtmlSniffer {

	private static final Pattern BLOCK_TAG = Pattern
		.compile("<(html|head|body|div|p|article|section|main|header|footer|nav|h[1-6]|table|ul|ol|li|br|span)[\\s/>]");

	private static final Pattern LEADING_NOISE = Pattern.compile("^(?:\\s|<!--.*?-->|<\\?xml.*?\\?>)+", Pattern.DOTALL);

	private HtmlSniffer() {
	}

	static int confidence(byte[] head) {
		if (TextSniffer.binaryReason(head).isPresent()) {
			return 0;
		}
		String text = decode(head).toLowerCase(Locale.ROOT);
		boolean xml = text.stripLeading().startsWith("<?xml");
		Matcher noise = LEADING_NOISE.matcher(text);
		String start = noise.lookingAt() ? text.substring(noise.end()) : text;
		if (start.startsWith("<!doctype html")) {
			return 90;
		}
		if (start.startsWith("<html")) {
			return 85;
		}
		if (xml) {
			// an XML document that is not XHTML: a feed, a sitemap
			return 0;
		}
		int tags = distinctBlockTags(text);
		if (start.startsWith("<")) {
			return (tags >= 3) ? 75 : (tags >= 1) ? 30 : 0;
		}
		// a mail or a text that happens to hold markup further down
		return (tags >= 5) ? 20 : 0;
	}

	private static int distinctBlockTags(String text) {
		Set<String> seen = new HashSet<>();
		Matcher m = BLOCK_TAG.matcher(text);
		while (m.find()) {
			seen.add(m.group(1));
		}
		return seen.size();
	}

	private static String decode(byte[] head) {
		if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
			return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
		}
		if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
			return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
		}
		boolean bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
		// markup is ASCII; a byte-per-char decoding never fails on a cut multibyte char
		return bom ? new String(head, 3, head.length - 3, StandardCharsets.ISO_8859_1)
				: new String(head, StandardCharsets.ISO_8859_1);
	}

}
