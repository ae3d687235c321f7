package org.tuoyu.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.health.internal.GrowthSummaryRows;
import org.tuoyu.institution.Institution;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.KnownDivisions;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.shared.DivisionCode;

/**
 * Growth summaries (生长监测汇总): the share of children measured on schedule and the prevalence of
 * stunting, wasting, underweight and overweight, from each placed child's newest measurement.
 * Institution staff get their institution by class; officers their area by institution, street
 * and district; anyone else a 404. Every read is audited.
 */
@Service
public class GrowthSummaries {

	private final GrowthSummaryRows rows;

	private final HealthPlaces places;

	private final KnownDivisions divisions;

	private final HealthRules rules;

	private final AuditLog audit;

	private final Clock clock;

	GrowthSummaries(GrowthSummaryRows rows, HealthPlaces places, KnownDivisions divisions, HealthRules rules,
			AuditLog audit, Clock clock) {
		this.rows = rows;
		this.places = places;
		this.divisions = divisions;
		this.rules = rules;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The summary of the user's scope today.
	 *
	 * @throws NotFoundException for users who are neither officers nor institution staff
	 */
	@Transactional
	public GrowthSummary summary(CurrentUser user) {
		LocalDate today = LocalDate.now(clock);
		if (user.role().isOfficer()) {
			DivisionCode division = user.scope().divisionRoot().orElseThrow(() -> new NotFoundException("division"));
			audit.record(new AuditEntry("health.growth.summary.read", "division", division.value(), division, null, ""));
			List<GrowthSummaryRows.Counts> counts = rows.byArea(division.value(), today, rules.examination());
			List<GrowthSummary.Line> areas = counts.stream()
				.filter(c -> c.level().equals("STREET") || c.level().equals("DISTRICT"))
				.sorted(Comparator.comparing((GrowthSummaryRows.Counts c) -> c.level().equals("DISTRICT"))
					.thenComparing(GrowthSummaryRows.Counts::key))
				.map(c -> line(c, divisions.nameOf(DivisionCode.of(c.key())).orElse(c.key())))
				.toList();
			return summary(today, counts, "INSTITUTION", areas);
		}
		Institution institution = places.own(user).institution();
		audit.record(new AuditEntry("health.growth.summary.read", "institution", institution.id().toString(),
				institution.divisionCode(), institution.id(), ""));
		return summary(today, rows.byClass(institution.id(), today, rules.examination()), "CLASS", List.of());
	}

	private static GrowthSummary summary(LocalDate today, List<GrowthSummaryRows.Counts> counts, String level,
			List<GrowthSummary.Line> areas) {
		List<GrowthSummary.Line> lines = counts.stream()
			.filter(c -> c.level().equals(level))
			.sorted(Comparator.comparing(GrowthSummaryRows.Counts::name).thenComparing(GrowthSummaryRows.Counts::key))
			.map(c -> line(c, c.name()))
			.toList();
		GrowthSummary.Line total = counts.stream()
			.filter(c -> c.level().equals("TOTAL"))
			.findFirst()
			.map(c -> line(c, null))
			.orElseThrow();
		return new GrowthSummary(today, lines, areas, total);
	}

	private static GrowthSummary.Line line(GrowthSummaryRows.Counts c, String name) {
		return new GrowthSummary.Line(c.key(), name, c.placed(), GrowthSummary.Share.of(c.onSchedule(), c.placed()),
				GrowthSummary.Share.of(c.stunted(), c.lengthForAgeOf()), GrowthSummary.Share.of(c.wasted(), c.weightForLengthOf()),
				GrowthSummary.Share.of(c.underweight(), c.weightForAgeOf()),
				GrowthSummary.Share.of(c.overweight(), c.weightForLengthOf()));
	}
}
