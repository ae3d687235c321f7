package org.tuoyu.statistics;

import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.BusinessRuleException;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.InvalidValueException;
import org.tuoyu.statistics.internal.ExchangeDataset;
import org.tuoyu.statistics.internal.ExchangeRows;
import org.tuoyu.statistics.internal.ExchangeWriter;

/**
 * The data exchange for provincial and national systems (format {@value #FORMAT},
 * docs/data-exchange.md): the operating institutions, places and enrollment counts of a division
 * subtree as JSON or CSV, for officers whose area covers the division; anyone else gets a 404.
 * Every export is audited. No child's personal data leaves through it.
 */
@Service
public class DataExchange {

	/** The name and version of the exchange format. */
	public static final String FORMAT = "tuoyu.exchange/1";

	private final ExchangeRows rows;

	private final RegionManagement regions;

	private final AuditLog audit;

	private final Clock clock;

	DataExchange(ExchangeRows rows, RegionManagement regions, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Checks the request and records it in the audit log.
	 *
	 * @param dataset {@code institutions}, {@code places} or {@code enrollment}
	 * @param format {@code json} (default) or {@code csv}
	 */
	@Transactional
	public DataExchangeExport open(CurrentUser user, String dataset, String division, String format) {
		ExchangeDataset named = ExchangeDataset.named(dataset)
			.orElseThrow(() -> new BusinessRuleException("dataset", "statistics.exchange.dataset"));
		String shape = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(Locale.ROOT);
		if (!shape.equals("json") && !shape.equals("csv")) {
			throw new BusinessRuleException("format", "statistics.exchange.format");
		}
		DivisionCode code = visible(user, division);
		audit.record(AuditEntry.of("statistics.exchange", "division", code.value())
			.in(code)
			.withDetails(named.path() + " " + shape));
		return new DataExchangeExport(named.path(), code.value(), shape.equals("csv"), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
	}

	/** Streams the export's records to {@code out} as they are read. */
	@Transactional(readOnly = true)
	public void write(DataExchangeExport export, OutputStream out) {
		ExchangeDataset dataset = ExchangeDataset.named(export.dataset()).orElseThrow();
		ExchangeWriter writer = export.csv() ? ExchangeWriter.csv(out, dataset.columns())
				: ExchangeWriter.json(out, new ExchangeWriter.Envelope(FORMAT, dataset.path(), export.division(),
						export.generatedAt()), dataset.columns());
		rows.stream(dataset, export.division(), export.generatedAt().toLocalDate(), writer);
		writer.finish();
	}

	/** The division, if the user's area covers it; a malformed code is named, an unknown one is a 404. */
	private DivisionCode visible(CurrentUser user, String division) {
		if (division == null || division.isBlank()) {
			throw new BusinessRuleException("division", "statistics.division.required");
		}
		DivisionCode code;
		try {
			code = DivisionCode.of(division);
		}
		catch (InvalidValueException ex) {
			throw new BusinessRuleException("division", ex.messageKey(), ex.arguments());
		}
		if (!user.role().isOfficer() || !user.scope().covers(code) || regions.nameOf(code).isEmpty()) {
			throw new NotFoundException("division");
		}
		return code;
	}
}
