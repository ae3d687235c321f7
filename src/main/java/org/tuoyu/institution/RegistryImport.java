package org.tuoyu.institution;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.institution.RegistryImportReport.RowProblem;
import org.tuoyu.institution.internal.RegistrySpreadsheet;
import org.tuoyu.institution.internal.RegistrySpreadsheet.ParsedRow;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;

/**
 * Importing institutions from the .xlsx template in two steps: the check runs every row through
 * the same rules as the registration form (in a transaction that is rolled back) and reports each
 * bad row; only when the user confirms are the valid rows written, all together.
 */
@Service
public class RegistryImport {

	private final RegistrySpreadsheet spreadsheet;

	private final InstitutionManagement institutions;

	private final JdbcClient jdbc;

	private final TransactionTemplate dryRun;

	private final Clock clock;

	RegistryImport(RegistrySpreadsheet spreadsheet, InstitutionManagement institutions, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.spreadsheet = spreadsheet;
		this.institutions = institutions;
		this.jdbc = jdbc;
		this.dryRun = new TransactionTemplate(transactions);
		this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The empty template with one example row. */
	public byte[] template(Locale locale) {
		return spreadsheet.template(locale);
	}

	/** The user's registry list as .xlsx. */
	@Transactional(readOnly = true)
	public byte[] export(CurrentUser user, InstitutionStatus status, String search, Locale locale) {
		return spreadsheet.export(institutions.list(user, status, search), locale);
	}

	/** Checks an upload and keeps it for confirmation; writes no institution. */
	public RegistryImportReport check(CurrentUser user, String fileName, byte[] content) {
		requireRegistrar(user);
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "filing.document.empty");
		}
		List<ParsedRow> rows = spreadsheet.read(content);
		// Uploads carry initial passwords: none is kept longer than a day.
		jdbc.sql("DELETE FROM institution_import WHERE created_at < :now - interval '1 day'").param("now", OffsetDateTime.now(clock)).update();
		UUID id = UuidV7.next();
		RegistryImportReport report = evaluate(user, id, rows);
		jdbc.sql("""
				INSERT INTO institution_import (id, account_id, file_name, content, valid_rows, created_at)
				VALUES (:id, :account, :name, :content, :valid, :now)
				""")
			.param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.param("account", user.accountId())
			.param("name", fileName == null ? "import.xlsx" : fileName)
			.param("content", content)
			.param("valid", report.validRows().toArray(Integer[]::new))
			.update();
		return report;
	}

	/**
	 * Writes the valid rows of a checked upload in one transaction. If a row has become invalid since
	 * the check, nothing is written and the new report says why.
	 */
	@Transactional
	public RegistryImportReport confirm(CurrentUser user, UUID importId) {
		requireRegistrar(user);
		record Stored(byte[] content, List<Integer> validRows) {
		}
		Stored stored = jdbc.sql("""
				SELECT content, valid_rows FROM institution_import
				WHERE id = :id AND account_id = :account AND confirmed_at IS NULL AND content IS NOT NULL
				FOR UPDATE
				""")
			.param("id", importId)
			.param("account", user.accountId())
			.query((rs, n) -> new Stored(rs.getBytes("content"),
					java.util.Arrays.asList((Integer[]) rs.getArray("valid_rows").getArray())))
			.optional()
			.orElseThrow(() -> new NotFoundException("import"));
		List<ParsedRow> rows = spreadsheet.read(stored.content());
		RegistryImportReport checked = evaluate(user, importId, rows);
		if (!checked.validRows().equals(stored.validRows())) {
			// Something changed since the check: write nothing, show what is valid now.
			return checked;
		}
		int written = 0;
		for (ParsedRow row : rows) {
			if (checked.validRows().contains(row.row())) {
				institutions.register(user, row.command());
				written++;
			}
		}
		jdbc.sql("UPDATE institution_import SET confirmed_at = :now, content = NULL WHERE id = :id").param("now", OffsetDateTime.now(clock))
			.param("id", importId)
			.update();
		return new RegistryImportReport(importId, checked.rowsRead(), checked.validRows(), checked.problems(), written);
	}

	private RegistryImportReport evaluate(CurrentUser user, UUID id, List<ParsedRow> rows) {
		List<Integer> valid = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		Set<String> usernames = new HashSet<>();
		for (ParsedRow row : rows) {
			if (row.problem() != null) {
				problems.add(problem(row.row(), row.problem()));
				continue;
			}
			NewInstitution command = row.command();
			if (!codes.add(String.valueOf(command.creditCode()).trim().toUpperCase(Locale.ROOT))) {
				problems.add(new RowProblem(row.row(), "creditCode", "import.institutions.duplicateInFile", List.of()));
				continue;
			}
			if (!usernames.add(String.valueOf(command.adminUsername()).trim().toLowerCase(Locale.ROOT))) {
				problems.add(new RowProblem(row.row(), "adminUsername", "import.institutions.duplicateInFile", List.of()));
				continue;
			}
			try {
				dryRun.executeWithoutResult(status -> {
					status.setRollbackOnly();
					institutions.register(user, command);
				});
				valid.add(row.row());
			}
			catch (BusinessRuleException ex) {
				problems.add(problem(row.row(), ex));
			}
			catch (DataAccessException ex) {
				problems.add(new RowProblem(row.row(), null, "import.institutions.rejectedByDatabase", List.of()));
			}
		}
		return new RegistryImportReport(id, rows.size(), valid, problems, 0);
	}

	private static RowProblem problem(int row, BusinessRuleException ex) {
		List<String> arguments = new ArrayList<>();
		for (Object argument : ex.arguments()) {
			arguments.add(String.valueOf(argument));
		}
		return new RowProblem(row, ex.field(), ex.messageKey(), arguments);
	}

	private static void requireRegistrar(CurrentUser user) {
		if (user.role() != Role.CITY_ADMIN && user.role() != Role.DISTRICT_ADMIN) {
			throw new BusinessRuleException(null, "institution.register.notAllowed");
		}
	}
}
