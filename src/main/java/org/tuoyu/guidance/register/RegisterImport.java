package org.tuoyu.guidance.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tuoyu.guidance.register.RegisterImportReport.RowProblem;
import org.tuoyu.guidance.register.RegisterRowReader.Row;
import org.tuoyu.guidance.register.RegisterUploads.Upload;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Sha256;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.shared.DivisionCode;

/**
 * The register imported from the maternal and child health system (newborn home visits, birth
 * registrations) in two steps. The check reads every row of a CSV or Excel file against the
 * register's rules, with bulk lookups of the register and the family module, reports every bad
 * row with its reason and keeps the upload encrypted for at most a day; it writes no child.
 * Confirmation checks the rows again and writes the valid ones, thousands per statement and in one
 * transaction, only if they are the rows found valid at the check; otherwise nothing, and the
 * report (marked changed) shows what is valid now. Two overlapping uploads never write a child
 * twice: the register's unique resident ID index lets one of them write it, and the other finds
 * its rows changed. Street officers, community health workers and district and city
 * administrators import inside their own area; anyone else finds nothing.
 */
@Service
public class RegisterImport {

	private final RegisterRowReader reader;

	private final RegisterChecks checks;

	private final RegisterRows rows;

	private final RegisterUploads uploads;

	private final AuditLog audit;

	private final RegisterTemplate template;

	private final TransactionTemplate write;

	private final Clock clock;

	RegisterImport(RegisterRowReader reader, RegisterChecks checks, RegisterRows rows, RegisterUploads uploads,
			AuditLog audit, RegisterTemplate template, PlatformTransactionManager transactions, Clock clock) {
		this.reader = reader;
		this.checks = checks;
		this.rows = rows;
		this.uploads = uploads;
		this.audit = audit;
		this.template = template;
		this.write = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Whether the user may import into the register of their area. */
	public boolean mayImport(CurrentUser user) {
		return RegisterAccess.keeps(user);
	}

	/** The message key of the template header of the column a field is read from, or {@code null}. */
	public String headerKey(String field) {
		return RegisterColumn.headerKeyOf(field);
	}

	/** The empty Excel template with one example row (which is never imported). */
	public byte[] template(Locale locale) {
		return template.xlsx(locale);
	}

	/** The same template as UTF-8 CSV with a byte-order mark (so that Excel shows the Chinese). */
	public byte[] csvTemplate(Locale locale) {
		return template.csv(locale);
	}

	/** Checks an upload row by row and keeps it for confirmation; writes no child. */
	public RegisterImportReport check(CurrentUser user, String fileName, byte[] content) {
		DivisionCode area = RegisterAccess.keptArea(user);
		if (content == null || content.length == 0) {
			throw new BusinessRuleException("file", "guidance.register.import.noFile");
		}
		List<Row> parsed = reader.rows(RegisterFile.read(content));
		if (parsed.isEmpty()) {
			throw new BusinessRuleException("file", "guidance.register.import.noRows");
		}
		Evaluation evaluation = evaluate(area, parsed);
		UUID id = UuidV7.next();
		write.executeWithoutResult(status -> {
			uploads.discardStale();
			uploads.discardPendingOf(user.accountId());
			uploads.insert(id, user.accountId(), area.value(), fileName, content, parsed.size(), evaluation.valid().size(),
					evaluation.digest());
			audit.record(AuditEntry.of("guidance.register.import.check", "registerImport", id)
				.in(area)
				.withDetails("rows " + parsed.size() + ", valid " + evaluation.valid().size()));
		});
		return evaluation.report(id, 0, false);
	}

	/**
	 * Writes the valid rows of the user's own checked upload in one transaction, or nothing (the
	 * report marked changed) when they are no longer those of the check. An upload already
	 * confirmed, replaced or expired is refused; another user's is not found.
	 */
	public RegisterImportReport confirm(CurrentUser user, UUID importId) {
		DivisionCode area = RegisterAccess.keptArea(user);
		write.executeWithoutResult(status -> uploads.discardStale());
		Upload upload = uploads.find(importId, user.accountId()).orElseThrow(() -> new NotFoundException("import"));
		if (!upload.pending()) {
			throw new BusinessRuleException(null, "guidance.register.import.notPending");
		}
		List<Row> parsed = reader.rows(RegisterFile.read(upload.content()));
		Evaluation now = evaluate(area, parsed);
		if (!now.digest().equals(upload.validDigest())) {
			return changed(importId, now);
		}
		Integer written = write.execute(status -> {
			if (!uploads.lockPending(importId, user.accountId())) {
				throw new BusinessRuleException(null, "guidance.register.import.notPending");
			}
			LocalDate today = LocalDate.now(clock);
			List<RegisterRows.NewRow> rowsToWrite = checks.linked(now.valid().values(), "IMPORT", importId);
			int inserted = rows.insert(rowsToWrite, user.accountId(), today, OffsetDateTime.now(clock));
			if (inserted != rowsToWrite.size()) {
				// Another upload, entry or family wrote one of these children meanwhile: write none.
				status.setRollbackOnly();
				return null;
			}
			uploads.confirmed(importId, inserted);
			audit.record(AuditEntry.of("guidance.register.import.confirm", "registerImport", importId)
				.in(area)
				.withDetails("written " + inserted));
			return inserted;
		});
		if (written == null) {
			return changed(importId, evaluate(area, parsed));
		}
		return now.report(importId, written, false);
	}

	private RegisterImportReport changed(UUID importId, Evaluation now) {
		write.executeWithoutResult(status -> uploads.revalidated(importId, now.valid().size(), now.digest()));
		return now.report(importId, 0, true);
	}

	/**
	 * Every row against the rules: unreadable rows, the same ID twice in the file (the later row),
	 * the register's rules, then — in bulk — children already in the register.
	 */
	private Evaluation evaluate(DivisionCode area, List<Row> parsed) {
		LocalDate today = LocalDate.now(clock);
		Set<String> communities = checks.knownCommunities(area, parsed.stream()
			.map(row -> row.child() == null ? null : row.child().communityCode())
			.toList());
		Map<Integer, Candidate> valid = new LinkedHashMap<>();
		List<RowProblem> problems = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		for (Row row : parsed) {
			String key = row.residentId().isEmpty() ? null : row.residentId().toUpperCase(Locale.ROOT);
			Integer earlier = key == null ? null : firstRowOf.putIfAbsent(key, row.row());
			try {
				if (row.problem() != null) {
					throw row.problem();
				}
				if (earlier != null) {
					throw new BusinessRuleException("residentId", "guidance.register.import.duplicateInFile", earlier);
				}
				valid.put(row.row(), checks.check(row.child(), area, communities::contains, true, today));
			}
			catch (BusinessRuleException ex) {
				problems.add(problem(row.row(), ex));
			}
		}
		for (int row : checks.alreadyRegistered(valid)) {
			valid.remove(row);
			problems.add(new RowProblem(row, "residentId", RegisterChecks.ALREADY_REGISTERED, List.of()));
		}
		problems.sort(Comparator.comparingInt(RowProblem::row));
		return new Evaluation(parsed.size(), valid, problems);
	}

	private static RowProblem problem(int row, BusinessRuleException ex) {
		List<String> arguments = new ArrayList<>();
		for (Object argument : ex.arguments()) {
			arguments.add(String.valueOf(argument));
		}
		return new RowProblem(row, ex.field(), ex.messageKey(), arguments);
	}

	/** The rows of an upload found valid (by row number) and the problems of the others. */
	private record Evaluation(int rowsRead, Map<Integer, Candidate> valid, List<RowProblem> problems) {

		/** What confirmation compares: the row numbers found valid. */
		String digest() {
			return Sha256.hex(valid.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")));
		}

		RegisterImportReport report(UUID id, int written, boolean changed) {
			return new RegisterImportReport(id, rowsRead, valid.size(), problems, written, changed);
		}
	}
}
