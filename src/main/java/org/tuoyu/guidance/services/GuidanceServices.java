package org.tuoyu.guidance.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.guidance.GuidanceRules;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.UuidV7;
import org.tuoyu.statistics.StatisticsManagement;

/**
 * The ledger of guidance services registered children received: every part that serves a child (a
 * session attended, a course completed) records it here, once per child and source, and the
 * guidance indicators and the free quota count from it. Callers check scope and audit; this only
 * stores, inside the caller's transaction.
 */
@Component
public class GuidanceServices {

	private final JdbcClient jdbc;

	private final GuidanceRules rules;

	private final ApplicationEventPublisher events;

	private final StatisticsManagement statistics;

	private final Clock clock;

	GuidanceServices(JdbcClient jdbc, GuidanceRules rules, ApplicationEventPublisher events,
			StatisticsManagement statistics, Clock clock) {
		this.statistics = statistics;
		this.jdbc = jdbc;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records that the registered child received a service on a day; the child's street and
	 * community at that moment go with it.
	 *
	 * @return whether it was recorded: {@code false} when this source already counted for the child
	 * @throws NotFoundException when there is no such child in the register
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean record(UUID childId, ServiceKind kind, ServiceSource source, UUID sourceId, LocalDate servedOn,
			boolean free, UUID recordedBy) {
		String division = jdbc.sql("SELECT division_code FROM guidance_child WHERE id = :id")
			.param("id", childId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("child"));
		int inserted = jdbc.sql("""
				INSERT INTO guidance_service (id, child_id, kind, source_type, source_id, served_on, free, division_code,
				  community_code, recorded_by, recorded_at)
				SELECT :id, c.id, :kind, :source, :sourceId, :servedOn, :free, c.division_code, c.community_code, :by, :now
				FROM guidance_child c WHERE c.id = :child
				ON CONFLICT ON CONSTRAINT guidance_service_once DO NOTHING
				""")
			.param("id", UuidV7.next())
			.param("child", childId)
			.param("kind", kind.name())
			.param("source", source.name())
			.param("sourceId", sourceId)
			.param("servedOn", servedOn)
			.param("free", free)
			.param("by", recordedBy)
			.param("now", OffsetDateTime.now(clock))
			.update();
		if (inserted == 1) {
			count(childId, servedOn.getYear(), free);
			statistics.figuresChanged();
			events.publishEvent(new GuidanceServed(childId, division, servedOn));
		}
		return inserted == 1;
	}

	/** Keeps the per-child and per-community yearly counts the indicators read. */
	private void count(UUID childId, int year, boolean free) {
		jdbc.sql("""
				INSERT INTO guidance_child_year (child_id, year, services, free_sessions) VALUES (:child, :year, 1, :free)
				ON CONFLICT (child_id, year) DO UPDATE SET services = guidance_child_year.services + 1,
				  free_sessions = guidance_child_year.free_sessions + EXCLUDED.free_sessions
				""").param("child", childId).param("year", year).param("free", free ? 1 : 0).update();
		jdbc.sql("""
				INSERT INTO guidance_community_year (community_code, year)
				SELECT community_code, :year FROM guidance_child WHERE id = :child AND community_code IS NOT NULL
				ON CONFLICT DO NOTHING
				""").param("child", childId).param("year", year).update();
	}

	/** Whether the child already has a service from this source. */
	@Transactional(readOnly = true)
	public boolean recorded(UUID childId, ServiceSource source, UUID sourceId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM guidance_service WHERE child_id = :child AND source_type = :source
				  AND source_id = :sourceId)
				""").param("child", childId).param("source", source.name()).param("sourceId", sourceId)
			.query(Boolean.class).single();
	}

	/** The child's free sessions in the year against the quota. */
	@Transactional(readOnly = true)
	public Quota quota(UUID childId, int year) {
		int attended = jdbc.sql("SELECT free_sessions FROM guidance_child_year WHERE child_id = :child AND year = :year")
			.param("child", childId).param("year", year).query(Integer.class).optional().orElse(0);
		return new Quota(year, attended, rules.freeSessionsPerYear());
	}

	/** The child's free sessions in the city's current year against the quota. */
	@Transactional(readOnly = true)
	public Quota quotaThisYear(UUID childId) {
		return quota(childId, LocalDate.now(clock).getYear());
	}
}
