package org.tuoyu.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
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
import org.tuoyu.shared.InvalidValueException;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.staff.StaffImportReport.RowProblem;
import org.tuoyu.staff.internal.BanAlerts;
import org.tuoyu.staff.internal.Identities;
import org.tuoyu.staff.internal.StaffImportRows;
import org.tuoyu.staff.internal.StaffImportRows.StoredImport;
import org.tuoyu.staff.internal.StaffRows;
import org.tuoyu.staff.internal.StaffSpreadsheet;
import org.tuoyu.staff.internal.StaffSpreadsheet.ParsedRow;

/**
 * Staff in Excel: the import template, a two-step import and the roster export. The check runs
 * every row through the same hire as the form, each in a transaction that is rolled back, and
 * reports every bad row; the upload is kept encrypted until it is confirmed, replaced or a day old.
 * Confirmation writes exactly the rows found valid, in one transaction, or nothing when they have
 * changed since. Only an institution's administrator imports, into their own institution; any
 * staff member of an institution may export its roster. Anyone else finds nothing.
 */
@Service
public class StaffImport {

	private final StaffSpreadsheet spreadsheet;

	private final StaffManagement staff;

	private final InstitutionManagement institutions;

	private final StaffImportRows imports;

	private final StaffRows rows;

	private final Identities identities;

	private final BanAlerts alerts;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate dryRun;

	private final TransactionTemplate write;

	StaffImport(StaffSpreadsheet spreadsheet, StaffManagement staff, InstitutionManagement institutions,
			StaffImportRows imports, StaffRows rows, Identities identities, BanAlerts alerts, AuditLog audit,
			Clock clock, PlatformTransactionManager transactions) {
		this.spreadsheet = spreadsheet;
		this.staff = staff;
		this.institutions = institutions;
		this.imports = imports;
		this.rows = rows;
		this.identities = identities;
		this.alerts = alerts;
		this.audit = audit;
		this.clock = clock;
		this.dryRun = new TransactionTemplate(transactions);
		this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.write = new TransactionTemplate(transactions);
	}

	/** The empty template with one example row (which is never imported). */
	public byte[] template(Locale locale) {
		return spreadsheet.template(locale);
	}

	/** Whether the user may import staff: an institution's administrator only. */
	public boolean mayImport(CurrentUser user) {
		return user.role() == Role.INSTITUTION_ADMIN;
	}

	/**
	 * Checks an upload row by row and keeps it for confirmation; hires nobody. A row of a banned
	 * person is reported without the ban's reason and alerts the district, as a refused hire does.
	 */
	public StaffImportReport check(CurrentUser user, byte[] content) {
		Institution institution = administered(user);
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "staff.import.noFile");
		}
		List<ParsedRow> parsed = spreadsheet.read(content);
		if (parsed.isEmpty()) {
			throw new BusinessRuleException("file", "staff.import.noRows");
		}
		imports.discardStale();
		imports.discardPendingOf(user.accountId());
		UUID id = UuidV7.next();
		StaffImportReport report = evaluate(user, institution, id, parsed, row -> true);
		imports.insert(id, institution.id(), user.accountId(), content, report.validRows());
		audit.record(AuditEntry.of("staff.import.check", "staffImport", id)
			.in(institution.divisionCode())
			.withDetails("rows " + report.rowsRead() + ", valid " + report.validRows().size()));
		return report;
	}

	/**
	 * Writes the valid rows of the administrator's own checked upload in one transaction. If the
	 * valid rows are no longer those of the check, nothing is written and the report, marked
	 * changed, shows what is valid now; confirming again writes those. An upload already confirmed,
	 * replaced or expired is refused.
	 */
	public StaffImportReport confirm(CurrentUser user, UUID importId) {
		Institution institution = administered(user);
		imports.discardStale();
		StoredImport checked = pending(imports.find(importId, institution.id(), user.accountId()));
		List<ParsedRow> parsed = spreadsheet.read(checked.content());
		StaffImportReport now = evaluate(user, institution, importId, parsed, checked.validRows()::contains);
		try {
			return write.execute(status -> {
				StoredImport locked = pending(imports.lock(importId, institution.id(), user.accountId()));
				if (!now.validRows().equals(locked.validRows())) {
					imports.updateValidRows(importId, now.validRows());
					return changed(now);
				}
				List<ParsedRow> valid = parsed.stream().filter(row -> now.validRows().contains(row.row())).toList();
				holdAndRecheck(valid);
				for (ParsedRow row : valid) {
					hire(user, row);
				}
				imports.confirmed(importId, valid.size());
				audit.record(AuditEntry.of("staff.import.confirm", "staffImport", importId)
					.in(institution.divisionCode())
					.withDetails("written " + valid.size()));
				return new StaffImportReport(importId, now.rowsRead(), now.validRows(), now.problems(), valid.size(),
						false);
			});
		}
		catch (RowNoLongerValid ex) {
			StaffImportReport again = evaluate(user, institution, importId, parsed, now.validRows()::contains);
			imports.updateValidRows(importId, again.validRows());
			return changed(again);
		}
	}

	/** The roster of the user's institution as .xlsx, ID and phone numbers masked. */
	@Transactional
	public byte[] export(CurrentUser user, Locale locale) {
		if (!user.role().isInstitutionStaff()) {
			throw new NotFoundException("institution");
		}
		Institution institution = institutions.own(user).institution();
		byte[] file = spreadsheet.export(staff.roster(user, institution.id()), locale);
		audit.record(AuditEntry.of("staff.roster.export", "institution", institution.id()).in(institution.divisionCode()));
		return file;
	}

	private StaffImportReport evaluate(CurrentUser user, Institution institution, UUID id, List<ParsedRow> parsed,
			Predicate<Integer> alertIfBanned) {
		List<Integer> valid = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		for (ParsedRow row : parsed) {
			Integer earlier = row.residentId().isEmpty() ? null
					: firstRowOf.putIfAbsent(row.residentId().toUpperCase(Locale.ROOT), row.row());
			if (row.problem() != null) {
				problems.add(problem(row.row(), row.problem()));
				continue;
			}
			if (earlier != null) {
				problems.add(new RowProblem(row.row(), "residentId", "staff.import.duplicateInFile",
						List.of(String.valueOf(earlier))));
				continue;
			}
			Optional<ResidentId> residentId = residentId(row);
			if (residentId.isPresent() && banned(identities.index(residentId.get()))) {
				// The same answer as the hiring form: never the reason.
				problems.add(new RowProblem(row.row(), "residentId", "staff.hire.banned", List.of()));
				if (alertIfBanned.test(row.row())) {
					alerts.hireRefused(institution, row.hire().name(), residentId.get().masked());
				}
				continue;
			}
			try {
				dryRun.executeWithoutResult(status -> {
					status.setRollbackOnly();
					staff.hire(user, row.hire());
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

	/**
	 * Locks every person about to be hired (in one order, so two confirmations cannot deadlock) and
	 * checks the ban list again, before anything is written: from here until the commit nobody can
	 * ban them, so no hire below is refused halfway through the transaction.
	 */
	private void holdAndRecheck(List<ParsedRow> valid) {
		try {
			List<byte[]> indexes = valid.stream()
				.map(row -> identities.index(residentId(row).orElseThrow()))
				.sorted(Comparator.comparing(index -> HexFormat.of().formatHex(index)))
				.toList();
			for (byte[] index : indexes) {
				rows.lockIdentity(index);
			}
			if (indexes.stream().anyMatch(this::banned)) {
				throw new RowNoLongerValid();
			}
		}
		catch (DataAccessException ex) {
			throw new RowNoLongerValid();
		}
	}

	private void hire(CurrentUser user, ParsedRow row) {
		try {
			staff.hire(user, row.hire());
		}
		catch (BusinessRuleException | DataAccessException ex) {
			throw new RowNoLongerValid();
		}
	}

	private static StoredImport pending(Optional<StoredImport> found) {
		StoredImport stored = found.orElseThrow(() -> new NotFoundException("import"));
		if (!stored.pending()) {
			throw new BusinessRuleException(null, "staff.import.notPending");
		}
		return stored;
	}

	private boolean banned(byte[] residentIdIndex) {
		LocalDate today = LocalDate.now(clock);
		return rows.bansOf(residentIdIndex).stream().anyMatch(ban -> ban.activeOn(today));
	}

	private static Optional<ResidentId> residentId(ParsedRow row) {
		try {
			return Optional.of(ResidentId.of(row.residentId()));
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
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
