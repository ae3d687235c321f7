package org.tuoyu.health;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tuoyu.enrollment.EnrollmentRecord;
import org.tuoyu.enrollment.EnrollmentRecordManagement;
import org.tuoyu.platform.AuditEntry;
import org.tuoyu.platform.AuditLog;
import org.tuoyu.platform.CurrentUser;
import org.tuoyu.platform.NotFoundException;
import org.tuoyu.platform.Role;

/**
 * The child's health record for the guardians to take away (成长档案下载): growth, examinations and
 * immunisation in one {@link PortableRecord}. Only the child's guardians download it; anyone else
 * gets a 404. Each download is audited, and each part read counts as a view of the record.
 */
@Service
public class PortableRecords {

	private final GrowthRecords growth;

	private final HealthExaminations examinations;

	private final Immunisations immunisations;

	private final EnrollmentRecordManagement placements;

	private final AuditLog audit;

	private final Clock clock;

	PortableRecords(GrowthRecords growth, HealthExaminations examinations, Immunisations immunisations,
			EnrollmentRecordManagement placements, AuditLog audit, Clock clock) {
		this.growth = growth;
		this.examinations = examinations;
		this.immunisations = immunisations;
		this.placements = placements;
		this.audit = audit;
		this.clock = clock;
	}

	/** The whole record of one of the guardian's children. */
	@Transactional
	public PortableRecord export(CurrentUser user, UUID childId) {
		if (user.role() != Role.GUARDIAN) {
			throw new NotFoundException("child");
		}
		GrowthRecord record = growth.measurements(user, childId);
		String placedAt = placements.currentPlacement(childId).map(EnrollmentRecord::institutionName).orElse(null);
		PortableRecord portable = new PortableRecord(PortableRecord.FORMAT, OffsetDateTime.now(clock), childId,
				record.childName(), record.sex(), record.birthDate(), placedAt, ZScore.STANDARD, record.measurements(),
				examinations.ofChild(user, childId), immunisations.ofChild(user, childId).orElse(null));
		audit.record(AuditEntry.of("health.record.export", "child", childId));
		return portable;
	}
}
