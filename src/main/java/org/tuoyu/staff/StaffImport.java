package org.tuoyu.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.shared.InvalidValueException;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.staff.internal.BanAlerts;
import org.tuoyu.staff.internal.Identities;
import org.tuoyu.staff.internal.ImportKind;
import org.tuoyu.staff.internal.ImportSteps;
import org.tuoyu.staff.internal.ImportSteps.ImportRules;
import org.tuoyu.staff.internal.StaffRows;
import org.tuoyu.staff.internal.StaffSpreadsheet;
import org.tuoyu.staff.internal.Workbooks.SheetRow;

/**
 * Staff in Excel: the import template, a two-step import and the roster export. The check runs
 * every row through the same hire as the form, each in a transaction that is rolled back, and
 * reports every bad row; the upload is kept encrypted until it is confirmed, replaced or a day old.
 * Confirmation writes exactly the rows found valid, in one transaction, or nothing when they have
 * changed since. Only an institution's administrator imports, into their own institution; any
 * staff member of an institution may export its roster. Anyone else finds nothing.
 */
@Service
public class StaffImport implements SpreadsheetImport {

	private final StaffSpreadsheet spreadsheet;

	private final ImportSteps steps;

	private final StaffManagement staff;

	private final InstitutionManagement institutions;

	private final StaffRows rows;

	private final Identities identities;

	private final BanAlerts alerts;

	private final AuditLog audit;

	private final Clock clock;

	private final Hires hires = new Hires();

	StaffImport(StaffSpreadsheet spreadsheet, ImportSteps steps, StaffManagement staff,
			InstitutionManagement institutions, StaffRows rows, Identities identities, BanAlerts alerts, AuditLog audit,
			Clock clock) {
		this.spreadsheet = spreadsheet;
		this.steps = steps;
		this.staff = staff;
		this.institutions = institutions;
		this.rows = rows;
		this.identities = identities;
		this.alerts = alerts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public byte[] template(Locale locale) {
		return spreadsheet.template(locale);
	}

	/**
	 * Checks an upload row by row and keeps it for confirmation; hires nobody. A row of a banned
	 * person is reported without the ban's reason and alerts the district, as a refused hire does.
	 */
	@Override
	public StaffImportReport check(CurrentUser user, byte[] content) {
		return steps.check(user, content, hires);
	}

	/**
	 * {@inheritDoc} A person banned since the check is refused (and the district alerted) as on the
	 * form.
	 */
	@Override
	public StaffImportReport confirm(CurrentUser user, UUID importId) {
		return steps.confirm(user, importId, hires);
	}

	@Override
	public String headerKey(String field) {
		return StaffSpreadsheet.LAYOUT.headerKey(field);
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

	private boolean banned(byte[] residentIdIndex) {
		LocalDate today = LocalDate.now(clock);
		return rows.bansOf(residentIdIndex).stream().anyMatch(ban -> ban.activeOn(today));
	}

	private static Optional<ResidentId> residentId(SheetRow<NewHire> row) {
		try {
			return Optional.of(ResidentId.of(row.residentId()));
		}
		catch (InvalidValueException ex) {
			return Optional.empty();
		}
	}

	/** Rows of hires: one row per person in a file, never a banned person. */
	private final class Hires implements ImportRules<NewHire> {

		@Override
		public ImportKind kind() {
			return ImportKind.STAFF;
		}

		@Override
		public List<SheetRow<NewHire>> read(byte[] content) {
			return spreadsheet.read(content);
		}

		@Override
		public String duplicateKey(SheetRow<NewHire> row) {
			return row.residentId().isEmpty() ? null : row.residentId().toUpperCase(Locale.ROOT);
		}

		@Override
		public BusinessRuleException duplicate(int earlierRow) {
			return new BusinessRuleException("residentId", "staff.import.duplicateInFile", earlierRow);
		}

		/** A banned person: the same answer as the hiring form, never the reason. */
		@Override
		public void precheck(Institution institution, SheetRow<NewHire> row, boolean news) {
			Optional<ResidentId> residentId = residentId(row);
			if (residentId.isPresent() && banned(identities.index(residentId.get()))) {
				if (news) {
					alerts.hireRefused(institution, row.value().name(), residentId.get().masked());
				}
				throw new BusinessRuleException("residentId", "staff.hire.banned");
			}
		}

		@Override
		public void write(CurrentUser user, Institution institution, SheetRow<NewHire> row) {
			staff.hire(user, row.value());
		}

		/**
		 * Locks every person about to be hired (in one order, so two confirmations cannot deadlock)
		 * and checks the ban list again: from here until the commit nobody can ban them, so no hire
		 * is refused halfway through the transaction.
		 */
		@Override
		public void hold(List<SheetRow<NewHire>> valid) {
			List<byte[]> indexes = valid.stream()
				.map(row -> identities.index(residentId(row).orElseThrow()))
				.sorted(Comparator.comparing(index -> HexFormat.of().formatHex(index)))
				.toList();
			for (byte[] index : indexes) {
				rows.lockIdentity(index);
			}
			if (indexes.stream().anyMatch(StaffImport.this::banned)) {
				throw new BusinessRuleException("residentId", "staff.hire.banned");
			}
		}
	}
}
