package org.tuoyu.guidance.demo;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tuoyu.platform.AccountManagement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.DataScope;
import org.tuoyu.platform.Role;
import org.tuoyu.shared.DivisionCode;

/**
 * What the guidance module's demo data (profile {@code demo}) shares: the city administrator it
 * acts as, and set-based writes of many rows, one array per column and ten thousand rows per
 * statement.
 */
public final class DemoRows {

	private static final int CHUNK = 10_000;

	private DemoRows() {
	}

	/**
	 * The city's administrator to act as, when the demo accounts and register exist and
	 * {@code table} (one of the guidance tables, named by the caller) is still empty.
	 */
	public static Optional<CurrentUser> firstRun(JdbcTemplate jdbc, AccountManagement accounts, String city,
			String table) {
		Integer existing = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
		Integer children = jdbc.queryForObject("SELECT count(*) FROM guidance_child", Integer.class);
		if (existing == null || existing > 0 || children == null || children == 0) {
			return Optional.empty();
		}
		DataScope scope = DataScope.division(DivisionCode.of(city));
		return accounts.officers(new CurrentUser(null, "demo", "demo", Role.CITY_ADMIN, scope), Role.CITY_ADMIN)
			.stream()
			.findFirst()
			.map(admin -> new CurrentUser(admin.id(), admin.username(), admin.displayName(), Role.CITY_ADMIN, scope));
	}

	/**
	 * Runs a statement whose parameters are one array per column ({@code unnest}), for every chunk
	 * of the rows; {@code types} are the arrays' element types (timestamps and dates as text, cast
	 * in the statement).
	 */
	public static void insert(JdbcTemplate jdbc, String sql, String[] types, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			jdbc.execute((ConnectionCallback<Integer>) connection -> {
				try (PreparedStatement statement = connection.prepareStatement(sql)) {
					for (int c = 0; c < types.length; c++) {
						Object[] column = new Object[chunk.size()];
						for (int r = 0; r < chunk.size(); r++) {
							column[r] = chunk.get(r)[c];
						}
						statement.setArray(c + 1, connection.createArrayOf(types[c], column));
					}
					return statement.executeUpdate();
				}
			});
		}
	}
}
