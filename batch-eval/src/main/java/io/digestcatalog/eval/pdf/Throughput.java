package io.digestcatalog.eval.pdf;

/**
 * How fast something went over a set of PDFs.
 *
 * @param singleThreaded PDFs per second on one thread
 * @param threads how many threads ran in the multi-threaded measurement
 * @param multiThreaded PDFs per second on that many threads
 */
public record Throughput(double singleThreaded, int threads, double multiThreaded) {

	public Throughput {
		if (!(singleThreaded > 0) || !(multiThreaded > 0) || threads < 1) {
			throw new IllegalArgumentException("a throughput is positive: " + singleThreaded + ", " + multiThreaded);
		}
	}

	/** Milliseconds per PDF on one thread. */
	public double millisPerPdf() {
		return 1000 / this.singleThreaded;
	}

}
