package org.tuoyu.region.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tuoyu.region.CsvUpload;
import org.tuoyu.region.Division;
import org.tuoyu.region.ImportReport;
import org.tuoyu.region.ImportReport.ImportProblem;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.shared.InvalidValueException;

/**
 * Reads divisions from CSV files in china-division's format (a header with at least {@code code}
 * and {@code name}; other columns ignored). The level comes from the code's length and the parent
 * from its prefix. Every bad row is reported; nothing is written unless all rows are valid.
 */
@Component
public class DivisionImport {

	private static final int MAX_NAME = 100;

	private final DivisionRows rows;

	DivisionImport(DivisionRows rows) {
		this.rows = rows;
	}

	/** Validates all files together and writes them only when every row is valid. */
	public ImportReport run(List<CsvUpload> files) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, Located> batch = new HashMap<>();
		int read = 0;
		for (CsvUpload file : files) {
			List<CsvReader.Row> records;
			try {
				records = CsvReader.read(file.content());
			}
			catch (CsvReader.MalformedCsvException ex) {
				problems.add(new ImportProblem(file.fileName(), ex.line(), ex.messageKey(), List.of()));
				continue;
			}
			Optional<Columns> columns = Columns.of(records);
			if (columns.isEmpty()) {
				problems.add(new ImportProblem(file.fileName(), 1, "import.header.divisions", List.of()));
				continue;
			}
			for (CsvReader.Row row : records.subList(1, records.size())) {
				read++;
				parse(file.fileName(), row, columns.get(), batch, problems);
			}
		}
		if (read == 0 && problems.isEmpty()) {
			problems.add(new ImportProblem(files.isEmpty() ? "" : files.get(0).fileName(), 1, "import.empty", List.of()));
		}
		checkParents(batch, problems);
		if (!problems.isEmpty()) {
			return new ImportReport(read, 0, sorted(problems));
		}
		batch.values()
			.stream()
			.map(located -> located.parentKnown() ? located.division() : located.division().asRoot())
			.sorted(Comparator.comparing((Division d) -> d.code().value().length()).thenComparing(d -> d.code().value()))
			.forEach(rows::upsert);
		return new ImportReport(read, batch.size(), List.of());
	}

	private static void parse(String file, CsvReader.Row row, Columns columns, Map<String, Located> batch,
			List<ImportProblem> problems) {
		if (row.fields().size() <= Math.max(columns.code(), columns.name())) {
			problems.add(new ImportProblem(file, row.line(), "import.row.columns", List.of()));
			return;
		}
		String name = row.fields().get(columns.name()).trim();
		DivisionCode code;
		try {
			code = DivisionCode.of(row.fields().get(columns.code()));
		}
		catch (InvalidValueException ex) {
			problems.add(new ImportProblem(file, row.line(), ex.messageKey(), strings(ex.arguments())));
			return;
		}
		if (name.isEmpty()) {
			problems.add(new ImportProblem(file, row.line(), "import.division.nameBlank", List.of(code.value())));
			return;
		}
		if (name.length() > MAX_NAME) {
			problems.add(new ImportProblem(file, row.line(), "import.division.nameTooLong", List.of(String.valueOf(MAX_NAME))));
			return;
		}
		Division division = new Division(code, name, code.level(), code.parent().orElse(null));
		if (batch.putIfAbsent(code.value(), new Located(division, file, row.line(), false)) != null) {
			problems.add(new ImportProblem(file, row.line(), "import.division.duplicate", List.of(code.value())));
		}
	}

	private void checkParents(Map<String, Located> batch, List<ImportProblem> problems) {
		for (Map.Entry<String, Located> entry : batch.entrySet()) {
			Located located = entry.getValue();
			Division division = located.division();
			DivisionCode parent = division.parentCode();
			boolean root = division.level() == DivisionLevel.PROVINCE || division.level() == DivisionLevel.CITY;
			boolean parentKnown = parent != null && (batch.containsKey(parent.value()) || rows.find(parent.value()).isPresent());
			entry.setValue(located.withParentKnown(parentKnown));
			if (!parentKnown && !root) {
				problems.add(new ImportProblem(located.file(), located.line(), "import.division.parentMissing",
						List.of(division.code().value(), parent == null ? "" : parent.value())));
			}
		}
	}

	/** A parsed division and where it was read. */
	private record Located(Division division, String file, int line, boolean parentKnown) {

		Located withParentKnown(boolean known) {
			return new Located(division, file, line, known);
		}
	}

	private static List<ImportProblem> sorted(List<ImportProblem> problems) {
		return problems.stream().sorted(Comparator.comparing(ImportProblem::file).thenComparing(ImportProblem::line)).toList();
	}

	static List<String> strings(Object[] arguments) {
		List<String> result = new ArrayList<>();
		for (Object argument : arguments) {
			result.add(String.valueOf(argument));
		}
		return result;
	}

	/** Where the code and name columns are. */
	record Columns(int code, int name) {

		static Optional<Columns> of(List<CsvReader.Row> records) {
			if (records.isEmpty()) {
				return Optional.empty();
			}
			List<String> header = records.get(0).fields().stream().map(String::trim).toList();
			int code = header.indexOf("code");
			int name = header.indexOf("name");
			return code < 0 || name < 0 ? Optional.empty() : Optional.of(new Columns(code, name));
		}
	}
}
