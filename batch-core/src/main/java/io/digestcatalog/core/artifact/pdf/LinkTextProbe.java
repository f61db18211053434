package io.digestcatalog.core.artifact.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;

/**
 * Tells cheaply whether a page's text could hold a URL that {@link TextIdentifiers#links}
 * would find: decodes the text the page (and its forms) draws to Unicode as the text
 * stripper does, in drawing order, without placing a single glyph. Laying out a page
 * costs as much as reading it with PDFBox; most second pages have no URL, and only their
 * URLs are wanted.
 * <p>
 * The answer errs on the side of yes: any "http" or repository host name, in any case,
 * with spaces ignored. A URL whose characters a producer draws out of reading order would
 * be missed; no known producer does so.
 */
final class LinkTextProbe extends PDFStreamEngine {

	private static final String[] MARKERS = { "http", "github", "gitlab", "bitbucket", "huggingface" };

	private final Cancellation cancellation;

	private final StringBuilder text = new StringBuilder();

	private LinkTextProbe(Cancellation cancellation) {
		this.cancellation = cancellation;
		addOperator(new BeginText(this));
		addOperator(new EndText(this));
		addOperator(new SetFontAndSize(this));
		addOperator(new ShowText(this));
		addOperator(new ShowTextAdjusted(this));
		addOperator(new ShowTextLine(this));
		addOperator(new ShowTextLineAndSpace(this));
		addOperator(new Save(this));
		addOperator(new Restore(this));
		addOperator(new SetGraphicsStateParameters(this));
		addOperator(new DrawObject(this));
	}

	/** Whether the page's text may hold a link: when in doubt, yes. */
	static boolean mayHoldLink(PDPage page, Cancellation cancellation) throws IOException {
		LinkTextProbe probe = new LinkTextProbe(cancellation);
		probe.processPage(page);
		return mayHoldLink(probe.text);
	}

	static boolean mayHoldLink(CharSequence text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", "");
		for (String marker : MARKERS) {
			if (folded.contains(marker)) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		this.cancellation.check();
		super.processOperator(operator, operands);
	}

	@Override
	public void showTextStrings(COSArray array) throws IOException {
		for (COSBase item : array) {
			if (item instanceof COSString s) {
				showTextString(s.getBytes());
			}
		}
	}

	@Override
	public void showTextString(byte[] string) throws IOException {
		PDFont font = getGraphicsState().getTextState().getFont();
		if (font == null) {
			// the stripper draws such text in a default font: it may be anything
			this.text.append("http");
			return;
		}
		ByteArrayInputStream in = new ByteArrayInputStream(string);
		while (in.available() > 0) {
			int code = font.readCode(in);
			String unicode = font.toUnicode(code);
			if (unicode != null) {
				this.text.append(unicode);
			}
			else if (font instanceof PDSimpleFont) {
				this.text.append((char) code);
			}
		}
	}

}
