package io.digestcatalog.core.artifact.pdf;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The PDF file as PDFBox reads it (buffered, from disk), stopping at the next read once
 * the document is cancelled: parsing a damaged 200 MB file (a brute-force scan for
 * objects) ends as soon as its time is up.
 */
final class CancellableRead implements RandomAccessRead {

	private final RandomAccessReadBufferedFile file;

	private final Cancellation cancellation;

	private boolean closed;

	CancellableRead(Path path, Cancellation cancellation) throws IOException {
		this.file = new RandomAccessReadBufferedFile(path);
		this.cancellation = cancellation;
	}

	@Override
	public int read() throws IOException {
		this.cancellation.check();
		return this.file.read();
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		this.cancellation.check();
		return this.file.read(b, off, len);
	}

	@Override
	public int peek() throws IOException {
		this.cancellation.check();
		return this.file.peek();
	}

	@Override
	public void rewind(int bytes) throws IOException {
		this.file.rewind(bytes);
	}

	@Override
	public long getPosition() throws IOException {
		return this.file.getPosition();
	}

	@Override
	public void seek(long position) throws IOException {
		this.cancellation.check();
		this.file.seek(position);
	}

	@Override
	public long length() throws IOException {
		return this.file.length();
	}

	@Override
	public boolean isClosed() {
		return this.closed;
	}

	@Override
	public boolean isEOF() throws IOException {
		return this.file.isEOF();
	}

	@Override
	public int available() throws IOException {
		return this.file.available();
	}

	@Override
	public void skip(int length) throws IOException {
		this.cancellation.check();
		this.file.skip(length);
	}

	@Override
	public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
		// views read through this wrapper, so stream data is cancellable too
		return new RandomAccessReadView(this, startPosition, streamLength);
	}

	@Override
	public void close() throws IOException {
		// PDDocument closes its source and so does our try-with-resources
		if (!this.closed) {
			this.closed = true;
			this.file.close();
		}
	}

}
