package io.digestcatalog.jobs.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.digestcatalog.core.digest.DigestItem;

/**
 * Reads and extracts ahead on a thread of its own while the step writes: parsing and
 * extraction of the next entries overlap the loading of the chunk before (the loader
 * keeps one core busy, this one the other). What the step sees is what the delegate
 * gives, in its order: each item comes with the delegate's position saved right after
 * reading it, and {@link #update} saves the position of the last item the step took, so a
 * restart resumes exactly where it would without reading ahead. The delegate is used by
 * one thread at a time: opened here, then read by the thread alone until {@link #close}
 * has stopped it.
 */
class ReadAhead implements ItemStreamReader<DigestItem>, ReadProgress {

	/**
	 * What the thread read: an item and its work, the end ({@code item == null}), or a
	 * failure.
	 */
	private record Ahead(DigestItem item, Object work, RuntimeException failure, ExecutionContext position,
			long bytesDone) {

	}

	private final ItemStreamReader<DigestItem> delegate;

	private final Function<DigestItem, Object> work;

	private final int capacity;

	private BlockingQueue<Ahead> queue;

	private Thread thread;

	private volatile boolean stopping;

	/** The position after the last item taken; the delegate's after opening at first. */
	private ExecutionContext taken;

	private long bytesDone;

	/** Every key the delegate's position has held: a key it dropped is dropped too. */
	private final Set<String> keys = ConcurrentHashMap.newKeySet();

	/** Work done ahead for items taken, until the step processes them. */
	private final Map<DigestItem, Object> done = new IdentityHashMap<>();

	private boolean ended;

	/**
	 * @param delegate the reader read ahead
	 * @param work done on the reading thread for each item; what it returns (or throws)
	 * is handed to {@link #workFor}
	 * @param capacity items read ahead at most
	 */
	ReadAhead(ItemStreamReader<DigestItem> delegate, Function<DigestItem, Object> work, int capacity) {
		this.delegate = delegate;
		this.work = work;
		this.capacity = capacity;
	}

	@Override
	public void open(ExecutionContext context) {
		this.delegate.open(context);
		this.taken = position();
		this.bytesDone = (this.delegate instanceof ReadProgress p) ? p.bytesDone() : 0;
		this.ended = false;
		this.done.clear();
	}

	@Override
	public DigestItem read() {
		if (this.ended) {
			return null;
		}
		if (this.thread == null) {
			start();
		}
		Ahead next;
		try {
			next = this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ItemStreamException("interrupted while reading ahead", ex);
		}
		this.taken = next.position();
		this.bytesDone = next.bytesDone();
		if (next.failure() != null) {
			// the thread stopped there: a step that goes on after the failure reads on
			// from the delegate's position after it, as without reading ahead
			join();
			throw next.failure();
		}
		if (next.item() == null) {
			this.ended = true;
			join();
			return null;
		}
		this.done.put(next.item(), next.work());
		return next.item();
	}

	/**
	 * What the work gave for an item this reader returned, or {@code null} when it has
	 * none (the step processes an item again after a rollback): the caller then does the
	 * work itself.
	 */
	Object workFor(DigestItem item) {
		return this.done.remove(item);
	}

	private void start() {
		this.queue = new ArrayBlockingQueue<>(this.capacity);
		this.stopping = false;
		BlockingQueue<Ahead> to = this.queue;
		this.thread = new Thread(() -> readAhead(to), "digestcat-read-ahead");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void readAhead(BlockingQueue<Ahead> to) {
		try {
			boolean more = true;
			while (more) {
				Ahead next;
				try {
					DigestItem item = this.delegate.read();
					next = new Ahead(item, (item != null) ? workOn(item) : null, null, position(), progress());
					more = item != null;
				}
				catch (Exception ex) {
					if (this.stopping) {
						return;
					}
					RuntimeException failure = (ex instanceof RuntimeException unchecked) ? unchecked
							: new ItemStreamException(ex.getMessage(), ex);
					next = new Ahead(null, null, failure, position(), progress());
					more = false;
				}
				if (!hand(to, next)) {
					return;
				}
			}
		}
		catch (InterruptedException ex) {
			// stopped by close
		}
	}

	private Object workOn(DigestItem item) {
		try {
			return this.work.apply(item);
		}
		catch (RuntimeException ex) {
			return ex;
		}
	}

	/** Queues {@code next}; false once the reader is closing (nobody will take it). */
	private boolean hand(BlockingQueue<Ahead> to, Ahead next) throws InterruptedException {
		while (!this.stopping) {
			if (to.offer(next, 100, TimeUnit.MILLISECONDS)) {
				return true;
			}
		}
		return false;
	}

	private ExecutionContext position() {
		ExecutionContext position = new ExecutionContext();
		this.delegate.update(position);
		position.entrySet().forEach(e -> this.keys.add(e.getKey()));
		return position;
	}

	private long progress() {
		return (this.delegate instanceof ReadProgress p) ? p.bytesDone() : 0;
	}

	/** Waits for the thread, which has put its last item. */
	private void join() {
		Thread t = this.thread;
		this.thread = null;
		if (t != null) {
			try {
				t.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void update(ExecutionContext context) {
		for (String key : this.keys) {
			Object value = this.taken.get(key);
			if (value != null) {
				context.put(key, value);
			}
			else {
				context.remove(key);
			}
		}
		// processed by now; an item processed again after a rollback is worked anew
		this.done.clear();
	}

	@Override
	public void close() {
		Thread t = this.thread;
		if (t != null) {
			this.stopping = true;
			t.interrupt();
			join();
		}
		this.done.clear();
		this.delegate.close();
	}

	@Override
	public long bytesDone() {
		return this.bytesDone;
	}

	@Override
	public long bytesTotal() {
		return (this.delegate instanceof ReadProgress p) ? p.bytesTotal() : 0;
	}

	@Override
	public void onSourceUnchanged(Runnable counter) {
		if (this.delegate instanceof ReadProgress p) {
			p.onSourceUnchanged(counter);
		}
	}

}
