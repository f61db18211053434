package io.digestcatalog.core.digest.arxiv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Decodes the head of a file for sniffing, honouring a byte-order mark. */
final class ArxivSniffing {

	private ArxivSniffing() {
	}

	static String decode(byte[] head) {
		Charset charset = StandardCharsets.UTF_8;
		int skip = 0;
		if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
			skip = 3;
		}
		else if (head.length >= 2 && head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else if (head.length >= 2 && head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		return new String(head, skip, head.length - skip, charset);
	}

}
