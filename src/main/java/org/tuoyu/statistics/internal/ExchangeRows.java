package org.tuoyu.statistics.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Streams a dataset's rows from the database to a writer, a few hundred rows fetched at a time
 * (a cursor, inside the caller's transaction), so a province's export never sits in memory.
 */
@Repository
public class ExchangeRows {

	private static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	private final String zone;

	ExchangeRows(DataSource dataSource, Clock clock) {
		this.zone = clock.getZone().getId();
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	/** Writes every row of the dataset in the division subtree, in the dataset's order. */
	public void stream(ExchangeDataset dataset, String division, LocalDate today, ExchangeWriter writer) {
		List<ExchangeColumn> columns = dataset.columns();
		RowCallbackHandler handler = (ResultSet rs) -> {
			Object[] values = new Object[columns.size()];
			for (int i = 0; i < values.length; i++) {
				values[i] = columns.get(i).read(rs, i + 1);
			}
			writer.row(values);
		};
		jdbc.sql(dataset.sql()).param("prefix", division + "%").param("today", today).param("zone", zone)
			.query(handler);
	}
}
