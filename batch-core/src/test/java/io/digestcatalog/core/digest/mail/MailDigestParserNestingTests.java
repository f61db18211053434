package io.digestcatalog.core.digest.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.digestcatalog.core.digest.DigestContext;
import io.digestcatalog.core.digest.DigestFormats;
import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.digest.DigestItemStream;
import io.digestcatalog.core.digest.DigestParser;
import io.digestcatalog.core.digest.DigestSourceInfo;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message hands to the format its body sniffs as. */
class MailDigestParserNestingTests {

	private final RecordingParser nested = new RecordingParser();

	private final DigestContext context = DigestContext.of(new DigestFormats(List.of(this.nested)));

	@Test
	void bodyIsHandedOnAsUtf8WithTheMessagesIdentityAndDate() throws IOException {
		// given
		byte[] message = MailDigestParserTests.latin1Message("Jul 29\n\nÉtude de Gödel\n\nUn résumé.\n");

		// when
		MailFixtures.readMail(message, "latin1.eml", null, this.context);

		// then
		assertThat(this.nested.bodies).containsExactly("Jul 29\r\n\r\nÉtude de Gödel\r\n\r\nUn résumé.\r\n");
		assertThat(this.nested.names).containsExactly("body.txt");
		DigestSourceInfo source = this.nested.sources.get(0);
		assertThat(source.sha256()).isEqualTo(MailFixtures.sha256(message));
		assertThat(source.location()).isEqualTo("/mail/latin1.eml");
		assertThat(source.charset()).isEqualTo(StandardCharsets.UTF_8);
		assertThat(source.dates().explicit()).isEqualTo(MailFixtures.SENT);
		assertThat(source.dates().fileName()).isEqualTo("latin1.eml");
		assertThat(source.context()).isSameAs(this.context);
	}

	@Test
	void operatorsDateIsHandedOnInsteadOfTheHeaders() throws IOException {
		// given
		byte[] message = MailDigestParserTests.latin1Message("Jul 29\n");

		// when
		MailFixtures.readMail(message, "latin1.eml", LocalDate.of(2025, 8, 1), this.context);

		// then
		assertThat(this.nested.sources.get(0).dates().explicit()).isEqualTo(LocalDate.of(2025, 8, 1));
	}

	@Test
	void attachedTextIsReadWhenTheMessageHasNoInlineText() throws IOException {
		// given
		byte[] message = ("From: AK <digest@example.org>\r\nSubject: digest attached\r\nMIME-Version: 1.0\r\n"
				+ "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: image/png\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b1\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n"
				+ "Content-Disposition: attachment; filename=\"daily-papers-jul29.txt\"\r\n\r\nJul 29\r\n--b1--\r\n")
			.getBytes(StandardCharsets.US_ASCII);

		// when
		MailFixtures.readMail(message, "attached.eml", null, this.context);

		// then
		assertThat(this.nested.names).containsExactly("daily-papers-jul29.txt");
		assertThat(this.nested.bodies).containsExactly("Jul 29");
		assertThat(this.nested.sources.get(0).dates().explicit()).isNull();
	}

	/** A format that claims every body and records what it was handed. */
	static final class RecordingParser implements DigestParser {

		final List<String> bodies = new ArrayList<>();

		final List<String> names = new ArrayList<>();

		final List<DigestSourceInfo> sources = new ArrayList<>();

		@Override
		public String format() {
			return "recording";
		}

		@Override
		public int sniff(byte[] head, String fileName) {
			this.names.add(fileName);
			return 100;
		}

		@Override
		public DigestItemStream open(InputStream input, DigestSourceInfo source) throws IOException {
			this.bodies.add(new String(input.readAllBytes(), StandardCharsets.UTF_8));
			this.sources.add(source);
			input.close();
			return new DigestItemStream() {
				@Override
				public DigestItem next() {
					return null;
				}

				@Override
				public void close() {
				}
			};
		}

	}

}
