package io.digestcatalog.jobs.ops;

import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;

import io.digestcatalog.core.catalog.CatalogGenerations;

/**
 * A catalog generation as operators see it in {@code catalog generations}.
 *
 * @param generation its number
 * @param state {@code current}, {@code complete}, or for one being built the state of its
 * rebuild ({@code building}, {@code failed}, {@code stopped}, …)
 * @param basedOn the generation its rebuild read, or {@code null}
 * @param jobExecutionId the rebuild that made it, or {@code null}
 * @param papers papers in it, once complete
 * @param records records in it
 * @param digests digests in it
 * @param links links in it
 * @param createdAt when it was begun
 * @param completedAt when it was complete
 * @param currentSince when it last became current
 */
public record GenerationView(int generation, String state, Integer basedOn, Long jobExecutionId, Long papers,
		Long records, Long digests, Long links, Instant createdAt, Instant completedAt, Instant currentSince) {

	/** Every generation, newest first. */
	public static List<GenerationView> list(CatalogGenerations generations, JobRepository jobRepository,
			java.util.Optional<io.digestcatalog.core.catalog.RunLock.Holder> holder) {
		Long running = holder.filter(io.digestcatalog.core.catalog.RunLock.Holder::alive)
			.map(io.digestcatalog.core.catalog.RunLock.Holder::jobExecutionId)
			.orElse(null);
		return generations.list().stream().map(g -> of(g, jobRepository, running)).toList();
	}

	static GenerationView of(CatalogGenerations.Generation g, JobRepository jobRepository, Long running) {
		String state = g.current() ? "current"
				: "COMPLETE".equals(g.state()) ? "complete" : building(g, jobRepository, running);
		return new GenerationView(g.id(), state, g.basedOn(), g.jobExecutionId(), g.papers(), g.records(), g.digests(),
				g.links(), g.createdAt(), g.completedAt(), g.currentSince());
	}

	private static String building(CatalogGenerations.Generation g, JobRepository jobRepository, Long running) {
		if (g.jobExecutionId() == null) {
			return "building";
		}
		JobExecution first = jobRepository.getJobExecution(g.jobExecutionId());
		if (first == null) {
			return "building";
		}
		JobExecution last = jobRepository.getLastJobExecution(first.getJobInstance().getJobName(),
				first.getJobParameters());
		JobExecution e = (last != null) ? last : first;
		if (e.isRunning()) {
			return (running != null && running == e.getId()) ? "building (execution " + e.getId() + ")"
					: "orphaned (execution " + e.getId() + " died: recover it)";
		}
		return e.getStatus().name().toLowerCase(java.util.Locale.ROOT) + " (execution " + e.getId() + ")";
	}

}
