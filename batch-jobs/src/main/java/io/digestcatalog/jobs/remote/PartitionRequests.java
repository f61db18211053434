package io.digestcatalog.jobs.remote;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request as the broker carries it: a text message {@code <step>@<id>}, the
 * worker step's name and the partition's step execution id. Text rather than a serialized
 * Java object, so the broker needs no list of classes it may deserialize and any client
 * can read it.
 */
public final class PartitionRequests {

	private PartitionRequests() {
	}

	public static String encode(StepExecutionRequest request) {
		return request.getStepName() + "@" + request.getStepExecutionId();
	}

	public static StepExecutionRequest decode(String text) {
		int at = (text == null) ? -1 : text.lastIndexOf('@');
		if (at <= 0) {
			throw new IllegalArgumentException("not a partition request: " + text);
		}
		try {
			return new StepExecutionRequest(text.substring(0, at), Long.parseLong(text.substring(at + 1)));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a partition request: " + text, ex);
		}
	}

}
