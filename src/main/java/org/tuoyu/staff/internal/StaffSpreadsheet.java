package org.tuoyu.staff.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.springframework.stereotype.Component;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.staff.NewHire;
import org.tuoyu.staff.StaffMember;
import org.tuoyu.staff.StaffRole;
import org.tuoyu.staff.internal.Workbooks.Cells;
import org.tuoyu.staff.internal.Workbooks.Column;
import org.tuoyu.staff.internal.Workbooks.Layout;
import org.tuoyu.staff.internal.Workbooks.SheetRow;

/**
 * Staff as an .xlsx file: the import template, reading a filled template back into hires, and the
 * roster export with masked ID and phone numbers. A role cell takes the role's name as the
 * template shows it (Chinese or English) or its code.
 */
@Component
public class StaffSpreadsheet {

	/** The template: its columns in order, each headed by the message {@code staff.<field>}. */
	public static final Layout LAYOUT = new Layout("staff.import.sheet",
			List.of("name", "residentId", "phone", "role", "startedOn")
				.stream()
				.map(field -> new Column(field, "staff." + field))
				.toList(),
			"staff.import.header", "staff.import.tooManyRows");

	private static final int NAME = 0;

	private static final int PHONE = 2;

	private static final int ROLE = 3;

	private static final int STARTED_ON = 4;

	private final Workbooks workbooks;

	StaffSpreadsheet(Workbooks workbooks) {
		this.workbooks = workbooks;
	}

	/** The empty template: bold headers, text-formatted ID and phone columns, a role list and one example row. */
	public byte[] template(Locale locale) {
		List<Object> example = List.of("张晓燕", Workbooks.EXAMPLE_RESIDENT_ID, "13812345678",
				workbooks.text(StaffRole.CAREGIVER.messageKey(), locale), LocalDate.of(2026, 9, 1));
		return workbooks.template(locale, LAYOUT, example, (workbook, sheet) -> {
			DataValidationHelper helper = sheet.getDataValidationHelper();
			DataValidation roles = helper.createValidation(
					helper.createExplicitListConstraint(Arrays.stream(StaffRole.values())
						.map(r -> workbooks.text(r.messageKey(), locale))
						.toArray(String[]::new)),
					new CellRangeAddressList(1, Workbooks.MAX_ROWS, ROLE, ROLE));
			// A suggestion only: codes and the other language's names are accepted too.
			roles.setShowErrorBox(false);
			sheet.addValidationData(roles);
		});
	}

	/** The roster as it is shown: ID and phone numbers masked, roles and certificate status translated. */
	public byte[] export(List<StaffMember> roster, Locale locale) {
		List<String> headers = List.of("staff.name", "staff.residentId", "staff.phone", "staff.role", "staff.startedOn",
				"staff.import.certificates", "staff.classes");
		return workbooks.write(locale, "staff.roster", headers, (workbook, sheet) -> {
			CellStyle dates = Workbooks.dateStyle(workbook);
			int r = 1;
			for (StaffMember member : roster) {
				Workbooks.fill(sheet.createRow(r++), List.of(member.name(), member.residentIdMasked(),
						member.phoneMasked() == null ? "" : member.phoneMasked(),
						workbooks.text(member.role().messageKey(), locale), member.startedOn(),
						workbooks.text(member.certificates().messageKey(), locale),
						String.join("、", member.classNames())), dates);
			}
		});
	}

	/**
	 * Reads every data row of a filled template into hires, skipping blank rows and the example
	 * row. Fails as a whole when the file is no spreadsheet, its headers are not the template's or
	 * it is too long.
	 */
	public List<SheetRow<NewHire>> read(byte[] content) {
		return workbooks.read(content, LAYOUT, this::hire);
	}

	private NewHire hire(Row row, Cells cells) {
		String name = cells.required(row, NAME, "name");
		String residentId = cells.residentId(row, Workbooks.RESIDENT_ID, "residentId");
		return new NewHire(name, residentId, cells.text(row, PHONE), role(cells.text(row, ROLE)),
				cells.date(row, STARTED_ON, "startedOn", "staff.import.date"));
	}

	private StaffRole role(String value) {
		if (value.isEmpty()) {
			return null;
		}
		for (StaffRole role : StaffRole.values()) {
			if (role.name().equalsIgnoreCase(value)
					|| workbooks.text(role.messageKey(), Locale.SIMPLIFIED_CHINESE).equals(value)
					|| workbooks.text(role.messageKey(), Locale.ENGLISH).equalsIgnoreCase(value)) {
				return role;
			}
		}
		throw new BusinessRuleException("role", "staff.import.unknownRole", value);
	}
}
