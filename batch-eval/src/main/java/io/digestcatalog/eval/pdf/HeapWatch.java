package io.digestcatalog.eval.pdf;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the heap while a measurement runs: samples the heap in use every millisecond on
 * a daemon thread, and reads the heap pools' peaks and the collectors' counts.
 */
final class HeapWatch implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final AtomicLong peak = new AtomicLong();

	private final long collectionsBefore;

	private final long collectionMillisBefore;

	private final Thread sampler;

	private final AtomicLong liveAfterGc = new AtomicLong();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final NotificationListener afterGc = this::afterGc;

	private volatile boolean running = true;

	HeapWatch() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		this.collectionsBefore = collections();
		this.collectionMillisBefore = collectionMillis();
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(this.afterGc, null, null);
			}
		}
		this.sampler = new Thread(this::sample, "heap-watch");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	private void sample() {
		while (this.running) {
			this.peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	/**
	 * What survives a collection is what the work keeps alive, whatever the heap size.
	 */
	private void afterGc(Notification notification, Object handback) {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long live = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.entrySet()
				.stream()
				.filter(e -> this.heapPools.contains(e.getKey()))
				.mapToLong(e -> e.getValue().getUsed())
				.sum();
			this.liveAfterGc.accumulateAndGet(live, Math::max);
		}
	}

	HeapUse stop() {
		close();
		long pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
		return new HeapUse(this.peak.get(), this.liveAfterGc.get(), pools, Runtime.getRuntime().maxMemory(),
				collections() - this.collectionsBefore, collectionMillis() - this.collectionMillisBefore);
	}

	@Override
	public void close() {
		this.running = false;
		for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (gc instanceof NotificationEmitter emitter) {
				try {
					emitter.removeNotificationListener(this.afterGc);
				}
				catch (ListenerNotFoundException ex) {
					// closed twice
				}
			}
		}
		try {
			this.sampler.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static long collections() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionCount)
			.filter(c -> c > 0)
			.sum();
	}

	private static long collectionMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.filter(c -> c > 0)
			.sum();
	}

}
