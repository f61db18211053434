package io.digestcatalog.core.digest.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML mail bodies rendered as paragraphs of text, links kept. */
class HtmlTextTests {

	@Test
	void blockElementsBecomeParagraphsSeparatedByBlankLines() {
		// when
		String text = HtmlText.render("<h1>Daily  Papers</h1><div><p>Jul 29</p><p>An\n abstract, <b>bold</b>"
				+ " and <i>tilted</i>.</p></div><ul><li>one</li><li>two</li></ul>");

		// then
		assertThat(text).isEqualTo("Daily Papers\n\nJul 29\n\nAn abstract, bold and tilted.\n\none\n\ntwo");
	}

	@Test
	void inlineLinkKeepsItsAddressNextToItsText() {
		// when
		String text = HtmlText.render("<p>Code is <a href=\"https://github.com/org/repo\">on GitHub</a>, data at "
				+ "<a href=\"https://example.org/data\">https://example.org/data</a>.</p>");

		// then
		assertThat(text)
			.isEqualTo("Code is on GitHub (https://github.com/org/repo), data at https://example.org/data.");
	}

	@Test
	void titleLinkGoesAfterTheParagraphThatFollowsIt() {
		// when
		String text = HtmlText.render("<h3><a href=\"https://huggingface.co/papers/2504.10068\">Mavors: A Title</a>"
				+ "</h3><p>The abstract.</p><h3><a href=\"https://huggingface.co/papers/2504.10069\">Next</a></h3>");

		// then
		assertThat(text).isEqualTo("Mavors: A Title\n\nThe abstract. (https://huggingface.co/papers/2504.10068)"
				+ "\n\nNext\n\n(https://huggingface.co/papers/2504.10069)");
	}

	@Test
	void lineBreaksSplitLinesAndDoubleBreaksSplitParagraphs() {
		// when
		String text = HtmlText.render("<body>Jul 29<br><br>A title<br><br>First line<br>second line</body>");

		// then
		assertThat(text).isEqualTo("Jul 29\n\nA title\n\nFirst line\nsecond line");
	}

	@Test
	void preformattedTextKeepsItsLines() {
		// when
		String text = HtmlText.render("<pre>Jul 29\n\nA title\n\nAn   abstract\nthat wraps.\n</pre>");

		// then
		assertThat(text).isEqualTo("Jul 29\n\nA title\n\nAn abstract\nthat wraps.");
	}

	@Test
	void scriptsStylesAndRelativeLinksLeaveNoText() {
		// when
		String text = HtmlText.render("<style>p { color: red }</style><script>var x = 1;</script>"
				+ "<p><a href=\"/unsubscribe\">Unsubscribe</a> or <a href=\"mailto:a@example.org\">write</a></p>");

		// then
		assertThat(text).isEqualTo("Unsubscribe or write");
	}

}
