package org.tuoyu.enrollment.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.enrollment.Statement;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.Texts;
import org.tuoyu.platform.web.XlsxTables;

/**
 * Monthly statement pages: the guardian's (phone-width) and the institution's (a table with
 * totals and an Excel download).
 */
@Controller
class StatementController {

	private final CurrentUsers currentUsers;

	private final EnrollmentRecordManagement records;

	private final Texts texts;

	private final Clock clock;

	StatementController(CurrentUsers currentUsers, EnrollmentRecordManagement records, Texts texts, Clock clock) {
		this.currentUsers = currentUsers;
		this.records = records;
		this.texts = texts;
		this.clock = clock;
	}

	/** The totals of a list of statements. */
	record Totals(BigDecimal fee, BigDecimal vouchersApplied, BigDecimal amountDue) {

		static Totals of(List<Statement> statements) {
			return new Totals(sum(statements.stream().map(Statement::fee).toList()),
					sum(statements.stream().map(Statement::vouchersApplied).toList()),
					sum(statements.stream().map(Statement::amountDue).toList()));
		}

		private static BigDecimal sum(List<BigDecimal> amounts) {
			return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

	@GetMapping("/family/statements")
	String family(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) UUID child, Model model) {
		YearMonth shown = month == null ? YearMonth.now(clock) : month;
		List<Statement> statements = records.myStatements(currentUsers.require(), shown)
			.stream()
			.filter(s -> child == null || s.childId().equals(child))
			.toList();
		model.addAttribute("statements", statements);
		model.addAttribute("month", shown);
		model.addAttribute("child", child);
		return "enrollment/family-statements";
	}

	@GetMapping("/org/statements")
	String institution(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			Model model) {
		CurrentUser user = currentUsers.require();
		YearMonth shown = month == null ? YearMonth.now(clock) : month;
		List<Statement> statements = records.statements(user, user.scope().institutionId(), shown);
		model.addAttribute("statements", statements);
		model.addAttribute("totals", Totals.of(statements));
		model.addAttribute("month", shown);
		return "enrollment/statements";
	}

	@GetMapping("/org/statements.xlsx")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
		CurrentUser user = currentUsers.require();
		YearMonth shown = month == null ? YearMonth.now(clock) : month;
		List<String> headers = texts.texts("enrollment.offer.class", "family.child.name", "enrollment.statement.days",
				"enrollment.monthlyFee", "enrollment.statement.fee", "enrollment.statement.vouchers",
				"enrollment.statement.due");
		List<List<Object>> rows = records.statements(user, user.scope().institutionId(), shown)
			.stream()
			.map(s -> Arrays.<Object>asList(s.className(), s.childName(), s.daysInService() + "/" + s.daysInMonth(),
					s.monthlyFee(), s.fee(), s.vouchersApplied(), s.amountDue()))
			.toList();
		return XlsxTables.download("statements-" + shown + ".xlsx", shown.toString(), headers, rows);
	}
}
