package org.tuoyu.staff.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.staff.StaffImportReport;
import org.tuoyu.staff.StaffImportReport.RowProblem;
import org.tuoyu.staff.internal.StaffImportRows.StoredImport;
import org.tuoyu.staff.internal.Workbooks.SheetRow;

/**
 * The two steps of every staff spreadsheet import, whatever it imports. The check runs every row
 * through the real command, each in a transaction that is rolled back, reports every bad row and
 * keeps the upload (encrypted) for confirmation. Confirmation writes exactly the rows found valid,
 * in one transaction, or nothing when they have changed since: then the report, marked changed,
 * shows what is valid now, and confirming again writes those. Only an institution's administrator
 * imports, into their own institution, and confirms only their own upload; anyone else finds nothing.
 */
@Component
public class ImportSteps {

	private final InstitutionManagement institutions;

	private final StaffImportRows imports;

	private final AuditLog audit;

	private final TransactionTemplate dryRun;

	private final TransactionTemplate write;

	ImportSteps(InstitutionManagement institutions, StaffImportRows imports, AuditLog audit,
			PlatformTransactionManager transactions) {
		this.institutions = institutions;
		this.imports = imports;
		this.audit = audit;
		this.dryRun = new TransactionTemplate(transactions);
		this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.write = new TransactionTemplate(transactions);
	}

	/** What one kind of import brings to the steps: its file, its duplicates, its checks and its command. */
	public interface ImportRules<T> {

		/** What it imports. */
		ImportKind kind();

		/** The data rows of an upload; a whole-file problem as a {@link BusinessRuleException}. */
		List<SheetRow<T>> read(byte[] content);

		/** What a later row of the file may not repeat, or {@code null} when the row cannot repeat another. */
		String duplicateKey(SheetRow<T> row);

		/** The problem of a row that repeats row {@code earlierRow}. */
		BusinessRuleException duplicate(int earlierRow);

		/**
		 * Checks a readable row for the institution before its dry run; {@code news} says whether a
		 * refusal would be news (the row had not been found invalid before), for side effects such as
		 * alerts.
		 */
		default void precheck(Institution institution, SheetRow<T> row, boolean news) {
		}

		/**
		 * Writes a row with the real command, as the user at their institution; a
		 * {@link BusinessRuleException} says why it cannot.
		 */
		void write(CurrentUser user, Institution institution, SheetRow<T> row);

		/**
		 * Before the confirmed rows are written, in their transaction: holds what they depend on so
		 * that no row fails halfway; a {@link BusinessRuleException} if one is no longer valid.
		 */
		default void hold(List<SheetRow<T>> rows) {
		}
	}

	/** Whether the user may import: an institution's administrator only. */
	public static boolean mayImport(CurrentUser user) {
		return user.role() == Role.INSTITUTION_ADMIN;
	}

	/** Checks an upload row by row and keeps it for confirmation; writes nothing the rows ask for. */
	public <T> StaffImportReport check(CurrentUser user, byte[] content, ImportRules<T> rules) {
		Institution institution = administered(user);
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "staff.import.noFile");
		}
		List<SheetRow<T>> parsed = rules.read(content);
		if (parsed.isEmpty()) {
			throw new BusinessRuleException("file", rules.kind().noRowsProblem());
		}
		imports.discardStale();
		imports.discardPendingOf(user.accountId(), rules.kind());
		UUID id = UuidV7.next();
		StaffImportReport report = evaluate(user, institution, rules, id, parsed, row -> true);
		imports.insert(id, rules.kind(), institution.id(), user.accountId(), content, report.validRows());
		audit.record(AuditEntry.of(rules.kind().auditAction("check"), "staffImport", id)
			.in(institution.divisionCode())
			.withDetails("rows " + report.rowsRead() + ", valid " + report.validRows().size()));
		return report;
	}

	/**
	 * Writes the valid rows of the administrator's own checked upload in one transaction, or
	 * nothing (the report marked changed) when they are no longer those of the check. An upload
	 * already confirmed, replaced or expired is refused.
	 */
	public <T> StaffImportReport confirm(CurrentUser user, UUID importId, ImportRules<T> rules) {
		Institution institution = administered(user);
		imports.discardStale();
		StoredImport checked = pending(imports.find(importId, rules.kind(), institution.id(), user.accountId()));
		List<SheetRow<T>> parsed = rules.read(checked.content());
		StaffImportReport now = evaluate(user, institution, rules, importId, parsed, checked.validRows()::contains);
		try {
			return write.execute(status -> {
				StoredImport locked = pending(imports.lock(importId, rules.kind(), institution.id(), user.accountId()));
				if (!now.validRows().equals(locked.validRows())) {
					imports.updateValidRows(importId, now.validRows());
					return changed(now);
				}
				List<SheetRow<T>> valid = parsed.stream().filter(row -> now.validRows().contains(row.row())).toList();
				try {
					rules.hold(valid);
					for (SheetRow<T> row : valid) {
						rules.write(user, institution, row);
					}
				}
				catch (BusinessRuleException | DataAccessException ex) {
					throw new RowNoLongerValid();
				}
				imports.confirmed(importId, valid.size());
				audit.record(AuditEntry.of(rules.kind().auditAction("confirm"), "staffImport", importId)
					.in(institution.divisionCode())
					.withDetails("written " + valid.size()));
				return new StaffImportReport(importId, now.rowsRead(), now.validRows(), now.problems(), valid.size(),
						false);
			});
		}
		catch (RowNoLongerValid ex) {
			StaffImportReport again = evaluate(user, institution, rules, importId, parsed, now.validRows()::contains);
			imports.updateValidRows(importId, again.validRows());
			return changed(again);
		}
	}

	private <T> StaffImportReport evaluate(CurrentUser user, Institution institution, ImportRules<T> rules, UUID id,
			List<SheetRow<T>> parsed, Predicate<Integer> validBefore) {
		List<Integer> valid = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		for (SheetRow<T> row : parsed) {
			String key = rules.duplicateKey(row);
			Integer earlier = key == null ? null : firstRowOf.putIfAbsent(key, row.row());
			if (row.problem() != null) {
				problems.add(problem(row.row(), row.problem()));
				continue;
			}
			if (earlier != null) {
				problems.add(problem(row.row(), rules.duplicate(earlier)));
				continue;
			}
			try {
				rules.precheck(institution, row, validBefore.test(row.row()));
				dryRun.executeWithoutResult(status -> {
					status.setRollbackOnly();
					rules.write(user, institution, row);
				});
				valid.add(row.row());
			}
			catch (BusinessRuleException ex) {
				problems.add(problem(row.row(), ex));
			}
			catch (DataAccessException ex) {
				problems.add(new RowProblem(row.row(), null, "staff.import.rejectedByDatabase", List.of()));
			}
		}
		return new StaffImportReport(id, parsed.size(), valid, problems, 0, false);
	}

	private static StoredImport pending(Optional<StoredImport> found) {
		StoredImport stored = found.orElseThrow(() -> new NotFoundException("import"));
		if (!stored.pending()) {
			throw new BusinessRuleException(null, "staff.import.notPending");
		}
		return stored;
	}

	private static StaffImportReport changed(StaffImportReport report) {
		return new StaffImportReport(report.importId(), report.rowsRead(), report.validRows(), report.problems(), 0, true);
	}

	private static RowProblem problem(int row, BusinessRuleException ex) {
		List<String> arguments = new ArrayList<>();
		for (Object argument : ex.arguments()) {
			arguments.add(String.valueOf(argument));
		}
		return new RowProblem(row, ex.field(), ex.messageKey(), arguments);
	}

	/** The institution of an institution administrator; anyone else finds nothing to import into. */
	private Institution administered(CurrentUser user) {
		if (!mayImport(user)) {
			throw new NotFoundException("import");
		}
		return institutions.own(user).institution();
	}

	/** A row found valid a moment ago failed while writing: the transaction rolls back and the rows are checked again. */
	private static final class RowNoLongerValid extends RuntimeException {

		RowNoLongerValid() {
			super(null, null, false, false);
		}
	}
}
