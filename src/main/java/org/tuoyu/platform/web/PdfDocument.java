package org.tuoyu.platform.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A printable A4 report in Chinese: a title, then sections of facts (label and value) and tables.
 * Text is set in Adobe's STSong-Light, which every PDF reader supplies for simplified Chinese, so
 * no font file travels with the platform or the document.
 */
public final class PdfDocument {

	private static final BaseFont SONG = songFont();

	private static final Font TITLE = new Font(SONG, 16, Font.BOLD);

	private static final Font HEADING = new Font(SONG, 12, Font.BOLD);

	private static final Font TEXT = new Font(SONG, 10);

	private static final Font SMALL = new Font(SONG, 8, Font.NORMAL, Color.DARK_GRAY);

	private final String title;

	private final String subtitle;

	private final List<Consumer<Document>> parts = new ArrayList<>();

	private PdfDocument(String title, String subtitle) {
		this.title = title;
		this.subtitle = subtitle;
	}

	/** A document with a title and a line under it (who, where, when it was made). */
	public static PdfDocument titled(String title, String subtitle) {
		return new PdfDocument(title, subtitle);
	}

	/** A section of facts, each a label and its value, in two columns. */
	public PdfDocument facts(String heading, Map<String, String> facts) {
		List<List<String>> rows = facts.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList();
		parts.add(document -> {
			document.add(heading(heading));
			document.add(table(List.of(), rows, new float[] { 1, 3 }));
		});
		return this;
	}

	/** A section with a table, or the {@code empty} line when there are no rows. */
	public PdfDocument table(String heading, List<String> headers, List<List<String>> rows, String empty) {
		parts.add(document -> {
			document.add(heading(heading));
			document.add(rows.isEmpty() ? new Paragraph(empty, TEXT) : table(headers, rows, null));
		});
		return this;
	}

	/** A closing note in small print. */
	public PdfDocument note(String text) {
		parts.add(document -> {
			Paragraph note = new Paragraph(text, SMALL);
			note.setSpacingBefore(12);
			document.add(note);
		});
		return this;
	}

	/** The document's bytes. */
	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 42, 42, 48, 48);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(title);
			document.open();
			Paragraph heading = new Paragraph(title, TITLE);
			heading.setAlignment(Element.ALIGN_CENTER);
			document.add(heading);
			Paragraph under = new Paragraph(subtitle, SMALL);
			under.setAlignment(Element.ALIGN_CENTER);
			under.setSpacingAfter(8);
			document.add(under);
			parts.forEach(part -> part.accept(document));
		}
		catch (DocumentException ex) {
			throw new IllegalStateException("PDF could not be written", ex);
		}
		finally {
			document.close();
		}
		return out.toByteArray();
	}

	/** The document as an attachment named {@code fileName}. */
	public ResponseEntity<byte[]> download(String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(toBytes());
	}

	private static Paragraph heading(String text) {
		Paragraph heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(10);
		heading.setSpacingAfter(4);
		return heading;
	}

	private static PdfPTable table(List<String> headers, List<List<String>> rows, float[] widths) {
		int columns = headers.isEmpty() ? rows.get(0).size() : headers.size();
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		if (widths != null) {
			table.setWidths(widths);
		}
		table.setHeaderRows(headers.isEmpty() ? 0 : 1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, HEADING));
			cell.setBackgroundColor(new Color(0xEE, 0xF2, 0xF7));
			cell.setPadding(4);
			table.addCell(cell);
		}
		for (List<String> row : rows) {
			for (String value : row) {
				PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, TEXT));
				cell.setPadding(4);
				table.addCell(cell);
			}
		}
		return table;
	}

	private static BaseFont songFont() {
		try {
			return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
		}
		catch (DocumentException | IOException ex) {
			throw new UncheckedIOException(new IOException("the STSong-Light font is missing from OpenPDF", ex));
		}
	}
}
