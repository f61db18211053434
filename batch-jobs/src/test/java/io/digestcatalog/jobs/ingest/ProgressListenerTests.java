package io.digestcatalog.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** The progress a read step shows: counts, rate, share of the input and time left. */
class ProgressListenerTests {

	@Test
	void theLineSaysHowMuchIsReadHowFastAndHowLongTheRestTakes() {
		StepExecution step = step();
		Bytes bytes = new Bytes(10L << 20);
		ProgressListener listener = new ProgressListener(1000, bytes, null);
		listener.beforeStep(step);
		listener.afterChunk(new Chunk<>());
		step.setReadCount(3_000);
		step.setWriteCount(2_990);
		step.setProcessSkipCount(10);
		bytes.done = 2L << 20;

		String line = listener.line(System.currentTimeMillis() + 10_000, true);

		assertThat(line).startsWith("3000 entries read, 2990 loaded, 10 quarantined, ")
			.containsPattern(", 3\\d\\d/s, 20% of 10\\.0 MB, 0:(39|40|41) left \\(execution 7\\)$");
	}

	@Test
	void withoutATotalThereIsNoShareAndNoEstimate() {
		StepExecution step = step();
		ProgressListener listener = new ProgressListener(1000, null, null);
		listener.beforeStep(step);
		step.setReadCount(500);

		assertThat(listener.line(System.currentTimeMillis() + 1_000, false))
			.matches("500 entries read, 0 loaded, 0 quarantined, \\d+/s");
	}

	@Test
	void onATerminalOneLineIsRewrittenInPlaceAndEndsWithTheStepsStatus() {
		StepExecution step = step();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ProgressListener listener = new ProgressListener(0, new Bytes(1000), new PrintStream(out, true));
		listener.beforeStep(step);
		step.setReadCount(10);

		listener.afterStep(step);

		String drawn = out.toString(StandardCharsets.UTF_8);
		assertThat(drawn).startsWith("\r\033[2Kread: 10 entries read").endsWith("\n").doesNotContain("(execution");
	}

	private static StepExecution step() {
		JobExecution job = new JobExecution(7, new JobInstance(1, "ingest"), new JobParameters());
		return new StepExecution(3, "read", job);
	}

	private static final class Bytes implements ReadProgress {

		private final long total;

		private long done;

		Bytes(long total) {
			this.total = total;
		}

		@Override
		public long bytesDone() {
			return this.done;
		}

		@Override
		public long bytesTotal() {
			return this.total;
		}

	}

}
