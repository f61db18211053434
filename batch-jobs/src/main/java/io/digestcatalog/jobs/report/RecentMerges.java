package io.digestcatalog.jobs.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.batch.core.job.JobExecution;

import io.digestcatalog.core.catalog.CatalogGenerations;
import io.digestcatalog.jobs.catalog.GenerationDataSource;

/** The merges a run decided, from the generation it wrote, for its report. */
public class RecentMerges {

	private static final int MAX = 25;

	private final DataSource dataSource;

	public RecentMerges(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Rows of survivor, merged paper and reason, decided since the execution began. */
	List<List<String>> during(JobExecution e) {
		if (e.getStartTime() == null) {
			return List.of();
		}
		Object target = e.getExecutionContext().get(GenerationDataSource.TARGET_SCHEMA);
		String table = ((target instanceof String schema) ? CatalogGenerations.quoted(schema) + "." : "")
				+ "merge_decision";
		List<List<String>> rows = new ArrayList<>();
		try (Connection c = this.dataSource.getConnection();
				PreparedStatement ps = c.prepareStatement("SELECT m.survivor_id, p.title, m.merged_id, m.reason FROM "
						+ table + " m LEFT JOIN " + table.replace("merge_decision", "paper") + " p ON p.paper_id = "
						+ "m.survivor_id WHERE m.decided_at >= ? ORDER BY m.decided_at, m.survivor_id FETCH FIRST "
						+ MAX + " ROWS ONLY")) {
			ps.setTimestamp(1, Timestamp.valueOf(e.getStartTime()));
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					String title = (rs.getString(2) != null) ? " " + rs.getString(2) : "";
					rows.add(List.of(rs.getString(1) + title, rs.getString(3), rs.getString(4)));
				}
			}
		}
		catch (SQLException ex) {
			// a generation dropped since (an abandoned rebuild): no merges to show
			return List.of();
		}
		return rows;
	}

}
