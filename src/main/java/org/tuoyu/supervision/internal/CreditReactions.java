package org.tuoyu.supervision.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tuoyu.institution.Institution;
import org.tuoyu.institution.InstitutionManagement;
import org.tuoyu.supervision.ComplaintUpheld;
import org.tuoyu.supervision.CreditEventKind;
import org.tuoyu.supervision.InspectionConcluded;
import org.tuoyu.supervision.InspectionOutcome;
import org.tuoyu.supervision.RectificationEscalated;

/**
 * Credit reacts to inspections, escalated rectifications and upheld complaints. Each source counts
 * once per kind, so a redelivered event changes nothing.
 */
@Component
class CreditReactions {

	private static final Logger log = LoggerFactory.getLogger(CreditReactions.class);

	private final CreditLedger ledger;

	private final InstitutionManagement institutions;

	CreditReactions(CreditLedger ledger, InstitutionManagement institutions) {
		this.ledger = ledger;
		this.institutions = institutions;
	}

	@ApplicationModuleListener
	void on(InspectionConcluded event) {
		institution(event.institutionId()).ifPresent(institution -> {
			var source = new CreditLedger.Source("INSPECTION", event.inspectionId(), event.concludedOn());
			if (event.outcome() == InspectionOutcome.COMPLIANT) {
				ledger.post(institution, CreditEventKind.GOOD_INSPECTION, 1, source, null, null, null);
			}
			if (event.outcome() == InspectionOutcome.NON_COMPLIANT) {
				ledger.post(institution, CreditEventKind.NON_COMPLIANT_INSPECTION, 1, source, null, null, null);
			}
			if (event.minorFindings() > 0) {
				ledger.post(institution, CreditEventKind.MINOR_FINDINGS, event.minorFindings(), source, null, null, null);
			}
			if (event.seriousFindings() > 0) {
				ledger.post(institution, CreditEventKind.SERIOUS_FINDINGS, event.seriousFindings(), source, null, null,
						null);
			}
		});
	}

	@ApplicationModuleListener
	void on(RectificationEscalated event) {
		institution(event.institutionId()).ifPresent(institution -> ledger.post(institution,
				CreditEventKind.RECTIFICATION_ESCALATED, 1,
				new CreditLedger.Source("RECTIFICATION", event.orderId(), event.escalatedOn()), null, null, null));
	}

	@ApplicationModuleListener
	void on(ComplaintUpheld event) {
		institution(event.institutionId()).ifPresent(institution -> ledger.post(institution,
				CreditEventKind.COMPLAINT_UPHELD, 1,
				new CreditLedger.Source("COMPLAINT", event.complaintId(), event.upheldOn()), null, null, null));
	}

	private Optional<Institution> institution(UUID id) {
		Institution institution = institutions.institutionsByIds(Set.of(id)).get(id);
		if (institution == null) {
			log.warn("Credit event for unknown institution {} ignored", id);
		}
		return Optional.ofNullable(institution);
	}
}
