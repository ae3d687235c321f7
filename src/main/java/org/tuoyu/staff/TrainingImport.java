package org.tuoyu.staff;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.shared.ResidentId;
import org.tuoyu.staff.internal.Identities;
import org.tuoyu.staff.internal.ImportKind;
import org.tuoyu.staff.internal.ImportSteps;
import org.tuoyu.staff.internal.ImportSteps.ImportRules;
import org.tuoyu.staff.internal.StaffRows;
import org.tuoyu.staff.internal.StaffRows.PersonRow;
import org.tuoyu.staff.internal.TrainingSpreadsheet;
import org.tuoyu.staff.internal.TrainingSpreadsheet.Entry;
import org.tuoyu.staff.internal.Workbooks.SheetRow;

/**
 * Training records in Excel: the import template and a two-step import. Each row names a person
 * by name and resident ID, who must currently work at the administrator's institution under that
 * name, and is checked by recording the training as the form does, in a transaction that is rolled
 * back, so a bad row shows the form's reason. The same person, course and completion date may
 * appear only once in a file. Confirmation writes exactly the rows found valid, or nothing when
 * they have changed since (for example, someone has left). Audited; only an institution's
 * administrator imports, into their own institution; anyone else finds nothing.
 */
@Service
public class TrainingImport implements SpreadsheetImport {

	private final TrainingSpreadsheet spreadsheet;

	private final ImportSteps steps;

	private final StaffManagement staff;

	private final StaffRows rows;

	private final Identities identities;

	private final Trainings trainings = new Trainings();

	TrainingImport(TrainingSpreadsheet spreadsheet, ImportSteps steps, StaffManagement staff, StaffRows rows,
			Identities identities) {
		this.spreadsheet = spreadsheet;
		this.steps = steps;
		this.staff = staff;
		this.rows = rows;
		this.identities = identities;
	}

	@Override
	public byte[] template(Locale locale) {
		return spreadsheet.template(locale);
	}

	@Override
	public StaffImportReport check(CurrentUser user, byte[] content) {
		return steps.check(user, content, trainings);
	}

	@Override
	public StaffImportReport confirm(CurrentUser user, UUID importId) {
		return steps.confirm(user, importId, trainings);
	}

	@Override
	public String headerKey(String field) {
		return TrainingSpreadsheet.LAYOUT.headerKey(field);
	}

	/** Rows of trainings of the institution's current staff. */
	private final class Trainings implements ImportRules<Entry> {

		@Override
		public ImportKind kind() {
			return ImportKind.TRAINING;
		}

		@Override
		public List<SheetRow<Entry>> read(byte[] content) {
			return spreadsheet.read(content);
		}

		@Override
		public String duplicateKey(SheetRow<Entry> row) {
			NewTraining training = row.value() == null ? null : row.value().training();
			if (training == null || row.residentId().isEmpty() || training.course().isBlank()
					|| training.takenOn() == null) {
				return null;
			}
			return String.join("\n", row.residentId().toUpperCase(Locale.ROOT), training.course().strip(),
					String.valueOf(training.takenOn()));
		}

		@Override
		public BusinessRuleException duplicate(int earlierRow) {
			return new BusinessRuleException(null, "staff.training.import.duplicateInFile", earlierRow);
		}

		/**
		 * Records the training through the form's command. Whether the ID number belongs to someone
		 * is not told apart from whether they work here, so no row probes for people elsewhere; the
		 * person is looked up again as the confirmed rows are written.
		 */
		@Override
		public void write(CurrentUser user, Institution institution, SheetRow<Entry> row) {
			ResidentId residentId = Identities.residentId("residentId", row.residentId());
			PersonRow person = rows.personByIndex(identities.index(residentId))
				.filter(p -> rows.employedAt(p.id(), institution.id()))
				.orElseThrow(TrainingImport::notEmployed);
			if (!person.name().equals(row.value().name().strip())) {
				throw new BusinessRuleException("name", "staff.hire.nameMismatch");
			}
			try {
				staff.addTraining(user, person.id(), row.value().training());
			}
			catch (NotFoundException ex) {
				throw notEmployed();
			}
		}
	}

	private static BusinessRuleException notEmployed() {
		return new BusinessRuleException("residentId", "staff.training.import.notEmployed");
	}
}
