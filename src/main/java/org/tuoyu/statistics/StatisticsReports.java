package org.tuoyu.statistics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.institution.InstitutionCategory;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.region.Division;
import org.tuoyu.region.DivisionSummary;
import org.tuoyu.region.RegionManagement;
import org.tuoyu.shared.DivisionCode;
import org.tuoyu.shared.DivisionLevel;
import org.tuoyu.statistics.StatisticsReport.Area;
import org.tuoyu.statistics.StatisticsReport.Institutions;
import org.tuoyu.statistics.internal.ReportRows;

/**
 * The statistics report (统计报表) for officers whose area covers the division (anyone else gets
 * the 404 of {@link StatisticsManagement#indicators}). Every report made is audited.
 */
@Service
public class StatisticsReports {

	private final StatisticsManagement statistics;

	private final RegionManagement regions;

	private final ReportRows rows;

	private final AuditLog audit;

	private final Clock clock;

	StatisticsReports(StatisticsManagement statistics, RegionManagement regions, ReportRows rows, AuditLog audit,
			Clock clock) {
		this.statistics = statistics;
		this.regions = regions;
		this.rows = rows;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The report of the division in the year (default: this year), recorded in the audit log as made
	 * in {@code format}.
	 */
	@Transactional
	public StatisticsReport report(CurrentUser user, String division, Integer year, StatisticsReportFormat format) {
		List<Indicator> own = statistics.indicators(user, division, year);
		DivisionCode code = DivisionCode.of(division);
		OffsetDateTime now = OffsetDateTime.now(clock);
		int asOf = year == null ? now.getYear() : year;
		List<Division> children = regions.children(user, code.value())
			.stream()
			.map(DivisionSummary::division)
			.filter(d -> d.level() != DivisionLevel.COMMUNITY)
			.toList();
		int areaLength = children.isEmpty() ? code.value().length() : children.get(0).code().value().length();
		Map<String, List<ReportRows.Counts>> counts = rows.institutions(code.value(), areaLength, now.toLocalDate())
			.stream()
			.collect(Collectors.groupingBy(ReportRows.Counts::area));
		List<Area> areas = new ArrayList<>();
		areas.add(new Area(regions.summary(user, code.value()).division(), own,
				institutions(counts.values().stream().flatMap(List::stream).toList())));
		for (Division child : children) {
			areas.add(new Area(child, statistics.indicators(user, child.code().value(), asOf),
					institutions(counts.getOrDefault(child.code().value(), List.of()))));
		}
		audit.record(AuditEntry.of("statistics.report", "division", code.value())
			.in(code)
			.withDetails(asOf + " " + format.extension()));
		String unit = user.scope().divisionRoot().flatMap(regions::nameOf).orElse("");
		return new StatisticsReport(fullName(code), asOf, now, user.role(), unit, areas);
	}

	/** The names from the city down to the division, e.g. 无锡市梁溪区. */
	private String fullName(DivisionCode code) {
		return Arrays.stream(DivisionLevel.values())
			.filter(level -> level != DivisionLevel.PROVINCE)
			.map(code::ancestorAt)
			.flatMap(Optional::stream)
			.map(regions::nameOf)
			.flatMap(Optional::stream)
			.collect(Collectors.joining());
	}

	private static Institutions institutions(List<ReportRows.Counts> counts) {
		Map<InstitutionCategory, Long> byCategory = new EnumMap<>(InstitutionCategory.class);
		for (InstitutionCategory category : InstitutionCategory.values()) {
			byCategory.put(category, counts.stream()
				.filter(c -> c.category().equals(category.name()))
				.mapToLong(ReportRows.Counts::institutions)
				.sum());
		}
		return new Institutions(byCategory, counts.stream().mapToLong(ReportRows.Counts::institutions).sum(),
				counts.stream().mapToLong(ReportRows.Counts::inclusive).sum(),
				counts.stream().mapToLong(ReportRows.Counts::places).sum(),
				counts.stream().mapToLong(ReportRows.Counts::enrolled).sum());
	}
}
