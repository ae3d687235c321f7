package org.tuoyu.enrollment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/**
 * Monthly statement pages: the guardian's (phone-width) and the institution's (a table with
 * totals and an Excel download).
 */
@Controller
class StatementController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

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
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month)
			throws IOException {
		CurrentUser user = currentUsers.require();
		YearMonth shown = month == null ? YearMonth.now(clock) : month;
		List<Statement> statements = records.statements(user, user.scope().institutionId(), shown);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("statements-" + shown + ".xlsx").build().toString())
			.body(sheet(statements, shown));
	}

	private byte[] sheet(List<Statement> statements, YearMonth month) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(month.toString());
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
			Row header = sheet.createRow(0);
			String[] keys = { "enrollment.offer.class", "family.child.name", "enrollment.statement.days",
					"enrollment.monthlyFee", "enrollment.statement.fee", "enrollment.statement.vouchers",
					"enrollment.statement.due" };
			for (int i = 0; i < keys.length; i++) {
				header.createCell(i).setCellValue(texts.text(keys[i]));
				header.getCell(i).setCellStyle(bold);
			}
			int r = 1;
			for (Statement s : statements) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(s.className());
				row.createCell(1).setCellValue(s.childName());
				row.createCell(2).setCellValue(s.daysInService() + "/" + s.daysInMonth());
				BigDecimal[] amounts = { s.monthlyFee(), s.fee(), s.vouchersApplied(), s.amountDue() };
				for (int i = 0; i < amounts.length; i++) {
					if (amounts[i] != null) {
						row.createCell(3 + i).setCellValue(amounts[i].doubleValue());
						row.getCell(3 + i).setCellStyle(money);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			for (int i = 0; i < keys.length; i++) {
				sheet.setColumnWidth(i, 16 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
