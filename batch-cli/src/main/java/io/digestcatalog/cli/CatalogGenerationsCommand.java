package io.digestcatalog.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import io.digestcatalog.core.catalog.CatalogGenerations;
import io.digestcatalog.jobs.ops.ExclusiveRuns;
import io.digestcatalog.jobs.ops.GenerationView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code digestcat catalog generations|rollback}: the catalog's generations. */
@Component
@Command(name = "generations", mixinStandardHelpOptions = true,
		description = {
				"The catalog's generations, newest first: the current one, those kept for a rollback, and "
						+ "one a rebuild is filling.",
				"Each rebuild fills a new generation and makes it current in one step; "
						+ "digestcat.rebuild.keep-generations of them are kept." })
class CatalogGenerationsCommand implements java.util.concurrent.Callable<Integer> {

	@Option(names = "--json", description = "Print as JSON.")
	boolean json;

	@Spec
	CommandSpec spec;

	private final CatalogGenerations generations;

	private final JobRepository jobRepository;

	private final ExclusiveRuns runs;

	CatalogGenerationsCommand(CatalogGenerations generations, JobRepository jobRepository, ExclusiveRuns runs) {
		this.generations = generations;
		this.jobRepository = jobRepository;
		this.runs = runs;
	}

	@Override
	public Integer call() {
		List<GenerationView> views = GenerationView.list(this.generations, this.jobRepository, this.runs.holder());
		PrintWriter out = this.spec.commandLine().getOut();
		if (this.json) {
			Output.json(out, views);
			return ExitCodes.OK;
		}
		out.printf("%-4s %-28s %-6s %-9s %8s %8s %8s %8s  %s%n", "GEN", "STATE", "FROM", "EXECUTION", "PAPERS",
				"RECORDS", "DIGESTS", "LINKS", "COMPLETED");
		for (GenerationView g : views) {
			out.printf("%-4d %-28s %-6s %-9s %8s %8s %8s %8s  %s%n", g.generation(), g.state(), dash(g.basedOn()),
					dash(g.jobExecutionId()), dash(g.papers()), dash(g.records()), dash(g.digests()), dash(g.links()),
					time(g.completedAt()));
		}
		out.flush();
		return ExitCodes.OK;
	}

	static String dash(Object value) {
		return (value != null) ? value.toString() : "-";
	}

	static String time(Instant t) {
		return (t != null) ? t.atZone(ZoneId.systemDefault()).toLocalDateTime().withNano(0).toString().replace('T', ' ')
				: "-";
	}

	/** {@code digestcat catalog rollback [GEN]}. */
	@Component
	@Command(name = "rollback", mixinStandardHelpOptions = true,
			description = {
					"Makes an earlier generation current again, in one step: by default the newest complete "
							+ "one older than the current.",
					"Roll forward the same way, naming the newer generation. Waits for no run: refused while a "
							+ "job runs." })
	static class Rollback implements java.util.concurrent.Callable<Integer> {

		@Parameters(arity = "0..1", paramLabel = "GEN", description = "The generation to make current.")
		Integer generation;

		@Option(names = "--json", description = "Print the generation made current as JSON.")
		boolean json;

		@Spec
		CommandSpec spec;

		private final CatalogGenerations generations;

		private final ExclusiveRuns runs;

		private final JobRepository jobRepository;

		Rollback(CatalogGenerations generations, ExclusiveRuns runs, JobRepository jobRepository) {
			this.generations = generations;
			this.runs = runs;
			this.jobRepository = jobRepository;
		}

		@Override
		public Integer call() {
			int was = this.generations.current().id();
			CatalogGenerations.Generation now;
			try {
				now = this.runs.run("digestcat catalog rollback", () -> this.generations.rollback(this.generation));
			}
			catch (CatalogGenerations.GenerationRefused ex) {
				throw new UserError(ex.getMessage(), ExitCodes.USAGE);
			}
			PrintWriter out = this.spec.commandLine().getOut();
			if (this.json) {
				Output.json(out,
						GenerationView.list(this.generations, this.jobRepository, this.runs.holder())
							.stream()
							.filter(g -> g.generation() == now.id())
							.findFirst()
							.orElseThrow());
			}
			else {
				out.printf("generation %d is current (was %d: make it current again with digestcat catalog rollback "
						+ "%d)%n", now.id(), was, was);
				out.flush();
			}
			return ExitCodes.OK;
		}

	}

}
