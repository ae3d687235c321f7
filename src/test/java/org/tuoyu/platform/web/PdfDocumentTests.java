package org.tuoyu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

class PdfDocumentTests {

	@Test
	void writesChineseTextThatAReaderGetsBack() throws Exception {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("姓名", "王小明");
		facts.put("出生日期", "2024-05-01");
		byte[] pdf = PdfDocument.titled("成长档案", "无锡市托育服务平台 2026-11-29")
			.facts("基本信息", facts)
			.table("生长测量", List.of("日期", "体重 kg"), List.of(List.of("2026-11-01", "11.2")), "没有测量")
			.table("体检", List.of("日期", "结果"), List.of(), "还没有体检记录")
			.note("依据 WHO 2006 儿童生长标准")
			.toBytes();

		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("成长档案", "王小明", "生长测量", "11.2",
					"还没有体检记录", "WHO 2006");
		}
	}

	@Test
	void downloadsAsAnAttachmentWithAChineseName() {
		ResponseEntity<byte[]> response = PdfDocument.titled("报表", "").download("成长档案.pdf");
		assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("成长档案.pdf");
	}
}
