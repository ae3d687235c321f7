package org.tuoyu.statistics.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tuoyu.platform.CurrentUsers;
import org.tuoyu.statistics.DataExchange;
import org.tuoyu.statistics.DataExchangeExport;

/** The data exchange for provincial and national systems, streamed as JSON or CSV (docs/data-exchange.md). */
@RestController
class DataExchangeController {

	private final CurrentUsers currentUsers;

	private final DataExchange exchange;

	DataExchangeController(CurrentUsers currentUsers, DataExchange exchange) {
		this.currentUsers = currentUsers;
		this.exchange = exchange;
	}

	@Operation(summary = "Export a dataset of a division's subtree in format tuoyu.exchange/1 (docs/data-exchange.md)",
			description = "dataset: institutions (operating institutions), places (one row per class) or enrollment "
					+ "(children placed per institution and class type by age band; no personal data). format: json "
					+ "(default; {format, dataset, division, generatedAt, records}) or csv (RFC 4180, UTF-8, header row). "
					+ "Officers whose area covers the division; else 404. Audited.")
	@GetMapping("/api/v1/statistics/exchange/{dataset}")
	void export(@PathVariable String dataset, @RequestParam(required = false) String division,
			@RequestParam(required = false) String format, HttpServletResponse response) throws IOException {
		DataExchangeExport export = exchange.open(currentUsers.require(), dataset, division, format);
		response.setContentType(export.contentType());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("X-Exchange-Format", DataExchange.FORMAT);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(export.fileName()).build().toString());
		exchange.write(export, response.getOutputStream());
	}
}
