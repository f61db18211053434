package io.digestcatalog.jobs.artifact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.digestcatalog.core.catalog.ArtifactCatalog;

/**
 * Partitions pending artifacts by host: each host belongs to one partition, so one host
 * is never fetched from two partitions at once beyond the fetcher's own per-host cap, and
 * hosts are dealt round-robin in name order (deterministic) over at most {@code gridSize}
 * partitions. A restart keeps the failed run's partitions, each with its hosts (the names
 * it gives Spring Batch let it take the old partitions' contexts): dealing the hosts
 * still pending again would give a new partition the name of one that completed, and its
 * hosts would never be fetched.
 */
class HostPartitioner implements Partitioner, PartitionNameProvider {

	static final String HOSTS = "hosts";

	private final DataSource dataSource;

	HostPartitioner(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<String> hosts = ArtifactCatalog.pendingHosts(this.dataSource);
		int partitions = Math.max(1, Math.min(gridSize, hosts.size()));
		List<List<String>> buckets = new ArrayList<>();
		for (int i = 0; i < partitions; i++) {
			buckets.add(new ArrayList<>());
		}
		for (int i = 0; i < hosts.size(); i++) {
			buckets.get(i % partitions).add(hosts.get(i));
		}
		Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
		for (int i = 0; i < partitions; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putString(HOSTS, String.join("\n", buckets.get(i)));
			contexts.put("hosts" + i, context);
		}
		return contexts;
	}

	/** On a restart: every name a run of this grid size may have used. */
	@Override
	public Collection<String> getPartitionNames(int gridSize) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < Math.max(1, gridSize); i++) {
			names.add("hosts" + i);
		}
		return names;
	}

	static List<String> hostsOf(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split("\n"));
	}

}
