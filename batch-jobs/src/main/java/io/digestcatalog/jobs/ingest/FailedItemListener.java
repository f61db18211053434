package io.digestcatalog.jobs.ingest;

import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Names the item a read step failed on, as source and position, in the step's context:
 * what {@code jobs show} prints, from any process.
 */
class FailedItemListener implements ItemReadListener<DigestItem>, ItemProcessListener<DigestItem, ExtractedEntry>,
		ItemWriteListener<ExtractedEntry>, StepExecutionListener {

	/**
	 * Step context key: the failing item, e.g. {@code entry 212 of /d/x.txt (line 940)}.
	 */
	public static final String FAILED_ITEM = "digestcat.failed.item";

	private StepExecution stepExecution;

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		// a restart starts from the failed run's context: that failure is over
		stepExecution.getExecutionContext().remove(FAILED_ITEM);
	}

	@Override
	public void onReadError(Exception ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof SourceReadException source) {
				record("reading " + source.location() + " after entry " + source.entriesRead());
				return;
			}
		}
		var context = this.stepExecution.getExecutionContext();
		String source = context.getString(DigestReading.FILE_PATH, "the first source");
		record("reading " + source + " after entry " + context.getLong(DigestReading.FILE_ITEMS, 0)
				+ " (the last committed)");
	}

	@Override
	public void onProcessError(DigestItem item, Exception ex) {
		record(describe(item));
	}

	@Override
	public void onWriteError(Exception ex, Chunk<? extends ExtractedEntry> items) {
		if (items.isEmpty()) {
			return;
		}
		DigestItem first = items.getItems().get(0).entry();
		DigestItem last = items.getItems().get(items.size() - 1).entry();
		record((items.size() == 1) ? describe(first) : "the chunk of " + items.size() + " entries from "
				+ describe(first) + " to entry " + last.ordinal() + " of " + last.digest().location());
	}

	private static String describe(DigestItem item) {
		return "entry " + item.ordinal() + " of " + item.digest().location() + " (line " + item.line() + ")";
	}

	private void record(String what) {
		if (this.stepExecution != null) {
			this.stepExecution.getExecutionContext().putString(FAILED_ITEM, what);
		}
	}

}
