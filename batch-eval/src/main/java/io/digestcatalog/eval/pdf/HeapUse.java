package io.digestcatalog.eval.pdf;

/**
 * Heap use during a measurement.
 *
 * @param sampledPeakBytes the most heap in use at any sample (every millisecond), garbage
 * included: it grows with the heap the JVM is given
 * @param liveAfterGcBytes the most heap left in use after a collection: what the work
 * keeps alive (0 when no collection ran)
 * @param poolPeaksBytes the sum of every heap pool's peak (an upper bound: pools peak at
 * different times)
 * @param maxHeapBytes the heap limit ({@code -Xmx})
 * @param collections garbage collections during the measurement
 * @param collectionMillis time spent in them
 */
public record HeapUse(long sampledPeakBytes, long liveAfterGcBytes, long poolPeaksBytes, long maxHeapBytes,
		long collections, long collectionMillis) {

}
