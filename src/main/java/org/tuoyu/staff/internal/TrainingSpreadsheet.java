package org.tuoyu.staff.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.springframework.stereotype.Component;
import org.tuoyu.staff.NewTraining;
import org.tuoyu.staff.internal.Workbooks.Cells;
import org.tuoyu.staff.internal.Workbooks.Column;
import org.tuoyu.staff.internal.Workbooks.Layout;
import org.tuoyu.staff.internal.Workbooks.SheetRow;

/**
 * Training records as an .xlsx file: the import template and reading a filled template back, one
 * training of one person (named and identified by resident ID) per row. Hours are a number, as a
 * number cell or as text; the completion date a date cell or text.
 */
@Component
public class TrainingSpreadsheet {

	/** The template: its columns in order, headed as on the training form. */
	public static final Layout LAYOUT = new Layout("staff.training.import.sheet",
			List.of(new Column("name", "staff.name"), new Column("residentId", "staff.residentId"),
					new Column("course", "staff.training.course"), new Column("provider", "staff.training.provider"),
					new Column("hours", "staff.training.hoursLabel"), new Column("takenOn", "staff.training.takenOn")),
			"staff.training.import.header", "staff.training.import.tooManyRows");

	private static final int NAME = 0;

	private static final int COURSE = 2;

	private static final int PROVIDER = 3;

	private static final int HOURS = 4;

	private static final int TAKEN_ON = 5;

	private final Workbooks workbooks;

	TrainingSpreadsheet(Workbooks workbooks) {
		this.workbooks = workbooks;
	}

	/** One row: the name as typed (it must match the person's record) and the training to record. */
	public record Entry(String name, NewTraining training) {
	}

	/** The empty template: bold headers, a text-formatted ID column and one example row. */
	public byte[] template(Locale locale) {
		List<Object> example = List.of("张晓燕", Workbooks.EXAMPLE_RESIDENT_ID,
				workbooks.text("staff.training.import.exampleCourse", locale),
				workbooks.text("staff.training.import.exampleProvider", locale), 8, LocalDate.of(2026, 9, 1));
		return workbooks.template(locale, LAYOUT, example, (workbook, sheet) -> {
		});
	}

	/**
	 * Reads every data row of a filled template, skipping blank rows and the example row. Fails as
	 * a whole when the file is no spreadsheet, its headers are not the template's or it is too long.
	 */
	public List<SheetRow<Entry>> read(byte[] content) {
		return workbooks.read(content, LAYOUT, this::entry);
	}

	private Entry entry(Row row, Cells cells) {
		String name = cells.required(row, NAME, "name");
		// The ID number itself travels in the SheetRow; here an ID that Excel turned into a number is refused.
		cells.residentId(row, Workbooks.RESIDENT_ID, "residentId");
		return new Entry(name, new NewTraining(cells.text(row, COURSE), cells.text(row, PROVIDER),
				cells.number(row, HOURS, "hours", "staff.training.import.hours"),
				cells.date(row, TAKEN_ON, "takenOn", "staff.training.import.date")));
	}
}
