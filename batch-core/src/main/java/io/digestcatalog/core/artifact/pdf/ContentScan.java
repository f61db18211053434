package io.digestcatalog.core.artifact.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * {@link LinkTextProbe}'s text of a page, read by a scanner of its own rather than
 * PDFBox's stream engine: most of the engine's time on a page goes into objects for the
 * operands of operators the probe ignores (paths, positions, colours). The scanner keeps
 * the engine's rules for what the probe reads (the text state across {@code q}/{@code Q}
 * and forms, text shown only inside {@code BT}/{@code ET}, fonts as the probe decodes
 * them) and gives up, with {@code null}, on whatever it does not handle exactly as the
 * engine would: inline images, a font set by an ExtGState, malformed tokens or operands,
 * any error. The engine then reads the page.
 */
final class ContentScan {

	/** Forms within forms before giving up (the engine skips them past 50). */
	private static final int MAX_DEPTH = 20;

	private static final Object NUMBER = new Object();

	private static final Object OTHER = new Object();

	private final Cancellation cancellation;

	private final StringBuilder text = new StringBuilder();

	private final Map<COSDictionary, Encoding> encodings = new HashMap<>();

	private boolean inText;

	/** The font as the probe decodes it, when it does; else {@link #font} is used. */
	private Encoding light;

	/** PDFBox's font in the graphics state. */
	private PDFont font;

	private ContentScan(Cancellation cancellation) {
		this.cancellation = cancellation;
	}

	/**
	 * The text {@code LinkTextProbe.text(page, cancellation, true)} gives, or
	 * {@code null} when the page must be read by the engine to be sure.
	 */
	static String text(PDPage page, Cancellation cancellation) {
		try {
			if (!page.hasContents()) {
				return "";
			}
			PDResources resources = page.getResources();
			if (resources == null) {
				return null;
			}
			ContentScan scan = new ContentScan(cancellation);
			scan.run(pageContent(page), resources, 0);
			return scan.text.toString();
		}
		catch (CancellationException ex) {
			throw ex;
		}
		catch (Unsure | IOException | RuntimeException | StackOverflowError ex) {
			return null;
		}
	}

	/** The page's content streams, decoded and joined as the engine joins them. */
	private static byte[] pageContent(PDPage page) throws IOException {
		COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
		if (contents instanceof COSStream stream) {
			return read(stream);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (contents instanceof COSArray array) {
			for (int i = 0; i < array.size(); i++) {
				if (array.getObject(i) instanceof COSStream stream) {
					out.write(read(stream));
				}
			}
		}
		return out.toByteArray();
	}

	private static byte[] read(COSStream stream) throws IOException {
		try (InputStream in = stream.createInputStream()) {
			return in.readAllBytes();
		}
	}

	private void run(byte[] b, PDResources resources, int depth) throws IOException, Unsure {
		Deque<Object[]> saved = new ArrayDeque<>();
		List<Object> operands = new ArrayList<>();
		int n = b.length;
		int i = 0;
		while (true) {
			i = skipSpace(b, i);
			if (i >= n) {
				break;
			}
			int c = b[i] & 0xff;
			if (c == '(') {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				i = literal(b, i + 1, out);
				operands.add(out.toByteArray());
			}
			else if (c == '<') {
				if (i + 1 < n && b[i + 1] == '<') {
					i = dictionary(b, i + 2);
					operands.add(OTHER);
				}
				else {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					i = hex(b, i + 1, out);
					operands.add(out.toByteArray());
				}
			}
			else if (c == '[') {
				List<byte[]> strings = new ArrayList<>();
				i = array(b, i + 1, strings);
				operands.add(strings);
			}
			else if (c == '/') {
				int end = nameEnd(b, i + 1);
				operands.add(COSName
					.getPDFName(new String(b, i + 1, end - i - 1, java.nio.charset.StandardCharsets.US_ASCII)));
				i = end;
			}
			else if (isNumberStart(c)) {
				i = number(b, i);
				operands.add(NUMBER);
			}
			else if (isDelimiter(c)) {
				throw Unsure.INSTANCE;
			}
			else {
				int end = operatorEnd(b, i);
				String op = new String(b, i, end - i, java.nio.charset.StandardCharsets.US_ASCII);
				i = end;
				if (op.equals("true") || op.equals("false") || op.equals("null")) {
					operands.add(OTHER);
					continue;
				}
				if (op.equals("BI")) {
					// an operator the probe ignores, with its parameters and data
					i = inlineImage(b, i);
					operands.clear();
					continue;
				}
				this.cancellation.check();
				operator(op, operands, resources, saved, depth);
				operands.clear();
			}
		}
		if (depth > 0 && !saved.isEmpty()) {
			// the engine drops a form's unrestored states; the probe's own stack does not
			throw Unsure.INSTANCE;
		}
	}

	private void operator(String op, List<Object> operands, PDResources resources, Deque<Object[]> saved, int depth)
			throws IOException, Unsure {
		switch (op) {
			case "BT" -> this.inText = true;
			case "ET" -> this.inText = false;
			case "q" -> saved.push(new Object[] { this.light, this.font });
			case "Q" -> {
				if (!saved.isEmpty()) {
					Object[] state = saved.pop();
					this.light = (Encoding) state[0];
					this.font = (PDFont) state[1];
				}
			}
			case "Tf" -> setFont(operands, resources);
			case "Tj", "'" -> {
				if (!operands.isEmpty() && operands.get(0) instanceof byte[] string) {
					show(string);
				}
			}
			case "\"" -> {
				if (operands.size() < 3) {
					throw Unsure.INSTANCE;
				}
				if (operands.get(0) == NUMBER && operands.get(1) == NUMBER
						&& operands.get(2) instanceof byte[] string) {
					show(string);
				}
			}
			case "TJ" -> {
				if (!operands.isEmpty() && operands.get(0) instanceof List<?> strings) {
					for (Object s : strings) {
						show((byte[]) s);
					}
				}
			}
			case "gs" -> {
				if (operands.isEmpty()) {
					throw Unsure.INSTANCE;
				}
				if (operands.get(0) instanceof COSName name) {
					COSDictionary states = resources.getCOSObject().getCOSDictionary(COSName.EXT_G_STATE);
					COSBase state = (states != null) ? states.getDictionaryObject(name) : null;
					if (state instanceof COSDictionary dict && dict.containsKey(COSName.FONT)) {
						throw Unsure.INSTANCE;
					}
				}
			}
			case "Do" -> drawObject(operands, resources, depth);
			case "ID", "EI" -> throw Unsure.INSTANCE;
			default -> {
				// nothing the probe reads
			}
		}
	}

	/**
	 * {@code Tf} as the probe's: a font decoded here, else PDFBox's; PDFBox's too when
	 * page 1 has loaded it already (both decode alike, and that costs nothing).
	 */
	private void setFont(List<Object> operands, PDResources resources) throws IOException, Unsure {
		COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
		boolean wellFormed = operands.size() >= 2 && operands.get(0) instanceof COSName && operands.get(1) == NUMBER;
		if (wellFormed && fonts != null && resources.getResourceCache() != null
				&& fonts.getItem((COSName) operands.get(0)) instanceof COSObject ref) {
			PDFont loaded = resources.getResourceCache().getFont(ref);
			if (loaded != null) {
				this.light = null;
				this.font = loaded;
				return;
			}
		}
		COSDictionary dict = null;
		if (!operands.isEmpty() && operands.get(0) instanceof COSName name && fonts != null) {
			dict = fonts.getCOSDictionary(name);
		}
		this.light = LinkTextProbe.lightEncoding(dict, this.encodings);
		if (this.light != null) {
			return;
		}
		if (!wellFormed) {
			// PDFBox keeps its font; the probe's may differ from it by now
			throw Unsure.INSTANCE;
		}
		this.font = resources.getFont((COSName) operands.get(0));
	}

	private void show(byte[] string) throws IOException {
		if (this.inText) {
			LinkTextProbe.decode(string, this.light, this.font, this.text);
		}
	}

	/**
	 * {@code Do} as the engine's: images skipped, forms read with the text state kept.
	 */
	private void drawObject(List<Object> operands, PDResources resources, int depth) throws IOException, Unsure {
		if (operands.isEmpty()) {
			throw Unsure.INSTANCE;
		}
		if (!(operands.get(0) instanceof COSName name) || resources.isImageXObject(name)) {
			return;
		}
		COSDictionary objects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
		COSBase base = (objects != null) ? objects.getDictionaryObject(name) : null;
		if (base == null) {
			return;
		}
		if (!(base instanceof COSStream stream)) {
			throw Unsure.INSTANCE;
		}
		if (!COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE))) {
			return;
		}
		PDXObject object = resources.getXObject(name);
		if (!(object instanceof PDFormXObject form) || depth >= MAX_DEPTH || stream.getLength() <= 0) {
			throw Unsure.INSTANCE;
		}
		PDResources own = form.getResources();
		Encoding outsideLight = this.light;
		PDFont outsideFont = this.font;
		run(read(stream), (own != null) ? own : resources, depth + 1);
		this.light = outsideLight;
		this.font = outsideFont;
	}

	/**
	 * Skips an inline image from just past {@code BI}: its parameters, {@code ID}, and
	 * its data up to the {@code EI} where PDFBox's parser ends it. Only an {@code EI} the
	 * parser surely takes for the end is taken; any doubt gives up.
	 */
	private static int inlineImage(byte[] b, int i) throws Unsure {
		int n = b.length;
		while (true) {
			i = skipSpace(b, i);
			if (i >= n) {
				throw Unsure.INSTANCE;
			}
			if (b[i] == '/') {
				i = nameEnd(b, i + 1);
				i = skipSpace(b, i);
				if (i >= n || b[i] == '/') {
					throw Unsure.INSTANCE;
				}
				i = skipValue(b, i);
				continue;
			}
			if (b[i] == 'I' && i + 2 < n && b[i + 1] == 'D' && isWhitespace(b[i + 2] & 0xff)) {
				break;
			}
			throw Unsure.INSTANCE;
		}
		// the parser drops one white-space byte after ID, then reads to EI
		int p = i + 3;
		for (; p + 1 < n; p++) {
			if (b[p] == 'E' && b[p + 1] == 'I' && (p + 2 >= n || isWhitespace(b[p + 2] & 0xff))) {
				break;
			}
		}
		if (p + 2 >= n || !surelyEnd(b, p + 2)) {
			throw Unsure.INSTANCE;
		}
		return p + 2;
	}

	/**
	 * Whether PDFBox surely ends an inline image at an {@code EI} followed by these
	 * bytes: a line break or space, then text only, and a short operator it knows to
	 * follow images ({@code Q}, {@code EMC}, {@code S}) or a short number.
	 */
	private static boolean surelyEnd(byte[] b, int i) {
		int c0 = b[i] & 0xff;
		if (c0 != ' ' && c0 != '\n' && c0 != '\r') {
			return false;
		}
		int end = Math.min(b.length, i + 10);
		int start = -1;
		int stop = -1;
		for (int k = i; k < end; k++) {
			int c = b[k] & 0xff;
			if (!(c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0x7f))) {
				return false;
			}
			boolean blank = c == '\t' || c == ' ' || c == '\n' || c == '\r';
			if (start < 0 && !blank) {
				start = k;
			}
			else if (start >= 0 && stop < 0 && blank) {
				stop = k;
			}
		}
		if (start < 0 || stop < 0 || stop - start > 3) {
			return false;
		}
		String op = new String(b, start, stop - start, java.nio.charset.StandardCharsets.US_ASCII);
		return op.equals("Q") || op.equals("EMC") || op.equals("S") || op.matches("\\d+(\\.\\d*)?");
	}

	private static int skipSpace(byte[] b, int i) {
		int n = b.length;
		while (i < n) {
			int c = b[i] & 0xff;
			if (isWhitespace(c)) {
				i++;
			}
			else if (c == '%') {
				while (i < n && b[i] != '\n' && b[i] != '\r') {
					i++;
				}
			}
			else {
				break;
			}
		}
		return i;
	}

	/** A literal string's bytes, from just past its {@code (}; the index past its end. */
	private static int literal(byte[] b, int i, ByteArrayOutputStream out) throws Unsure {
		int n = b.length;
		int depth = 1;
		while (i < n) {
			int c = b[i++] & 0xff;
			if (c == '(') {
				depth++;
				out.write(c);
			}
			else if (c == ')') {
				depth--;
				if (depth == 0) {
					return i;
				}
				endOfStringCheck(b, i);
				out.write(c);
			}
			else if (c == '\\') {
				if (i >= n) {
					throw Unsure.INSTANCE;
				}
				int e = b[i++] & 0xff;
				switch (e) {
					case 'n' -> out.write('\n');
					case 'r' -> out.write('\r');
					case 't' -> out.write('\t');
					case 'b' -> out.write('\b');
					case 'f' -> out.write('\f');
					case '(', '\\' -> out.write(e);
					case ')' -> {
						endOfStringCheck(b, i);
						out.write(e);
					}
					default -> {
						if (e >= '0' && e <= '7') {
							int value = e - '0';
							for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
								value = value * 8 + (b[i++] - '0');
							}
							out.write(value);
						}
						else {
							// a line continuation, or an escape PDFBox reads its own way
							throw Unsure.INSTANCE;
						}
					}
				}
			}
			else if (c == '\r' || c == '\n') {
				throw Unsure.INSTANCE;
			}
			else {
				out.write(c);
			}
		}
		throw Unsure.INSTANCE;
	}

	/** PDFBox ends a string early at some {@code )} followed by a line break. */
	private static void endOfStringCheck(byte[] b, int i) throws Unsure {
		if (i < b.length && (b[i] == '\r' || b[i] == '\n')) {
			throw Unsure.INSTANCE;
		}
	}

	private static int hex(byte[] b, int i, ByteArrayOutputStream out) throws Unsure {
		int n = b.length;
		int high = -1;
		while (i < n) {
			int c = b[i++] & 0xff;
			if (c == '>') {
				if (high >= 0) {
					out.write(high << 4);
				}
				return i;
			}
			if (isWhitespace(c)) {
				continue;
			}
			int digit = Character.digit(c, 16);
			if (digit < 0) {
				throw Unsure.INSTANCE;
			}
			if (high < 0) {
				high = digit;
			}
			else {
				out.write((high << 4) | digit);
				high = -1;
			}
		}
		throw Unsure.INSTANCE;
	}

	/** Skips an array, keeping its strings (not those of arrays within it). */
	private static int array(byte[] b, int i, List<byte[]> strings) throws Unsure {
		int n = b.length;
		while (true) {
			i = skipSpace(b, i);
			if (i >= n) {
				throw Unsure.INSTANCE;
			}
			int c = b[i] & 0xff;
			if (c == ']') {
				return i + 1;
			}
			if (c == '(') {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				i = literal(b, i + 1, out);
				if (strings != null) {
					strings.add(out.toByteArray());
				}
			}
			else if (c == '[') {
				i = array(b, i + 1, null);
			}
			else {
				i = value(b, i, strings);
			}
		}
	}

	/** Skips a dictionary, from just past its {@code <<}. */
	private static int dictionary(byte[] b, int i) throws Unsure {
		int n = b.length;
		while (true) {
			i = skipSpace(b, i);
			if (i >= n) {
				throw Unsure.INSTANCE;
			}
			if (b[i] == '>') {
				if (i + 1 < n && b[i + 1] == '>') {
					return i + 2;
				}
				throw Unsure.INSTANCE;
			}
			i = skipValue(b, i);
		}
	}

	/**
	 * A name, number, hex string, dictionary or keyword within an array or dictionary.
	 */
	/** Past one value of any kind, read for its extent only. */
	private static int skipValue(byte[] b, int i) throws Unsure {
		if (b[i] == '(') {
			return literal(b, i + 1, new ByteArrayOutputStream());
		}
		if (b[i] == '[') {
			return array(b, i + 1, null);
		}
		return value(b, i, null);
	}

	private static int value(byte[] b, int i, List<byte[]> strings) throws Unsure {
		int n = b.length;
		int c = b[i] & 0xff;
		if (c == '/') {
			return nameEnd(b, i + 1);
		}
		if (c == '<') {
			if (i + 1 < n && b[i + 1] == '<') {
				return dictionary(b, i + 2);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			int end = hex(b, i + 1, out);
			if (strings != null) {
				strings.add(out.toByteArray());
			}
			return end;
		}
		if (isNumberStart(c)) {
			return number(b, i);
		}
		if (isDelimiter(c)) {
			throw Unsure.INSTANCE;
		}
		int end = operatorEnd(b, i);
		String word = new String(b, i, end - i, java.nio.charset.StandardCharsets.US_ASCII);
		if (!word.equals("true") && !word.equals("false") && !word.equals("null")) {
			throw Unsure.INSTANCE;
		}
		return end;
	}

	/** The end of a plain name (no {@code #} escapes, ASCII only). */
	private static int nameEnd(byte[] b, int i) throws Unsure {
		int n = b.length;
		while (i < n) {
			int c = b[i] & 0xff;
			if (isWhitespace(c) || isDelimiter(c)) {
				break;
			}
			if (c == '#' || c >= 0x80 || c < 0x21) {
				throw Unsure.INSTANCE;
			}
			i++;
		}
		return i;
	}

	/** A well-formed number: sign, digits, at most one point. */
	private static int number(byte[] b, int i) throws Unsure {
		int n = b.length;
		int start = i;
		if (b[i] == '+' || b[i] == '-') {
			i++;
		}
		int digits = 0;
		boolean point = false;
		while (i < n) {
			int c = b[i] & 0xff;
			if (c >= '0' && c <= '9') {
				digits++;
			}
			else if (c == '.' && !point) {
				point = true;
			}
			else {
				break;
			}
			i++;
		}
		if (digits == 0 || i == start) {
			throw Unsure.INSTANCE;
		}
		if (i < n) {
			int c = b[i] & 0xff;
			if (c == '.' || c == '+' || c == '-') {
				throw Unsure.INSTANCE;
			}
		}
		return i;
	}

	/** An operator's end as PDFBox finds it: at white space, a delimiter or a digit. */
	private static int operatorEnd(byte[] b, int i) throws Unsure {
		int n = b.length;
		int start = i;
		while (i < n) {
			int c = b[i] & 0xff;
			if (isWhitespace(c) || c == '[' || c == ']' || c == '<' || c == '(' || c == '/' || (c >= '0' && c <= '9')) {
				if (c >= '0' && c <= '9' && i > start && b[i - 1] == 'd' && (c == '0' || c == '1') && i - start == 1) {
					i++;
				}
				break;
			}
			if (c == ')' || c == '>' || c == '{' || c == '}' || c == '%' || c >= 0x80 || c < 0x21) {
				throw Unsure.INSTANCE;
			}
			i++;
		}
		return i;
	}

	private static boolean isWhitespace(int c) {
		return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
	}

	private static boolean isDelimiter(int c) {
		return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' || c == '/'
				|| c == '%';
	}

	private static boolean isNumberStart(int c) {
		return (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
	}

	/** The scanner cannot be sure of what the engine would read. */
	private static final class Unsure extends Exception {

		private static final long serialVersionUID = 1L;

		static final Unsure INSTANCE = new Unsure();

		private Unsure() {
			super(null, null, false, false);
		}

	}

}
