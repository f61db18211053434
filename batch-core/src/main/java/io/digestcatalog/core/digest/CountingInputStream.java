package io.digestcatalog.core.digest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the bytes read through it, for progress: how far into a file a parser is. */
final class CountingInputStream extends FilterInputStream {

	private final AtomicLong count;

	CountingInputStream(InputStream in, AtomicLong count) {
		super(in);
		this.count = count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			this.count.incrementAndGet();
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			this.count.addAndGet(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		this.count.addAndGet(skipped);
		return skipped;
	}

}
