package io.digestcatalog.jobs.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

import io.digestcatalog.core.digest.DigestItem;
import io.digestcatalog.core.extract.ExtractedEntry;

/**
 * Progress of a read step as people expect it: on a terminal, one line on standard error
 * rewritten in place (entries, rate, how much of the input is read and the time left);
 * otherwise (a log, the daemon, a pipe) a plain {@code progress:} line at most once per
 * interval.
 */
class ProgressListener implements ChunkListener<DigestItem, ExtractedEntry>, StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger("io.digestcatalog.progress");

	private static final long REDRAW_MILLIS = 250;

	private final long intervalMillis;

	private final ReadProgress progress;

	private final PrintStream terminal;

	private StepExecution stepExecution;

	private long started;

	private long lastShown;

	private long bytesAtStart;

	/**
	 * @param progress how far the reader is, or {@code null}
	 * @param terminal where to draw the live line, or {@code null} for log lines
	 */
	ProgressListener(long intervalMillis, ReadProgress progress, PrintStream terminal) {
		this(intervalMillis, progress, terminal, null);
	}

	/**
	 * @param recorder told entries read over time, for the run report; may be null
	 */
	ProgressListener(long intervalMillis, ReadProgress progress, PrintStream terminal,
			io.digestcatalog.jobs.report.RunRecorder recorder) {
		this.intervalMillis = intervalMillis;
		this.progress = progress;
		this.terminal = terminal;
		this.recorder = recorder;
	}

	private final io.digestcatalog.jobs.report.RunRecorder recorder;

	private long lastRecorded;

	/** Standard error when it is a terminal and live progress is wanted, else null. */
	static PrintStream terminalOrNull(boolean live) {
		return (live && System.console() != null && !"dumb".equals(System.getenv("TERM"))) ? System.err : null;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		this.started = System.currentTimeMillis();
		this.lastShown = this.started;
		this.bytesAtStart = -1;
	}

	@Override
	public void afterChunk(Chunk<ExtractedEntry> chunk) {
		long now = System.currentTimeMillis();
		if (this.stepExecution == null) {
			return;
		}
		if (this.bytesAtStart < 0 && this.progress != null) {
			this.bytesAtStart = this.progress.bytesDone();
		}
		if (this.recorder != null && now - this.lastRecorded >= 500) {
			this.lastRecorded = now;
			this.recorder.progress(now - this.started, this.stepExecution.getReadCount());
		}
		if (this.terminal != null) {
			if (now - this.lastShown >= REDRAW_MILLIS) {
				this.lastShown = now;
				this.terminal.print("\r\033[2K" + line(now, false));
				this.terminal.flush();
			}
		}
		else if (now - this.lastShown >= this.intervalMillis) {
			this.lastShown = now;
			log.info("progress: {}", line(now, true));
		}
	}

	@Override
	public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
		if (this.terminal != null) {
			this.terminal.print("\r\033[2K" + stepExecution.getStepName() + ": "
					+ line(System.currentTimeMillis(), false) + " — " + stepExecution.getStatus() + "\n");
			this.terminal.flush();
		}
		return null;
	}

	/**
	 * e.g.
	 * {@code 12000 entries read, 11990 loaded, 10 quarantined, 3100/s, 41% of 12.3 MB, 0:19 left}.
	 */
	String line(long now, boolean withExecution) {
		StepExecution s = this.stepExecution;
		double seconds = Math.max(0.001, (now - this.started) / 1000.0);
		long read = s.getReadCount();
		StringBuilder b = new StringBuilder().append(read)
			.append(" entries read, ")
			.append(s.getWriteCount())
			.append(" loaded, ")
			.append(s.getProcessSkipCount())
			.append(" quarantined, ")
			.append(Math.round(read / seconds))
			.append("/s");
		if (this.progress != null && this.progress.bytesTotal() > 0) {
			long total = this.progress.bytesTotal();
			long done = Math.min(total, this.progress.bytesDone());
			b.append(String.format(Locale.ROOT, ", %d%% of %s", Math.round(100.0 * done / total), size(total)));
			long doneHere = done - Math.max(0, this.bytesAtStart);
			if (doneHere > 0 && done < total) {
				long left = Math.round((total - done) * (seconds / doneHere));
				b.append(", ").append(duration(Duration.ofSeconds(left))).append(" left");
			}
		}
		if (withExecution) {
			b.append(" (execution ").append(s.getJobExecutionId()).append(')');
		}
		return b.toString();
	}

	private static String size(long bytes) {
		if (bytes >= 1L << 30) {
			return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
		}
		if (bytes >= 1L << 20) {
			return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
		}
		return String.format(Locale.ROOT, "%.0f kB", Math.ceil(bytes / 1024.0));
	}

	private static String duration(Duration d) {
		long s = d.getSeconds();
		return (s >= 3600) ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
				: String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
	}

}
