package org.tuoyu.statistics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tuoyu.enrollment.PlacementEnded;
import org.tuoyu.enrollment.PlacementStarted;
import org.tuoyu.enrollment.VoucherRedeemed;
import org.tuoyu.institution.DesignationsChanged;
import org.tuoyu.institution.InstitutionFiled;
import org.tuoyu.institution.InstitutionRegistered;
import org.tuoyu.institution.PlacesChanged;
import org.tuoyu.institution.SiteAdded;
import org.tuoyu.region.RegionDataChanged;
import org.tuoyu.staff.StaffChanged;

/**
 * Keeps the institutions' summary rows current: each event of the institution, enrollment and
 * staff modules refreshes its institution's row after the change committed (asynchronously, recorded in
 * the event publication registry so a refresh lost to a crash is redone at restart). At startup
 * every row is rebuilt once, which also covers data written without events (the demo seeders'
 * set-based inserts, changes made while the application was down); every day just after midnight
 * the rows whose staff figures the calendar changed are refreshed.
 */
@Component
class FigureEvents {

	private static final Logger log = LoggerFactory.getLogger(FigureEvents.class);

	private final InstitutionFigures figures;

	private final LiveFigures live;

	FigureEvents(InstitutionFigures figures, LiveFigures live) {
		this.figures = figures;
		this.live = live;
	}

	@ApplicationModuleListener
	void on(RegionDataChanged event) {
		live.changed();
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildAtStartup() {
		long started = System.nanoTime();
		int rows = figures.rebuild();
		log.info("Statistics summaries rebuilt: {} institutions changed, in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
	}

	/** Daily just after midnight: the rows whose staff figures the calendar changed. */
	@Scheduled(cron = "${tuoyu.statistics.recheck-cron:10 0 0 * * *}", zone = "${tuoyu.city.time-zone}")
	void recheck() {
		int rows = figures.recheck();
		log.info("Statistics summaries rechecked for the new day: {} institutions", rows);
	}

	@ApplicationModuleListener
	void on(StaffChanged event) {
		figures.refreshStaffOf(event.personId());
	}

	@ApplicationModuleListener
	void on(InstitutionRegistered event) {
		figures.refresh(event.institutionId());
	}

	@ApplicationModuleListener
	void on(InstitutionFiled event) {
		figures.refresh(event.institutionId());
	}

	@ApplicationModuleListener
	void on(PlacesChanged event) {
		figures.refresh(event.institutionId());
	}

	@ApplicationModuleListener
	void on(DesignationsChanged event) {
		figures.refresh(event.institutionId());
	}

	@ApplicationModuleListener
	void on(SiteAdded event) {
		figures.refresh(event.institutionId());
	}

	@ApplicationModuleListener
	void on(PlacementStarted event) {
		figures.refresh(event.institutionId());
	}

	@ApplicationModuleListener
	void on(PlacementEnded event) {
		figures.refresh(event.institutionId());
	}

	@ApplicationModuleListener
	void on(VoucherRedeemed event) {
		figures.refresh(event.institutionId());
	}
}
