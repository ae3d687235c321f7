package org.tuoyu.region.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.tuoyu.region.CsvUpload;
import org.tuoyu.region.ImportReport;
import org.tuoyu.region.ImportReport.ImportProblem;
import org.tuoyu.region.PopulationEntry;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.InvalidValueException;

/**
 * Reads resident population from CSV with the header {@code division_code,year,residents}
 * and an optional {@code source} column. Every bad row is reported; nothing is written unless all
 * rows are valid.
 */
@Component
public class PopulationImport {

	static final int MIN_YEAR = 1950;

	static final int MAX_YEAR = 2100;

	static final int MAX_SOURCE = 100;

	private final DivisionRows rows;

	PopulationImport(DivisionRows rows) {
		this.rows = rows;
	}

	/**
	 * @param file the upload
	 * @param inScope which division codes the importing user may change
	 * @param updatedBy who is recorded as the editor
	 */
	public ImportReport run(CsvUpload file, Predicate<DivisionCode> inScope, String updatedBy) {
		List<CsvReader.Row> records;
		try {
			records = CsvReader.read(file.content());
		}
		catch (CsvReader.MalformedCsvException ex) {
			return new ImportReport(0, 0, List.of(new ImportProblem(file.fileName(), ex.line(), ex.messageKey(), List.of())));
		}
		List<ImportProblem> problems = new ArrayList<>();
		if (records.isEmpty() || !header(records.get(0)).containsAll(List.of("division_code", "year", "residents"))) {
			return new ImportReport(0, 0, List.of(new ImportProblem(file.fileName(), 1, "import.header.population", List.of())));
		}
		List<String> header = header(records.get(0));
		int codeAt = header.indexOf("division_code");
		int yearAt = header.indexOf("year");
		int residentsAt = header.indexOf("residents");
		int sourceAt = header.indexOf("source");
		List<PopulationEntry> entries = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CsvReader.Row row : records.subList(1, records.size())) {
			List<String> f = row.fields();
			if (f.size() <= Math.max(codeAt, Math.max(yearAt, residentsAt))) {
				problems.add(problem(file, row, "import.row.columns"));
				continue;
			}
			DivisionCode code;
			try {
				code = DivisionCode.of(f.get(codeAt));
			}
			catch (InvalidValueException ex) {
				problems.add(new ImportProblem(file.fileName(), row.line(), ex.messageKey(), DivisionImport.strings(ex.arguments())));
				continue;
			}
			Integer year = integer(f.get(yearAt));
			Long residents = longValue(f.get(residentsAt));
			String source = sourceAt >= 0 && sourceAt < f.size() ? f.get(sourceAt).trim() : "";
			// Scope first, with the same answer as an unknown code: nobody probes outside their area.
			if (!inScope.test(code) || rows.find(code.value()).isEmpty()) {
				problems.add(problem(file, row, "import.population.unknownDivision", code.value()));
			}
			else if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
				problems.add(problem(file, row, "import.population.year", f.get(yearAt).trim()));
			}
			else if (residents == null || residents < 0) {
				problems.add(problem(file, row, "import.population.residents", f.get(residentsAt).trim()));
			}
			else if (source.length() > MAX_SOURCE) {
				problems.add(problem(file, row, "population.source.tooLong", String.valueOf(MAX_SOURCE)));
			}
			else if (!seen.add(code.value() + "/" + year)) {
				problems.add(problem(file, row, "import.population.duplicate", code.value(), String.valueOf(year)));
			}
			else {
				entries.add(new PopulationEntry(code.value(), year, residents, source));
			}
		}
		int read = records.size() - 1;
		if (read == 0) {
			problems.add(new ImportProblem(file.fileName(), 1, "import.empty", List.of()));
		}
		if (!problems.isEmpty()) {
			return new ImportReport(read, 0, problems.stream().sorted(Comparator.comparing(ImportProblem::line)).toList());
		}
		entries.forEach(entry -> rows.upsertPopulation(entry, updatedBy));
		return new ImportReport(read, entries.size(), List.of());
	}

	private static List<String> header(CsvReader.Row row) {
		return row.fields().stream().map(String::trim).toList();
	}

	private static ImportProblem problem(CsvUpload file, CsvReader.Row row, String key, String... arguments) {
		return new ImportProblem(file.fileName(), row.line(), key, List.of(arguments));
	}

	private static Integer integer(String text) {
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Long longValue(String text) {
		try {
			return Long.valueOf(text.trim().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
