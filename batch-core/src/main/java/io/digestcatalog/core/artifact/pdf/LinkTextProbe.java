package io.digestcatalog.core.artifact.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.fontbox.type1.Type1Font;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
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
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.encoding.DictionaryEncoding;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.Type1Encoding;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;

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

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private static final Set<String> SIMPLE = Set.of("Type1", "MMType1", "TrueType");

	private final Cancellation cancellation;

	private final StringBuilder text = new StringBuilder();

	private final boolean light;

	private final Map<COSDictionary, Encoding> encodings = new HashMap<>();

	/** The encoding of the current font when decoded here, else {@code null}. */
	private Encoding current;

	private final Deque<Encoding> saved = new ArrayDeque<>();

	private LinkTextProbe(Cancellation cancellation, boolean light) {
		this.cancellation = cancellation;
		this.light = light;
		addOperator(new BeginText(this));
		addOperator(new EndText(this));
		addOperator(new SetFont(this));
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
		String quick = ContentScan.text(page, cancellation);
		return mayHoldLink((quick != null) ? quick : text(page, cancellation, true));
	}

	/**
	 * The page's text in drawing order; {@code light} decodes simple fonts here, else
	 * every font is PDFBox's.
	 */
	static String text(PDPage page, Cancellation cancellation, boolean light) throws IOException {
		LinkTextProbe probe = new LinkTextProbe(cancellation, light);
		probe.processPage(page);
		return probe.text.toString();
	}

	static boolean mayHoldLink(CharSequence text) {
		String folded = WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
			.replaceAll("");
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
	public void saveGraphicsState() {
		super.saveGraphicsState();
		this.saved.push(Optional.ofNullable(this.current).orElse(NONE));
	}

	@Override
	public void restoreGraphicsState() {
		super.restoreGraphicsState();
		Encoding e = this.saved.isEmpty() ? NONE : this.saved.pop();
		this.current = (e == NONE) ? null : e;
	}

	@Override
	public void showForm(PDFormXObject form) throws IOException {
		Encoding outside = this.current;
		super.showForm(form);
		this.current = outside;
	}

	@Override
	public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
		Encoding outside = this.current;
		super.showTransparencyGroup(form);
		this.current = outside;
	}

	@Override
	public void showTextString(byte[] string) throws IOException {
		decode(string, this.current, getGraphicsState().getTextState().getFont(), this.text);
	}

	/**
	 * Appends what a string shows: decoded through {@code light} when it is set, else
	 * through PDFBox's {@code font}.
	 */
	static void decode(byte[] string, Encoding light, PDFont font, StringBuilder text) throws IOException {
		if (light != null) {
			GlyphList glyphs = GlyphList.getAdobeGlyphList();
			for (byte b : string) {
				int code = b & 0xff;
				String unicode = glyphs.toUnicode(light.getName(code));
				text.append((unicode != null) ? unicode : String.valueOf((char) code));
			}
			return;
		}
		if (font == null) {
			// the stripper draws such text in a default font: it may be anything
			text.append("http");
			return;
		}
		ByteArrayInputStream in = new ByteArrayInputStream(string);
		while (in.available() > 0) {
			int code = font.readCode(in);
			String unicode = font.toUnicode(code);
			if (unicode != null) {
				text.append(unicode);
			}
			else if (font instanceof PDSimpleFont) {
				text.append((char) code);
			}
		}
	}

	/** Marks "PDFBox's font" on the stack, which holds no nulls. */
	private static final Encoding NONE = new DictionaryEncoding(COSName.WIN_ANSI_ENCODING, new COSArray());

	/**
	 * The encoding a simple font maps its codes through, when decoding here gives what
	 * PDFBox gives; {@code null} for a font PDFBox must load.
	 */
	private Encoding lightEncoding(COSDictionary font) {
		return this.light ? lightEncoding(font, this.encodings) : null;
	}

	/**
	 * The encoding a simple font maps its codes through, when decoding here gives what
	 * PDFBox gives; {@code null} for a font PDFBox must load.
	 * @param font the font dictionary, or {@code null}
	 * @param encodings encodings read so far, by font
	 * @return the encoding, or {@code null}
	 */
	static Encoding lightEncoding(COSDictionary font, Map<COSDictionary, Encoding> encodings) {
		if (font == null || !SIMPLE.contains(font.getNameAsString(COSName.SUBTYPE))
				|| font.containsKey(COSName.TO_UNICODE)
				|| String.valueOf(font.getNameAsString(COSName.BASE_FONT)).contains("ZapfDingbats")) {
			return null;
		}
		Encoding e = encodings.computeIfAbsent(font, f -> {
			try {
				return readEncoding(f);
			}
			catch (IOException | RuntimeException ex) {
				return NONE;
			}
		});
		return (e != NONE) ? e : null;
	}

	private static Encoding readEncoding(COSDictionary font) throws IOException {
		COSBase encoding = font.getDictionaryObject(COSName.ENCODING);
		COSDictionary descriptor = font.getCOSDictionary(COSName.FONT_DESC);
		boolean type1 = !"TrueType".equals(font.getNameAsString(COSName.SUBTYPE));
		if (encoding instanceof COSName name) {
			Encoding named = Encoding.getInstance(name);
			return (named != null) ? named : NONE;
		}
		if (encoding instanceof COSDictionary dict) {
			if (dict.getDictionaryObject(COSName.BASE_ENCODING) instanceof COSName base) {
				return (Encoding.getInstance(base) != null) ? new DictionaryEncoding(dict, true, null) : NONE;
			}
			if (descriptor == null || !type1) {
				return NONE;
			}
			boolean symbolic = (descriptor.getInt(COSName.FLAGS, 0) & 4) != 0;
			if (!symbolic) {
				return new DictionaryEncoding(dict, true, null);
			}
			Encoding builtIn = builtIn(descriptor);
			return (builtIn != null) ? new DictionaryEncoding(dict, false, builtIn) : NONE;
		}
		if (encoding == null && descriptor != null && type1) {
			Encoding builtIn = builtIn(descriptor);
			return (builtIn != null) ? builtIn : NONE;
		}
		return NONE;
	}

	/** An embedded Type 1 program's built-in encoding, from its clear-text part. */
	private static Encoding builtIn(COSDictionary descriptor) throws IOException {
		if (!(descriptor.getDictionaryObject(COSName.FONT_FILE) instanceof COSStream file)) {
			return null;
		}
		int length1 = file.getInt(COSName.LENGTH1, -1);
		if (length1 <= 0) {
			return null;
		}
		byte[] clear;
		try (InputStream in = file.createInputStream()) {
			clear = in.readNBytes(length1);
		}
		if (clear.length < length1 || (clear[0] & 0xff) == 0x80 || !endsWithEexec(clear)) {
			return null;
		}
		org.apache.fontbox.encoding.Encoding encoding = Type1Font.createWithSegments(clear, new byte[0]).getEncoding();
		return (encoding != null) ? Type1Encoding.fromFontBox(encoding) : null;
	}

	/** The clear-text part ends with "eexec" and white space: Length1 is right. */
	private static boolean endsWithEexec(byte[] clear) {
		int end = clear.length;
		while (end > 0 && Character.isWhitespace(clear[end - 1])) {
			end--;
		}
		return end >= 5 && new String(clear, end - 5, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("eexec");
	}

	/** {@code Tf}: a font decoded here is never loaded. */
	private static final class SetFont extends OperatorProcessor {

		private final SetFontAndSize pdfbox;

		SetFont(LinkTextProbe probe) {
			super(probe);
			this.pdfbox = new SetFontAndSize(probe);
		}

		@Override
		public void process(Operator operator, List<COSBase> operands) throws IOException {
			LinkTextProbe probe = (LinkTextProbe) getContext();
			COSDictionary font = null;
			PDResources resources = probe.getResources();
			if (!operands.isEmpty() && operands.get(0) instanceof COSName name && resources != null
					&& resources.getCOSObject().getCOSDictionary(COSName.FONT) != null) {
				font = resources.getCOSObject().getCOSDictionary(COSName.FONT).getCOSDictionary(name);
			}
			probe.current = probe.lightEncoding(font);
			if (probe.current == null) {
				this.pdfbox.process(operator, operands);
			}
		}

		@Override
		public String getName() {
			return "Tf";
		}

	}

}
