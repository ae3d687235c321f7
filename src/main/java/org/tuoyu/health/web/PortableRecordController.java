package org.tuoyu.health.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.health.Examination;
import org.tuoyu.health.GrowthClassification;
import org.tuoyu.health.Immunisation;
import org.tuoyu.health.PortableRecord;
import org.tuoyu.health.PortableRecords;
import org.tuoyu.health.RecordedMeasurement;
import org.tuoyu.health.ZScore;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.platform.web.PdfDocument;
import org.tuoyu.platform.web.Texts;

/**
 * The child's health record for the guardians to take away: JSON for other systems
 * ({@code GET /api/v1/health/children/{childId}/record}, or as a file from the family portal) and
 * PDF for people ({@code /family/children/{childId}/record.pdf}).
 */
@RestController
class PortableRecordController {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CurrentUsers currentUsers;

	private final PortableRecords records;

	private final Texts texts;

	PortableRecordController(CurrentUsers currentUsers, PortableRecords records, Texts texts) {
		this.currentUsers = currentUsers;
		this.records = records;
		this.texts = texts;
	}

	@Operation(summary = "A child's whole health record (format tuoyu.child-health-record/1), for the child's guardians")
	@GetMapping("/api/v1/health/children/{childId}/record")
	PortableRecord record(@PathVariable UUID childId) {
		return records.export(currentUsers.require(), childId);
	}

	/** The same JSON as a file to keep. */
	@GetMapping("/family/children/{childId}/record.json")
	ResponseEntity<PortableRecord> json(@PathVariable UUID childId) {
		PortableRecord record = records.export(currentUsers.require(), childId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(record.childName() + "-health-record.json", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(record);
	}

	/** The record as a printable PDF. */
	@GetMapping("/family/children/{childId}/record.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID childId) {
		PortableRecord record = records.export(currentUsers.require(), childId);
		Map<String, String> child = new LinkedHashMap<>();
		child.put(texts.text("record.pdf.name"), record.childName());
		child.put(texts.text("record.pdf.sex"), texts.text("family.sex." + record.sex().name()));
		child.put(texts.text("record.pdf.birthDate"), record.birthDate().toString());
		child.put(texts.text("record.pdf.placedAt"),
				record.placedAt() == null ? texts.text("record.pdf.notPlaced") : record.placedAt());
		return PdfDocument.titled(texts.text("record.pdf.title", record.childName()),
				texts.text("record.pdf.subtitle", record.generatedAt().format(MINUTE), PortableRecord.FORMAT))
			.facts(texts.text("record.pdf.child"), child)
			.table(texts.text("record.pdf.growth"),
					List.of(texts.text("record.pdf.measuredOn"), texts.text("record.pdf.ageDays"), texts.text("record.pdf.weight"),
							texts.text("record.pdf.length"), texts.text("record.pdf.head"), texts.text("record.pdf.zScores"),
							texts.text("record.pdf.finding"), texts.text("record.pdf.where")),
					record.measurements().stream().map(this::measurementRow).toList(), texts.text("record.pdf.noGrowth"))
			.table(texts.text("record.pdf.examinations"),
					List.of(texts.text("record.pdf.examinedOn"), texts.text("record.pdf.kind"), texts.text("record.pdf.result"),
							texts.text("record.pdf.hearing"), texts.text("record.pdf.haemoglobin"), texts.text("record.pdf.doctor")),
					record.examinations().stream().map(this::examinationRow).toList(),
					texts.text("record.pdf.noExaminations"))
			.facts(texts.text("record.pdf.immunisation"), immunisation(record.immunisation()))
			.note(texts.text("record.pdf.note", record.standard()))
			.download(record.childName() + "-成长档案.pdf");
	}

	private List<String> measurementRow(RecordedMeasurement m) {
		String zScores = m.scores().stream()
			.map(z -> texts.text(z.indicator().messageKey()) + " " + String.format("%.2f", z.z()))
			.collect(Collectors.joining("；"));
		String findings = m.scores().stream()
			.map(ZScore::classification)
			.filter(c -> c != GrowthClassification.NORMAL)
			.distinct()
			.map(c -> texts.text(c.messageKey()))
			.collect(Collectors.joining("、"));
		return List.of(m.measuredOn().toString(), String.valueOf(m.ageDays()), number(m.weightKg()), number(m.lengthCm()),
				number(m.headCircumferenceCm()), zScores,
				findings.isEmpty() ? texts.text(GrowthClassification.NORMAL.messageKey()) : findings,
				Objects.toString(m.institutionName(), ""));
	}

	private List<String> examinationRow(Examination e) {
		return List.of(e.examinedOn().toString(), texts.text(e.kind().messageKey()),
				texts.text(e.passed() ? "record.pdf.passed" : "record.pdf.failed"),
				e.hearing() == null ? "" : texts.text(e.hearing().messageKey()),
				e.haemoglobin() == null ? "" : e.haemoglobin().toString(), Objects.toString(e.doctorName(), ""));
	}

	private Map<String, String> immunisation(Immunisation immunisation) {
		Map<String, String> facts = new LinkedHashMap<>();
		if (immunisation == null) {
			facts.put(texts.text("record.pdf.status"), texts.text("record.pdf.noImmunisation"));
			return facts;
		}
		facts.put(texts.text("record.pdf.status"), texts.text(immunisation.status().messageKey()));
		if (immunisation.vaccines() != null) {
			facts.put(texts.text("record.pdf.vaccines"), immunisation.vaccines());
		}
		if (immunisation.catchUpDue() != null) {
			facts.put(texts.text("record.pdf.catchUpDue"), immunisation.catchUpDue().toString());
		}
		facts.put(texts.text("record.pdf.recordedOn"), immunisation.recordedOn().toString());
		return facts;
	}

	private static String number(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}
}
